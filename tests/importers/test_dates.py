"""Table test of the date parser: every format seen in exports and Excel re-saves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from linkvet.core.importers.dates import PACIFIC, local_day, parse_datetime

CASES = [
    # raw, expected wall time, expected UTC offset in hours (None = naive input -> Pacific)
    ("3/12/24, 7:00 PM", datetime(2024, 3, 12, 19, 0), -7),
    ("12/11/23, 12:18 AM", datetime(2023, 12, 11, 0, 18), -8),
    ("1/25/24, 12:48 PM", datetime(2024, 1, 25, 12, 48), -8),
    ("3/12/24,\u202f7:00\u202fPM", datetime(2024, 3, 12, 19, 0), -7),
    ("08 Feb 2024", datetime(2024, 2, 8), -8),
    ("8 February 2024", datetime(2024, 2, 8), -8),
    ("2024-01-26 04:43:37 UTC", datetime(2024, 1, 26, 4, 43, 37), 0),
    ("2024-01-26T04:43:37Z", datetime(2024, 1, 26, 4, 43, 37), 0),
    ("2024-01-26T04:43:37+05:30", datetime(2024, 1, 26, 4, 43, 37), 5.5),
    ("13-Mar-24", datetime(2024, 3, 13), -7),
    ("16.09.2021", datetime(2021, 9, 16), -7),
    ("16.09.2021 14:05", datetime(2021, 9, 16, 14, 5), -7),
    ("11/28/21", datetime(2021, 11, 28), -8),
    ("28/11/21", datetime(2021, 11, 28), -8),  # impossible month: day-first
    ("3/4/24", datetime(2024, 3, 4), -8),  # ambiguous: LinkedIn is month-first
    ("04.03.2024", datetime(2024, 3, 4), -8),  # dots: day-first
    ("Mar 2021", datetime(2021, 3, 1), -8),
    ("Feb 8, 2024", datetime(2024, 2, 8), -8),
    ("2024-02-01", datetime(2024, 2, 1), -8),
]


@pytest.mark.parametrize(("raw", "wall", "offset"), CASES)
def test_formats(raw: str, wall: datetime, offset: float) -> None:
    parsed = parse_datetime(raw)
    assert parsed is not None
    assert parsed.replace(tzinfo=None) == wall
    assert parsed.utcoffset() == timedelta(hours=offset)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "soon",
        "2/30/24",
        "13:00 PM",
        "3/12/24, 13:00 PM",
        "99/99/99",
        "2024-02-30 10:00:00 UTC",
        "2024-01-26 24:00:00 UTC",
    ],
)
def test_unreadable_is_none(raw: str) -> None:
    assert parse_datetime(raw) is None


def test_default_zone_is_used_only_without_zone() -> None:
    assert parse_datetime("11/28/21", UTC) == datetime(2021, 11, 28, tzinfo=UTC)
    zone = timezone(timedelta(hours=1))
    assert parse_datetime("2024-01-26 04:43:37 UTC", zone) == datetime(
        2024, 1, 26, 4, 43, 37, tzinfo=UTC
    )


def test_local_day_is_pacific() -> None:
    late_utc = datetime(2024, 1, 26, 4, 0, tzinfo=UTC)  # 8 PM on the 25th in California
    assert local_day(late_utc) == "2024-01-25"
    assert local_day(datetime(2024, 1, 26, 23, 0, tzinfo=PACIFIC)) == "2024-01-26"
