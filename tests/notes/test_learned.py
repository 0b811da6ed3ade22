"""The learned note reader: what it is trained on, what it ships, when it decides."""

from __future__ import annotations

import json
import re
from typing import Any

from linkvet.core.checklist import ChecklistSettings, Context, evaluate
from linkvet.core.checklist.checks.note import note_check
from linkvet.core.models import Invitation, MatchResult, Owner, Person
from linkvet.core.notes import LEARNED, NoteReading, read_note
from linkvet.core.notes.learned import (
    DECIDE_AT,
    features,
    learned_reading,
    model_from_json,
    shipped_model,
)
from linkvet.core.notes.reading import read_rules
from linkvet.core.recommend import RecommendSettings, recommend
from linkvet.core.text import fold

from bench.note_model import SHIPPED, dump, labelled, train
from bench.notes_eval import NOW, WRITTEN, verdict_of


def _tiny() -> dict[str, Any]:
    """A model learned from six notes, two per decision."""
    rows = [
        {"message": "we shipped the billing rewrite together", "decision": "accept",
         "category": "personal"},
        {"message": "we shipped the search rewrite together", "decision": "accept",
         "category": "personal"},
        {"message": "buy our crm today cheap", "decision": "decline", "category": "sales"},
        {"message": "buy our ads today cheap", "decision": "decline", "category": "sales"},
        {"message": "hello there friend", "decision": "ask", "category": "generic"},
        {"message": "hello there colleague", "decision": "ask", "category": "generic"},
    ]  # fmt: skip
    return train(rows)


def test_the_shipped_model_is_the_one_the_labelled_notes_give() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == dump(train(labelled()))


def test_the_held_out_round_is_never_learned_from() -> None:
    rows = json.loads(WRITTEN.read_text(encoding="utf-8"))["notes"]
    held = [r for r in rows if r["split"] == "holdout"]
    assert held, "a held-out round exists"
    model = shipped_model()
    assert sum(model.decisions.values()) == len(rows) - len(held)


def test_features_are_words_and_pairs_with_names_taken_out() -> None:
    got = features("Hi Priya, this is Tunde. We shipped it together!")
    assert {"we", "shipped", "we shipped", "it together"} <= got
    assert not {"priya", "tunde"} & got
    assert "hallo" in features("Hallo Frau Becker, danke für den Vortrag")
    assert "becker" not in features("Hallo Frau Becker, danke für den Vortrag")


def test_no_greeted_name_of_a_sample_note_ships() -> None:
    rows = json.loads(WRITTEN.read_text(encoding="utf-8"))["notes"]
    greeted = set()
    for r in rows:
        for m in re.finditer(
            r"\b(?:Hi|Hello|Hey|Dear|Hallo|Hola|Oi|Bonjour) ([A-Z]\w+)", r["message"]
        ):
            greeted.add(fold(m.group(1)))
    # words that are also ordinary words, titles ("Dr", "Frau") or the end of a place's name
    # ("São Paulo") may ship; a greeted name may not
    words = {fold(w) for r in rows for w in re.findall(r"\b[a-z]\w*", r["message"])}
    titles = {"dr", "prof", "mr", "ms", "mrs", "frau", "herr", "sir", "madam"}
    after = r"\b(?!(?:Hi|Hello|Hey|Dear|Hallo|Hola|Oi|Bonjour)\b)[A-Z]\w+ ([A-Z]\w+)"
    places = {fold(m) for r in rows for m in re.findall(after, r["message"])}
    names = greeted - words - titles - places
    assert len(names) > 50
    assert not names & set(shipped_model().counts)


def test_it_decides_only_when_sure_and_quotes_the_words() -> None:
    model = model_from_json(_tiny())
    sure = learned_reading("we shipped the payroll rewrite together", model)
    assert sure is not None and sure.decision == "accept" and sure.category == "personal"
    assert sure.probability >= DECIDE_AT and "shipped" in " ".join(sure.words)
    pitch = learned_reading("buy our crm cheap", model)
    assert pitch is not None and pitch.decision == "decline" and pitch.category == "sales"
    assert learned_reading("hello there colleague", model) is None  # ask: the rules' default
    assert learned_reading("nothing it knows", model) is None
    assert learned_reading("we shipped the payroll rewrite together", model, decide_at=1.0) is None


def test_a_note_the_rules_read_is_not_read_again() -> None:
    note = "Hi, we worked together at Fabrikam on the billing rewrite."
    assert read_note(note) == read_rules(note)
    assert read_note(note).kind != LEARNED


def test_a_learned_reading_says_so_in_the_check_and_the_verdict_is_less_sure() -> None:
    note = "Heyy, loved meeting u lastt time at the rooftop thing, lets catch up soon"
    assert read_rules(note).kind == "line"  # no cue phrase in it
    reading = read_note(note)
    assert (reading.kind, reading.stance) == (LEARNED, "accept")
    check = note_check(reading)
    assert check.state == "pass"
    assert check.evidence[0].startswith("no cue phrase; reads like a personal note")
    assert verdict_of(note) == "accept"
    made_up = NoteReading("sales", LEARNED, "decline", extra=("reads like a sales note",))
    assert note_check(made_up).state == "fail"


def test_learned_verdicts_carry_less_confidence_than_quoted_cues() -> None:
    learned_note = "Heyy, loved meeting u lastt time at the rooftop thing, lets catch up soon"
    cue_note = "Great meeting you at the Nordic Data Summit in Oslo yesterday!"
    assert _confidence(learned_note) < _confidence(cue_note)


def _confidence(note: str) -> float:
    owner = Owner(id="me", name="Pat Owner")
    invitation = Invitation(
        id="n1", owner_id="me", direction="INCOMING", sender=Person(name="Sam Sender"),
        recipient=Person(name="Pat Owner"), sent_at=NOW.isoformat(),
        sent_at_raw="1/1/26, 12:00 AM", message=note,
    )  # fmt: skip
    ctx = Context(invitation, owner, MatchResult(), [], None, now=NOW)
    verdict = recommend(ctx, evaluate(ctx, ChecklistSettings()), RecommendSettings(), [])
    assert verdict.verdict == "accept"
    return verdict.confidence
