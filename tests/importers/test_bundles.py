"""Zips read in place, folders, case-insensitive names, ignored files, team mode, progress."""

from __future__ import annotations

from pathlib import Path

from linkvet.core.importers import read_sources
from linkvet.core.ingest import merge

from tests.importers.data import (
    CONNECTIONS_2024,
    INVITATIONS_2024,
    MESSAGES_2024,
    POSITIONS,
    PROFILE,
)
from tests.importers.helpers import imported

SKILLS = "Name\nPython\nRecruiting\n"
UTF16 = "Col A\tCol B\nx\ty\n".encode("utf-16")


def _export(**extra: str | bytes) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "INVITATIONS.CSV": INVITATIONS_2024,
        "connections.csv": CONNECTIONS_2024,
        "messages.csv": MESSAGES_2024,
        "Profile.csv": PROFILE,
        "Positions.csv": POSITIONS,
        "Skills.csv": SKILLS,
        "Ad_Targeting.csv": UTF16,
        "Articles/readme.html": "<html></html>",
    }
    files.update(extra)
    return files


def test_zip_read_in_place(make_zip, tmp_path: Path) -> None:
    archive = make_zip("Basic_LinkedInDataExport_03-14-2024.zip", _export())
    before = set(tmp_path.rglob("*"))
    batch = read_sources([archive])
    assert set(tmp_path.rglob("*")) == before  # nothing extracted or written
    (owner,) = batch.owners
    assert (owner.name, owner.company, owner.export_date) == ("Olivia Owner", "Acme", "2024-03-14")
    kinds = sorted(f.kind for f in batch.files)
    assert kinds == ["bundle", "connections", "invitations", "messages", "positions", "profile"]
    paths = {f.kind: f.path for f in batch.files}
    assert paths["invitations"] == f"{archive}!INVITATIONS.CSV"
    bundle = next(f for f in batch.files if f.kind == "bundle")
    note = bundle.notes[0]
    assert "Skills.csv" in note and "Ad_Targeting.csv (UTF-16" in note and "readme.html" in note
    stored = merge(batch, {}, {}, [], {})
    pending = [
        i.sender.name
        for i in stored.invitations.values()
        if i.export_status == "pending" and i.direction == "INCOMING"
    ]
    assert pending == ["Mallory Stranger"]
    assert {c.counterpart_name for c in batch.conversations} >= {"Mallory Stranger"}
    assert batch.warnings == []


def test_folder_with_subfolder(write, tmp_path: Path) -> None:
    root = tmp_path / "Complete_LinkedInDataExport_01-02-2025"
    for name, content in _export().items():
        write(f"{root.name}/{name}", content)
    write(f"{root.name}/nested/Contacts.csv", "FirstName,LastName,Emails\nCarl,Friend,c@x.io\n")
    batch = read_sources([root])
    assert batch.owners[0].export_date == "2025-01-02"
    assert any(c.source == "address_book" and c.name == "Carl Friend" for c in batch.contacts)
    assert sum(f.kind == "invitations" for f in batch.files) == 1


def test_two_zips_are_two_owners(make_zip) -> None:
    other = INVITATIONS_2024.replace("Olivia Owner", "Tom Teammate").replace(
        "olivia-owner", "tom-t"
    )
    a = make_zip(
        "a.zip", {"Invitations.csv": INVITATIONS_2024, "Connections.csv": CONNECTIONS_2024}
    )
    b = make_zip("b.zip", {"Invitations.csv": other})
    batch = read_sources([a, b])
    assert [o.name for o in batch.owners] == ["Olivia Owner", "Tom Teammate"]
    tom = batch.owners[1]
    assert tom.has_connections is False and batch.owners[0].has_connections is True
    assert [w for w in batch.warnings if "no Connections.csv" in w] == [
        "Tom Teammate: no Connections.csv: every incoming invitation is treated as pending; "
        "import Connections.csv to fix"
    ]
    tom_status = {
        i.sender.name: i.export_status
        for i in merge(batch, {}, {}, [], {}).invitations.values()
        if i.owner_id == tom.id and i.direction == "INCOMING"
    }
    assert set(tom_status.values()) == {"pending"}  # Olivia's connections are not Tom's


def test_same_export_twice_does_not_duplicate(make_zip) -> None:
    """Two copies of one export in one import: every row of the second copy is a row of
    the first seen again, so nothing doubles (rows of one file never merge, rows of two
    files do when they are the same invitation or person)."""
    a = make_zip("a.zip", _export())
    b = make_zip("b.zip", _export())
    once, twice = imported([a]), imported([a, b])
    assert len(once.invitations) == 4
    assert set(twice.invitations) == set(once.invitations)
    assert set(twice.contacts) == set(once.contacts)
    assert [(c.sent, c.received) for c in twice.conversations.values()] == [
        (c.sent, c.received) for c in once.conversations.values()
    ]


def test_header_only_file_in_zip_is_a_note(make_zip) -> None:
    archive = make_zip("x.zip", _export(**{"messages.csv": "FROM,TO,DATE,CONTENT\n"}))
    batch = read_sources([archive])
    messages = next(f for f in batch.files if f.kind == "messages")
    assert messages.notes == ["no data rows"]


def test_progress_is_reported_and_bounded(write) -> None:
    rows = "".join(
        f'Person {n},Olivia Owner,"3/12/24, 7:00 PM",{"x" * 200},INCOMING\n' for n in range(4000)
    )
    path = write("Invitations.csv", "From,To,Sent At,Message,Direction\n" + rows)
    calls: list[tuple[str, int, int]] = []
    read_sources([path], progress=lambda *a: calls.append(a))
    size = path.stat().st_size
    assert 2 <= len(calls) <= 51
    assert calls[-1] == (str(path), size, size)
    assert [c[1] for c in calls] == sorted(c[1] for c in calls)
