"""A streaming reader for plain vCards that gives exactly what vobject gives, ~30x faster.

vobject takes about 1 ms a card (an object, a behaviour and copies for every line), most of
an address-book import. Most cards are plain text lines, so this reads a card the way
vobject 0.9.9 reads it (`readComponents(..., ignoreUnreadable=True)`, allowQP off, as
core.importers.vcard calls it): the same logical-line unfolding, line and parameter
patterns, quoted-printable + CHARSET decoding and backslash unescaping, for the properties
linkvet keeps. Whatever it would not reproduce exactly (a line vobject skips or fails on,
a nested component, a PROFILE line, base64 or another ENCODING in a kept property, a
decoding error) makes it give up (None): that card is then read by vobject, so every card
gives the same contact and the same notes as before (tests/importers/test_vcard_fast.py
compares the two on tricky cards and on generated ones).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import cast

# vobject.base's patterns, spelt the same way (so the same lines and parameters match)
_NAME = "[a-zA-Z0-9_-]+"
_SAFE, _QSAFE = '[^";:,]', '[^"]'
_PARAM_VALUE = f' "{_QSAFE} * " | {_SAFE} * '
_PARAM_VALUE_GROUPED = f'\n" ( {_QSAFE} * )" | ( {_SAFE} + )\n'
_PARAM = rf"""
; (?: {_NAME} )
(?:
    (?: = (?: {_PARAM_VALUE} ) )?
    (?: , (?: {_PARAM_VALUE} ) )*
)*
"""
_PARAMS_GROUPED = rf"""
; ( {_NAME} )
(?: =
    (
        (?:   (?: {_PARAM_VALUE} ) )?
        (?: , (?: {_PARAM_VALUE} ) )*
    )
)?
"""
_LINE_PATTERN = rf"""
^ ((?P<group> {_NAME})\.)?(?P<name> {_NAME})
  (?P<params> ;?(?: {_PARAM} )* )
: (?P<value> .* )$
"""
_LINEEND = r"(?:\r\n|\r|\n|$)"
_WRAP = rf"{_LINEEND} [\t ]"
_LOGICAL = rf"""
(
   (?: [^\r\n] | {_WRAP} )*
   {_LINEEND}
)
"""
_PARAM_VALUES_RE = re.compile(_PARAM_VALUE_GROUPED, re.VERBOSE)
_PARAMS_RE = re.compile(_PARAMS_GROUPED, re.VERBOSE)
_LINE_RE = re.compile(_LINE_PATTERN, re.DOTALL | re.VERBOSE)
_WRAP_RE = re.compile(rf"({_WRAP} | {_LINEEND} )", re.VERBOSE)
_LOGICAL_RE = re.compile(_LOGICAL, re.VERBOSE)
_FOLDED = re.compile(r"[\r\n][\t ]")

_ESCAPABLE = '\\;,Nn"'  # vobject.icalendar.escapableCharList
NAME_ORDER = ("family", "given", "additional", "prefix", "suffix")
# the properties core.importers.vcard reads, by how vobject decodes them
_TEXT = frozenset({"fn", "url", "x-socialprofile", "email", "tel", "title"})
_FIELDS = frozenset({"n", "org"})
# vobject's VCard3_0.knownChildren; those not listed here decode as text (VCardTextBehavior)
_KNOWN = frozenset(
    {"n", "fn", "version", "prodid", "label", "uid", "adr", "org", "photo", "categories", "geo"}
)
_TEXT_BEHAVIOUR = frozenset({"fn", "label", "photo"})


@dataclass(slots=True)
class Name:
    """A structured name (N), as vobject.vcard.Name: each part a string or a list."""

    family: str | list[str] = ""
    given: str | list[str] = ""
    additional: str | list[str] = ""
    prefix: str | list[str] = ""
    suffix: str | list[str] = ""


@dataclass(slots=True)
class Line:
    """One kept property's decoded value (vobject's ContentLine.value)."""

    value: object


@dataclass(slots=True)
class Card:
    """The kept properties of one card, by lower-case name, like vobject's Component."""

    name: str = "VCARD"
    contents: dict[str, list[Line]] = field(default_factory=dict)


def text_values(s: str, separator: str = ",", chars: str = _ESCAPABLE) -> list[str]:
    """vobject.icalendar.stringToTextValues: split on unescaped `separator`, unescape the
    characters in `chars` (a last empty piece dropped, an unknown escape kept, and a
    trailing backslash read as vobject does)."""
    if "\\" not in s:
        parts = s.split(separator)
        if len(parts) > 1 and not parts[-1]:
            parts.pop()
        return parts
    results: list[str] = []
    current: list[str] = []
    escaped = False
    for char in [*s, "eof"]:
        if escaped:
            escaped = False
            if char in chars:
                current.append("\n" if char in "nN" else char)
            else:
                current.append("\\" + char)  # a trailing backslash gives "\\eof", as in vobject
        elif char == "\\":
            escaped = True
        elif char == separator:
            results.append("".join(current))
            current = []
        elif char == "eof":
            break
        else:
            current.append(char)
    if current or not results:
        results.append("".join(current))
    return results


def split_fields(s: str) -> list[str | list[str]]:
    """vobject.vcard.splitFields: `;`-separated fields, each a string or a `,` list."""
    fields: list[str | list[str]] = []
    for part in text_values(s, ";", ";"):
        values = text_values(part)
        fields.append(values[0] if len(values) == 1 else values)
    return fields


def _params(text: str) -> tuple[dict[str, list[str]], list[str]]:
    """vobject's parseParams + ContentLine's table: (named parameters, singletons)."""
    named: dict[str, list[str]] = {}
    singles: list[str] = []
    for name, values in _PARAMS_RE.findall(text):
        found = [quoted or plain for quoted, plain in _PARAM_VALUES_RE.findall(values)]
        if not found:
            singles.append(name)
        else:
            named.setdefault(name.upper(), []).extend(found)
    return named, singles


def _logical_lines(body: str) -> list[str]:
    """The card's lines unfolded as vobject unfolds them (empty lines dropped)."""
    if not _FOLDED.search(body):  # nothing folded: the same lines, split at line ends
        return [line for line in re.split(r"\r\n|\r|\n", body) if line]
    lines = []
    for found in _LOGICAL_RE.finditer(body):
        line = _WRAP_RE.sub("", found.group())
        if line:
            lines.append(line)
    return lines


def _decode(name: str, value: str, text: str) -> object | None:
    """One property's value as vobject holds it after reading, or None when this reader
    does not reproduce it (None is also returned for values that are fine but not kept,
    see `read_card`)."""
    named, singles = _params(text) if text else ({}, [])
    quoted = False
    encoding = named.get("ENCODING")
    if encoding is not None and "QUOTED-PRINTABLE" in encoding:
        quoted = True
        encoding.remove("QUOTED-PRINTABLE")
        if not encoding:
            del named["ENCODING"]
    if "QUOTED-PRINTABLE" in singles:
        quoted = True
        singles.remove("QUOTED-PRINTABLE")
    if quoted:
        if "ENCODING" in named:
            raise _GiveUp
        charset = named["CHARSET"][0] if "CHARSET" in named else "utf-8"
        try:
            raw = cast(bytes, codecs.decode(value.encode("utf-8"), "quoted-printable"))
            value = raw.decode(charset)
        except Exception:  # vobject raises it: let vobject say so
            raise _GiveUp from None
    if "ENCODING" in named or "BASE64" in singles:
        if name in _TEXT or name in _FIELDS:
            raise _GiveUp  # a kept value in base64 (or another encoding): vobject reads it
        if name in _KNOWN and name not in _TEXT_BEHAVIOUR:
            raise _GiveUp
        try:  # vobject decodes it as base64, and a bad one stops the file there
            codecs.decode(value.encode("utf-8"), "base64")
        except Exception:
            raise _GiveUp from None
        return None
    if name in _TEXT:
        return text_values(value)[0]
    if name == "n":
        return Name(*split_fields(value)[: len(NAME_ORDER)])
    if name == "org":
        return split_fields(value)
    return None


class _GiveUp(Exception):
    """This card is vobject's to read."""


def read_card(body: str) -> Card | None:
    """The card in `body` (one BEGIN:VCARD ... END:VCARD block) as vobject would read it,
    holding only the properties linkvet keeps; None when vobject must read it (see the
    module's docstring)."""
    lines = _logical_lines(body)
    if len(lines) < 2:
        return None
    card = Card()
    last = len(lines) - 1
    try:
        for number, line in enumerate(lines):
            found = _LINE_RE.match(line)
            if found is None:
                return None  # vobject skips it, with a note: vobject says which line
            name = found.group("name").replace("_", "-").lower()
            text, value = found.group("params"), found.group("value")
            if name in ("begin", "end", "profile"):
                expected = "begin" if number == 0 else "end" if number == last else ""
                if name != expected or text or value.upper() != "VCARD":
                    return None
                continue
            if number in (0, last):
                return None
            decoded = _decode(name, value, text)
            if decoded is not None:
                card.contents.setdefault(name, []).append(Line(decoded))
    except _GiveUp:
        return None
    return card
