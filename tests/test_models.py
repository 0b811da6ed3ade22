"""Domain records: JSON round trips and merging two views of one owner."""

from __future__ import annotations

from dataclasses import asdict

from linkvet.core.models import Invitation, MatchResult, Owner, Person, merge_owners


def test_to_dict_matches_asdict_and_round_trips() -> None:
    inv = Invitation(id="a", owner_id="o", direction="INCOMING", sender=Person("S", "u"),
                     recipient=Person("R"), sent_at=None, sent_at_raw="x")  # fmt: skip
    assert inv.to_dict() == asdict(inv)
    assert Invitation.from_dict(inv.to_dict()) == inv
    assert MatchResult.from_dict(MatchResult(flags=["x"]).to_dict()).flags == ["x"]


def test_merge_owners_base_wins_extra_fills_dates_take_the_newest() -> None:
    stored = Owner(
        "o",
        "Dana W",
        company="Contoso",
        headline="Recruiter",
        has_connections=True,
        export_date="2026-10-01",
        invitations_export="2026-10-01",
        url_identity=False,
    )
    newer = Owner("o", "Dana Whitfield", profile_url="https://www.linkedin.com/in/dana",
                  export_date="2026-11-20")  # fmt: skip
    merged = merge_owners(newer, stored)
    assert merged.name == "Dana Whitfield"
    assert merged.company == "Contoso" and merged.headline == "Recruiter"
    assert merged.profile_url == "https://www.linkedin.com/in/dana"
    assert merged.has_connections is True
    assert merged.export_date == "2026-11-20" and merged.invitations_export == "2026-10-01"
    assert merged.url_identity is False  # only an invitations export can change it
    assert newer.company is None  # inputs untouched
