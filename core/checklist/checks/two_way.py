"""Check 4, `two_way`: is there value both ways? Unknown unless evidence shows mutual value."""

from __future__ import annotations

from linkvet.core.checklist.context import Context
from linkvet.core.checklist.facts import Texts
from linkvet.core.checklist.settings import ChecklistSettings
from linkvet.core.company import company_name
from linkvet.core.conversation import Dialogue
from linkvet.core.models import Check
from linkvet.core.text import contains_phrase, fold

# The usual answer, shared by every evaluation (checks are read-only; see evaluate)
_NO_SIGN = Check(
    "two_way", "unknown", ["no sign of value both ways yet: tick the check if there is"]
)


def check_two_way(
    ctx: Context, settings: ChecklistSettings, texts: Texts, dialogue: Dialogue
) -> Check:
    """Pass on dialogue, same company, shared field words or an offer in the note."""
    evidence: list[str] = []
    if dialogue.both_ways:
        evidence.append("you have talked in both directions")
    mine = company_name(ctx.owner_company)
    # cheap phrase test first: cleanco is slow, and most senders work elsewhere
    if (
        mine
        and contains_phrase(texts.company, mine.phrase)
        and (theirs := company_name(ctx.invitation.sender.company)) is not None
        and theirs.key == mine.key
    ):
        evidence.append(f"you both work at {mine.display}")
    folded_headline = fold(ctx.owner_headline)
    if texts.headline and folded_headline:
        shared = settings.industry.find_all(texts.headline) & settings.industry.find_all(
            folded_headline
        )
        if shared:
            evidence.append("same field: " + ", ".join(sorted(shared)))
    offer = settings.offer.find(texts.note)
    if offer:
        evidence.append(f'the note offers something ("{offer}")')
    if evidence:
        return Check("two_way", "pass", evidence)
    return _NO_SIGN
