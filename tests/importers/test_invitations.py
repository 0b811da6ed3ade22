"""Invitations.csv in every header era, owner detection, accepted/pending, real exports."""

from __future__ import annotations

from pathlib import Path

from linkvet.core.identity import name_key, short_id
from linkvet.core.importers import read_sources
from linkvet.core.ingest import merge

from tests.importers.data import (
    CONNECTIONS_2024,
    INVITATIONS_2018,
    INVITATIONS_2024,
    INVITATIONS_BARE,
    INVITATIONS_URN,
    POSITIONS,
    PROFILE,
)
from tests.importers.helpers import imported, incoming


def _incoming(batch):
    return {i.sender.name: i for i in batch.invitations if i.direction == "INCOMING"}


def test_realworld_supriya_two_pending(realworld: Path) -> None:
    paths = [realworld / "supriya_Invitations.csv", realworld / "supriya_Connections.csv"]
    batch = read_sources(paths)
    pending = sorted(
        i.sender.name
        for i in imported(paths).invitations.values()
        if i.direction == "INCOMING" and i.export_status == "pending"
    )
    assert pending == ["Abhishek M T", "Lakshmikanth CN"]
    (owner,) = batch.owners
    assert owner.name == "Supriya Nagraj"
    assert owner.profile_url == "https://www.linkedin.com/in/supriya-nagraj-9487b4273"
    assert owner.has_connections and owner.url_identity
    assert batch.warnings == []
    assert all(f.problems == [] for f in batch.files)


def test_realworld_2018_imports(realworld: Path) -> None:
    batch = read_sources([realworld / "2018_Invitations.csv"])
    (summary,) = batch.files
    assert summary.kind == "invitations" and summary.rows_read == summary.imported == 11
    assert batch.owners[0].name == "Abhishek Mathur"
    assert batch.owners[0].url_identity is False
    names = {i.sender.name for i in batch.invitations if i.direction == "INCOMING"}
    assert "Nguyễn Xuân Chính" in names
    assert len(names) == 7


def test_incoming_outgoing_records_and_ids(write) -> None:
    batch = read_sources([write("Invitations.csv", INVITATIONS_2024)])
    (owner,) = batch.owners
    assert owner.id == short_id("owner", name_key("Olivia Owner"), length=6)
    assert owner.profile_url == "https://www.linkedin.com/in/olivia-owner"
    mallory = _incoming(batch)["Mallory Stranger"]
    assert mallory.sent_at == "2024-03-12T19:00:00-07:00"
    assert mallory.sent_at_raw == "3/12/24, 7:00 PM"
    assert mallory.message == "Hi Olivia, let's connect!"
    assert mallory.recipient.name == "Olivia Owner"
    assert mallory.sender.profile_url == "https://www.linkedin.com/in/mallory-s"
    (out,) = [i for i in batch.invitations if i.direction == "OUTGOING"]
    assert out.sender.name == "Olivia Owner" and out.recipient.name == "Bob Invitee"
    ids = [i.id for i in batch.invitations]
    assert len(set(ids)) == len(ids) == 4
    invited = [c for c in batch.contacts if c.source == "invited"]
    assert [(c.name, c.profile_url) for c in invited] == [
        ("Bob Invitee", "https://www.linkedin.com/in/bob-invitee")
    ]


def test_without_connections_everything_pending_with_warning(write) -> None:
    batch = read_sources([write("Invitations.csv", INVITATIONS_2024)])
    assert {i.export_status for i in _incoming(batch).values()} == {"pending"}
    assert batch.owners[0].has_connections is False
    assert any("no Connections.csv" in w for w in batch.warnings)


def test_connections_mark_accepted_by_slug_then_name(write) -> None:
    batch = read_sources(
        [write("Invitations.csv", INVITATIONS_2024), write("Connections.csv", CONNECTIONS_2024)]
    )
    stored = merge(batch, {}, {}, [], {})
    status = {n: i.export_status for n, i in incoming(stored).items()}
    # Ada by slug; Grace by percent-decoded slug (name differs in spacing); Mallory unknown.
    assert status == {
        "Ada Lovelace": "accepted",
        "Grace  Hopper": "accepted",
        "Mallory Stranger": "pending",
    }
    assert not any("no Connections.csv" in w for w in batch.warnings)


def test_name_fallback_only_when_a_url_is_missing(write) -> None:
    conns = (
        "First Name,Last Name,URL,Connected On\n"
        "Ada,Lovelace,https://www.linkedin.com/in/other-ada,08 Feb 2024\n"
    )
    stored = imported([write("Invitations.csv", INVITATIONS_2024), write("c.csv", conns)])
    assert incoming(stored)["Ada Lovelace"].export_status == "pending"  # slugs disagree
    stored = imported([write("Invitations.csv", INVITATIONS_2018), write("c.csv", conns)])
    assert incoming(stored)["Ada Lovelace"].export_status == "accepted"  # no URL: name


def test_urn_era_has_no_url_identity(write) -> None:
    batch = read_sources([write("Invitations.csv", INVITATIONS_URN)])
    inv = _incoming(batch)["Ada Lovelace"]
    assert inv.sender.profile_url is None and inv.recipient.profile_url is None
    assert batch.owners[0].url_identity is False
    assert any("URN" in w and "import" in w for w in batch.warnings)


def test_bare_url_is_missing(write) -> None:
    batch = read_sources([write("Invitations.csv", INVITATIONS_BARE)])
    assert _incoming(batch)["Ada Lovelace"].sender.profile_url is None
    assert batch.owners[0].url_identity is False
    assert any("bare" in w for w in batch.warnings)


def test_five_column_era(write) -> None:
    batch = read_sources([write("Invitations.csv", INVITATIONS_2018)])
    assert batch.owners[0].name == "Olivia Owner"
    assert batch.owners[0].profile_url is None
    assert any("no profile URL columns" in w for w in batch.warnings)


def test_crossed_invitations_keep_both_directions(write) -> None:
    crossed = INVITATIONS_2024 + (
        'Olivia Owner,Ada Lovelace,"2/9/24, 8:00 AM",,OUTGOING,'
        "https://www.linkedin.com/in/olivia-owner,https://www.linkedin.com/in/ada-lovelace-1a2b\n"
    )
    batch = read_sources(
        [write("Invitations.csv", crossed), write("Connections.csv", CONNECTIONS_2024)]
    )
    ada = [i for i in batch.invitations if "Ada Lovelace" in (i.sender.name, i.recipient.name)]
    assert sorted(i.direction for i in ada) == ["INCOMING", "OUTGOING"]
    assert incoming(merge(batch, {}, {}, [], {}))["Ada Lovelace"].export_status == "accepted"
    assert any(c.source == "invited" and c.name == "Ada Lovelace" for c in batch.contacts)


def test_owner_from_profile_and_positions(write) -> None:
    batch = read_sources(
        [
            write("Invitations.csv", INVITATIONS_2024),
            write("Profile.csv", PROFILE),
            write("Positions.csv", POSITIONS),
        ]
    )
    (owner,) = batch.owners
    assert owner.name == "Olivia Owner"
    assert owner.headline == "Talent Partner at Acme"
    assert owner.company == "Acme"
    assert _incoming(batch)["Ada Lovelace"].recipient.company == "Acme"


def test_owner_overrides(write) -> None:
    batch = read_sources(
        [write("Invitations.csv", INVITATIONS_2024)], owner_name="O. Owner", owner_company="Beta"
    )
    (owner,) = batch.owners
    assert (owner.name, owner.company) == ("O. Owner", "Beta")
    assert owner.id == short_id("owner", name_key("O. Owner"), length=6)
    assert all(i.owner_id == owner.id for i in batch.invitations)


def test_export_date_is_newest_date_seen(write) -> None:
    batch = read_sources([write("Invitations.csv", INVITATIONS_2024)])
    assert batch.owners[0].export_date == "2024-03-12"
    assert batch.owners[0].invitations_export == "2024-03-12"
    assert {i.last_seen_export for i in batch.invitations} == {"2024-03-12"}


def test_row_problems_keep_physical_lines(write) -> None:
    """Rows with a gap are kept and named with their lines; only a row that is no
    invitation at all (no direction) is refused, with its line."""
    text = (
        "From,To,Sent At,Message,Direction\n"
        'Ada Lovelace,Olivia Owner,"8/18/18, 9:08 AM","two\nline note",INCOMING\n'
        'Bad Date,Olivia Owner,"someday",,INCOMING\n'
        ',Olivia Owner,"8/18/18, 9:08 AM",,INCOMING\n'
        'Who,Olivia Owner,"8/18/18, 9:08 AM",,SIDEWAYS\n'
        'Zoe Last,Olivia Owner,"8/19/18, 9:08 AM",,incoming\n'
    )
    batch = read_sources([write("Invitations.csv", text)])
    (summary,) = batch.files
    assert [(p.line, p.reason) for p in summary.problems] == [(6, "unknown Direction 'SIDEWAYS'")]
    assert (summary.rows_read, summary.imported, summary.skipped) == (5, 4, 1)
    assert summary.kept_with_gaps == 2
    assert summary.notes == [
        "1 row without the other person's name, kept as (no name) (line 5)",
        "1 row with a date linkvet cannot read, kept with the date as written (line 4)",
    ]
    kept = _incoming(batch)
    assert sorted(kept) == ["", "Ada Lovelace", "Bad Date", "Zoe Last"]
    assert kept["Bad Date"].sent_at is None and kept["Bad Date"].sent_at_raw == "someday"
    assert kept[""].sender.label == "(no name)"


def test_excel_resave_updates_in_place(write) -> None:
    """An Excel re-save (dates without times, URLs dropped, quotes gone) is the same export:
    importing it after the original adds nothing and keeps every id."""
    original = imported([write("Invitations.csv", INVITATIONS_2024)])
    resaved = (
        "\ufeffFrom;To;Sent At;Direction;inviterProfileUrl\r\n"
        "Ada Lovelace;Olivia Owner;08-Feb-24;INCOMING;https://www.linkedin.com/in/ada-lovelace-1a2b\r\n"
        "Mallory Stranger;Olivia Owner;3/12/24;INCOMING;https://www.linkedin.com/in/mallory-s\r\n"
        "Grace  Hopper;Olivia Owner;01.01.2024;INCOMING;\r\n"
    )
    batch = read_sources([write("Invitations (1).csv", resaved)])
    assert batch.files[0].kind == "invitations"
    again = merge(batch, original.owners, original.invitations, [], {})
    assert set(again.invitations) == set(original.invitations)
    assert again.counts["invitations"].imported == 0
    mallory = incoming(again)["Mallory Stranger"]
    assert mallory.message == "Hi Olivia, let's connect!"  # the re-save lost it; kept
    assert mallory.sent_at == "2024-03-12T19:00:00-07:00"  # and the time of day
    assert _incoming(batch)["Ada Lovelace"].sent_at_raw == "08-Feb-24"
