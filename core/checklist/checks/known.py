"""Check 1, `known`: does the owner know the sender (contact match, dialogue, invited)?"""

from __future__ import annotations

from linkvet.core.checklist.context import Context
from linkvet.core.conversation import Dialogue
from linkvet.core.matching import DUPLICATE_PROFILE
from linkvet.core.matching.evidence import summary
from linkvet.core.models import Check, Match

_SOURCE_WORDS = {
    "connection": "your LinkedIn connection",
    "address_book": "in your address book",
    "correspondent": "someone you have messaged",
    "invited": "someone you invited",
}

# The usual answers, shared by every evaluation (checks are read-only; see evaluate)
_NOT_KNOWN = Check("known", "fail", ["not in your contacts, connections or messages"])
_NO_CONNECTIONS = Check(
    "known",
    "unknown",
    [
        "not in what you imported, but your connections are not known (no Connections.csv "
        "imported): import the full export, or tick the check"
    ],
)


def describe_match(match: Match) -> str:
    """Plain words for a contact match: who, from which source, on what evidence."""
    where = _SOURCE_WORDS.get(match.source, f"in your {match.source}")
    text = f"{match.name} is {where}"
    if match.evidence:
        text += " (matched on " + summary(match.evidence) + ")"
    return text


def _lookalike(ctx: Context) -> str:
    """Who the sender may be a second profile of: "your connection X" or "X (source)"."""
    for cand in [*ctx.match.candidates, ctx.match.known_contact]:
        if cand is not None and cand.source == "connection":
            return f"your connection {cand.name}"
    best = ctx.match.known_contact or (ctx.match.candidates[0] if ctx.match.candidates else None)
    if best is None:
        return ctx.invitation.sender.name
    return f"{best.name} ({_SOURCE_WORDS.get(best.source, best.source)})"


def check_known(ctx: Context, dialogue: Dialogue) -> Check:
    """Pass for a certain/likely match, prior dialogue or an invitee; unknown when ambiguous."""
    result = ctx.match
    if DUPLICATE_PROFILE in result.flags:
        return Check(
            "known",
            "fail",
            [
                f"warning: same name as {_lookalike(ctx)} but a different profile: possible "
                "cloned account"
            ],
        )
    best = result.known_contact
    if best is not None and not result.ambiguous and best.confidence in ("certain", "likely"):
        return Check("known", "pass", [describe_match(best)])
    if dialogue.both_ways:
        return Check(
            "known",
            "pass",
            [
                f"you have messaged each other ({dialogue.outgoing} from you, "
                f"{dialogue.incoming} from them)"
            ],
        )
    if result.ambiguous:
        names = [m.name for m in ([best] if best else []) + result.candidates if m is not None]
        shown = names[0] if names else ctx.invitation.sender.name
        count = max(len(names), 2)
        word = "two" if count == 2 else str(count)
        return Check("known", "unknown", [f"{word} contacts named {shown}: check which"])
    if best is not None:
        return Check("known", "unknown", [f"possibly: {describe_match(best)}; check it"])
    if ctx.owner is not None and not ctx.owner.has_connections:
        return _NO_CONNECTIONS
    return _NOT_KNOWN
