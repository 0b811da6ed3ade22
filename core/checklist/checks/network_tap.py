"""Check 3, `network_tap`: a recruiter or seller who only wants the owner's network?"""

from __future__ import annotations

from linkvet.core.checklist.facts import Texts
from linkvet.core.checklist.settings import ChecklistSettings
from linkvet.core.models import Check

# The usual answer, shared by every evaluation (checks are read-only; see evaluate)
_NO_ROLE = Check("network_tap", "pass", ["no recruiter or sales words in headline or note"])


def tapper_role(settings: ChecklistSettings, texts: Texts) -> str | None:
    """Describe the recruiter/seller words found in headline, company or note, or None."""
    fields = (("headline", texts.headline), ("company", texts.company), ("note", texts.note))
    for label, text in fields:
        word = settings.recruiter.find(text)
        if word:
            return f'recruiter ("{word}" in their {label})'
    for label, text in fields:
        word = settings.seller.find(text)
        if word:
            return f'seller ("{word}" in their {label})'
    return None


def check_network_tap(settings: ChecklistSettings, texts: Texts, known: str, note: str) -> Check:
    """Fail for a recruiter/seller with no relationship and no stated reason; else pass."""
    role = tapper_role(settings, texts)
    if role is None:
        return _NO_ROLE
    if known == "pass":
        return Check("network_tap", "pass", [f"{role}, but you know them"])
    if note == "pass":
        return Check("network_tap", "pass", [f"{role}, but the note gives a reason"])
    return Check(
        "network_tap",
        "fail",
        [f"{role} with no relationship to you and no stated reason"],
    )
