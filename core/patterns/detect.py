"""Entry point: run every detector over INCOMING invitations and rank the patterns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from linkvet.core.models import PATTERN_KINDS, Invitation, Owner, Pattern
from linkvet.core.patterns.campaign import detect_campaigns
from linkvet.core.patterns.context import build_context
from linkvet.core.patterns.fanout import detect_fanout
from linkvet.core.patterns.repeats import detect_bursts, detect_reinvites
from linkvet.core.patterns.settings import PatternSettings
from linkvet.core.patterns.templates import detect_templates

_KIND_ORDER = {kind: rank for rank, kind in enumerate(PATTERN_KINDS)}


def _rank(pattern: Pattern) -> tuple[int, int, int, str, str]:
    """Most severe first, then largest, then kind, then earliest, then id (total order)."""
    return (
        -pattern.severity,
        -len(pattern.members),
        _KIND_ORDER.get(pattern.kind, 9),
        pattern.window_start or "",
        pattern.id,
    )


def detect_patterns(
    invitations: Sequence[Invitation],
    owners: Mapping[str, Owner],
    settings: PatternSettings | None = None,
) -> list[Pattern]:
    """All mass-invite patterns among the INCOMING invitations, most severe and largest first."""
    settings = settings or PatternSettings()
    ctx = build_context(invitations, owners, settings)
    patterns: list[Pattern] = []
    patterns += detect_fanout(ctx)
    patterns += detect_campaigns(ctx)
    patterns += detect_bursts(ctx)
    patterns += detect_templates(ctx)
    patterns += detect_reinvites(ctx)
    patterns.sort(key=_rank)
    return patterns


def patterns_by_invitation(patterns: Sequence[Pattern]) -> dict[str, list[Pattern]]:
    """Invitation id -> the patterns it belongs to, in the given (ranked) order."""
    index: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        for member in dict.fromkeys(pattern.members):
            index.setdefault(member, []).append(pattern)
    return index
