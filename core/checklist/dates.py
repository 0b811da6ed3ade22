"""ISO timestamp helpers for the checklist and verdict (asked-at, message events, clock)."""

from __future__ import annotations

from datetime import UTC, datetime

from linkvet.core.checklist.context import Context


def parse_iso(text: str | None) -> datetime | None:
    """An aware datetime from ISO 8601 text (naive means UTC); None when missing or invalid."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def now_of(ctx: Context) -> datetime:
    """The context's clock: the injected `now` (made aware) or the current UTC time."""
    if ctx.now is None:
        return datetime.now(UTC)
    return ctx.now if ctx.now.tzinfo else ctx.now.replace(tzinfo=UTC)


def day(text: str | None) -> str:
    """The calendar day of an ISO timestamp for evidence ("2024-03-01"), or "an earlier date"."""
    value = parse_iso(text)
    if value is None:
        return (text or "an earlier date")[:10]
    return value.date().isoformat()
