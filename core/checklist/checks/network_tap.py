"""Check 3, `network_tap`: a recruiter or seller who only wants the owner's network?

Looks at the sender's headline and company (roles from `core.roles`) and at what the note is
doing (`core.notes`). With no headline, no company and a note that says nothing, there is
nothing to look at: unknown, with how to find out.
"""

from __future__ import annotations

from linkvet.core.checklist.facts import Texts
from linkvet.core.checklist.settings import ChecklistSettings
from linkvet.core.models import Check

_NOTHING = Check(
    "network_tap",
    "unknown",
    [
        "nothing to look at: no headline or company, and the note does not say what they do "
        "(open their profile with o, then tick the check)"
    ],
)


_KNOWN = Check("network_tap", "pass", ["you know them: not a stranger after your network"])


def tapper_role(settings: ChecklistSettings, texts: Texts) -> str | None:
    """Describe the recruiter/seller words found in headline or company, or None."""
    roles = settings.roles
    fields = (("headline", texts.headline), ("company", texts.company))
    for label, text in fields:
        word = roles.recruiter_words.find(text)
        if word:
            return f'recruiter ("{word}" in their {label})'
    for label, text in fields:
        word = roles.seller_words.find(text)
        if word:
            return f'seller ("{word}" in their {label})'
    return None


def check_network_tap(settings: ChecklistSettings, texts: Texts, known: str, note: str) -> Check:
    """Fail for a pitch, a staffing blast, or a recruiter/seller with no relationship and no
    stated reason; pass when there is evidence they are not; unknown with nothing to look at."""
    reading = texts.reading
    role = tapper_role(settings, texts)
    if known == "pass":
        if role or reading.stance == "decline":
            what = role or f"their note is {reading.category}"
            return Check("network_tap", "pass", [f"{what}, but you know them"])
        return _KNOWN
    if reading.stance == "decline" and reading.category in ("sales", "spam", "recruiter"):
        who = {"sales": "a seller", "spam": "spam", "recruiter": "a staffing blast"}
        return Check(
            "network_tap",
            "fail",
            [f"{who[reading.category]}: {reading.evidence or 'the note'}"],
        )
    if role is not None:
        if note == "pass":
            return Check("network_tap", "pass", [f"{role}, but the note gives a reason"])
        return Check(
            "network_tap",
            "fail",
            [f"{role} with no relationship to you and no stated reason"],
        )
    if note == "pass":
        return Check("network_tap", "pass", ["the note gives a reason to connect"])
    if texts.headline or texts.company:
        return Check("network_tap", "pass", ["no recruiter or sales words in headline or company"])
    return _NOTHING
