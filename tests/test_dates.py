"""Stored dates (core.dates): ISO text read one way everywhere, ages in calendar days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from linkvet.core.dates import aware, day, days_since, parse_iso, timestamp, today_of

PACIFIC = timezone(timedelta(hours=-8))


def test_parse_iso_takes_naive_text_as_utc_and_refuses_nothing_loudly() -> None:
    assert parse_iso("2026-11-20T10:00:00") == datetime(2026, 11, 20, 10, tzinfo=UTC)
    assert parse_iso(" 2026-11-20T10:00:00Z ") == datetime(2026, 11, 20, 10, tzinfo=UTC)
    moment = parse_iso("2026-11-20T02:00:00-08:00")
    assert moment == datetime(
        2026, 11, 20, 10, tzinfo=UTC
    ) and moment.utcoffset() == PACIFIC.utcoffset(None)
    assert parse_iso("2026-11-20") == datetime(2026, 11, 20, tzinfo=UTC)
    assert [parse_iso(t) for t in (None, "", "20/11/2026", "yesterday")] == [None] * 4


def test_timestamp_is_posix_seconds_of_the_same_reading() -> None:
    assert timestamp("1970-01-01T00:01:00") == 60.0
    assert timestamp("1970-01-01T00:00:00-01:00") == 3600.0
    assert timestamp("not a date") is None
    assert timestamp(None) is None


def test_aware_and_today_of_read_a_naive_clock_as_utc() -> None:
    assert aware(datetime(2026, 11, 20, 23, 30)) == datetime(2026, 11, 20, 23, 30, tzinfo=UTC)
    late_pacific = datetime(2026, 11, 20, 23, 30, tzinfo=PACIFIC)
    assert aware(late_pacific) is late_pacific
    assert today_of(late_pacific) == "2026-11-21"  # already the 21st in UTC
    assert today_of(datetime(2026, 11, 20, 23, 30)) == "2026-11-20"


def test_day_is_the_date_as_written_or_the_fallback() -> None:
    assert day("2026-11-20T23:59:00-08:00") == "2026-11-20"  # not converted to UTC
    assert day(None) == "an earlier date"
    assert day("", "?") == "?"
    assert day("sometime in 2026") == "sometime i"  # unreadable text is cut, never parsed


def test_days_since_reads_dates_and_timestamps() -> None:
    """The one day-age rule behind stale exports, stale sent invitations and follow-ups."""
    assert days_since("2026-11-20", "2026-11-26") == 6
    assert days_since("2026-11-20T23:59:00-08:00", "2026-11-26") == 6  # the date part counts
    assert days_since("2026-11-26T00:00:01+00:00", "2026-11-26") == 0
    assert days_since(None, "2026-11-26") is None
    assert days_since("", "2026-11-26") is None
    assert days_since("20/11/2026", "2026-11-26") is None
    assert days_since("2026-11-20", "") is None
