"""Every refusal is an InputError with one line naming the file (and line where known)."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from linkvet.core.importers import InputError, read_sources

from tests.importers.data import INVITATIONS_2024


def _refused(paths, match: str, **kw) -> InputError:
    with pytest.raises(InputError) as caught:
        read_sources([Path(p) for p in paths], **kw)
    err = caught.value
    text = str(err)
    assert "\n" not in text
    assert match in text, text
    return err


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\xef\xbb\xbf \r\n", "empty file"),
        ("Col A\tCol B\nx\ty\n".encode("utf-16"), "UTF-16 text with unknown columns"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Foo,Bar\n1,2\n", "unknown columns"),
        (b"Name\nPython\n", "unknown columns"),
    ],
)
def test_whole_file_refusals(write, content: bytes, reason: str) -> None:
    path = write("Invitations.csv", content)
    err = _refused([path], reason)
    assert err.path == str(path)
    assert str(err).startswith(str(path))


def test_header_only_single_file(write) -> None:
    path = write("Invitations.csv", "Notes:\n\nFrom,To,Sent At,Message,Direction\n")
    err = _refused([path], "no data rows")
    assert str(err) == f"{path}:3: no data rows"


def test_not_utf8_names_file_and_line(write) -> None:
    """UTF-8 characters first, then a Windows-1252 byte: a mixed file, refused at that line."""
    good = "From,To,Sent At,Message,Direction\n" + 'Zoë,O,"3/12/24, 7:00 PM",,INCOMING\n' * 3000
    path = write(
        "Invitations.csv",
        good.encode() + 'Jos\xe9,O,"3/12/24, 7:00 PM",,INCOMING\n'.encode("cp1252"),
    )
    err = _refused([path], "not UTF-8")
    assert err.line == 3002


def test_unterminated_quote_is_a_row_problem(write) -> None:
    text = 'From,To,Sent At,Message,Direction\nA,O,"3/12/24, 7:00 PM",,INCOMING\nB,O,"3/12/24\n'
    batch = read_sources([write("Invitations.csv", text)])
    assert [p.line for p in batch.files[0].problems] == [3]
    assert batch.files[0].imported == 1


def test_missing_path_and_bad_kind(tmp_path: Path) -> None:
    _refused([tmp_path / "nope.csv"], "no such file")
    with pytest.raises(InputError, match="unknown kind"):
        read_sources([tmp_path], kind="spreadsheet")


def test_corrupt_zip(write) -> None:
    path = write("export.zip", b"PK\x03\x04 this is not really a zip")
    _refused([path], "not a readable zip")


def test_corrupt_zip_member_data(make_zip) -> None:
    path = make_zip("x.zip", {"Invitations.csv": INVITATIONS_2024 * 50})
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.infolist()[0]
    start = info.header_offset + 30 + len(info.filename) + 20
    raw[start : start + 40] = b"\xff" * 40
    path.write_bytes(bytes(raw))
    err = _refused([path], "x.zip!Invitations.csv")
    assert "Traceback" not in str(err)


def test_zip_without_export_files(make_zip) -> None:
    _refused([make_zip("x.zip", {"Skills.csv": "Name\nPython\n"})], "no LinkedIn export files")


@pytest.mark.parametrize(
    "entry", ["../evil.csv", "/abs/Invitations.csv", "a/../../b.csv", "C:/x.csv"]
)
def test_zip_traversal_refused(tmp_path: Path, entry: str) -> None:
    path = tmp_path / "t.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Invitations.csv", INVITATIONS_2024)
        archive.writestr(zipfile.ZipInfo(entry), "x")
    err = _refused([path], "path inside the zip")
    assert err.path == f"{path}!{entry}"


def test_zip_symlink_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.zip"
    link = zipfile.ZipInfo("Invitations.csv")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(link, "/etc/passwd")
    _refused([path], "symbolic link")


def test_zip_bomb_ratio_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "Invitations.csv", b"From,To,Sent At,Message,Direction\n" + b"0" * 5_000_000
        )
    _refused([path], "compression ratio")


def test_zip_bomb_lying_header_capped_while_streaming(tmp_path: Path) -> None:
    """Declared sizes look harmless; the bytes actually read are capped anyway."""
    path = tmp_path / "liar.zip"
    body = b"From,To,Sent At,Message,Direction\n" + b"A,O,x,," + b"0" * 3_000_000 + b",INCOMING\n"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Invitations.csv", body)
    # Rewrite the declared uncompressed size in the central directory to look modest.
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.infolist()[0]
    central = raw.rfind(b"PK\x01\x02")
    fake = (info.compress_size * 50).to_bytes(4, "little")
    raw[central + 24 : central + 28] = fake
    path.write_bytes(bytes(raw))
    err = _refused([path], "liar.zip!Invitations.csv")
    assert "size limit" in str(err) or "corrupt" in str(err)


def test_unknown_single_file_but_unknown_zip_member_is_ignored(write, make_zip) -> None:
    _refused([write("Skills.csv", "Name,Proficiency\nPython,High\n")], "unknown columns")
    batch = read_sources(
        [make_zip("z.zip", {"Skills.csv": "Name\nPython\n", "Invitations.csv": INVITATIONS_2024})]
    )
    assert "Skills.csv" in batch.files[0].notes[0]


def test_lone_address_book_belongs_to_you_until_an_export_names_you(write) -> None:
    """Import order is free: with nobody in the database, an address book is "yours" (a
    provisional owner); with several owners it must say whose it is."""
    path = write("contacts.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:A B\nEND:VCARD\n")
    (owner,) = read_sources([path]).owners
    assert owner.provisional and owner.name == ""
    assert read_sources([path], owner_name="Olivia").contacts[0].name == "A B"
    _refused([path], "--owner", several_owners=True)


def test_broken_vcard(write) -> None:
    path = write("c.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:A B\nthis line is not a property\n")
    with pytest.raises(InputError) as caught:
        read_sources([path], owner_name="O")
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


CARD = "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee {n}\nEMAIL:ann{n}@example.com\nEND:VCARD\n"
CONNECTIONS = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_more_records_than_the_cap_are_refused_with_the_line(write, monkeypatch) -> None:
    monkeypatch.setattr("linkvet.core.importers.parsed.MAX_RECORDS", 3)
    rows = "".join(f"Ann,Lee{n},,,,,08 Feb 2024\n" for n in range(4))
    err = _refused([write("Connections.csv", CONNECTIONS + rows)], "more than 3 records",
                   owner_name="O")  # fmt: skip
    assert err.line == 5  # header on line 1: the fourth record
    hidden = ",,,,,,08 Feb 2024\n" * 10  # skipped rows are not kept, so not capped
    batch = read_sources([write("C2/Connections.csv", CONNECTIONS + hidden)], owner_name="O")
    assert batch.files[0].skipped == 10


def test_vcards_are_read_one_card_at_a_time_and_capped(write, monkeypatch) -> None:
    monkeypatch.setattr("linkvet.core.importers.vcard.MAX_CARDS", 2)
    text = "".join(CARD.format(n=n) for n in range(3)) + "text between cards is ignored\n"
    err = _refused([write("book.vcf", text)], "more than 2 cards", owner_name="O")
    assert err.line == 11  # the third card begins on line 11
    monkeypatch.setattr("linkvet.core.importers.vcard.MAX_CARDS", 10)
    batch = read_sources([write("ok.vcf", text)], owner_name="O")
    assert [c.name for c in batch.contacts] == ["Ann Lee 0", "Ann Lee 1", "Ann Lee 2"]


def test_malformed_card_names_the_line_it_starts_on(write) -> None:
    bad = CARD.format(n=0) + "BEGIN:VCARD\nVERSION:3.0\nFN:Bo\nEMAIL;TYPE=x\n"  # never closed
    err = _refused([write("bad.vcf", bad)], "not a readable vCard", owner_name="O")
    assert err.line == 6 and "never closed" in str(err) and "At line" not in str(err)


def test_nameless_cards_count_toward_the_cap(write, monkeypatch) -> None:
    monkeypatch.setattr("linkvet.core.importers.vcard.MAX_CARDS", 2)
    nameless = "BEGIN:VCARD\nVERSION:3.0\nEMAIL:x@example.com\nEND:VCARD\n" * 3
    err = _refused([write("nameless.vcf", nameless)], "more than 2 cards", owner_name="O")
    assert err.line == 9


def test_a_card_nested_in_another_stays_inside_it(write) -> None:
    """A vCard 2.1 AGENT card belongs to the person around it, as when the file is read
    whole: the person is imported, not the agent."""
    text = (
        "BEGIN:VCARD\nVERSION:2.1\nFN:Outer Person\nEMAIL:outer@example.com\nAGENT:\n"
        "BEGIN:VCARD\nVERSION:2.1\nFN:Inner Agent\nEND:VCARD\nEND:VCARD\n" + CARD.format(n=1)
    )
    batch = read_sources([write("agent.vcf", text)], owner_name="O")
    assert [(c.name, c.emails) for c in batch.contacts] == [
        ("Outer Person", ["outer@example.com"]),
        ("Ann Lee 1", ["ann1@example.com"]),
    ]


def test_unsupported_zip_compression_is_named(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "odd.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Invitations.csv", INVITATIONS_2024)

    def unsupported(*args, **kwargs):  # what zipfile raises for e.g. a PPMd entry
        raise NotImplementedError("That compression method is not supported")

    monkeypatch.setattr(zipfile.ZipFile, "open", unsupported)
    _refused([path], "unsupported zip compression")
