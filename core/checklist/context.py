"""Everything the checklist and the recommendation look at for one invitation.

The lead builds a Context from the store; checks and verdicts are pure functions of it, so a
manual override or a new message recomputes them immediately.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from core.models import Conversation, Invitation, MatchResult, Owner, Pattern


@dataclass
class PriorDecision:
    """Decision memory: how the owner decided an earlier invitation from the same person."""

    decision: str  # accept / decline / ask
    at: str  # ISO
    invitation_id: str
    message: str  # the note of that earlier invitation
    was_known: bool
    dialogue_count: int  # conversation messages at that time (sent+received)


@dataclass
class Context:
    """One invitation with what linkvet knows about its sender, for checks and verdicts."""

    invitation: Invitation
    owner: Owner | None
    match: MatchResult
    patterns: list[Pattern]  # patterns the invitation belongs to (others are ignored)
    conversation: Conversation | None
    asked_at: str | None = None  # when the user marked it 'ask' (ISO)
    reply_note: str | None = None  # reply recorded by hand
    overrides: dict[str, str] = field(default_factory=dict)
    prior: PriorDecision | None = None  # decision memory: same person decided before
    now: datetime | None = None  # injected clock (tests); default = utcnow
