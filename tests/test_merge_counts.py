"""MergeCounts: every kind of record is counted new, changed or unchanged the same way."""

from __future__ import annotations

from linkvet.core.merge_counts import MergeCounts
from linkvet.core.models import Owner


def test_upsert_counts_new_changed_and_unchanged_and_returns_what_to_write() -> None:
    stored = {"a": Owner(id="a", name="Ann"), "b": Owner(id="b", name="Bob")}
    counts = MergeCounts()
    incoming = [Owner(id="a", name="Ann"), Owner(id="b", name="Bob B"), Owner(id="c", name="Cy")]
    changed = counts.upsert(stored, incoming)
    assert [o.id for o in changed] == ["b", "c"]
    assert (counts.imported, counts.updated, counts.unchanged) == (1, 1, 1)
    assert stored["b"].name == "Bob B" and stored["c"].name == "Cy"


def test_count_says_whether_the_store_changes() -> None:
    counts = MergeCounts()
    assert counts.count(None, 1) and counts.count(1, 2) and not counts.count(2, 2)
    assert (counts.imported, counts.updated, counts.unchanged) == (1, 1, 1)
