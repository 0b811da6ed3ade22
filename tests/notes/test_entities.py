"""Organisation, event and person finding in notes stays linear on hostile notes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from linkvet.core.notes import entities

# The patterns before issue 19 (quadratic on one long word), the reference for what matches.
OLD_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
OLD_DOMAIN = re.compile(
    r"\b(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|in|io|co|"
    r"ai|net|org|de|fr|es|uk|us|tech|dev|app))\b",
    re.I,
)
PIECES = st.sampled_from(
    ["ann", "x1", "a-b", "_z", "com", "In", "io", "www", "http://", "https://", "é", "7",
     ".", ".", "..", "@", "+", "/", " ", " ", ",", "-"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_linear_address_and_domain_patterns_match_as_before(text: str) -> None:
    old_emails = [m.span() for m in OLD_EMAIL.finditer(text)]
    # the old pattern could begin an address inside a run it had just ended ("a@b.c.@d.e")
    inside = any(re.match(r"[\w.+-]", text[start - 1 : start]) for start, _ in old_emails)
    if not inside:
        assert [m.span() for m in entities._EMAIL.finditer(text)] == old_emails
    old = list(OLD_DOMAIN.finditer(text))
    if re.search(r"(?:^|[^a-z0-9.-])[.-]*-|\.-|-\.|--", text, re.I) or any(
        m.group(1).startswith("-") or text[m.start(1) - 1 : m.start(1)] == "." for m in old
    ):
        return  # the documented difference: a chain of labels that starts with "-", or the
        # old pattern starting inside a chain ("_z.ann.com" gave "ann.com")
    assert [m.group(1) for m in entities._DOMAIN.finditer(text)] == [
        m.group(1) for m in OLD_DOMAIN.finditer(text)
    ]


def test_notes_of_one_huge_word_are_read_whole() -> None:
    """Each of these took minutes (quadratic); only that they finish, and still find what
    follows the junk (speed figures: bench/hostile.py)."""
    for unit in ("1.", "A.", "a-", "x", "a@"):
        junk = unit * (200_000 // len(unit))
        assert entities.find_company(junk + " I work at Fabrikam Solutions.") is not None
        entities.find_event(junk)
        entities.find_school(junk)
        entities.find_person(junk)


def test_company_names_are_still_found() -> None:
    assert entities.find_company("Hi, I am with Contoso Technologies, hiring now") == (
        "Contoso Technologies"
    )
    assert entities.find_company("write to jo@fabrikam.io") == "fabrikam.io"
    assert entities.find_company("see careers.tailspin.dev for roles") == "careers.tailspin.dev"
