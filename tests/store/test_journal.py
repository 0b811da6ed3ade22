"""The append-only journal: durable appends, torn tails skipped and sealed."""

from __future__ import annotations

from pathlib import Path

from linkvet.core.models import HistoryEvent
from linkvet.core.store.journal import Journal


def ev(seq: int, inv: str = "a", after: str = "accept") -> HistoryEvent:
    return HistoryEvent(
        seq=seq, at="2026-11-26T00:00:00+00:00", kind="decision", invitation_id=inv, after=after
    )


def test_appended_events_read_back_in_order(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.jsonl")
    journal.append([ev(1), ev(2, "b", "decline")])
    journal.append([ev(3, "c", "ask")])
    events = Journal(tmp_path / "j.jsonl").read_all()
    assert [(e.seq, e.invitation_id, e.after) for e in events] == [
        (1, "a", "accept"),
        (2, "b", "decline"),
        (3, "c", "ask"),
    ]


def test_torn_last_line_is_skipped_then_sealed_by_next_append(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    journal = Journal(path)
    journal.append([ev(1)])
    with open(path, "ab") as handle:
        handle.write(b'{"seq": 2, "at": "2026-11-26T0')  # a crash mid-write
    reader = Journal(path)
    assert [e.seq for e in reader.read_all()] == [1]
    reader.append([ev(3, "z")])
    assert [e.seq for e in Journal(path).read_all()] == [1, 3]


def test_read_new_returns_only_what_another_writer_appended(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    mine, theirs = Journal(path), Journal(path)
    mine.append([ev(1)])
    assert [e.seq for e in theirs.read_new()] == [1]
    mine.append([ev(2)])
    assert [e.seq for e in theirs.read_new()] == [2]
    assert theirs.read_new() == []


def test_journal_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    Journal(path).append([ev(1)])
    assert path.stat().st_mode & 0o777 == 0o600
