"""History's `before` is what was committed when the event was written, under the lock: a
process that read an invitation earlier and decides after another did records the other's
decision as `before`, so undo messages and the history tell the truth."""

from __future__ import annotations

from pathlib import Path

from linkvet.core.models import HistoryEvent
from linkvet.core.store import Store

from .conftest import seed


def _decision(inv_id: str, after: str, before: str | None) -> HistoryEvent:
    return HistoryEvent(
        seq=0, at="", kind="decision", invitation_id=inv_id, before=before, after=after
    )


def test_before_is_read_under_the_lock_not_from_what_was_loaded(tmp_path: Path) -> None:
    seed(Store(tmp_path / "db"), 2)
    here, there = Store(tmp_path / "db"), Store(tmp_path / "db")
    assert here.states() == {} and there.states() == {}  # both loaded: nothing decided yet
    there.append([_decision("i0000", "accept", "pending")])
    (event,) = here.append([_decision("i0000", "decline", "pending")])  # stale before
    assert event.before == "accept"
    (again,) = there.append([_decision("i0000", "ask", "accept")])  # stale the other way
    assert again.before == "decline"
    assert [e.before for e in Store(tmp_path / "db").events()] == ["pending", "accept", "decline"]


def test_before_of_an_override_a_link_and_a_done_come_from_the_committed_state(
    tmp_path: Path,
) -> None:
    seed(Store(tmp_path / "db"), 1)
    here, there = Store(tmp_path / "db"), Store(tmp_path / "db")
    here.states()
    there.record("override", ["i0000"], after="pass", check="known")
    there.record("decision", ["i0000"], after="accept")
    there.record("carried_out", ["i0000"], after="accept")
    there.record("link", ["i0000"], after="c1")
    (override,) = here.record("override", ["i0000"], after="fail", check="known")
    (done,) = here.record("carried_out", ["i0000"], after="accept")
    (link,) = here.record("link", ["i0000"], after="c2")
    assert override.before == "pass"
    assert done.before is not None  # the time the other process marked it done
    assert link.before == "c1"


def test_two_events_on_one_invitation_in_one_step_chain_their_before(tmp_path: Path) -> None:
    seed(Store(tmp_path / "db"), 1)
    store = Store(tmp_path / "db")
    first, second = store.append(
        [_decision("i0000", "accept", None), _decision("i0000", "decline", None)]
    )
    assert (first.before, second.before) == ("pending", "accept")
