"""Readings: every split of a name into given | surname, both orders, inner spaces removed."""

from __future__ import annotations

import pytest
from linkvet.core.matching.readings import (
    GIVEN_ONLY,
    MIDDLE_LEFT_OUT,
    STRAIGHT,
    SURNAME_ONLY,
    SWAPPED,
    contact_readings,
    fold_part,
    readings_of,
    sender_readings,
)


def parts(name: str) -> set[tuple[str, str, str]]:
    return {(r.given, r.surname, r.kind) for r in sender_readings(name)}


@pytest.mark.parametrize(
    ("name", "given", "surname"),
    [
        ("Maria De La Cruz", "maria", "delacruz"),
        ("Jean Pierre Dupont", "jeanpierre", "dupont"),
        ("Ann Mac Onochie", "ann", "maconochie"),
        ("Imog En Vinxent", "imogen", "vinxent"),
        ("Natasha Crossm An", "natasha", "crossman"),
        ("Anna-Lena Holland-Dukes", "anna", "lenahollanddukes"),
        ("Anna-Lena Holland-Dukes", "annalena", "hollanddukes"),
    ],
)
def test_every_split_is_a_straight_reading(name: str, given: str, surname: str) -> None:
    assert (given, surname, STRAIGHT) in parts(name)


def test_either_order_and_the_middle_left_out() -> None:
    got = parts("Macgo Wan Darcie")
    assert ("darcie", "macgowan", SWAPPED) in got
    assert ("macgo", "darcie", MIDDLE_LEFT_OUT) in got
    assert parts("Smith John") == {("smith", "john", STRAIGHT), ("john", "smith", SWAPPED)}


def test_one_word_is_a_given_name_or_a_surname() -> None:
    assert parts("Harrington") == {("harrington", "", GIVEN_ONLY), ("", "harrington", SURNAME_ONLY)}
    assert readings_of(()) == ()


def test_readings_show_the_words_as_split() -> None:
    shown = {r.shown for r in sender_readings("Imog En Vinxent")}
    assert {"Imog | En Vinxent", "Imog En | Vinxent", "Vinxent | Imog En"} <= shown


def test_cleaning_and_comma_order_come_first() -> None:
    assert ("robert", "smith", STRAIGHT) in parts("Smith, Robert")
    assert ("jane", "doe", STRAIGHT) in parts("Dr. Jane Doe, MBA (she/her)")


def test_long_names_are_split_after_the_first_and_before_the_last_word_only() -> None:
    words = tuple("abcdefgh")
    straight = [r for r in readings_of(words) if r.kind == STRAIGHT]
    assert [(r.given, r.surname) for r in straight] == [("a", "bcdefgh"), ("abcdefg", "h")]


def test_a_contact_with_first_and_last_name_is_read_that_way() -> None:
    got = contact_readings("Anna", "van der Berg", "whatever the display says")
    assert [(r.given, r.surname) for r in got] == [("anna", "vanderberg"), ("anna", "berg")]
    assert [(r.given, r.surname) for r in contact_readings("", "Weller", "Weller")] == [
        ("", "weller")
    ]


def test_a_contact_known_by_display_name_gets_its_usual_splits() -> None:
    got = {(r.given, r.surname, r.kind) for r in contact_readings("", "", "Mary Ann Smith")}
    assert got == {
        ("mary", "annsmith", STRAIGHT),
        ("maryann", "smith", STRAIGHT),
        ("mary", "smith", MIDDLE_LEFT_OUT),
    }


def test_fold_part_removes_spaces_and_cleans() -> None:
    assert fold_part("Van'T Hof") == "vanthof"
    assert fold_part("  ") == "" and fold_part(None) == ""
    assert fold_part("Müller") == "muller"


def test_reading_keys_do_not_depend_on_order() -> None:
    a, b = sender_readings("Smith John")
    assert a.key == b.key == "john smith"
