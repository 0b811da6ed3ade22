"""Field, row and zip caps (core.importers.caps): what each cap does to a file over it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from linkvet.core.importers import InputError, read_sources
from linkvet.core.importers.caps import (
    COMPANY_CHARS,
    HEADLINE_CHARS,
    NAME_CHARS,
    NOTE_CHARS,
    URL_CHARS,
    ZIP_ENTRIES,
)

INVITATIONS = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
OWNER_URL = "https://www.linkedin.com/in/olivia-owner"


def _row(sender: str, note: str = "hi", url: str = "https://www.linkedin.com/in/ada-l") -> str:
    return f'"{sender}",Olivia Owner,"2/8/24, 7:00 PM","{note}",INCOMING,{url},{OWNER_URL}\n'


def _refused(paths: list[Path], match: str, **kw: object) -> InputError:
    with pytest.raises(InputError) as caught:
        read_sources(paths, **kw)  # type: ignore[arg-type]
    text = str(caught.value)
    assert "\n" not in text and match in text, text
    return caught.value


def test_free_text_over_its_cap_is_cut_and_the_row_kept_with_a_note(write) -> None:
    path = write("Invitations.csv", INVITATIONS + _row("A" * 5000, "x" * 100_000) + _row("Bo"))
    batch = read_sources([path])
    got = {i.sender.name[:3]: i for i in batch.invitations}
    assert len(got["AAA"].sender.name) == NAME_CHARS and len(got["AAA"].message) == NOTE_CHARS
    summary = batch.files[0]
    assert summary.imported == 2 and summary.kept_with_gaps == 1  # one row, two fields
    assert any("name longer than 200 characters, kept cut" in n and "line 2" in n
               for n in summary.notes)  # fmt: skip
    assert any("note or message longer than 8,000 characters" in n for n in summary.notes)


def test_an_address_over_its_cap_is_dropped_not_cut(write) -> None:
    long_url = "https://www.linkedin.com/in/" + "y" * URL_CHARS
    batch = read_sources([write("Invitations.csv", INVITATIONS + _row("Bo", url=long_url))])
    assert batch.invitations[0].sender.profile_url is None
    assert any("profile URL longer than 2,000 characters, kept without it (line 2)" in n
               for n in batch.files[0].notes)  # fmt: skip


def test_headline_and_company_caps_in_a_generic_file(write) -> None:
    text = (
        "Name,Profile URL,Headline,Company,Message\n"
        f'Ada,https://www.linkedin.com/in/ada,"{"h" * 9000}","{"c" * 9000}",hi\n'
    )
    batch = read_sources([write("r.csv", text)], kind="generic", owner_name="Olivia Owner")
    sender = batch.invitations[0].sender
    assert len(sender.headline or "") == HEADLINE_CHARS
    assert len(sender.company or "") == COMPANY_CHARS


def test_a_row_refused_for_another_reason_is_not_noted_as_kept(write) -> None:
    bad = '"' + "A" * 5000 + '",Olivia Owner,"2/8/24, 7:00 PM",hi,SIDEWAYS,,\n'
    batch = read_sources([write("Invitations.csv", INVITATIONS + bad + _row("Bo"))])
    assert batch.files[0].problem_count == 1 and batch.files[0].kept_with_gaps == 0
    assert not any("longer than" in n for n in batch.files[0].notes)


def test_vcard_values_are_held_to_their_caps(write) -> None:
    card = f"BEGIN:VCARD\nVERSION:3.0\nFN:{'N' * 3000}\nORG:{'O' * 3000}\nEND:VCARD\n"
    batch = read_sources([write("book.vcf", card)], owner_name="Olivia Owner")
    contact = batch.contacts[0]
    assert len(contact.name) == NAME_CHARS and len(contact.company or "") == COMPANY_CHARS
    assert batch.files[0].kept_with_gaps == 1
    assert any("(line 1)" in n and "a name longer" in n for n in batch.files[0].notes)


def test_more_rows_than_the_row_cap_refuse_the_file_naming_cap_and_line(write, monkeypatch) -> None:
    monkeypatch.setattr("linkvet.core.importers.parsed.ROWS", 3)
    ghosts = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + (
        ",,,,,,08 Feb 2024\n" * 4
    )
    path = write("Connections.csv", ghosts)
    err = _refused([path], "more than 3 rows in one file (the row cap)", owner_name="O")
    assert err.line == 5 and str(path) in str(err)


def _zip(path: Path, entries: int, data: bytes, name: str = "p{i}/Connections.csv") -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for i in range(entries):
            archive.writestr(name.format(i=i), data)
    return path


def test_a_zip_of_more_entries_than_the_cap_is_refused_naming_the_caps(tmp_path) -> None:
    bomb = _zip(tmp_path / "many.zip", ZIP_ENTRIES + 1, b"x")
    err = _refused([bomb], f"refused: {ZIP_ENTRIES + 1:,} entries", owner_name="O")
    assert str(err).startswith(str(bomb)) and "caps: 2,000 entries, 1 GiB unpacked" in str(err)


def test_a_zip_over_the_total_unpacked_cap_is_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("linkvet.core.importers.sources.ZIP_TOTAL_BYTES", 100_000)
    data = os.urandom(30_000)  # incompressible: only the total is over its cap
    err = _refused([_zip(tmp_path / "big.zip", 4, data)], "MiB unpacked (caps:", owner_name="O")
    assert "zip bomb?" in str(err)


def test_many_small_entries_each_under_the_ratio_slack_are_refused_overall(tmp_path) -> None:
    """Every entry passes the per-entry checks (64 KiB, ratio ignored below 64 KiB); the
    archive as a whole compresses 1000x."""
    err = _refused([_zip(tmp_path / "r.zip", 40, b"\0" * 64 * 1024)], "compression ratio",
                   owner_name="O")  # fmt: skip
    assert "overall" in str(err)


def test_a_zip_inside_the_zip_is_never_opened(tmp_path) -> None:
    inner = _zip(tmp_path / "inner.zip", 1, b"First Name,Last Name,Connected On\nA,B,08 Feb 2024\n")
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.write(inner, "nested.zip")
        archive.writestr("Invitations.csv", INVITATIONS + _row("Bo"))
    batch = read_sources([outer])
    assert [f.kind for f in batch.files] == ["bundle", "invitations"]
    assert "nested.zip" in batch.files[0].notes[0]


CLI_TIMEOUT = 180  # "finishes at all": a quadratic step takes hours at these sizes


def _cli_import(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LINKVET_DB": str(tmp_path / "db"),
           "LINKVET_CONFIG": str(tmp_path / "config.toml")}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "linkvet", "import", *args],
        capture_output=True, text=True, timeout=CLI_TIMEOUT, env=env, cwd=tmp_path,
    )  # fmt: skip


def test_ten_megabyte_fields_import_or_are_refused_by_row(tmp_path) -> None:
    """A 10 MB note is over the cell cap (its row is refused); 1 MB name, note and URL are
    cut or dropped; the rest of the file imports."""
    rows = (
        _row("Ada", "x" * 10_000_000)
        + _row("A" * 1_000_000, "y" * 1_000_000)
        + _row("Cy", url="https://www.linkedin.com/in/" + "z" * 1_000_000)
    )
    path = tmp_path / "Invitations.csv"
    path.write_text(INVITATIONS + rows, encoding="utf-8")
    held = _cli_import(tmp_path, str(path))  # a refused row holds the import back...
    assert held.returncode == 1 and "Traceback" not in held.stderr, held.stderr
    assert held.stdout.startswith("Nothing imported: would import 2 of 3 invitation rows")
    done = _cli_import(tmp_path, str(path), "--skip-bad-rows")  # ...unless the user says so
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert done.stdout.startswith("Imported 2 of 3 invitation rows (2 with a gap, kept)")
    assert "line 2: field larger than 1 MiB (the cell cap)" in done.stdout


def test_a_zip_bomb_of_many_entries_is_refused_in_one_line(tmp_path) -> None:
    bomb = _zip(tmp_path / "bomb.zip", ZIP_ENTRIES * 2, b",,,,,,08 Feb 2024\n" * 3000)
    done = _cli_import(tmp_path, str(bomb))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    lines = (done.stdout + done.stderr).strip().splitlines()
    assert len(lines) == 1 and "4,000 entries (caps: 2,000 entries" in lines[0], lines
    assert not (tmp_path / "db").exists() or not any((tmp_path / "db").rglob("*.json"))
