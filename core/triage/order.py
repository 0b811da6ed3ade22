"""The queue's order by advice (`v` in the TUI): what still needs deciding first, the
clearest cases (declines, then asks, then accepts) ahead, the surest advice first."""

from __future__ import annotations

from linkvet.core.triage.view import InvitationView

VERDICT_ORDER: dict[str, int] = {"decline": 0, "ask": 1, "accept": 2}


def advice_rank(view: InvitationView, position: int) -> tuple[int, int, float, int]:
    """Sort key: undecided before decided, then decline, ask, accept (no advice last),
    higher confidence first, then `position` (the queue's own order) to keep ties stable."""
    decided = 0 if view.state.decision == "pending" else 1
    verdict = view.verdict
    rank = VERDICT_ORDER.get(verdict.verdict, 3) if verdict else 3
    confidence = verdict.confidence if verdict else 0.0
    return (decided, rank, -confidence, position)
