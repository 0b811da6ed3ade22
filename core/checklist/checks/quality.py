"""Check 5, `quality`: an open networker (LION, "I accept all invitations", count bragging)?

Markers are looked for in the name, headline and note (`core.roles`). A sender with no
headline has not been looked at where open networkers say so: unknown, not pass.
"""

from __future__ import annotations

from linkvet.core.checklist.context import Context
from linkvet.core.checklist.facts import Texts
from linkvet.core.checklist.settings import ChecklistSettings
from linkvet.core.models import Check

# The usual answers, shared by every evaluation (checks are read-only; see evaluate)
_NO_MARKERS = Check("quality", "pass", ["no open-networker markers in name, headline or note"])
_NO_HEADLINE = Check(
    "quality",
    "unknown",
    [
        "no open-networker markers in name or note, but no headline to look at "
        "(open their profile with o, then tick the check)"
    ],
)


def check_quality(ctx: Context, settings: ChecklistSettings, texts: Texts) -> Check:
    """Fail when name, headline or note carries an open-networker marker; pass when the
    headline was there to look at; else unknown."""
    sender = ctx.invitation.sender
    fields = (
        ("name", sender.name, texts.name),
        ("headline", sender.headline, texts.headline),
        ("note", ctx.invitation.message, texts.note),
    )
    roles = settings.roles
    for label, raw, folded in fields:
        found = roles.open_networker_words.find(folded) or (
            roles.open_networker_exact(raw) if raw else None
        )
        if found:
            return Check("quality", "fail", [f'open networker: "{found}" in their {label}'])
    return _NO_MARKERS if (sender.headline or "").strip() else _NO_HEADLINE
