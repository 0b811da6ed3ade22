"""Check 2, `note`: is there a personal note (not empty, not stock text, not a template)?"""

from __future__ import annotations

from linkvet.core.checklist.context import Context
from linkvet.core.checklist.facts import is_stock
from linkvet.core.checklist.settings import ChecklistSettings
from linkvet.core.checklist.text import contains_phrase, first_name, owner_keys
from linkvet.core.models import Check, Pattern

# Fixed-wording answers, shared by every evaluation (checks are read-only; see evaluate)
_NO_NOTE = Check("note", "fail", ["no note"])
_STOCK_NOTE = Check("note", "fail", ["LinkedIn's stock invitation text, not a personal note"])
_GENERIC_NOTE = Check("note", "unknown", ["a short generic note: read it and decide"])


def personal_reason(ctx: Context, folded: str, settings: ChecklistSettings) -> str | None:
    """Why a note reads as personal (owner's name or company, a shared context), or None."""
    word = settings.personal.find(folded)
    if word:
        return f'it gives a personal reason ("{word}")'
    company = ctx.owner_company
    given, key, _ = owner_keys(ctx.owner_name, company, None)
    if len(key) >= 2 and contains_phrase(folded, key):
        return f"it mentions your company ({company})"
    if "?" in folded and len(folded) >= settings.question_min_length:
        return "it asks you a concrete question"
    if len(given) >= 2 and contains_phrase(folded, given):
        return f"it mentions your name ({first_name(ctx.owner_name)})"
    return None


def check_note(
    ctx: Context, settings: ChecklistSettings, folded: str, member_of: list[Pattern]
) -> Check:
    """Fail on no note, stock text or a template (a template pattern in `member_of`, the
    patterns listing the invitation); pass on a personal note; else unknown."""
    note = ctx.invitation.message or ""
    for pattern in member_of:
        if pattern.kind == "template":
            who = f" by {pattern.sender}" if pattern.sender else ""
            return Check(
                "note",
                "fail",
                [f"a template note{who}, sent to {len(pattern.members)} people"],
            )
    if not note.strip():
        return _NO_NOTE
    if is_stock(note, folded):
        return _STOCK_NOTE
    reason = personal_reason(ctx, folded, settings)
    if reason:
        return Check("note", "pass", [f"personal note: {reason}"])
    return _GENERIC_NOTE
