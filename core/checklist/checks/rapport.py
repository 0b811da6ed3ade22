"""Check 7, `rapport`: dialogue both ways after the note echo, or a reply to the owner's ask."""

from __future__ import annotations

from linkvet.core.checklist.context import Context
from linkvet.core.conversation import Dialogue, reply_after, reply_recorded
from linkvet.core.dates import day
from linkvet.core.models import Check

# Fixed-wording answers, shared by every evaluation (checks are read-only; see evaluate)
_REPLY_RECORDED = Check("rapport", "pass", ["they answered your question (recorded by you)"])
_ONLY_NOTE = Check("rapport", "unknown", ["only their invitation note, no dialogue yet"])
_ONLY_FROM_THEM = Check("rapport", "unknown", ["messages only from them so far"])
_ONLY_FROM_YOU = Check("rapport", "unknown", ["messages only from you so far"])
_NO_DIALOGUE = Check("rapport", "unknown", ["no dialogue yet"])


def check_rapport(ctx: Context, dialogue: Dialogue) -> Check:
    """Pass on two-way dialogue or an answer to the ask; unknown while waiting or silent."""
    if reply_recorded(ctx.reply_note):
        return _REPLY_RECORDED
    if reply_after(ctx.conversation, ctx.invitation.message, ctx.asked_at) is not None:
        return Check("rapport", "pass", [f"they replied after you asked on {day(ctx.asked_at)}"])
    if dialogue.both_ways:
        echo = " after their note" if dialogue.echo else ""
        return Check(
            "rapport",
            "pass",
            [f"you have talked{echo}: {dialogue.incoming} from them, {dialogue.outgoing} from you"],
        )
    if ctx.asked_at:
        return Check("rapport", "unknown", [f"asked on {day(ctx.asked_at)}, no reply yet"])
    if dialogue.echo and not dialogue.incoming and not dialogue.outgoing:
        return _ONLY_NOTE
    if dialogue.incoming or dialogue.outgoing:
        return _ONLY_FROM_THEM if dialogue.incoming else _ONLY_FROM_YOU
    return _NO_DIALOGUE
