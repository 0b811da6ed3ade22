"""Small, hand-built databases for the TUI tests (records saved directly, no importers)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from linkvet.core.config import Config
from linkvet.core.derived import derive
from linkvet.core.models import (
    Contact,
    Conversation,
    Invitation,
    Match,
    MatchResult,
    Owner,
    Pattern,
    Person,
)
from linkvet.core.store import Store
from linkvet.core.triage import Workspace

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
HOSTILE = "[/] [bold]x \x1b[31mred\x1b[0m \u202eevil"
HOSTILE_NOTE = "[bold]hi[/] [link=http://x]y[/link] \x1b]52;c;ZXZpbA==\x07 done"

DANA = Owner(
    id="dana",
    name="Dana Whitfield",
    profile_url="https://www.linkedin.com/in/dana-whitfield",
    company="Contoso",
    has_connections=True,
)
LEE = Owner(id="lee", name="Lee Okafor", company="Contoso", has_connections=True)


def iso(days_ago: float) -> str:
    """An ISO timestamp `days_ago` days before the frozen test clock."""
    return (NOW - timedelta(days=days_ago)).isoformat()


def invitation(
    inv_id: str,
    name: str,
    days_ago: float,
    owner: Owner = DANA,
    message: str = "",
    headline: str | None = None,
    url: str | None = "auto",
) -> Invitation:
    """One incoming, still-pending invitation."""
    slug = name.lower().replace(" ", "-")
    return Invitation(
        id=inv_id,
        owner_id=owner.id,
        direction="INCOMING",
        sender=Person(
            name=name,
            profile_url=f"https://www.linkedin.com/in/{slug}" if url == "auto" else url,
            headline=headline,
        ),
        recipient=Person(name=owner.name, profile_url=owner.profile_url, company=owner.company),
        sent_at=iso(days_ago),
        sent_at_raw=iso(days_ago),
        message=message,
    )


def invitations() -> list[Invitation]:
    """Eight invitations covering known, recruiter fan-out, hostile text, LION, stock note."""
    return [
        invitation(
            "i01", "Alice Known", 1, message="Hi Dana, good to see you at the meetup yesterday!"
        ),
        invitation("i02", "Rex Recruiter", 2, headline="Technical Recruiter at HireLoop"),
        invitation(
            "i03", "Rex Recruiter", 2.5, owner=LEE, headline="Technical Recruiter at HireLoop"
        ),
        invitation("i04", HOSTILE, 3, message=HOSTILE_NOTE, headline="[red]Boss[/red]", url=None),
        invitation(
            "i05", "Leo Lion", 4, headline="LION | Open Networker | 28k connections | accept all"
        ),
        invitation(
            "i06", "Bob Plain", 9, message="I'd like to add you to my professional network."
        ),
        invitation("i07", "Carol Chat", 20, message="Carol here, following up on our call."),
        invitation("i08", "Dave Older", 80, owner=LEE),
    ]


def contacts() -> list[Contact]:
    """Contacts for look-ups: Alice (known), and two near-namesakes."""
    return [
        Contact(
            id="c1",
            owner_id="dana",
            source="connection",
            name="Alice Known",
            first_name="Alice",
            last_name="Known",
            profile_url="https://www.linkedin.com/in/alice-known",
            company="Fabrikam",
        ),
        Contact(
            id="c2",
            owner_id="dana",
            source="address_book",
            name="Robert Smith",
            first_name="Robert",
            last_name="Smith",
            emails=["bob@example.org"],
        ),
        Contact(
            id="c3",
            owner_id="lee",
            source="connection",
            name="Roberta Smyth",
            first_name="Roberta",
            last_name="Smyth",
        ),
    ]


def matches() -> dict[str, MatchResult]:
    """Alice is a known contact (profile URL)."""
    alice = Match(
        contact_id="c1",
        name="Alice Known",
        company="Fabrikam",
        email=None,
        profile_url="https://www.linkedin.com/in/alice-known",
        source="connection",
        score=98,
        confidence="certain",
        evidence=["profile URL", "name"],
    )
    return {"i01": MatchResult(known_contact=alice)}


def patterns() -> list[Pattern]:
    """Rex invited two people at Contoso within a day."""
    return [
        Pattern(
            id="p1",
            kind="fanout",
            members=["i02", "i03"],
            company="Contoso",
            window_start=iso(2.5),
            window_end=iso(2),
            evidence=["Rex Recruiter invited 2 people at Contoso within 1 day"],
            severity=3,
            sender="Rex Recruiter",
        )
    ]


def conversations() -> list[Conversation]:
    """Dana and Carol exchanged messages."""
    return [
        Conversation(
            id="conv1",
            owner_id="dana",
            counterpart_name="Carol Chat",
            counterpart_url="https://www.linkedin.com/in/carol-chat",
            sent=2,
            received=3,
            first_at=iso(60),
            last_at=iso(25),
            first_text="Hello Carol",
            first_direction="out",
            events=[
                [iso(60), "out"],
                [iso(50), "in"],
                [iso(40), "in"],
                [iso(30), "out"],
                [iso(25), "in"],
            ],
        )
    ]


def build_store(path: Path, empty: bool = False) -> Store:
    """A database at `path` holding the fixture records (or nothing at all)."""
    store = Store(path)
    if empty:
        return store
    with store.transaction():
        invs, convs, pats = invitations(), conversations(), patterns()
        store.save(
            owners=[DANA, LEE],
            invitations=invs,
            contacts=contacts(),
            conversations=convs,
            derived=derive(invs, convs, matches(), pats),
            patterns=pats,
        )
    return store


def workspace(path: Path, empty: bool = False, keys: dict[str, str] | None = None) -> Workspace:
    """A real Workspace over the fixture database, default config, frozen clock."""
    return Workspace(build_store(path, empty), Config(keys=dict(keys or {})), clock=lambda: NOW)
