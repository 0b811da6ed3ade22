"""Everything the checklist and the recommendation look at for one invitation.

The lead builds a Context from the store; checks and verdicts are pure functions of it, so a
manual override or a new message recomputes them immediately.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from linkvet.core.dates import today_of
from linkvet.core.models import Conversation, Invitation, MatchResult, Owner, Pattern


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

    @property
    def today(self) -> str:
        """The ISO day (UTC) of the context's clock: the injected `now`, else the time now."""
        return today_of(self.now if self.now is not None else datetime.now(UTC))

    @property
    def owner_name(self) -> str:
        """The owner's name: the owner record's, else the invitation's recipient's."""
        return self.owner.name if self.owner else self.invitation.recipient.name

    @property
    def owner_company(self) -> str | None:
        """The owner's company: the owner record's when set, else the recipient's."""
        return (self.owner.company if self.owner else None) or self.invitation.recipient.company

    @property
    def owner_headline(self) -> str | None:
        """The owner's headline: the owner record's when set, else the recipient's."""
        return (self.owner.headline if self.owner else None) or self.invitation.recipient.headline
