"""After an import, the store answers from the records it saved: they must equal a fresh read."""

from __future__ import annotations

from pathlib import Path

from linkvet.core.sample import load_sample_data
from linkvet.core.store import Store

from tests.triage.helpers import workspace

TABLES = ("owners", "invitations", "contacts", "conversations", "matches", "patterns")


def test_records_kept_after_imports_equal_what_a_fresh_process_reads(tmp_path: Path) -> None:
    db = tmp_path / "db"
    ws = workspace(db)
    load_sample_data(ws)  # exports, then address books and a generic CSV on top
    kept, fresh = ws.store, Store(db)
    for table in TABLES:
        assert getattr(kept, table)() == getattr(fresh, table)(), table
    for source in ("connection", "address_book", "correspondent", "invited"):
        assert kept.contact_owners(source) == fresh.contact_owners(source), source
    assert {v.id: v.status for v in ws.views()} == {v.id: v.status for v in workspace(db).views()}
