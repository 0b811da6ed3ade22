"""Check 6, `mass_invite`: is the invitation part of a detected mass-invite pattern?"""

from __future__ import annotations

from core.checklist.context import Context
from core.models import Check

MASS_KINDS = frozenset({"fanout", "campaign", "template", "burst", "reinvite"})


def check_mass_invite(ctx: Context) -> Check:
    """Fail with the pattern's first two evidence lines when the invitation is a member."""
    invitation_id = ctx.invitation.id
    hits = [p for p in ctx.patterns if p.kind in MASS_KINDS and invitation_id in p.members]
    if not hits:
        return Check("mass_invite", "pass", ["not part of a mass-invite pattern"])
    hits.sort(key=lambda p: -p.severity)
    evidence: list[str] = []
    for pattern in hits:
        evidence.append(f"{pattern.kind} pattern ({len(pattern.members)} invitations)")
        evidence.extend(pattern.evidence[:2])
    return Check("mass_invite", "fail", evidence)
