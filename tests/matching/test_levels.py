"""Agreement levels of name fields: typos agree, other names do not, however alike."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from linkvet.core.matching import levels as lv


def level(a: str, b: str, given_name: bool = True) -> int:
    return int(lv.compare([a], [b], given_name)[0])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("kayla", "kayla", lv.EXACT),
        ("bob", "robert", lv.SHORT_FORM),
        ("r", "robert", lv.INITIAL),
        ("s", "robert", lv.DIFFERENT),
        ("vinxent", "vincent", lv.ONE_EDIT),
        ("smtih", "smith", lv.ONE_EDIT),  # a transposition is one edit
        ("mhmd", "mohammed", lv.ONE_EDIT),  # consonants of an abjad name
        ("dmitriy", "dmitry", lv.ONE_EDIT),
        ("muehlbserg", "muehlberg", lv.ONE_EDIT),
        ("shoubriwdge", "shoubridge", lv.ONE_EDIT),
        ("montgomery", "montgomray", lv.CLOSE),  # two edits in a long name
        ("", "smith", lv.ONE_MISSING),
        ("", "", lv.BOTH_MISSING),
        ("louise", "eliza", lv.DIFFERENT),
        ("bryce", "brooke", lv.DIFFERENT),  # the table's weak formal~formal relation
        ("mark", "mary", lv.DIFFERENT),  # two real given names, one letter apart
        ("julia", "julian", lv.DIFFERENT),
    ],
)
def test_given_name_levels(a: str, b: str, expected: int) -> None:
    assert level(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("smith", "smithson", lv.DIFFERENT),  # an extension, not a typo
        ("peters", "peterson", lv.DIFFERENT),
        ("park", "parker", lv.DIFFERENT),
        ("zhang", "huang", lv.DIFFERENT),  # two edits in a short name
        ("mark", "mary", lv.ONE_EDIT),  # surnames have no lexicon of distinct names
        ("bob", "robert", lv.DIFFERENT),  # short forms are for given names
    ],
)
def test_surname_levels(a: str, b: str, expected: int) -> None:
    assert level(a, b, given_name=False) == expected


names = st.text(alphabet="abcdehlmnorsty", min_size=0, max_size=8)


@given(st.lists(st.tuples(names, names), min_size=1, max_size=30))
def test_a_batch_gives_the_level_of_each_pair_alone(pairs: list[tuple[str, str]]) -> None:
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    batch = lv.compare(a, b, True).tolist()
    assert batch == [level(x, y) for x, y in pairs]


@given(names, names)
def test_levels_are_symmetric(a: str, b: str) -> None:
    assert level(a, b) == level(b, a)


def test_a_grown_copy_of_a_vocabulary_leaves_the_original_alone() -> None:
    base = lv.Vocab(["anna", "ben"])
    base.arrays()
    grown = base.copy()
    ids = grown.encode(["cleo", "anna"])
    assert ids.tolist() == [3, 1] and len(base) == 3 and len(grown) == 4
    assert grown.arrays()[0].tolist() == ["", "anna", "ben", "cleo"]
    assert base.arrays()[0].tolist() == ["", "anna", "ben"]


def test_described_levels_show_both_spellings() -> None:
    assert lv.describe(lv.ONE_EDIT, "vinxent", "vincent") == "1 edit (Vinxent~Vincent)"
    assert lv.describe(lv.INITIAL, "r", "robert") == "initial R."
    assert lv.describe(lv.EXACT, "kayla", "kayla") == "exact"
    assert lv.describe(lv.PREFIX, "rob", "robert") == "begins with Rob (Robert)"
