"""Burst and reinvite: timing of one sender's invitations, with or without a shared company.

Burst: one sender reaches many owners in a short time. Reinvite: one sender invites the same
owner again on a different day (LinkedIn blocks re-inviting for ~3 weeks after a withdrawal).
"""

from __future__ import annotations

from collections import defaultdict

from linkvet.core.models import Pattern
from linkvet.core.patterns.context import Context, Item
from linkvet.core.patterns.evidence import (
    date_range,
    identity_notes,
    make_pattern,
    plural,
    recipient_counts,
    recipients_sentence,
    sender_sentence,
    shared_note,
    span_text,
    window,
)
from linkvet.core.patterns.grouping import item_windows
from linkvet.core.patterns.senders import own_key


def detect_bursts(ctx: Context) -> list[Pattern]:
    """Per sender, each anchored window of `burst_window_hours` reaching enough owners."""
    s = ctx.settings
    groups: dict[str, list[Item]] = defaultdict(list)
    for it in ctx.items:
        if it.ts is not None:
            groups[it.sender].append(it)
    patterns: list[Pattern] = []
    seconds = s.burst_window_hours * 3600.0
    for sender, items in groups.items():
        for members in item_windows(items, lambda it: it.owner_id, seconds, s.burst_min_owners):
            people, recruiters = recipient_counts(members)
            companies = {it.owner_company_key for it in members if it.owner_company_key}
            _, _, span = window(members)
            evidence = [
                f"{sender_sentence(ctx, sender)} sent invitations to "
                f"{plural(people, 'person', 'people')} {span_text(span)} {date_range(members)}.",
                recipients_sentence(members),
            ]
            if companies:
                n_co = plural(len(companies), "company", "companies")
                evidence.append(f"The recipients work at {n_co}.")
            if recruiters:
                evidence.append(f"{recruiters} of the {people} recipients are recruiters or HR.")
            evidence.extend(identity_notes(ctx, sender, members))
            severity = 2 + (people >= 5) + (people >= 10) + (recruiters >= 2)
            patterns.append(
                make_pattern(
                    "burst",
                    (sender, members[0].inv.sent_at or ""),
                    members,
                    company=None,
                    evidence=evidence,
                    severity=severity,
                    sender=ctx.sender_name(sender),
                    counts={
                        "people": people,
                        "recruiters": recruiters,
                        "invitations": len(members),
                    },
                    masked_note=shared_note(members),
                )
            )
    return patterns


def detect_reinvites(ctx: Context) -> list[Pattern]:
    """Per (sender, owner): invitations on `reinvite_min_dates` or more different days.

    A re-invite needs the same person, not the same name: only invitations whose own row
    carries the sender's profile URL (or member URN) count, so two different people who
    share a name (common in real networks) are never a "re-invite"."""
    s = ctx.settings
    groups: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for it in ctx.items:
        if it.ts is not None and it.day and own_key(it.inv) == it.sender:
            groups[(it.sender, it.owner_id)].append(it)
    patterns: list[Pattern] = []
    for (sender, owner_id), items in groups.items():
        days = sorted({it.day for it in items})
        if len(days) < s.reinvite_min_dates:
            continue
        items.sort(key=lambda it: (it.ts, it.inv.id))
        owner_name = items[0].owner_name
        evidence = [
            f"{sender_sentence(ctx, sender)} invited {owner_name} "
            f"{plural(len(items), 'time')} on {plural(len(days), 'different day')}: "
            f"{', '.join(days)}.",
        ]
        evidence.extend(identity_notes(ctx, sender, items))
        note = shared_note(items)
        if note:
            evidence.append(f'The note was the same each time (masked): "{note[:160]}".')
        patterns.append(
            make_pattern(
                "reinvite",
                (sender, owner_id),
                items,
                company=items[0].owner_company,
                evidence=evidence,
                severity=min(5, len(days)),
                sender=ctx.sender_name(sender),
                counts={"people": 1, "invitations": len(items), "days": len(days)},
                masked_note=note,
            )
        )
    return patterns
