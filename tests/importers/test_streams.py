"""Files as spreadsheets save them: Windows Excel "CSV" (cp1252), "CSV UTF-8" (BOM) and
"Unicode text" (UTF-16 LE with a BOM, tab-separated) all import; unknown UTF-16 files and
undecodable bytes are refused with one line naming the file (and line)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from linkvet.core.importers import InputError, read_sources
from linkvet.core.importers.streams import CP1252, UTF8, UTF16_BE, UTF16_LE, detect_encoding

# Connections.csv as Windows Excel re-saves it: no preamble, CRLF, localised dd-mmm-yy dates
CONNECTIONS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "José,Muñoz,https://www.linkedin.com/in/jose-munoz,,Telefónica,Ingeniero,15-ene-24\r\n"
    "François,Lefèvre,,,Société Générale,Analyste,5-févr.-24\r\n"
    "Jürgen,Müller,,,Müller & Söhne,Geschäftsführer,13-Mär-24\r\n"
    "Zoë,O’Brien,,,“Quotes” Ltd,Head of Talent – EMEA,12-dic-22\r\n"
)
# Invitations.csv saved by Excel as "Unicode text": tabs, CRLF, a note with a tab and a newline
INVITATIONS_TSV = (
    "From\tTo\tSent At\tMessage\tDirection\tinviterProfileUrl\tinviteeProfileUrl\r\n"
    'José Muñoz\tOlivia Owner\t3/12/24, 7:00 PM\t"Hola Olivia,\tnos vimos\r\nen Madrid"\t'
    "INCOMING\thttps://www.linkedin.com/in/jose-munoz\thttps://www.linkedin.com/in/olivia\r\n"
    "Łukasz Wójcik\tOlivia Owner\t09-04-2021\t\tINCOMING\t\t\r\n"
)


def _people(batch) -> dict[str, tuple[str | None, str | None]]:
    return {f"{c.first_name} {c.last_name}": (c.company, c.connected_on) for c in batch.contacts}


def _connections(path: Path):
    batch = read_sources([path], owner_name="Olivia Owner")
    return {c.name: c for c in batch.contacts if c.source == "connection"}


@pytest.mark.parametrize(
    ("head", "complete", "encoding"),
    [
        (codecs.BOM_UTF8 + "Name\nJosé\n".encode(), True, UTF8),
        (codecs.BOM_UTF16_LE + "Name\tX\n".encode("utf-16-le"), True, UTF16_LE),
        (codecs.BOM_UTF16_BE + "Name\tX\n".encode("utf-16-be"), True, UTF16_BE),
        ("Name\tX\n".encode("utf-16-le"), True, UTF16_LE),  # no BOM: NUL in odd bytes
        ("Name\tX\n".encode("utf-16-be"), True, UTF16_BE),
        ("Name\nJosé\n".encode(), True, UTF8),
        ("Name\nJosé\n".encode("cp1252"), True, CP1252),  # a short name list, no guessing
        ("Name\nO’Brien – “x”\n".encode("cp1252"), True, CP1252),
        (b"Name\nJos" + "é".encode()[:1], False, UTF8),  # head cut inside a character
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True, None),
    ],
)
def test_encoding_is_decided_from_bom_and_byte_patterns(
    head: bytes, complete: bool, encoding: str | None
) -> None:
    assert detect_encoding(head, complete) == encoding


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("cp1252", b""),  # Windows Excel "CSV (Comma delimited)"
        ("utf-8", codecs.BOM_UTF8),  # Excel "CSV UTF-8"
        ("utf-8", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),  # Excel "Unicode text", renamed .csv
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_connections_import_in_every_encoding_excel_writes(
    write, encoding: str, prefix: bytes
) -> None:
    text = CONNECTIONS if not encoding.startswith("utf-16") else CONNECTIONS.replace(",", "\t")
    path = write("Connections.csv", prefix + text.encode(encoding))
    conns = _connections(path)
    assert conns["José Muñoz"].company == "Telefónica"
    assert conns["Zoë O’Brien"].company == "“Quotes” Ltd"
    assert conns["Zoë O’Brien"].title == "Head of Talent – EMEA"
    assert {n: c.connected_on for n, c in conns.items()} == {
        "José Muñoz": "2024-01-15",
        "François Lefèvre": "2024-02-05",
        "Jürgen Müller": "2024-03-13",
        "Zoë O’Brien": "2022-12-12",
    }


def test_unicode_text_invitations_import_with_quoted_tabs_and_newlines(write) -> None:
    path = write("Invitations.txt", codecs.BOM_UTF16_LE + INVITATIONS_TSV.encode("utf-16-le"))
    batch = read_sources([path])
    assert batch.files[0].kind == "invitations" and batch.files[0].imported == 2
    by_name = {i.sender.name: i for i in batch.invitations}
    assert by_name["José Muñoz"].message == "Hola Olivia,\tnos vimos\r\nen Madrid"
    assert by_name["José Muñoz"].sender.profile_url == "https://www.linkedin.com/in/jose-munoz"
    assert by_name["Łukasz Wójcik"].sent_at is not None
    assert by_name["Łukasz Wójcik"].sent_at.startswith("2021-09-04")


def test_tab_separated_utf8_with_a_known_header_imports(write) -> None:
    path = write("Invitations.csv", INVITATIONS_TSV)
    batch = read_sources([path])
    assert batch.files[0].kind == "invitations" and batch.files[0].imported == 2


def test_ascii_first_then_windows_1252_reads_on(write) -> None:
    """Excel's cp1252 output can be pure ASCII for thousands of lines before the first é."""
    good = "From,To,Sent At,Message,Direction\n" + 'A B,O,"3/12/24, 7:00 PM",,INCOMING\n' * 3000
    late = 'Jos\xe9 P\xe9rez,O,"3/13/24, 7:00 PM",Caf\xe9 € 5,INCOMING\n'.encode("cp1252")
    batch = read_sources([write("Invitations.csv", good.encode() + late)])
    assert batch.files[0].imported == 3001
    last = next(i for i in batch.invitations if i.sender.name == "José Pérez")
    assert last.message == "Café € 5"


def test_utf8_then_a_stray_windows_byte_names_the_line(write) -> None:
    text = "From,To,Sent At,Message,Direction\n" + 'Zoë,O,"3/12/24, 7:00 PM",,INCOMING\n' * 10
    path = write("Invitations.csv", text.encode() + b'Jos\xe9,O,"3/12/24, 7:00 PM",,INCOMING\n')
    with pytest.raises(InputError, match="not UTF-8") as caught:
        read_sources([path])
    assert caught.value.line == 12 and caught.value.path == str(path)


def test_unknown_utf16_file_is_refused_clearly_and_ignored_inside_an_export(
    write, make_zip
) -> None:
    data = codecs.BOM_UTF16_LE + "Ad Name\tClicks\r\nSpring\t3\r\n".encode("utf-16-le")
    path = write("Ad_Targeting.csv", data)
    with pytest.raises(InputError) as caught:
        read_sources([path])
    assert str(caught.value).startswith(f"{path}: UTF-16 text with unknown columns")
    archive = make_zip("export.zip", {"Ad_Targeting.csv": data, "Invitations.csv": INVITATIONS_TSV})
    batch = read_sources([archive])
    note = " ".join(batch.files[0].notes)
    assert "Ad_Targeting.csv (UTF-16 text with unknown columns)" in note
    assert sum(f.kind == "invitations" for f in batch.files) == 1


def test_bytes_neither_utf8_nor_windows_1252_are_refused(write) -> None:
    path = write("Connections.csv", b"First Name,Last Name,Connected On\nA\x81,B,15-Jan-24\n")
    with pytest.raises(InputError, match="not UTF-8 text, nor Windows-1252"):
        read_sources([path], owner_name="O")
