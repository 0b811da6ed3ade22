"""The advice order (core.triage.order) on the sample team."""

from __future__ import annotations

import itertools
from pathlib import Path

from linkvet.core.triage.order import VERDICT_ORDER, advice_rank

from tests.triage.helpers import workspace


def test_undecided_first_then_decline_ask_accept_surest_first(db: Path) -> None:
    ws = workspace(db)
    queue = ws.queue()
    ws.decide([queue[0].id], "accept")
    queue = ws.queue()
    ranked = sorted(enumerate(queue), key=lambda pair: advice_rank(pair[1], pair[0]))
    views = [v for _, v in ranked]
    assert views[-1].state.decision == "accept"  # the decided one goes last
    pending = [v for v in views if v.state.decision == "pending"]
    words = [v.verdict.verdict for v in pending if v.verdict]
    assert words == sorted(words, key=VERDICT_ORDER.__getitem__)
    assert set(words) == {"decline", "ask", "accept"}
    for word in set(words):
        confidences = [
            v.verdict.confidence for v in pending if v.verdict and v.verdict.verdict == word
        ]
        assert confidences == sorted(confidences, reverse=True)
    # ties keep the queue's own order
    positions = {v.id: n for n, v in enumerate(queue)}
    for a, b in itertools.pairwise(pending):
        if (
            a.verdict
            and b.verdict
            and (a.verdict.verdict, a.verdict.confidence)
            == (
                b.verdict.verdict,
                b.verdict.confidence,
            )
        ):
            assert positions[a.id] < positions[b.id]
