"""Every size limit on imported input, in one place: fields, cells, lines, rows, zip archives.

Names, notes, headlines and URLs come from strangers; a cap keeps each bounded so that every
later step (matching, masking, note reading, the TUI) works on short text. What happens at
each cap is decided per kind (docs/IMPORT_LIMITS.md):

- free text a stranger wrote (name, company, headline, note, date as written) over its cap is
  cut to the cap; the row is kept and the file's notes say which lines were cut;
- an address (profile URL, e-mail, phone cell) over its cap is dropped, since a cut address is
  a wrong one; the row is kept without it and the notes say so;
- a cell over CELL_CHARS makes its row a row problem (skipped, with its line);
- a line, a row count, a record count or a zip over its cap refuses the whole file with one
  line naming the cap, the file and, where known, the line; nothing is imported then.

The field caps are at or below what a team bundle accepts (core.triage.bundle), so whatever
linkvet stored from an import it can export and read back.
"""

from __future__ import annotations

NAME_CHARS = 200  # one name cell (From, To, First or Last Name, vCard FN); First + Last fit 500
COMPANY_CHARS = 500  # a company name (Company, Companies, vCard ORG)
HEADLINE_CHARS = 2_000  # a headline, job title or position
NOTE_CHARS = 8_000  # an invitation note or message body (LinkedIn's own limit is 8,000)
DATE_CHARS = 200  # a date cell as written (kept for display when it cannot be read)
URL_CHARS = 2_000  # a profile URL or web-site cell
URL_LIST_CHARS = 200_000  # a message's comma-joined recipient URLs (group chats)
ADDRESS_CHARS = 2_000  # an e-mail or phone cell (may list several addresses)
CELL_CHARS = 1024 * 1024  # any one cell; larger makes its row a row problem
LINE_CHARS = 32 * 1024 * 1024  # one physical line; longer refuses the file
ROWS = 2_000_000  # data rows read from one file (kept or not); more refuses the file
# Records kept from one file. A file is imported whole or not at all, so its records stay in
# memory until the end; real exports are far smaller (LinkedIn caps connections at 30,000).
RECORDS = 500_000

ZIP_ENTRIES = 2_000  # entries in one zip (a LinkedIn export has under a hundred)
ZIP_ENTRY_BYTES = 200 * 1024 * 1024  # one zip entry, uncompressed
ZIP_TOTAL_BYTES = 1024 * 1024 * 1024  # all entries of one zip together, uncompressed
ZIP_RATIO = 100  # uncompressed / compressed, per entry and for the whole zip
ZIP_RATIO_SLACK = 64 * 1024  # tiny entries compress extremely well: no ratio check below this
STDIN_ZIP_BYTES = 1024 * 1024 * 1024  # a zip on standard input is spooled to disk up to this

# The cap of each field kind, and how a field over it is handled: "cut" or "drop".
CUT, DROP = "cut", "drop"
FIELD_CAPS: dict[str, tuple[int, str]] = {
    "name": (NAME_CHARS, CUT),
    "company": (COMPANY_CHARS, CUT),
    "headline": (HEADLINE_CHARS, CUT),
    "note": (NOTE_CHARS, CUT),
    "date": (DATE_CHARS, CUT),
    "url": (URL_CHARS, DROP),
    "urls": (URL_LIST_CHARS, DROP),
    "address": (ADDRESS_CHARS, DROP),
}

# Importer field names (core.importers.kinds) -> field kind. Fields not named here (ids,
# directions, flags) only have the CELL_CHARS cap.
FIELD_KINDS: dict[str, str] = {
    "from": "name",
    "to": "name",
    "name": "name",
    "first": "name",
    "middle": "name",
    "last": "name",
    "full": "name",
    "recipient": "name",
    "company": "company",
    "headline": "headline",
    "title": "headline",
    "position": "headline",
    "message": "note",
    "content": "note",
    "subject": "note",
    "sent_at": "date",
    "received": "date",
    "date": "date",
    "connected_on": "date",
    "started_on": "date",
    "finished_on": "date",
    "url": "url",
    "inviter_url": "url",
    "invitee_url": "url",
    "inviter_urn": "url",
    "invitee_urn": "url",
    "sender_url": "url",
    "recipient_urls": "urls",
    "sites": "url",
    "profiles": "url",
    "email": "address",
    "emails": "address",
}

WORDS = {
    "name": "a name",
    "company": "a company",
    "headline": "a headline or title",
    "note": "a note or message",
    "date": "a date",
    "url": "a profile URL",
    "urls": "a list of profile URLs",
    "address": "an e-mail or phone",
}


def size_text(chars: int) -> str:
    """A cap for messages: `8,000 characters`, `1 MiB`, `1 GiB` (a size in bytes or characters
    that is a whole number of MiB is said in MiB or GiB)."""
    for unit, name in ((1 << 30, "GiB"), (1 << 20, "MiB")):
        if chars >= unit and chars % unit == 0:
            return f"{chars // unit} {name}"
    return f"{chars:,} characters"
