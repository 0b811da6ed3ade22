"""Check 6, `mass_invite`: is the invitation part of a detected mass-invite pattern?"""

from __future__ import annotations

from linkvet.core.models import PATTERN_KINDS, Check, Pattern

MASS_KINDS = frozenset(PATTERN_KINDS)  # every detected kind is a mass invite

# The usual answer, shared by every evaluation (checks are read-only; see evaluate)
_NOT_MASS = Check("mass_invite", "pass", ["not part of a mass-invite pattern"])


def check_mass_invite(member_of: list[Pattern]) -> Check:
    """Fail with the pattern's first two evidence lines when the invitation is a member of a
    mass-invite pattern (`member_of`: the patterns listing it, see facts.member_patterns)."""
    hits = [p for p in member_of if p.kind in MASS_KINDS]
    if not hits:
        return _NOT_MASS
    hits.sort(key=lambda p: -p.severity)
    evidence: list[str] = []
    for pattern in hits:
        evidence.append(f"{pattern.kind} pattern ({len(pattern.members)} invitations)")
        evidence.extend(pattern.evidence[:2])
    return Check("mass_invite", "fail", evidence)
