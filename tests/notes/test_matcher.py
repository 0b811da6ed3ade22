"""The cue matcher answers exactly as one alternation per group would, only faster."""

from __future__ import annotations

import json
import random
import re

import pytest
from linkvet.core.notes.cues import CUES
from linkvet.core.notes.matcher import CueMatcher, literal_starts
from linkvet.core.text import fold

from bench.notes_eval import WRITTEN


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        ("we help", {"we help"[:6]}),
        ("(?:i am|i'm) hiring", {"i am h", "i'm hi"}),
        ("(?:your )?advice", {"your a", "advice"}),
        ("#?opentowork", {"opento", "#opento"}),
        ("(?<!you )(?:i )?want to", {"i want", "want t"}),
        ("wfo|wfh", {"wfo", "wfh"}),
        (r"\d+ ?% off", None),
        (r"(?:\w+ ){0,2}opportunity", None),
        ("meet-?ups?", {"meet"}),
    ],
)
def test_literal_starts(pattern: str, starts: set[str] | None) -> None:
    assert literal_starts(pattern) == starts


def test_same_hits_as_one_alternation_per_group() -> None:
    plain = {
        group: re.compile(
            r"(?<![a-z0-9])(?:"
            + "|".join(f"(?:{p.rstrip(' ')})" for p in patterns)
            + r")(?![a-z0-9])"
        )
        for group, patterns in CUES.items()
    }
    matcher = CueMatcher(CUES)
    notes = [r["message"] for r in json.loads(WRITTEN.read_text("utf-8"))["notes"]]
    rng = random.Random(4)
    words = [w for n in notes for w in n.split()]
    notes += [" ".join(rng.choice(words) for _ in range(40)) for _ in range(300)]
    for note in notes:
        folded = fold(note)
        expected = {g: m.group(0) for g, r in plain.items() if (m := r.search(folded))}
        assert matcher.hits(folded) == expected, note


def test_a_cue_written_with_a_trailing_space_matches_before_the_next_word() -> None:
    """ "estoy seleccionando " means "then a word"; the word boundary once made it unmatchable."""
    matcher = CueMatcher({"recruiter.approach": [r"estoy (?:buscando|seleccionando) "]})
    assert matcher.hits("estoy seleccionando un jefe de proyecto") == {
        "recruiter.approach": "estoy seleccionando"
    }
    assert matcher.hits("estoy seleccionandolo") == {}
