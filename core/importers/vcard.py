"""vCard 3.0 / 4.0 address books (.vcf), parsed with `vobject`."""

from __future__ import annotations

import re
from typing import Any

import vobject

from core.importers.addressbook import linkedin_url
from core.importers.batch import InputError
from core.importers.parsed import Parsed, RawContact, reject
from core.importers.streams import TextSource

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)


def looks_like_vcard(first_line: str) -> bool:
    """True when a file's first non-blank line opens a vCard."""
    return first_line.strip().upper().startswith("BEGIN:VCARD")


def _values(card: Any, key: str) -> list[Any]:
    return [item.value for item in card.contents.get(key, [])]


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v).strip()
    return str(value or "").strip()


def parse_vcard(text: TextSource, out: Parsed) -> None:
    """One contact per card with a name (FN, else N); nameless cards are row problems."""
    body = text.read_all()
    starts: list[int] = []
    line, pos = 1, 0
    for found in _BEGIN.finditer(body):
        line += body.count("\n", pos, found.start())
        pos = found.start()
        starts.append(line)
    summary = out.summary
    try:
        cards = list(vobject.readComponents(body, ignoreUnreadable=True))
    except Exception as err:  # vobject raises a zoo of types on malformed input
        line = getattr(err, "lineNumber", None)
        raise InputError(
            text.src.display, f"not a readable vCard: {err}".split("\n")[0], line
        ) from None
    cards = [c for c in cards if getattr(c, "name", "").upper() == "VCARD"]
    for index, card in enumerate(cards):
        line = starts[index] if index < len(starts) else 0
        summary.rows_read += 1
        name = " ".join(_text(next(iter(_values(card, "fn")), "")).split())
        first = last = ""
        n_values = _values(card, "n")
        if n_values and not isinstance(n_values[0], str):
            n = n_values[0]
            first, last = _text(n.given), _text(n.family)
            if not name:
                name = " ".join(f"{_text(n.prefix)} {first} {_text(n.additional)} {last}".split())
        if not name:
            reject(summary, line, "vCard without a name (FN/N)")
            continue
        org = next(iter(_values(card, "org")), None)
        company = (org[0] if isinstance(org, list) and org else _text(org)) or None
        urls = [_text(u) for key in ("url", "x-socialprofile") for u in _values(card, key)]
        out.contacts.append(
            RawContact(
                name=name,
                first=first,
                last=last,
                emails=[_text(e) for e in _values(card, "email") if _text(e)],
                url=linkedin_url(urls),
                company=company,
                title=_text(next(iter(_values(card, "title")), "")) or None,
            )
        )
        summary.imported += 1
    if not cards:
        raise InputError(text.src.display, "no vCard entries")
