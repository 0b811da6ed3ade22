"""The bundled sample data is reproducible and has the planted shape the features rely on.

Reads the files with a tiny independent CSV reader (not core.importers), so a bug in the
importers cannot hide a bug in the sample data.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote

from linkvet.sample_data import generate as generator
from linkvet.sample_data import synth

from bench import generate_scale
from tests.conftest import SAMPLE

OWNERS = ("dana-whitfield", "lee-okafor", "priya-raman")
SENT_AT = re.compile(r"^\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AP]M$")


def _generated_files(folder: Path) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and p.suffix in (".csv", ".vcf", ".json")
    )


def _rows(path: Path, header_start: str) -> list[dict[str, str]]:
    """Rows of a CSV whose header line starts with `header_start` (BOM, `;`, preamble ok)."""
    text = path.read_bytes().decode("utf-8-sig")
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    sep = ";" if lines[start].count(";") > lines[start].count(",") else ","
    return list(csv.DictReader(io.StringIO("".join(lines[start:])), delimiter=sep))


def _slug(url: str) -> str:
    url = (url or "").strip()
    prefix = "https://www.linkedin.com/in/"
    if not url.startswith(prefix):
        return ""
    return unquote(url[len(prefix) :]).split("?")[0].rstrip("/").casefold()


def _pending(owner: str, root: Path = SAMPLE) -> list[dict[str, str]]:
    conns = _rows(root / owner / "Connections.csv", "First Name")
    slugs = {_slug(r["URL"]) for r in conns if r.get("URL")}
    names = {f"{r['First Name']} {r['Last Name']}" for r in conns if r["First Name"]}
    out = []
    for r in _rows(root / owner / "Invitations.csv", "From"):
        if r["Direction"] != "INCOMING":
            continue
        slug = _slug(r["inviterProfileUrl"])
        known = slug in slugs if slug else r["From"] in names
        if not known:
            out.append(r)
    return out


def test_regenerating_reproduces_the_committed_files(tmp_path: Path) -> None:
    generator.generate(tmp_path / "a")
    generator.generate(tmp_path / "b")
    committed = _generated_files(SAMPLE)
    assert _generated_files(tmp_path / "a") == committed
    for name in committed:
        fresh = (tmp_path / "a" / name).read_bytes()
        assert fresh == (tmp_path / "b" / name).read_bytes(), f"{name} differs between runs"
        assert fresh == (SAMPLE / name).read_bytes(), f"{name} is stale: run generate.py"


def test_pending_and_row_counts_are_in_range() -> None:
    pending = {o: len(_pending(o)) for o in OWNERS}
    total_rows = sum(len(_rows(SAMPLE / o / "Invitations.csv", "From")) for o in OWNERS)
    assert 150 <= sum(pending.values()) <= 300, pending
    assert 250 <= total_rows <= 450
    for owner in OWNERS:
        incoming = [
            r
            for r in _rows(SAMPLE / owner / "Invitations.csv", "From")
            if r["Direction"] == "INCOMING"
        ]
        assert len(incoming) - pending[owner] > pending[owner]  # most already accepted
        assert len(_rows(SAMPLE / owner / "Connections.csv", "First Name")) >= 300


def test_manifest_counts_match_files_and_every_sender_appears() -> None:
    manifest = json.loads((SAMPLE / "manifest.json").read_text(encoding="utf-8"))
    by_folder = {o["folder"]: o for o in manifest["owners"]}
    senders: set[str] = set()
    for owner in OWNERS:
        assert by_folder[owner]["counts"]["pending_incoming"] == len(_pending(owner))
        senders |= {r["From"] for r in _rows(SAMPLE / owner / "Invitations.csv", "From")}
    expected_kinds = {
        "known",
        "decline",
        "accept",
        "fanout",
        "template",
        "campaign",
        "lion",
        "rapport",
        "duplicate_profile",
        "homonym",
        "echo",
    }
    assert expected_kinds <= {c["expected"] for c in manifest["cases"]}
    for case in manifest["cases"]:
        for name in case["senders"]:
            assert name in senders, (case["id"], name)


def test_unmodified_files_keep_linkedin_formatting() -> None:
    for owner in ("dana-whitfield", "lee-okafor"):
        raw = (SAMPLE / owner / "Invitations.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw
        for line in raw.decode("utf-8").splitlines()[1:]:
            assert re.search(r',"\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AP]M",', line), line
        for r in _rows(SAMPLE / owner / "Invitations.csv", "From"):
            assert SENT_AT.match(r["Sent At"])
            assert len(r["Message"]) <= 300 and "\n" not in r["Message"]
        conn = (SAMPLE / owner / "Connections.csv").read_text(encoding="utf-8").split("\n")
        assert conn[0] == "Notes:" and conn[2] == "" and conn[3].startswith("First Name,")
        msgs = (SAMPLE / owner / "messages.csv").read_text(encoding="utf-8")
        assert msgs.startswith('"CONVERSATION ID","CONVERSATION TITLE","FROM"')


def test_excel_resave_has_excel_quirks() -> None:
    raw = (SAMPLE / "priya-raman" / "Connections.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfNotes:;") and b"\r\n" in raw
    rows = _rows(SAMPLE / "priya-raman" / "Connections.csv", "First Name")
    assert all(re.fullmatch(r"\d{1,2}-[A-Z][a-z]{2}-\d{2}", r["Connected On"]) for r in rows)


def test_no_real_names_copied(realworld: Path) -> None:
    real_names = set()
    for path in realworld.glob("*Invitations.csv"):
        for r in _rows(path, "From"):
            real_names |= {r["From"].strip(), r["To"].strip()}
    ours = set()
    for owner in OWNERS:
        for r in _rows(SAMPLE / owner / "Invitations.csv", "From"):
            ours |= {r["From"].strip(), r["To"].strip()}
    assert not (real_names & ours)


def test_scale_generator_hits_requested_sizes_deterministically(tmp_path: Path) -> None:
    sizes = {"owners": 5, "connections": 600, "pending": 300, "messages": 500, "address_book": 120}
    result = generate_scale.generate(tmp_path / "a", seed=3, **sizes)
    generate_scale.generate(tmp_path / "b", seed=3, **sizes)
    folders = [Path(p) for p in result["paths"]["owners"]]
    assert len(folders) == 5
    assert sum(len(_pending(f.name, tmp_path / "a")) for f in folders) == 300
    first = folders[0]
    assert len(_rows(first / "Connections.csv", "First Name")) == 600
    assert len(_rows(first / "messages.csv", '"CONVERSATION ID"')) == 500
    book = Path(result["paths"]["address_book"]).read_text(encoding="utf-8")
    assert book.count("BEGIN:VCARD") == 120
    assert result["counts"]["fanout_rows"] > 0 and result["counts"]["known_senders"] > 0
    for path in (tmp_path / "a").rglob("*.*"):
        twin = tmp_path / "b" / path.relative_to(tmp_path / "a")
        assert path.read_bytes() == twin.read_bytes(), path


def test_shared_name_styling_helpers() -> None:
    """synth's accent stripping and bold letters, used by the scale and matching generators."""
    assert synth.strip_accents("Zoë Martínez, Nguyễn Văn An") == "Zoe Martinez, Nguyen Van An"
    assert synth.strip_accents("ZOË") == "ZOE"  # case kept
    assert synth.math_bold("Sarah Kim-2") == "𝐒𝐚𝐫𝐚𝐡 𝐊𝐢𝐦-2"
    assert unicodedata.normalize("NFKC", synth.math_bold("Sarah Kim")) == "Sarah Kim"
