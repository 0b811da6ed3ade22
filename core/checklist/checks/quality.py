"""Check 5, `quality`: an open networker (LION, "I accept all invitations", count bragging)?"""

from __future__ import annotations

from linkvet.core.checklist.context import Context
from linkvet.core.checklist.facts import Texts
from linkvet.core.checklist.settings import ChecklistSettings
from linkvet.core.models import Check

# The usual answer, shared by every evaluation (checks are read-only; see evaluate)
_NO_MARKERS = Check("quality", "pass", ["no open-networker markers"])


def check_quality(ctx: Context, settings: ChecklistSettings, texts: Texts) -> Check:
    """Fail when name, headline or note carries an open-networker marker; pass otherwise."""
    sender = ctx.invitation.sender
    fields = (
        ("name", sender.name or "", texts.name),
        ("headline", sender.headline or "", texts.headline),
        ("note", ctx.invitation.message or "", texts.note),
    )
    for label, raw, folded in fields:
        found = settings.open_networker.find(folded)
        if found is None and raw:
            found = settings.open_networker_exact(raw)
        if found:
            return Check("quality", "fail", [f'open networker: "{found}" in their {label}'])
    return _NO_MARKERS
