"""The fast vCard reader gives what vobject gives, or leaves the card to vobject."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linkvet.core.importers import read_sources
from linkvet.core.importers.vcard import _read_card
from linkvet.core.importers.vcard_fast import read_card, split_fields, text_values
from vobject.icalendar import stringToTextValues
from vobject.vcard import splitFields

KEPT = ("fn", "n", "org", "url", "x-socialprofile", "email", "tel", "title")


def _plain(value: Any) -> Any:
    """A value both readers can be compared by (a Name as its five parts)."""
    if hasattr(value, "family"):
        parts = ("family", "given", "additional", "prefix", "suffix")
        return ("Name", *(getattr(value, p) for p in parts))
    return value


def _kept(card: Any) -> dict[str, list[Any]]:
    return {k: [_plain(i.value) for i in card.contents[k]] for k in KEPT if k in card.contents}


def _same_as_vobject(body: str) -> bool:
    """Assert the fast reader agrees with vobject on `body`; True when it read the card."""
    fast = read_card(body)
    if fast is None:
        return False
    card, said = _read_card("x.vcf", 1, body)  # raises when vobject refuses the card
    assert said == [], "vobject skipped a line the fast reader read"
    assert card is not None and card.name == "VCARD"
    assert _kept(fast) == _kept(card)
    return True


def _card(*lines: str, end: str = "\r\n") -> str:
    return end.join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + end


READ_FAST = {
    "plain": _card("FN:Ann Lee", "N:Lee;Ann;;;", "EMAIL:ann@x.com", "ORG:Acme"),
    "lf": _card("FN:Ann Lee", "EMAIL;TYPE=work:ann@x.com", end="\n"),
    "cr": _card("FN:Ann Lee", "TEL:+1 555 0100 200", end="\r"),
    "folded": _card("FN:Ann Lee Very Long", " Name Continued", "NOTE:a", "\tb"),
    "folded after a blank": "BEGIN:VCARD\nFN:Ann\n\n TITLE:Lee\nEND:VCARD\n",
    "escaped": _card(r"FN:Lee\, Ann", r"N:Lee\;Jr;Ann\,Bo;;;", r"ORG:A\, B;Dept\\x", r"TITLE:a\nb"),
    "comma list": _card("FN:Lee, Ann", "EMAIL:a@x.com,b@x.com", "ORG:A,B;C,;"),
    "grouped": _card("item1.EMAIL;type=INTERNET:a@x.com", "item1.X-ABLabel:work", "FN:A"),
    "multiple": _card("FN:A", "EMAIL:a@x.com", "EMAIL:b@x.com", "TEL:1234567", "TEL:7654321"),
    "empty values": _card("FN:", "N:;;;;", "EMAIL:", "ORG:", "TITLE:"),
    "quoted param": _card('EMAIL;TYPE="a:b,c":ann@x.com', "FN:A"),
    "underscore": _card("X_SOCIALPROFILE:https://linkedin.com/in/a", "FN:A"),
    "version 2.1 qp": (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=\r\n"
        "FN;QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BCrgen M=C3=BCller\r\nEND:VCARD\r\n"
    ),
    "charset alone": _card("FN;CHARSET=UTF-8:José", "TITLE;CHARSET=windows-1252:Chef"),
    "photo": _card("FN:A", "PHOTO;ENCODING=b;TYPE=JPEG:aGVsbG8=", "X-IMG;BASE64:aGVsbG8="),
    "trailing backslash": _card("FN:Ann\\", "ORG:A\\"),
    "unknown escape": _card(r"FN:A\qB", r"N:\x;\;;;;"),
    "more fields than five": _card("N:a;b;c;d;e;f;g", "FN:x"),
    "unicode": _card("FN:Zoë Ó Ceallaigh 李", "N:Ó Ceallaigh;Zoë;;;"),
    "lower case": "begin:vcard\nversion:3.0\nfn:Ann\nemail:a@x.com\nend:vcard\n",
    "version 4": _card("FN:A", "EMAIL;PREF=1;TYPE=work,home:a@x.com", "URL:https://x.y/in/a"),
}

LEFT_TO_VOBJECT = {
    "broken line": _card("FN:A", "this line is not a property"),
    "fold after a blank line": "BEGIN:VCARD\nFN:Ann\n\n Lee\nEND:VCARD\n",
    "qp soft break": _card("FN;ENCODING=QUOTED-PRINTABLE:Ann=", "Lee"),
    "bad charset": _card("FN;ENCODING=QUOTED-PRINTABLE;CHARSET=nope:A"),
    "base64 name": _card("FN;ENCODING=b:QW5u"),
    "bad photo": _card("FN:A", "PHOTO;ENCODING=b:a"),
    "nested": _card("FN:A", "BEGIN:VCARD", "FN:B", "END:VCARD"),
    "unterminated": "BEGIN:VCARD\nFN:A\n",
    "profile": _card("PROFILE:VCARD", "FN:A"),
    "end with spaces": "BEGIN:VCARD\nFN:A\nEND:VCARD  \n",
    "begin with params": "BEGIN;X=1:VCARD\nFN:A\nEND:VCARD\n",
    "end in a group": "BEGIN:VCARD\nFN:A\nx.END:VCARD\nEND:VCARD\n",
}


@pytest.mark.parametrize("body", READ_FAST.values(), ids=READ_FAST.keys())
def test_tricky_cards_are_read_fast_and_as_vobject_reads_them(body: str) -> None:
    assert _same_as_vobject(body)


@pytest.mark.parametrize("body", LEFT_TO_VOBJECT.values(), ids=LEFT_TO_VOBJECT.keys())
def test_cards_it_cannot_reproduce_are_left_to_vobject(body: str) -> None:
    assert read_card(body) is None


def test_qp_is_decoded_with_its_charset() -> None:
    card = read_card(READ_FAST["version 2.1 qp"])
    assert card is not None
    assert card.contents["fn"][0].value == "Jürgen Müller"
    assert _plain(card.contents["n"][0].value)[:3] == ("Name", "Müller", "J")


_PIECES = st.sampled_from(
    [
        "a", "Ann", " ", ",", ";", ":", "\\", "\\,", "\\;", "\\n", "\\\\", "=", "=C3=BC",
        "é", '"', "\r\n ", "\n\t", "\n", "\r\n", "item1.", "ENCODING=QUOTED-PRINTABLE",
        "CHARSET=UTF-8", "TYPE=work", "BASE64", "x_y", "",
    ]
)  # fmt: skip
_NAMES = st.sampled_from(
    ["FN", "N", "ORG", "EMAIL", "TEL", "TITLE", "URL", "NOTE", "PHOTO", "item1.EMAIL",
     "X-SOCIALPROFILE", "ADR", "UID", "BEGIN", "END"]
)  # fmt: skip
_LINE = st.tuples(
    _NAMES,
    st.lists(_PIECES, max_size=3).map(";".join),
    st.lists(_PIECES, max_size=6).map("".join),
).map(lambda t: f"{t[0]};{t[1]}:{t[2]}" if t[1] else f"{t[0]}:{t[2]}")


@settings(max_examples=600, deadline=None)
@given(st.lists(_LINE, max_size=6), st.sampled_from(["\r\n", "\n", "\r"]))
def test_any_card_read_fast_is_read_as_vobject_reads_it(lines: list[str], end: str) -> None:
    _same_as_vobject(_card(*lines, end=end))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", ",", ";", "\\", "n", "N", '"', ""]), max_size=10))
def test_value_splitting_is_vobjects(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert text_values(text) == stringToTextValues(text)
    assert text_values(text, ";", ";") == stringToTextValues(text, ";", ";")
    assert split_fields(text) == splitFields(text)


BOOK = "".join([*READ_FAST.values(), *list(LEFT_TO_VOBJECT.values())[:2], READ_FAST["plain"]])


def test_a_whole_file_gives_the_same_contacts_and_notes_as_vobject_alone(
    write, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cards read fast, cards left to vobject and a broken line in one file: the same
    contacts, summary, notes and line numbers as when vobject reads every card."""
    path = write("book.vcf", "\ufeff" + BOOK)
    fast = read_sources([path], owner_name="Olivia Owner")
    monkeypatch.setattr("linkvet.core.importers.vcard.read_card", lambda body: None)
    slow = read_sources([path], owner_name="Olivia Owner")
    assert [c.to_dict() for c in fast.contacts] == [c.to_dict() for c in slow.contacts]
    assert fast.files == slow.files
    assert len(fast.contacts) > len(READ_FAST)  # the address book's own contacts are there
    assert any("cannot read" in note for note in fast.files[0].notes)
