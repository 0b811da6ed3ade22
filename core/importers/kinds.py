"""CSV header signatures: which kind of file a header row belongs to, and its column map.

Columns are matched by (case-insensitive) name, never by position, so dropped or reordered
columns from hand edits still import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def norm_header(cell: str) -> str:
    """Canonical header cell: no BOM, quotes or extra spaces, casefolded."""
    text = cell.replace("\ufeff", "").strip().strip('"').strip()
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class Signature:
    """A file kind: field -> accepted header aliases, plus fields that must be present.

    `required` holds groups; each group is satisfied when any one of its fields is present.
    """

    kind: str  # family: what --kind accepts and FileSummary.kind reports
    variant: str
    fields: dict[str, tuple[str, ...]]
    required: tuple[tuple[str, ...], ...]
    in_bundles: bool = True  # False: only for files given explicitly

    def match(self, header: list[str]) -> dict[str, int] | None:
        """Column index per field when `header` (normalised cells) fits, else None."""
        index: dict[str, int] = {}
        positions: dict[str, int] = {}
        for pos, cell in enumerate(header):
            positions.setdefault(cell, pos)
        for fld, aliases in self.fields.items():
            for alias in aliases:
                if alias in positions:
                    index[fld] = positions[alias]
                    break
        for group in self.required:
            if not any(fld in index for fld in group):
                return None
        return index


SIGNATURES: tuple[Signature, ...] = (
    Signature(
        "invitations",
        "linkedin",
        {
            "from": ("from",),
            "to": ("to",),
            "sent_at": ("sent at",),
            "message": ("message",),
            "direction": ("direction",),
            "inviter_url": ("inviterprofileurl",),
            "invitee_url": ("inviteeprofileurl",),
            "inviter_urn": ("inviterprofileurn",),
            "invitee_urn": ("inviteeprofileurn",),
        },
        (("from",), ("sent_at",), ("direction",)),
    ),
    Signature(
        "messages",
        "linkedin",
        {
            "conversation_id": ("conversation id",),
            "from": ("from",),
            "sender_url": ("sender profile url",),
            "to": ("to",),
            "recipient_urls": ("recipient profile urls",),
            "date": ("date",),
            "subject": ("subject",),
            "content": ("content",),
            "folder": ("folder",),
            "direction": ("direction",),
            "is_draft": ("is message draft",),
        },
        (("from",), ("to",), ("date",), ("content",)),
    ),
    Signature(
        "connections",
        "linkedin",
        {
            "first": ("first name",),
            "last": ("last name",),
            "url": ("url", "profile url"),
            "email": ("email address", "e-mail address"),
            "company": ("company",),
            "position": ("position",),
            "connected_on": ("connected on",),
        },
        (("first", "last"), ("connected_on",)),
    ),
    Signature(
        "profile",
        "linkedin",
        {"first": ("first name",), "last": ("last name",), "headline": ("headline",)},
        (("first",), ("last",), ("headline",)),
    ),
    Signature(
        "positions",
        "linkedin",
        {
            "company": ("company name",),
            "title": ("title",),
            "started_on": ("started on",),
            "finished_on": ("finished on",),
        },
        (("company",), ("title",), ("started_on",)),
    ),
    Signature(
        "contacts",
        "linkedin_contacts",  # Contacts.csv 2022-24 and ImportedContacts.csv 2026
        {
            "first": ("firstname",),
            "middle": ("middlename",),
            "last": ("lastname",),
            "full": ("fullname",),
            "company": ("companies",),
            "title": ("title",),
            "emails": ("emails",),
            "sites": ("sites",),
            "profiles": ("profiles",),
        },
        (("first", "last", "full"), ("emails",)),
    ),
    Signature(
        "contacts",
        "imported_2018",
        {
            "first": ("first name",),
            "last": ("last name",),
            "company": ("companies",),
            "title": ("title",),
            "emails": ("email address",),
        },
        (("first", "last"), ("emails",), ("company",)),
    ),
    Signature(
        "contacts",
        "google",
        {
            "full": ("name",),
            "first": ("given name", "first name"),
            "middle": ("additional name", "middle name"),
            "last": ("family name", "last name"),
            "company": ("organization 1 - name", "organization name"),
            "title": ("organization 1 - title", "organization title"),
            "emails": ("e-mail 1 - value",),
        },
        (("full", "first", "last"), ("emails",)),
    ),
    Signature(
        "contacts",
        "outlook",
        {
            "first": ("first name",),
            "middle": ("middle name",),
            "last": ("last name",),
            "company": ("company",),
            "title": ("job title",),
            "emails": ("e-mail address",),
        },
        (("first", "last"), ("emails",)),
    ),
    Signature(
        "generic",
        "generic",
        {
            "name": ("name", "from", "sender", "full name"),
            "url": ("profile url", "url", "inviterprofileurl"),
            "headline": ("headline", "title", "position", "occupation"),
            "company": ("company",),
            "message": ("message", "note"),
            "received": ("received", "sent at", "date"),
            "mutual": ("mutual connections",),
            "recipient": ("recipient", "to"),
        },
        (("name",), ("url", "headline", "company", "message", "received", "mutual")),
        in_bundles=False,
    ),
)

KINDS = ("connections", "invitations", "messages", "contacts", "vcard", "generic")

_EMAIL_COLUMN = re.compile(r"^e-?mail(?: \d+)?(?: - value| address)$|^e-?mail \d+ address$")
_WEB_COLUMN = re.compile(r"^(?:website \d+ - value|web page|sites|profiles|url)$")
# LinkedIn `PhoneNumbers` / `Phone Numbers`, Google `Phone 1 - Value`, Outlook `Mobile Phone`
_PHONE_COLUMN = re.compile(
    r"^(?:phone ?numbers|phone \d+ - value|(?:mobile|home|business|primary|other|car) phone"
    r"(?: \d+)?|telephone|phone|mobile)$"
)


def phone_columns(header: list[str]) -> list[int]:
    """Indexes of every phone-number column of an address-book header."""
    return [i for i, cell in enumerate(header) if _PHONE_COLUMN.match(norm_header(cell))]


def extra_columns(header: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of every e-mail column and every web-site column (address books spread
    several addresses over `E-mail 1 - Value`, `E-mail 2 - Value`, ...)."""
    emails = [i for i, cell in enumerate(header) if _EMAIL_COLUMN.match(cell)]
    webs = [i for i, cell in enumerate(header) if _WEB_COLUMN.match(cell)]
    return emails, webs


def signatures_for(kind: str | None, in_bundle: bool) -> tuple[Signature, ...]:
    """Signatures to try: all (for detection) or those of one `--kind` family."""
    if kind is None:
        return tuple(s for s in SIGNATURES if s.in_bundles or not in_bundle)
    return tuple(s for s in SIGNATURES if s.kind == kind)


def expected_columns(kind: str) -> str:
    """Short human description of the columns a kind needs, for error messages."""
    examples = {
        "connections": "First Name, Last Name, Connected On",
        "invitations": "From, To, Sent At, Message, Direction",
        "messages": "FROM, TO, DATE, CONTENT",
        "contacts": "FirstName/LastName/Emails or Google/Outlook contact columns",
        "generic": "Name plus Profile URL, Headline, Company, Message or Received",
    }
    return examples.get(kind, "a LinkedIn export header")
