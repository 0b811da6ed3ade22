"""Filter words (core.triage.query): parsing, and what they keep on the sample team."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from linkvet.core.errors import Refused
from linkvet.core.triage import InvitationView
from linkvet.core.triage.query import Term, from_words, haystack, parse, search, select

from tests.triage.helpers import workspace


def ids(views: list[InvitationView]) -> list[str]:
    return [v.id for v in views]


def by_id(views: list[InvitationView]) -> dict[str, InvitationView]:
    return {v.id: v for v in views}


def test_field_words_values_by_their_start_and_the_rest_is_text() -> None:
    query = parse('rec:dec flag:mass,dup -status:asked to:"dana whit" Meetup  Café')
    assert query.terms == (
        Term("rec", ("decline",)),
        Term("flag", ("mass_invite", "duplicate_profile")),
        Term("status", ("asked",), negate=True),
        Term("to", ("dana whit",)),
    )
    assert query.text == "meetup cafe"
    assert not query.problems


def test_aliases_a_shared_start_and_what_is_not_a_field() -> None:
    assert parse("owner:lee").terms == (Term("to", ("lee",)),)
    assert parse("verdict:ask").terms == (Term("rec", ("ask",)),)
    assert parse("status:a").terms == (Term("status", ("accepted", "asked")),)  # either
    assert parse("flag:mass-invite").terms == (Term("flag", ("mass_invite",)),)
    url = parse("https://www.linkedin.com/in/someone")
    assert url.terms == () and url.text == "https://www.linkedin.com/in/someone"
    assert parse("rec:").empty  # half typed: narrows nothing yet
    assert parse("").empty and parse("   ").empty


def test_a_value_nothing_starts_with_is_a_problem_that_keeps_nothing() -> None:
    query = parse("rec:maybe")
    assert query.problems == (
        "rec:maybe: no recommendation is called that (use accept, decline, ask)",
    )
    assert not query.empty
    with pytest.raises(Refused, match="rec:maybe"):
        query.strict()


def test_each_field_keeps_exactly_its_invitations(db: Path) -> None:
    ws = workspace(db)
    views = ws.views()
    every = by_id(views)
    declined = [v.id for v in views if v.verdict and v.verdict.verdict == "decline"]
    assert declined and len(declined) < len(views)
    assert search(parse("rec:decline"), every) == declined
    mass = [v.id for v in views if "mass_invite" in v.flags]
    assert mass and search(parse("flag:mass"), every) == mass
    assert search(parse("-flag:mass"), every) == [v.id for v in views if v.id not in mass]
    pending = [v.id for v in views if v.status == "pending"]
    assert search(parse("status:pending"), every) == pending


def test_to_and_owner_name_who_received_it(db: Path) -> None:
    ws = workspace(db)
    views = ws.views()
    owners = {v.owner.name for v in views if v.owner}
    assert len(owners) == 3  # team mode
    name = sorted(owners)[0]
    first, last = name.split()[0], name.split()[-1]
    theirs = [v.id for v in views if v.owner and v.owner.name == name]
    every = by_id(views)
    assert search(parse(f"to:{first.lower()}"), every) == theirs
    assert search(parse(f'to:"{first} {last[:3]}"'), every) == theirs
    assert search(parse(f"owner:{first[:3]}"), every) == theirs
    assert search(parse(f"to:{theirs and every[theirs[0]].invitation.owner_id}"), every) == theirs
    assert search(parse("to:nobody-of-that-name"), every) == []


def test_fields_and_free_text_combine(db: Path) -> None:
    ws = workspace(db)
    views = ws.views()
    every = by_id(views)
    # a word from the note of a declined invitation to one owner: all three must hold
    target = next(
        v for v in views if v.verdict and v.verdict.verdict == "decline" and v.invitation.message
    )
    assert target.owner is not None
    word = max(target.invitation.message.split(), key=len).strip(".,!?")
    found = search(parse(f"rec:decline to:{target.owner.name.split()[0]} {word}"), every)
    assert target.id in found
    for inv_id in found:
        view = every[inv_id]
        assert view.verdict is not None and view.verdict.verdict == "decline"
        assert view.owner is not None and view.owner.name == target.owner.name


def test_free_text_folds_accents_and_forgives_a_typo(db: Path) -> None:
    ws = workspace(db)
    views = ws.views()
    every = by_id(views)
    accented = next(v for v in views if not v.invitation.sender.name.isascii())
    plain = "".join(
        c
        for c in unicodedata.normalize("NFKD", accented.invitation.sender.name)
        if not unicodedata.combining(c)
    )
    assert accented.id in search(parse(plain.lower()), every)
    name = max((v.invitation.sender.name for v in views), key=len)
    typo = name[:4] + name[5:]  # one letter left out
    hits = search(parse(typo), every)
    assert any(every[i].invitation.sender.name == name for i in hits)
    exact_first = search(parse(name), every)
    assert every[exact_first[0]].invitation.sender.name == name


def test_search_keeps_the_order_given_and_the_limit(db: Path) -> None:
    ws = workspace(db)
    views = ws.views()
    every = by_id(views)
    hay = {v.id: haystack(v) for v in views}
    found = search(parse("e"), every, hay)  # short text: substring only, in list order
    assert found == [v.id for v in views if "e" in hay[v.id]]
    assert search(parse("e"), every, hay, limit=3) == found[:3]


def test_command_line_words_keep_a_name_with_a_space_whole(db: Path) -> None:
    ws = workspace(db)
    views = ws.views()
    owner = next(v.owner for v in views if v.owner)
    assert from_words([f"to:{owner.name}", "rec:ask"]).terms == (
        Term("to", (owner.name.lower(),)),
        Term("rec", ("ask",)),
    )
    kept = select(views, [f"to:{owner.name}"])
    assert kept and all(v.owner and v.owner.name == owner.name for v in kept)
    with pytest.raises(Refused):
        select(views, ["status:maybe"])
