"""Dates linkvet itself writes and compares: ISO 8601 timestamps and whole days between them.

Every stored moment (an invitation's `sent_at`, a decision's `at`, a message event) is ISO
8601 text; a naive one means UTC. Reading LinkedIn's own date formats is the importers'
concern (core.importers.dates); this is the one home of what triage, checks, patterns,
actions and the front ends do with the text once it is stored.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def parse_iso(text: str | None) -> datetime | None:
    """An aware datetime from ISO 8601 text (naive means UTC); None when missing or invalid."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return aware(value)


def aware(moment: datetime) -> datetime:
    """`moment` with a time zone: a naive datetime is taken as UTC (like stored text)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def timestamp(text: str | None) -> float | None:
    """POSIX seconds of ISO 8601 text (naive means UTC); None when missing or invalid."""
    moment = parse_iso(text)
    return moment.timestamp() if moment is not None else None


def today_of(now: datetime) -> str:
    """The ISO day of the clock reading `now`, in UTC (the day every "today" means)."""
    return aware(now).astimezone(UTC).date().isoformat()


def day(text: str | None, missing: str = "an earlier date") -> str:
    """The calendar day of an ISO timestamp as written ("2024-03-01"); unreadable text cut
    to its first ten characters, `missing` when there is none."""
    if not text:
        return missing
    value = parse_iso(text)
    return value.date().isoformat() if value is not None else text[:10]


def days_since(when: str | None, today: str) -> int | None:
    """Whole calendar days from the day of `when` (an ISO date or timestamp, its day as
    written) to the ISO day `today`; None when either is missing or unreadable."""
    if not when:
        return None
    try:
        return (date.fromisoformat(today) - date.fromisoformat(when[:10])).days
    except ValueError:
        return None
