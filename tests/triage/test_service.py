"""The Workspace facade's small reads, which the front ends use instead of the store."""

from __future__ import annotations

from pathlib import Path

from linkvet.core.store import Store
from linkvet.core.triage import Workspace

from tests.triage.helpers import OWNER, connection, incoming, save_records, workspace


def test_decisions_and_journal_length_follow_the_writes(db: Path) -> None:
    ws = workspace(db)
    a, b, c = (v.id for v in ws.views(status="pending")[:3])
    start = ws.journal_length()
    assert ws.decisions() == {}  # the sample team is imported, nothing decided yet
    ws.decide([a, b], "accept")
    ws.decide([c], "ask")
    assert ws.decisions() == {a: "accept", b: "accept", c: "ask"}
    assert ws.journal_length() == start + 3
    ws.decide([a], "pending")
    assert ws.decisions()[a] == "pending"
    assert not ws.is_empty()


def test_touched_since_gives_whole_steps_seen_from_another_process(db: Path) -> None:
    """What the TUI's poll repaints: the invitations of every step written elsewhere since
    it last looked, an undo of a bulk decision with all the rows of that decision."""
    here, elsewhere = workspace(db), workspace(db)
    a, b, c = (v.id for v in here.views(status="pending")[:3])
    elsewhere.decide([a, b], "decline")  # one step, two rows
    here.refresh()
    seen = here.journal_length()
    elsewhere.decide([c], "accept")
    here.refresh()
    assert here.touched_since(seen) == ({c}, seen + 1)
    elsewhere.undo()  # the accept of c
    elsewhere.undo()  # the two declines: one undo event per row, one batch
    here.refresh()
    ids, length = here.touched_since(seen + 1)
    assert ids == {a, b, c} and length == here.journal_length()
    assert here.touched_since(length) == (set(), length)


def test_owner_contact_picks_the_first_record_the_owner_holds(tmp_path: Path) -> None:
    db = tmp_path / "db"
    ann = connection("Ann Lee", "https://www.linkedin.com/in/ann-lee")
    other = connection("Ann Lee", "https://www.linkedin.com/in/ann-lee")
    other.id, other.owner_id = "c-someone-else", "own2"
    save_records(db, [OWNER], [incoming("inv0001", "Ann Lee")], [ann, other])
    ws = workspace(db)
    assert ws.owner_contact("inv0001", [other.id, ann.id]) == ann.id
    assert ws.owner_contact("inv0001", [other.id]) is None  # another owner's record
    assert ws.owner_contact("inv0001", ["c-nobody"]) is None


def test_an_empty_database_and_repair(tmp_path: Path) -> None:
    db = tmp_path / "db"
    ws = Workspace(Store(db))
    assert ws.is_empty() and ws.decisions() == {} and ws.journal_length() == 0
    save_records(db, [OWNER], [incoming("inv0001", "Ann Lee")])
    report = Workspace.repair(db)  # the generation just written verifies: nothing to do
    assert report.restored is not None and not report.changed and not report.damaged
    assert not Workspace(Store(db)).is_empty()
