"""Plain sentences for pattern evidence: who, which recipients, when, and the shared note."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from linkvet.core.identity import short_id
from linkvet.core.models import Pattern
from linkvet.core.patterns.context import Context, Item

_QUOTE_MAX = 160
_LIST_MAX = 12


def plural(n: int, word: str, words: str | None = None) -> str:
    """'1 person', '3 people' style counts."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def span_text(seconds: float) -> str:
    """Human size of a time span: 'within 5 hours', 'within 3 days'."""
    hours = seconds / 3600.0
    if hours < 1:
        return "within an hour"
    if hours < 36:
        return f"within {plural(max(1, round(hours)), 'hour')}"
    days = hours / 24.0
    return f"within {plural(max(1, round(days)), 'day')}"


def quote(masked: str) -> str:
    """A masked note, shortened for a sentence."""
    text = masked if len(masked) <= _QUOTE_MAX else masked[: _QUOTE_MAX - 1].rstrip() + "…"
    return f'"{text}"'


def by_time(items: Sequence[Item]) -> list[Item]:
    """Items sorted by time (undated last), then id, for stable member order."""
    return sorted(items, key=lambda it: (it.ts is None, it.ts or 0.0, it.inv.id))


def window(items: Sequence[Item]) -> tuple[str | None, str | None, float]:
    """ISO start, ISO end and length in seconds of the dated items."""
    dated = [it for it in items if it.ts is not None]
    if not dated:
        return None, None, 0.0
    first = min(dated, key=lambda it: it.ts or 0.0)
    last = max(dated, key=lambda it: it.ts or 0.0)
    return first.inv.sent_at, last.inv.sent_at, (last.ts or 0.0) - (first.ts or 0.0)


def date_range(items: Sequence[Item]) -> str:
    """'on 2024-03-01' or 'between 2024-03-01 and 2024-03-03' (sender's local days)."""
    days = sorted({it.day for it in items if it.day})
    if not days:
        return "on unknown dates"
    if len(days) == 1:
        return f"on {days[0]}"
    return f"between {days[0]} and {days[-1]}"


def recipient_counts(items: Sequence[Item]) -> tuple[int, int]:
    """Distinct recipients, and how many of them are recruiters (by each one's last item)."""
    owners = {it.owner_id: it for it in items}
    return len(owners), sum(1 for it in owners.values() if it.recruiter)


def recipients_sentence(items: Sequence[Item], label: str = "Recipients") -> str:
    """'Recipients: Ann Lee (Senior Recruiter) on 2024-03-01; Bob Ray on 2024-03-02.'"""
    seen: dict[str, Item] = {}
    for it in by_time(items):
        seen.setdefault(it.owner_id, it)
    parts = []
    for it in list(seen.values())[:_LIST_MAX]:
        title = f" ({it.owner_title})" if it.owner_title else ""
        when = f" on {it.day}" if it.day else ""
        parts.append(f"{it.owner_name}{title}{when}")
    more = len(seen) - _LIST_MAX
    tail = f"; and {plural(more, 'other')}" if more > 0 else ""
    return f"{label}: " + "; ".join(parts) + tail + "."


def sender_sentence(ctx: Context, key: str) -> str:
    """Who the sender is and how they were recognised across invitations."""
    name = ctx.sender_name(key)
    slug = ctx.senders.profile.get(key)
    if slug and not slug.startswith(("pub:", "sales:")):
        return f"{name} (linkedin.com/in/{slug})"
    return name


def identity_notes(ctx: Context, key: str, items: Sequence[Item]) -> list[str]:
    """Sentences explaining name variants and name-only joins within these items."""
    notes: list[str] = []
    spellings = sorted({(it.inv.sender.name or "").strip() for it in items} - {""})
    if len(spellings) > 1:
        shown = ", ".join(f'"{s}"' for s in spellings[:5])
        notes.append(f"The sender's name was written differently across owners: {shown}.")
    no_url = sum(1 for it in items if not it.inv.sender.profile_url)
    if no_url and key.startswith("in:"):
        notes.append(
            f"{plural(no_url, 'invitation')} had no profile URL and "
            f"{'was' if no_url == 1 else 'were'} matched by the name, which no one else "
            "in your data carries with another profile URL."
        )
    elif key.startswith("name:"):
        notes.append("No profile URL was available; invitations were grouped by name.")
    return notes


def shared_note(items: Sequence[Item]) -> str | None:
    """The masked note most members share (at least two of them), if any."""
    counts = Counter(it.masked for it in items if it.masked)
    if not counts:
        return None
    note, n = counts.most_common(1)[0]
    return note if n >= 2 else None


def make_pattern(
    kind: str,
    key: Sequence[str],
    items: Sequence[Item],
    *,
    company: str | None,
    evidence: list[str],
    severity: int,
    sender: str | None,
    counts: dict[str, int],
    masked_note: str | None = None,
) -> Pattern:
    """Assemble a Pattern with a stable id, time-ordered members and its window."""
    ordered = by_time(items)
    start, end, _ = window(ordered)
    return Pattern(
        id=short_id(kind, *key),
        kind=kind,  # type: ignore[arg-type]
        members=[it.inv.id for it in ordered],
        company=company,
        window_start=start,
        window_end=end,
        evidence=evidence,
        severity=max(1, min(5, severity)),
        sender=sender,
        masked_note=masked_note,
        counts=counts,
    )
