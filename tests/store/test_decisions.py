"""Folding the journal into triage state, and what undo reverts."""

from __future__ import annotations

from linkvet.core.models import HistoryEvent
from linkvet.core.store.decisions import fold, last_undoable


def ev(
    seq: int, inv: str, kind: str = "decision", after: str | None = "accept", **kw: object
) -> HistoryEvent:
    return HistoryEvent(
        seq=seq,
        at=f"2026-11-26T00:00:{seq:02d}+00:00",
        kind=kind,  # type: ignore[arg-type]
        invitation_id=inv,
        after=after,
        **kw,
    )  # type: ignore[arg-type]


def test_latest_decision_wins_and_history_is_kept() -> None:
    states = fold([ev(1, "a", after="ask"), ev(2, "a", after="decline")])
    assert states["a"].decision == "decline"
    assert states["a"].asked_at == "2026-11-26T00:00:01+00:00"
    assert [e.seq for e in states["a"].history] == [1, 2]


def test_undo_reverts_a_whole_batch() -> None:
    events = [
        ev(1, "a", after="accept"),
        ev(2, "b", after="decline", batch="b2"),
        ev(3, "c", after="decline", batch="b2"),
        ev(4, "b", kind="undo", after=None, undoes=3, batch="b2"),
    ]
    states = fold(events)
    assert states["a"].decision == "accept"
    assert states["b"].decision == "pending"
    assert states["c"].decision == "pending"
    assert last_undoable(events).seq == 1


def test_overrides_set_and_clear() -> None:
    states = fold(
        [
            ev(1, "a", kind="override", after="pass", check="two_way"),
            ev(2, "a", kind="override", after="fail", check="known"),
            ev(3, "a", kind="override", after="auto", check="two_way"),
        ]
    )
    assert states["a"].overrides == {"known": "fail"}


def test_nothing_to_undo_after_everything_undone() -> None:
    events = [ev(1, "a"), ev(2, "a", kind="undo", after=None, undoes=1)]
    assert last_undoable(events) is None
    assert fold(events)["a"].decision == "pending"
