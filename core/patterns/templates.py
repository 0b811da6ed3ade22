"""Template notes: near-duplicate masked notes, per sender (strong) and across senders (weak).

Stock LinkedIn text never counts (it is "no note"). Groups form around a centre note; a note
joins at most one group and only when it is similar to that centre (no transitive chaining).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from linkvet.core.models import Pattern
from linkvet.core.patterns.context import Context, Item
from linkvet.core.patterns.evidence import (
    date_range,
    make_pattern,
    plural,
    quote,
    recipients_sentence,
    sender_sentence,
)
from linkvet.core.patterns.grouping import centre_groups


def _by_text(items: Sequence[Item]) -> tuple[list[str], list[list[Item]]]:
    """Distinct masked texts (sorted) and the items carrying each."""
    buckets: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        if it.masked:
            buckets[it.masked].append(it)
    texts = sorted(buckets)
    return texts, [buckets[t] for t in texts]


def _grouped(
    items: Sequence[Item], threshold: float, key: Callable[[Item], str], minimum: int
) -> list[tuple[str, list[Item]]]:
    """Centre groups whose members carry `minimum`+ distinct `key` values (owners / senders)."""
    texts, buckets = _by_text(items)
    if not texts:
        return []

    def distinct(idx: list[int]) -> set[str]:
        return {key(it) for i in idx for it in buckets[i]}

    def strength(idx: list[int]) -> tuple[float, ...]:
        # The most used exact text is the centre (idx[0] is the text itself), so a middle
        # variant never becomes a bridge between two different texts.
        return (len(distinct(idx[:1])), len(distinct(idx)), sum(len(buckets[i]) for i in idx))

    def accept(idx: list[int]) -> bool:
        return len(distinct(idx)) >= minimum

    out = []
    for centre, members in centre_groups(texts, threshold, strength, accept):
        out.append((texts[centre], [it for i in members for it in buckets[i]]))
    return out


def detect_templates(ctx: Context) -> list[Pattern]:
    """Same-sender templates first, then cross-sender stock automation text."""
    s = ctx.settings
    eligible = [it for it in ctx.items if it.masked and it.note_chars >= s.template_min_chars]
    patterns: list[Pattern] = []
    per_sender: dict[str, list[Item]] = defaultdict(list)
    for it in eligible:
        per_sender[it.sender].append(it)
    for sender, items in per_sender.items():
        if len(items) < s.template_min_recipients:
            continue
        if len({it.owner_id for it in items}) < s.template_min_recipients:
            continue
        for centre, members in _grouped(
            items, s.template_similarity, lambda it: it.owner_id, s.template_min_recipients
        ):
            patterns.append(_same_sender(ctx, sender, centre, members))
    for centre, members in _grouped(
        eligible, s.template_similarity, lambda it: it.sender, s.template_min_senders
    ):
        patterns.append(_cross_sender(ctx, centre, members))
    return patterns


def _same_sender(ctx: Context, sender: str, centre: str, members: list[Item]) -> Pattern:
    """One sender, one note, several recipients: a strong mass-invite signal."""
    people = len({it.owner_id for it in members})
    recruiters = len({it.owner_id for it in members if it.recruiter})
    exact = sum(1 for it in members if it.masked == centre)
    evidence = [
        f"{sender_sentence(ctx, sender)} sent the same note to "
        f"{plural(people, 'person', 'people')} {date_range(members)}.",
        f"The note with recipient details masked: {quote(centre)}.",
        recipients_sentence(members),
    ]
    if exact < len(members):
        evidence.append(
            f"{plural(len(members) - exact, 'note')} differed slightly "
            f"(similarity at least {ctx.settings.template_similarity:g} of 100)."
        )
    severity = 3 + (people >= 3) + (people >= 5)
    return make_pattern(
        "template",
        (sender, centre),
        members,
        company=None,
        evidence=evidence,
        severity=severity,
        sender=ctx.sender_name(sender),
        counts={
            "people": people,
            "recruiters": recruiters,
            "senders": 1,
            "invitations": len(members),
        },
        masked_note=centre,
    )


def _cross_sender(ctx: Context, centre: str, members: list[Item]) -> Pattern:
    """Several senders, one text: likely automation or a shared script (weaker signal)."""
    senders = {it.sender for it in members}
    people = len({it.owner_id for it in members})
    names = sorted({ctx.sender_name(k) for k in senders})
    shown = ", ".join(names[:10])
    if len(names) > 10:
        shown += f" and {plural(len(names) - 10, 'other')}"
    evidence = [
        f"{plural(len(senders), 'different sender')} used the same note {date_range(members)}: "
        f"{shown}.",
        f"The note with recipient details masked: {quote(centre)}.",
        f"It reached {plural(people, 'person', 'people')}; shared text across senders suggests "
        "an automation tool or a script, which on its own is a weak signal.",
    ]
    return make_pattern(
        "template",
        ("*", centre),
        members,
        company=None,
        evidence=evidence,
        severity=1 + (len(senders) >= 6),
        sender=None,
        counts={"people": people, "senders": len(senders), "invitations": len(members)},
        masked_note=centre,
    )
