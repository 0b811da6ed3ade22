"""Everything the front ends show about one invitation, and its JSON contract form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from linkvet.core.ask import AskSettings, ask_message
from linkvet.core.checklist.context import Context
from linkvet.core.models import (
    Check,
    Conversation,
    Invitation,
    MatchResult,
    Owner,
    Pattern,
    Verdict,
)
from linkvet.core.store.decisions import TriageState


@dataclass(slots=True)
class InvitationView:
    """An invitation with its match, patterns, checks, verdict and triage state."""

    invitation: Invitation
    owner: Owner | None
    status: str
    state: TriageState
    match: MatchResult
    patterns: list[Pattern]
    checks: list[Check]
    verdict: Verdict | None
    conversation: Conversation | None
    flags: list[str] = field(default_factory=list)
    status_why: str = ""  # the sentence behind `status` (core.triage.status)
    prior: dict[str, Any] | None = None
    ask_settings: AskSettings | None = None  # the [ask] templates; see ask_message
    _ask: str | None = None

    @property
    def id(self) -> str:
        return self.invitation.id

    @property
    def asking(self) -> bool:
        """True when the decision or the verdict is "ask" (the JSON `ask_message` contract)."""
        if self.state.decision == "ask":
            return True
        return self.verdict is not None and self.verdict.verdict == "ask"

    @property
    def ask_message(self) -> str | None:
        """The message to paste when asking applies: the one saved with the "ask" decision,
        else the prepared one (see `ask_text`); None when the advice is not to ask."""
        return self.ask_text() if self.asking else None

    def ask_text(self) -> str | None:
        """The ask message whatever the advice (for `w` on any row): the saved one when the
        decision is "ask", else built from the `[ask]` templates on first use."""
        if self.state.decision == "ask" and self.state.ask_message:
            return self.state.ask_message
        if self._ask is None and self.ask_settings is not None:
            ctx = Context(self.invitation, self.owner, self.match, self.patterns, self.conversation)
            owner_name = self.owner.name if self.owner else None
            self._ask = ask_message(ctx, self.ask_settings, owner_name)
        return self._ask

    def to_json(self, history: bool = False) -> dict[str, Any]:
        """The documented invitation object (README "JSON output"); stable keys, never missing."""
        inv = self.invitation
        owner = self.owner
        data: dict[str, Any] = {
            "id": inv.id,
            "status": self.status,
            "status_reason": self.status_why,
            "decision": self.state.decision,
            "carried_out_at": self.state.carried_out_at,
            "sent_at": inv.sent_at,
            "sent_at_raw": inv.sent_at_raw,
            "message": inv.message,
            "sender": {
                "name": inv.sender.name,
                "profile_url": inv.sender.profile_url,
                "member_urn": inv.sender.urn,
                "headline": inv.sender.headline,
                "company": inv.sender.company,
            },
            "recipient": {
                "name": owner.name if owner else inv.recipient.name,
                "profile_url": (owner.profile_url if owner else None) or inv.recipient.profile_url,
                "company": (owner.company if owner else None) or inv.recipient.company,
            },
            "owner_id": inv.owner_id,
            "mutual_connections": inv.mutual_connections,
            "known_contact": self.match.known_contact.to_dict()
            if self.match.known_contact
            else None,
            "candidates": [c.to_dict() for c in self.match.candidates],
            "match_flags": list(self.match.flags),
            "patterns": [{"id": p.id, "kind": p.kind} for p in self.patterns],
            "checks": [
                {"id": c.id, "state": c.state, "evidence": list(c.evidence), "manual": c.manual}
                for c in self.checks
            ],
            "verdict": self.verdict.to_dict() if self.verdict else None,
            "flags": list(self.flags),
            "dialogue": {
                "sent": self.conversation.sent if self.conversation else 0,
                "received": self.conversation.received if self.conversation else 0,
            },
            "asked_at": self.state.asked_at,
            "snooze_until": self.state.snooze_until,
            "ask_message": self.ask_message,
            "prior_decision": self.prior,
        }
        if history:
            data["history"] = [
                {
                    "seq": e.seq,
                    "at": e.at,
                    "kind": e.kind,
                    "before": e.before,
                    "after": e.after,
                    "check": e.check,
                    "note": e.note,
                    "who": e.who,
                }
                for e in self.state.history
            ]
        return data
