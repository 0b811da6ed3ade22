"""The words of a match: field lines, ties, and the short summary checks quote."""

from __future__ import annotations

from linkvet.core.matching import evidence
from linkvet.core.matching import levels as lv


def test_field_lines_name_level_count_and_weight() -> None:
    assert (
        evidence.field_line("given name", lv.EXACT, "kayla", "kayla", 7.94, 1, 250)
        == "given name: exact (the only Kayla in your 250 contacts) +7.9"
    )
    assert (
        evidence.field_line("surname", lv.EXACT, "clarke", "clarke", 2.0, 47, 3785)
        == "surname: exact (Clarke: 47 of your 3,785 contacts) +2.0"
    )
    assert (
        evidence.field_line("surname", lv.DIFFERENT, "lee", "ng", -4.1, 1, 9)
        == "surname: different (Lee~Ng) -4.1"
    )


def test_ties_and_rivals_in_words() -> None:
    assert (
        evidence.tie_line(["Noah Bishop", "Noah Bishop"])
        == "2 contacts named Noah Bishop: not linked"
    )
    assert evidence.tie_line(["Ann Lee", "Anne Lee"]) == "tied with Ann Lee, Anne Lee: not linked"
    assert evidence.rival_line(None, 0.0) == "next best: nobody"
    assert evidence.rival_line("Ann Lee", 0.001) == "next best: Ann Lee <1%"
    assert evidence.posterior_line(0.9971) == "posterior >99%"


def test_the_summary_is_the_key_or_the_levels_and_posterior() -> None:
    lines = [
        "read as Robert | Smtih",
        "given name: exact (the only Robert in your 9 contacts) +7.6",
        "surname: 1 edit (Smtih~Smith) +7.4",
        "company: agrees +5.1",
        "posterior 93%",
        "next best: nobody",
    ]
    assert evidence.summary(lines) == (
        "given name exact, surname 1 edit (Smtih~Smith), company agrees; posterior 93%"
    )
    assert evidence.summary(["same profile URL: certain", *lines]) == "profile URL"
    assert evidence.summary(["linked by you"]) == "linked by you"
    assert evidence.summary(["email", "company agrees"]) == "email, company agrees"
