"""Builders for crafted timelines: owners and INCOMING invitations with exact timestamps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from linkvet.core.identity import short_id
from linkvet.core.models import Invitation, Owner, Person

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def owner(oid: str, name: str, company: str | None = "Contoso Ltd", headline: str = "") -> Owner:
    """An owner with a profile URL."""
    return Owner(
        id=oid,
        name=name,
        profile_url=f"https://www.linkedin.com/in/{oid}",
        company=company,
        headline=headline,
    )


def invite(
    owner_: Owner,
    sender: str,
    at: timedelta | None,
    *,
    url: str | None = "auto",
    message: str = "",
    company: str | None = None,
    headline: str | None = None,
    email: str | None = None,
    direction: str = "INCOMING",
) -> Invitation:
    """An invitation `at` after T0 (None: no date); url 'auto' derives a slug from the name."""
    if url == "auto":
        url = "https://www.linkedin.com/in/" + sender.lower().replace(" ", "-").replace(",", "")
    sent = (T0 + at).isoformat() if at is not None else None
    iid = short_id("t", owner_.id, sender, sent or "", message, str(url))
    return Invitation(
        id=iid,
        owner_id=owner_.id,
        direction=direction,  # type: ignore[arg-type]
        sender=Person(
            name=sender, profile_url=url, company=company, headline=headline, email=email
        ),
        recipient=Person(name=owner_.name, profile_url=owner_.profile_url),
        sent_at=sent,
        sent_at_raw=sent or "",
        message=message,
    )


def owners_map(*owners: Owner) -> dict[str, Owner]:
    """id -> owner."""
    return {o.id: o for o in owners}
