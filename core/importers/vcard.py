"""vCard 2.1 / 3.0 / 4.0 address books (.vcf): plain cards by core.importers.vcard_fast,
the others by `vobject`, with the same results either way."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from typing import Any

import vobject
from linkvet.core.importers.addressbook import linkedin_url, split_phones
from linkvet.core.importers.batch import MAX_RECORDS, InputError
from linkvet.core.importers.capping import FieldCaps
from linkvet.core.importers.parsed import Parsed, RawContact, note_caps, note_rows, reject
from linkvet.core.importers.streams import TextSource
from linkvet.core.importers.vcard_fast import read_card

MAX_CARD_LINES = 10_000  # a card longer than this is not an address-book entry
# Cards kept from one file: vobject takes ~0.3 ms a card, so this also bounds the time a
# hostile file can take (~30 s) before it is refused. Real address books are far smaller.
MAX_CARDS = min(MAX_RECORDS, 100_000)
_AT_LINE = re.compile(r"^At line \d+: ")
_SKIPPED = re.compile(r"^Skipped line \d+, message: (?:At line \d+: )?(.*)$", re.DOTALL)
_REASON_CHARS = 80  # of a stranger's unreadable line, quoted in the note


class _VobjectLog(logging.Handler):
    """vobject's own log, taken over: it logs each line it skips (ignoreUnreadable) at ERROR
    level, on stderr through its own handler. Here each message goes to the card being read
    in this thread (a note with the file's line, see parse_vcard); nothing reaches the
    terminal or the root logger."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        sink = getattr(self.local, "sink", None)
        if sink is not None and record.levelno >= logging.WARNING:
            sink.append(record.getMessage())


_LOG = _VobjectLog()
for _name in ("vobject", "vobject.base"):
    _logger = logging.getLogger(_name)
    _logger.handlers = [_LOG]
    _logger.propagate = False


def looks_like_vcard(first_line: str) -> bool:
    """True when a file's first non-blank line opens a vCard."""
    return first_line.strip().upper().startswith("BEGIN:VCARD")


def _values(card: Any, key: str) -> list[Any]:
    return [item.value for item in card.contents.get(key, [])]


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v).strip()
    return str(value or "").strip()


def _cards(text: TextSource) -> Iterator[tuple[int, str]]:
    """(first line, text) of each top-level BEGIN:VCARD ... END:VCARD block, read line by
    line so a huge file is never held in memory. A card nested in another (a vCard 2.1
    AGENT) stays inside its parent, as when vobject reads the whole file; text outside
    cards is ignored, like vobject does."""
    lines: list[str] = []
    start = depth = 0
    for number, line in enumerate(text.lines(), start=1):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if not depth:
                lines, start = [], number
            depth += 1
        if depth:
            lines.append(line)
            if len(lines) > MAX_CARD_LINES:
                raise InputError(text.src.display, "vCard with too many lines", start)
        if upper == "END:VCARD" and depth:
            depth -= 1
            if not depth:
                yield start, "".join(lines)
    if depth:
        yield start, "".join(lines)  # unterminated: vobject reports it


def _read_card(display: str, start: int, body: str) -> tuple[Any | None, list[str]]:
    """One card through vobject: the card (None for a block vobject skips as unreadable)
    and what vobject said about the lines it left out."""
    said: list[str] = []
    _LOG.local.sink = said
    try:
        return next(vobject.readComponents(body, ignoreUnreadable=True), None), said
    except Exception as err:  # vobject raises a zoo of types on malformed input
        # its "At line N" counts within the card (and not reliably): name the card's line
        reason = _AT_LINE.sub("", str(err).split("\n")[0])
        raise InputError(display, f"not a readable vCard: {reason}", start) from None
    finally:
        _LOG.local.sink = None


def _read(display: str, start: int, body: str) -> tuple[Any | None, list[str]]:
    """One card: by the fast reader when it reads it as vobject would, else by vobject
    (core.importers.vcard_fast says which cards are vobject's)."""
    card = read_card(body)
    return (card, []) if card is not None else _read_card(display, start, body)


def _skipped_line(start: int, body: str, message: str) -> tuple[int, str]:
    """The file line and text of a line vobject skipped. Its own line numbers are not the
    file's (they count within the card, and not reliably), so the line is found by its text
    in the card; the card's first line when it cannot be."""
    found = _SKIPPED.match(message)
    text = (found.group(1) if found else message).split("\n")[0]
    text = text.removeprefix("Failed to parse line: ").strip()
    line = start
    for number, raw in enumerate(body.splitlines(), start=start):
        if text and raw.strip() == text:
            line = number
            break
    shown = text if len(text) <= _REASON_CHARS else text[: _REASON_CHARS - 3] + "..."
    return line, shown


def parse_vcard(text: TextSource, out: Parsed) -> None:
    """One contact per card with a name (FN, else N); nameless cards are row problems.
    A line of a card that cannot be read is left out, the card kept: the file's notes say
    which lines (as rows kept with a gap). Cards are parsed one at a time (streamed); more
    than MAX_CARDS is refused. Each value is held to the cap of its field kind
    (core.importers.caps), noted with the card's line."""
    summary = out.summary
    display = text.src.display
    caps = FieldCaps()
    unread: list[int] = []
    example = ""
    for line, body in _cards(text):
        if summary.rows_read >= MAX_CARDS:  # cards read: nameless ones take time too
            raise InputError(
                display,
                f"more than {MAX_CARDS:,} cards in one file: refused so that time and memory "
                "stay bounded",
                line,
            )
        card, said = _read(display, line, body)
        if card is None or getattr(card, "name", "").upper() != "VCARD":
            continue
        contact = _contact(card, caps, line)
        summary.rows_read += 1
        if contact is None:
            reject(summary, line, "vCard without a name, e-mail, phone or profile URL")
            continue
        if said:  # one entry per card (a card is a row), at its first line left out
            where, shown = _skipped_line(line, body, said[0])
            unread.append(where)
            example = example or shown
        out.contacts.append(contact)
        summary.imported += 1
    if not summary.rows_read:
        raise InputError(display, "no vCard entries")
    note_rows(
        summary,
        unread,
        f"with a line linkvet cannot read (e.g. {example!r}), kept without that line",
    )
    note_caps(summary, caps)


def _contact(card: Any, caps: FieldCaps, line: int) -> RawContact | None:
    """The contact a card describes, or None when it gives no name, e-mail, phone or URL;
    every value held to its cap (`line`: the card's, for the note)."""

    def held(value: Any, kind: str) -> str:
        return caps.hold(_text(value), kind, line)

    name = " ".join(held(next(iter(_values(card, "fn")), ""), "name").split())
    first = last = ""
    n_values = _values(card, "n")
    if n_values and not isinstance(n_values[0], str):
        n = n_values[0]
        first, last = held(n.given, "name"), held(n.family, "name")
        if not name:
            words = f"{held(n.prefix, 'name')} {first} {held(n.additional, 'name')} {last}"
            name = " ".join(words.split())
    org = next(iter(_values(card, "org")), None)
    company = held(org[0] if isinstance(org, list) and org else org, "company") or None
    urls = [held(u, "url") for key in ("url", "x-socialprofile") for u in _values(card, key)]
    emails = [e for e in (held(e, "address") for e in _values(card, "email")) if e]
    phones = [p for t in _values(card, "tel") for p in split_phones(held(t, "address"))]
    url = linkedin_url(urls)
    if not (name or emails or phones or url):
        return None
    return RawContact(
        name=name,
        first=first,
        last=last,
        emails=emails,
        phones=phones,
        url=url,
        company=company,
        title=held(next(iter(_values(card, "title")), ""), "headline") or None,
    )
