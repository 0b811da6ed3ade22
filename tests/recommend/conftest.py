"""Small factories that build checklist Contexts for tests (shared with tests/checklist)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from linkvet.core.checklist import ChecklistSettings, Context, PriorDecision
from linkvet.core.models import (
    Conversation,
    Invitation,
    Match,
    MatchResult,
    Owner,
    Pattern,
    Person,
)

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
OWNER = Owner(
    id="jane",
    name="Jane Doe",
    company="Contoso GmbH",
    headline="Senior Software Engineer at Contoso",
    has_connections=True,  # a full export: "not in your connections" is evidence
)
SETTINGS = ChecklistSettings()


def iso(days_ago: float) -> str:
    """An ISO timestamp `days_ago` days before the fixed test clock."""
    return (NOW - timedelta(days=days_ago)).isoformat()


def contact(
    name: str = "Alex Miller",
    source: str = "connection",
    confidence: str = "likely",
    evidence: tuple[str, ...] = ("profile URL",),
    email: str | None = None,
) -> Match:
    """A contact match as core.matching would return it."""
    return Match(
        contact_id=f"c-{name}",
        name=name,
        company=None,
        email=email,
        profile_url=None,
        source=source,
        score=95 if confidence == "certain" else 88,
        confidence=confidence,  # type: ignore[arg-type]
        evidence=list(evidence),
    )


def pattern(kind: str, members: tuple[str, ...] = ("inv1", "x2", "x3"), **kw: Any) -> Pattern:
    """A detected pattern containing the test invitation (id inv1) by default."""
    return Pattern(
        id=f"p-{kind}",
        kind=kind,  # type: ignore[arg-type]
        members=list(members),
        company=kw.get("company", "Contoso"),
        window_start=iso(3),
        window_end=iso(1),
        evidence=kw.get("evidence", [f"{kind} line one", f"{kind} line two", "line three"]),
        severity=kw.get("severity", 3),
        sender=kw.get("sender", "Alex Miller"),
    )


def conversation(
    directions: str, first_text: str = "", start_days_ago: float = 30.0
) -> Conversation:
    """A conversation from a direction string like "in out in" (one day apart, oldest first)."""
    dirs = directions.split()
    events = [[iso(start_days_ago - i), d] for i, d in enumerate(dirs)]
    return Conversation(
        id="conv1",
        owner_id="jane",
        counterpart_name="Alex Miller",
        sent=dirs.count("out"),
        received=dirs.count("in"),
        first_at=events[0][0] if events else None,
        last_at=events[-1][0] if events else None,
        first_text=first_text,
        first_direction=dirs[0] if dirs else "",  # type: ignore[arg-type]
        events=events,
    )


def make_ctx(
    *,
    name: str = "Alex Miller",
    headline: str | None = None,
    company: str | None = None,
    email: str | None = None,
    note: str = "",
    mutual: int | None = None,
    known: Match | None = None,
    candidates: list[Match] | None = None,
    ambiguous: bool = False,
    flags: list[str] | None = None,
    patterns: list[Pattern] | None = None,
    conv: Conversation | None = None,
    asked_days_ago: float | None = None,
    reply_note: str | None = None,
    overrides: dict[str, str] | None = None,
    prior: PriorDecision | None = None,
    owner: Owner | None = OWNER,
    inv_id: str = "inv1",
) -> Context:
    """A Context for one incoming invitation to Jane Doe (Contoso) with the fields given."""
    sender = Person(name=name, headline=headline, company=company, email=email)
    recipient = Person(name="Jane Doe", company="Contoso GmbH")
    invitation = Invitation(
        id=inv_id,
        owner_id="jane",
        direction="INCOMING",
        sender=sender,
        recipient=recipient,
        sent_at=iso(5),
        sent_at_raw="5/27/24, 5:00 AM",
        message=note,
        mutual_connections=mutual,
    )
    return Context(
        invitation=invitation,
        owner=owner,
        match=MatchResult(
            known_contact=known,
            candidates=candidates or [],
            ambiguous=ambiguous,
            flags=flags or [],
        ),
        patterns=patterns or [],
        conversation=conv,
        asked_at=iso(asked_days_ago) if asked_days_ago is not None else None,
        reply_note=reply_note,
        overrides=overrides or {},
        prior=prior,
        now=NOW,
    )


def prior(
    decision: str = "decline",
    message: str = "",
    was_known: bool = False,
    dialogue_count: int = 0,
    days_ago: float = 200,
) -> PriorDecision:
    """An earlier decision on the same person."""
    return PriorDecision(
        decision=decision,
        at=iso(days_ago),
        invitation_id="old1",
        message=message,
        was_known=was_known,
        dialogue_count=dialogue_count,
    )
