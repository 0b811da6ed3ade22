"""The list's age column and the stats weeks read timestamps with core's ISO parser."""

from __future__ import annotations

from datetime import UTC, datetime

from linkvet.tui.screens.stats import week_of
from linkvet.tui.widgets.render import age

from tests.tui.fixtures import NOW, iso


def test_age_is_compact_and_reads_aware_and_naive_timestamps() -> None:
    assert [age(iso(d), NOW) for d in (0.5, 3, 20, 90, 800)] == ["12h", "3d", "2w", "3mo", "2y"]
    naive = iso(3).removesuffix("+00:00")  # naive means UTC
    assert age(naive, NOW) == "3d"
    assert age(iso(3), NOW.replace(tzinfo=None)) == "3d"  # a naive clock too
    assert [age(text, NOW) for text in (None, "", "last tuesday")] == ["?", "?", "?"]


def test_week_of_labels_iso_weeks() -> None:
    assert week_of(datetime(2025, 2, 14, 9, 30, tzinfo=UTC).isoformat()) == "2025-W07"
    assert week_of("2025-02-14") == "2025-W07"
    assert week_of("soon") is None
