"""Data-health notes: one per limitation, each naming what to import."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from linkvet.core.config import Config
from linkvet.core.export.settings import ActionSettings
from linkvet.core.models import Contact, Invitation, Owner
from linkvet.core.triage.health import CODES

from tests.triage.helpers import OWNER, TODAY, incoming, save_records, workspace

BOOK = Contact(id="b1", owner_id=OWNER.id, source="address_book", name="Someone Known")


def complete(inv: Invitation) -> Invitation:
    """The invitation with everything the checks look at: headline, company and a note."""
    sender = replace(inv.sender, headline="Data engineer at Fabrikam", company="Fabrikam")
    return replace(inv, sender=sender, message="We met at the Fabrikam data meetup last week.")


def notes_for(tmp_path: Path, owner: Owner, books: bool = True, config: Config | None = None):  # type: ignore[no-untyped-def]
    invitation = complete(incoming("i1", "Ann Example", owner=owner))
    save_records(tmp_path / "db", [owner], [invitation],
                 [replace(BOOK, owner_id=owner.id)] if books else [])  # fmt: skip
    return workspace(tmp_path / "db", config=config).health()


def test_pending_invitations_missing_fields_are_counted_per_owner(tmp_path: Path) -> None:
    invs = [
        complete(incoming("i1", "Ann Example")),
        incoming("i2", "Bo Thin"),  # a real export's row: name, URL, date
        incoming("i3", "Cy Stock", message="I'd like to join your LinkedIn network."),
        replace(incoming("i4", "Di Done"), export_status="accepted"),  # not pending: not counted
    ]
    save_records(tmp_path / "db", [OWNER], invs, [BOOK])
    (note,) = workspace(tmp_path / "db").health()
    assert note.code == "thin_invitations" and note.owner == OWNER.name
    assert note.message.startswith(
        "of 3 pending invitations, 2 have no headline, 2 no company and 2 no note"
    )
    assert "open a sender's profile with o" in note.fix


def test_complete_recent_data_has_no_notes(tmp_path: Path) -> None:
    assert notes_for(tmp_path, OWNER) == []


def test_empty_database_says_what_to_import(tmp_path: Path) -> None:
    (note,) = workspace(tmp_path / "db").health()
    assert note.code == "empty" and note.owner is None
    assert "import" in note.fix


@pytest.mark.parametrize(
    ("change", "books", "code", "fix_words"),
    [
        ({"has_connections": False}, True, "no_connections", "Connections.csv"),
        ({"url_identity": False}, True, "name_only_identity", "Dec 2023"),
        ({"export_date": "2026-10-01"}, True, "stale_export", "fresh export"),
        ({}, False, "no_address_book", "address book"),
    ],
)
def test_each_limitation_gives_one_note(
    tmp_path: Path, change: dict[str, object], books: bool, code: str, fix_words: str
) -> None:
    owner = replace(OWNER, **change)  # type: ignore[arg-type]
    notes = notes_for(tmp_path, owner, books=books)
    assert [n.code for n in notes] == [code]
    note = notes[0]
    assert note.owner == OWNER.name and code in CODES
    assert fix_words in note.fix
    assert note.line().startswith(f"{OWNER.name}: ") and "Fix: " in note.line()
    assert set(note.to_dict()) == {"code", "owner", "message", "fix"}


def test_export_age_threshold_is_the_configured_one(tmp_path: Path) -> None:
    day = (TODAY - timedelta(days=28)).date().isoformat()
    owner = replace(OWNER, export_date=day)
    assert notes_for(tmp_path, owner) == []  # exactly 28 days: not yet stale
    strict = Config(actions=ActionSettings(stale_export_days=7))
    (note,) = workspace(tmp_path / "db", config=strict).health()
    assert note.code == "stale_export" and "28 days ago" in note.message


def test_all_notes_together_in_code_order(tmp_path: Path) -> None:
    owner = replace(OWNER, has_connections=False, url_identity=False, export_date="2025-01-01")
    codes = [n.code for n in notes_for(tmp_path, owner, books=False)]
    assert codes == ["no_connections", "name_only_identity", "stale_export", "no_address_book"]
    owner_codes = [c for c in CODES if not c.startswith(("file_", "rows_"))]
    assert owner_codes[-1] == "thin_invitations"  # each owner's notes end with it


def test_sample_team_without_address_books(db: Path) -> None:
    notes = workspace(db).health()
    assert {(n.owner, n.code) for n in notes} == {
        ("Dana Whitfield", "no_address_book"),
        ("Lee Okafor", "no_address_book"),
        ("Priya Raman", "no_address_book"),
        ("Dana Whitfield", "thin_invitations"),
        ("Lee Okafor", "thin_invitations"),
        ("Priya Raman", "thin_invitations"),
    }
    thin = [n for n in notes if n.code == "thin_invitations"]
    assert all("have no headline" in n.message for n in thin)


def test_summary_says_a_limitation_shared_by_many_owners_once() -> None:
    from linkvet.core.triage.health import HealthNote, summary_lines

    notes = [
        HealthNote("no_address_book", f"Owner {n}", f"Owner {n} has no address book", "import")
        for n in range(5)
    ] + [HealthNote("stale_export", "Owner 1", "Owner 1's export is old", "re-export")]
    lines = summary_lines(notes)
    assert len(lines) == 2
    assert lines[0].startswith("5 owners (Owner 0, Owner 1, Owner 2, ...)")
    assert "each of them has no address book" in lines[0]
    assert lines[1] == "Owner 1: Owner 1's export is old. Fix: re-export"


def test_what_an_import_could_not_read_is_listed_until_the_file_reads_whole(
    tmp_path: Path,
) -> None:
    """No row is lost quietly: refused rows and rows kept with a gap are named by `health`
    after the import, and disappear once the same file is imported again, fixed."""
    ws = workspace(tmp_path / "db")
    path = tmp_path / "Invitations.csv"
    path.write_text(
        "From,To,Sent At,Message,Direction\n"
        'Ann Lee,Olivia Owner,"3/12/24, 7:00 PM",,INCOMING\n'
        'Bo Chen,Olivia Owner,"sometime",,INCOMING\n'
        'Cy Dorn,Olivia Owner,"3/12/24, 7:00 PM",,SIDEWAYS\n',
        encoding="utf-8",
    )
    report = ws.import_paths([path])
    assert report.headline() == (
        "Imported 2 of 3 invitation rows (1 with a gap, kept); 1 bad row skipped: see below."
    )
    codes = {n.code: n for n in ws.health()}
    assert "lines 4" in codes["rows_refused"].message
    assert "line 3" in codes["rows_with_gaps"].message
    path.write_text(
        "From,To,Sent At,Message,Direction\n"
        'Ann Lee,Olivia Owner,"3/12/24, 7:00 PM",,INCOMING\n'
        'Bo Chen,Olivia Owner,"3/11/24, 8:00 AM",,INCOMING\n'
        'Cy Dorn,Olivia Owner,"3/12/24, 7:00 PM",,OUTGOING\n',
        encoding="utf-8",
    )
    ws.import_paths([path])
    assert not {"rows_refused", "rows_with_gaps"} & {n.code for n in ws.health()}


def test_a_field_cut_to_its_cap_is_not_called_damage(tmp_path: Path) -> None:
    """A stranger's 9,000-character note is cut to the note cap on purpose: health says so,
    and does not send the user to re-download an export that is fine."""
    ws = workspace(tmp_path / "db")
    path = tmp_path / "Invitations.csv"
    path.write_text(
        "From,To,Sent At,Message,Direction\n"
        f'Ann Lee,Olivia Owner,"3/12/24, 7:00 PM",{"x" * 9_000},INCOMING\n'
        'Bo Chen,Olivia Owner,"sometime",,INCOMING\n',
        encoding="utf-8",
    )
    ws.import_paths([path])
    fixes = {n.message: n.fix for n in ws.health() if n.code == "rows_with_gaps"}
    (capped,) = [fix for message, fix in fixes.items() if "longer than" in message]
    assert capped.startswith("nothing to fix") and "IMPORT_LIMITS" in capped
    (dated,) = [fix for message, fix in fixes.items() if "longer than" not in message]
    assert dated.startswith("re-download the export")


def test_a_hand_edited_connections_file_is_named_as_not_read(tmp_path: Path) -> None:
    export = tmp_path / "Basic_LinkedInDataExport_11-20-2026"
    export.mkdir()
    (export / "Invitations.csv").write_text(
        'From,To,Sent At,Message,Direction\nAnn Lee,Olivia Owner,"11/12/26, 7:00 PM",,INCOMING\n',
        encoding="utf-8",
    )
    (export / "Connections.csv").write_text(
        "Vorname,Nachname,Verbunden am\nAnn,Lee,12 Nov 2026\n", encoding="utf-8"
    )
    ws = workspace(tmp_path / "db")
    ws.import_paths([export])
    notes = {n.code: n for n in ws.health()}
    assert "First Name, Last Name, Connected On" in notes["file_ignored"].message
    assert "found 'Vorname,Nachname,Verbunden am'" in notes["file_ignored"].message
    assert notes["no_connections"].message.startswith("the Connections.csv found was not read")
