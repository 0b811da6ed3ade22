"""Fan-out: one sender invites several owners who work at the same company, within a window."""

from __future__ import annotations

from collections import Counter, defaultdict

from linkvet.core.models import Pattern
from linkvet.core.patterns.context import Context, Item
from linkvet.core.patterns.evidence import (
    date_range,
    identity_notes,
    make_pattern,
    plural,
    quote,
    recipient_counts,
    recipients_sentence,
    sender_sentence,
    shared_note,
    span_text,
    window,
)
from linkvet.core.patterns.grouping import item_windows


def fanout_severity(people: int, recruiters: int) -> int:
    """2 for two people, +1 at 3 and at 5 people, +1 when 2+ (or all) are recruiters."""
    severity = 1 + (people >= 2) + (people >= 3) + (people >= 5)
    if recruiters >= 2 or (recruiters >= 1 and recruiters == people):
        severity += 1
    return min(5, severity)


def detect_fanout(ctx: Context) -> list[Pattern]:
    """Group by (sender, owner company); emit each anchored window with enough owners."""
    s = ctx.settings
    groups: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for it in ctx.items:
        if it.ts is not None and it.owner_company_key:
            groups[(it.sender, it.owner_company_key)].append(it)
    patterns: list[Pattern] = []
    seconds = s.fanout_window_days * 86400.0
    for (sender, ckey), items in groups.items():
        for members in item_windows(items, lambda it: it.owner_id, seconds, s.fanout_min_owners):
            patterns.append(_pattern(ctx, sender, ckey, members))
    return patterns


def _pattern(ctx: Context, sender: str, ckey: str, members: list[Item]) -> Pattern:
    """Build one fan-out pattern with its evidence."""
    people, recruiters = recipient_counts(members)
    company = Counter(it.owner_company for it in members if it.owner_company).most_common(1)[0][0]
    _, _, span = window(members)
    name = ctx.sender_name(sender)
    evidence = [
        f"{sender_sentence(ctx, sender)} sent invitations to {plural(people, 'person', 'people')} "
        f"at {company} {date_range(members)} ({span_text(span)}).",
        recipients_sentence(members),
    ]
    if recruiters:
        evidence.append(
            f"{recruiters} of the {people} recipients are recruiters, hiring managers or HR."
        )
    evidence.extend(identity_notes(ctx, sender, members))
    note = shared_note(members)
    if note:
        evidence.append(f"The same note was sent (recipient details masked): {quote(note)}.")
    return make_pattern(
        "fanout",
        (sender, ckey, members[0].inv.sent_at or ""),
        members,
        company=company,
        evidence=evidence,
        severity=fanout_severity(people, recruiters),
        sender=name,
        counts={"people": people, "recruiters": recruiters, "invitations": len(members)},
        masked_note=note,
    )
