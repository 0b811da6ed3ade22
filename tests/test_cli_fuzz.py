"""`linkvet import` fuzzed end to end (CLI, read, merge, analysis, store): random bytes, random
CSV structures and random unicode in every column of real LinkedIn formats.

Whatever the input: no traceback, exit 0 or a one-line refusal naming the file, and a refused
import leaves the database exactly as it was (every file, the generation pointer included).
Each example runs against a copy of a small database that already holds an export.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from linkvet.core.importers.kinds import KINDS
from linkvet.tui.cli import app
from typer.testing import CliRunner

from tests.importers import data

# generous "finishes at all" guard per example (each takes ~20-40 ms); speed is in bench/
FUZZ = settings(
    max_examples=250,
    deadline=timedelta(seconds=30),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# (file name, a real export of that format): the header is its first line with a comma
FORMATS = [
    ("Invitations.csv", data.INVITATIONS_2024),
    ("Invitations.csv", data.INVITATIONS_URN),
    ("Connections.csv", data.CONNECTIONS_2024),
    ("messages.csv", data.MESSAGES_2026),
    ("messages.csv", data.MESSAGES_2018),
    ("Contacts.csv", data.CONTACTS_2023),
    ("ImportedContacts.csv", data.IMPORTED_2026),
    ("google.csv", data.GOOGLE_NEW),
    ("outlook.csv", data.OUTLOOK),
    ("received.csv", data.GENERIC),
    ("Profile.csv", data.PROFILE),
]
# No lone surrogates (they cannot be written to a file); spelt without `exclude_categories`,
# which the floor version of hypothesis does not have.
ANY_TEXT = st.text(st.characters().filter(lambda c: not "\ud800" <= c <= "\udfff"), max_size=40)


def _header(text: str) -> list[str]:
    line = next(ln for ln in text.splitlines() if "," in ln and not ln.startswith('"When'))
    return next(csv.reader([line]))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding one small export of Olivia Owner's."""
    export = tmp_path_factory.mktemp("export")
    for name, text in (
        ("Invitations.csv", data.INVITATIONS_2024),
        ("Connections.csv", data.CONNECTIONS_2024),
        ("Profile.csv", data.PROFILE),
    ):
        (export / name).write_text(text, encoding="utf-8")
    db = tmp_path_factory.mktemp("seeded") / "db"
    result = CliRunner().invoke(app, ["--db", str(db), "import", str(export)])
    assert result.exit_code == 0, result.output
    return db


def _snapshot(db: Path) -> dict[str, str]:
    """Every file of the database (the lock file aside) with a hash of its content."""
    return {
        str(p.relative_to(db)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(db.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


def _import(seeded: Path, work: Path, name: str, payload: bytes, kind: str | None) -> None:
    """Import `payload` as file `name` into a copy of the seeded database and check the
    outcome: success, or a one-line refusal that changed nothing."""
    if work.exists():
        shutil.rmtree(work)
    db = work / "db"
    shutil.copytree(seeded, db)
    path = work / name
    path.write_bytes(payload)
    before = _snapshot(db)
    args = ["--db", str(db), "import", str(path), "--owner", "Olivia Owner"]
    if kind is not None:
        args += ["--kind", kind]
    result = CliRunner().invoke(app, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback: the failure this test is for
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    if result.exit_code == 0:
        event("imported" if "row" in result.stdout.split(":")[0] else "imported nothing")
        assert result.stdout.startswith(("Imported", "Nothing")), result.stdout
        return
    if result.exit_code == 1 and result.stdout.startswith("Nothing imported"):
        event("held back (bad rows, no --skip-bad-rows)")  # the summary says what and where
        assert _snapshot(db) == before, "a held-back import changed the database"
        return
    event(f"refused (exit {result.exit_code})")
    assert result.exit_code in (1, 2), (result.exit_code, output)
    error = result.stderr.strip().splitlines()
    assert len(error) == 1 and str(path) in error[0], result.stderr
    assert _snapshot(db) == before, "a refused import changed the database"


KIND = st.sampled_from([None, *KINDS])


@FUZZ
@given(
    name=st.sampled_from(["Invitations.csv", "Connections.csv", "contacts.vcf", "x.csv"]),
    head=st.sampled_from([b"", *(",".join(_header(t)).encode() + b"\n" for _, t in FORMATS)]),
    payload=st.binary(max_size=3000),
    kind=KIND,
)
def test_random_bytes(
    seeded: Path, tmp_path: Path, name: str, head: bytes, payload: bytes, kind
) -> None:
    """Random bytes, alone or after a real header (so that they reach the row parsers)."""
    _import(seeded, tmp_path / "w", name, head + payload, kind)


@st.composite
def csv_structures(draw: st.DrawFn) -> tuple[str, bytes]:
    """A real header with columns dropped, repeated or shuffled, ragged rows of any text,
    any delimiter and quoting, in UTF-8, UTF-8 with a BOM or UTF-16."""
    name, text = draw(st.sampled_from(FORMATS))
    header = _header(text)
    columns = draw(st.lists(st.sampled_from(header), min_size=1, max_size=len(header) + 2))
    if draw(st.booleans()):
        columns = header  # the exact header: rows then reach the parsers
    width = len(columns)
    rows = draw(st.lists(st.lists(ANY_TEXT, max_size=width + 2), max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONE]))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, escapechar="\\")
    for row in [columns, *rows]:
        try:
            writer.writerow(row)
        except csv.Error:  # QUOTE_NONE cannot write this row: write it raw, unescaped
            out.write(delimiter.join(row) + "\n")
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
    return name, out.getvalue().encode(encoding)


@FUZZ
@given(made=csv_structures(), kind=KIND)
def test_random_csv_structures(seeded: Path, tmp_path: Path, made, kind) -> None:
    name, payload = made
    _import(seeded, tmp_path / "w", name, payload, kind)


@st.composite
def unicode_rows(draw: st.DrawFn) -> tuple[str, bytes]:
    """A real LinkedIn format, header as exported, every column of every row random unicode
    (controls, escapes, bidi, combining marks, other scripts), sometimes a real row too."""
    name, text = draw(st.sampled_from(FORMATS))
    header = _header(text)
    rows = draw(st.lists(st.lists(ANY_TEXT, min_size=len(header), max_size=len(header)),
                         min_size=1, max_size=6))  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    body = out.getvalue()
    if draw(st.booleans()):
        body += text.split("\n", text.count("\n") - 1)[-1]  # the last real row
    return name, body.encode("utf-8")


@FUZZ
@given(made=unicode_rows())
def test_random_unicode_in_every_column(seeded: Path, tmp_path: Path, made) -> None:
    name, payload = made
    _import(seeded, tmp_path / "w", name, payload, None)
