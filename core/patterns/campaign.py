"""Campaign: several distinct senders from one company invite the owner(s) within a window.

The sender's company comes from Person.company, else a headline ("... at X", "X | ..."), else
a non-free-mail e-mail domain; all three give comparable company keys.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable

from linkvet.core.models import Pattern
from linkvet.core.patterns.context import Context, Item
from linkvet.core.patterns.evidence import (
    date_range,
    make_pattern,
    plural,
    recipient_counts,
    shared_note,
    span_text,
    window,
)
from linkvet.core.patterns.grouping import item_windows

_LIST_MAX = 10
_EMAIL = "email domain"
_MIN_PREFIX = 4


def campaign_severity(senders: int, people: int, recruiters: int) -> int:
    """2 at the minimum, +1 at 5 and at 8 senders, +1 when it reaches 2+ recruiters."""
    severity = 2 + (senders >= 5) + (senders >= 8) + (recruiters >= 2 and people >= 2)
    return min(5, severity)


def detect_campaigns(ctx: Context) -> list[Pattern]:
    """Group by sender company key; emit each anchored window with enough distinct senders."""
    s = ctx.settings
    groups: dict[str, list[Item]] = defaultdict(list)
    dated = [it for it in ctx.items if it.ts is not None and it.sender_company]
    resolve = _domain_resolver(dated)
    for it in dated:
        groups[resolve(it)].append(it)
    patterns: list[Pattern] = []
    seconds = s.campaign_window_days * 86400.0
    for ckey, items in groups.items():
        for members in item_windows(items, lambda it: it.sender, seconds, s.campaign_min_senders):
            patterns.append(_pattern(ctx, ckey, members))
    return patterns


def _domain_resolver(items: list[Item]) -> Callable[[Item], str]:
    """Map an e-mail-domain key onto the one named company it abbreviates.

    `contoso` (from contoso.com) joins `contososolutions` (from "Contoso Solutions GmbH") when
    exactly one named company key starts with it; otherwise it stays its own key.
    """
    named = sorted(
        {
            it.sender_company[0]
            for it in items
            if it.sender_company and it.sender_company[2] != _EMAIL
        }
    )
    named_set = set(named)
    cache: dict[str, str] = {}

    def resolve(it: Item) -> str:
        assert it.sender_company is not None
        key, _, source = it.sender_company
        if source != _EMAIL or key in named_set or len(key) < _MIN_PREFIX:
            return key
        if key not in cache:
            lo = bisect_left(named, key)
            hits = []
            for cand in named[lo : lo + 2]:
                if cand.startswith(key):
                    hits.append(cand)
            cache[key] = hits[0] if len(hits) == 1 else key
        return cache[key]

    return resolve


def _pattern(ctx: Context, ckey: str, members: list[Item]) -> Pattern:
    """Build one campaign pattern with its evidence."""
    senders: dict[str, Item] = {}
    for it in members:
        senders.setdefault(it.sender, it)
    people, recruiters = recipient_counts(members)
    recipients = {it.owner_id: it.owner_name for it in members}
    company = Counter(
        it.sender_company[1]
        for it in members
        if it.sender_company and it.sender_company[2] != _EMAIL
    ).most_common(1)
    company_name = company[0][0] if company else (members[0].sender_company or ("", ckey, ""))[1]
    _, _, span = window(members)
    listed = []
    for key, it in list(senders.items())[:_LIST_MAX]:
        src = it.sender_company
        how = f"{src[2]} {src[1]!r}" if src else "company"
        listed.append(f"{ctx.sender_name(key)} ({how}) on {it.day}")
    more = len(senders) - _LIST_MAX
    evidence: list[str] = [
        f"{plural(len(senders), 'person', 'people')} from {company_name} sent invitations "
        f"{date_range(members)} ({span_text(span)}).",
        "Senders: " + "; ".join(listed) + (f"; and {plural(more, 'other')}" if more > 0 else ""),
        "Recipients: " + ", ".join(list(recipients.values())[:_LIST_MAX]) + ".",
    ]
    if recruiters:
        evidence.append(f"{recruiters} of the {people} recipients are recruiters or HR.")
    note = shared_note(members)
    if note:
        evidence.append(f'Several of them used the same note (masked): "{note[:160]}".')
    return make_pattern(
        "campaign",
        (ckey, members[0].inv.sent_at or ""),
        members,
        company=company_name,
        evidence=evidence,
        severity=campaign_severity(len(senders), people, recruiters),
        sender=None,
        counts={
            "senders": len(senders),
            "people": people,
            "recruiters": recruiters,
            "invitations": len(members),
        },
        masked_note=note,
    )
