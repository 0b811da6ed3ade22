"""Hostile input, property-based: any bytes give a batch or one clean InputError line.

Never a traceback, never a hang; huge fields and NUL bytes are refused or skipped.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from linkvet.core.importers import read_sources
from linkvet.core.importers.batch import ImportBatch, InputError

from . import data

SEEDS = [
    data.CONNECTIONS_2024,
    data.INVITATIONS_2024,
    data.INVITATIONS_URN,
    data.MESSAGES_2026,
    data.MESSAGES_2018,
    data.CONTACTS_2023,
    data.GOOGLE_NEW,
    data.OUTLOOK,
    data.VCARD3,
    data.GENERIC,
]
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _import_bytes(name: str, payload: bytes, kind: str | None = None) -> ImportBatch | InputError:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(payload)
        try:
            return read_sources([path], kind=kind, owner_name="Olivia Owner")
        except InputError as err:
            message = str(err)
            assert "\n" not in message and str(path) in message
            return err


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(payload: bytes) -> None:
    result = _import_bytes("random.csv", payload)
    assert isinstance(result, ImportBatch | InputError)


@FUZZ
@given(
    seed=st.sampled_from(SEEDS),
    cuts=st.lists(st.tuples(st.integers(0, 4000), st.binary(max_size=8)), max_size=6),
)
def test_mutated_real_format_files_never_crash(seed: str, cuts: list[tuple[int, bytes]]) -> None:
    raw = bytearray(seed.encode("utf-8"))
    for position, insert in cuts:
        at = position % (len(raw) + 1)
        raw[at : at + len(insert)] = insert  # overwrite bytes in place: quotes, NULs, junk
    name = "contacts.vcf" if seed.startswith("BEGIN:VCARD") else "file.csv"
    result = _import_bytes(name, bytes(raw))
    assert isinstance(result, ImportBatch | InputError)


@FUZZ
@given(st.text(alphabet=st.sampled_from('",\n\r;\x00ab '), max_size=300))
def test_quote_and_separator_soup_never_crashes(body: str) -> None:
    payload = ("From,To,Sent At,Message,Direction\n" + body).encode("utf-8")
    result = _import_bytes("Invitations.csv", payload)
    assert isinstance(result, ImportBatch | InputError)


def test_huge_field_is_a_row_problem_not_a_crash(tmp_path: Path) -> None:
    huge = "x" * (2 * 1024 * 1024)
    text = (
        "From,To,Sent At,Message,Direction\n"
        f'Ada Lovelace,Olivia Owner,"2/8/24, 7:00 PM",{huge},INCOMING\n'
        'Bob Ross,Olivia Owner,"2/9/24, 7:00 PM",hi,INCOMING\n'
    )
    path = tmp_path / "Invitations.csv"
    path.write_text(text, encoding="utf-8")
    batch = read_sources([path])
    names = [i.sender.name for i in batch.invitations]
    assert names == ["Bob Ross"]
    assert batch.files[0].problems and batch.files[0].problems[0].line == 2


def test_many_rows_stream_without_loading_everything(tmp_path: Path) -> None:
    """100,000 rows (2 MB) import in bounded memory: streamed, not slurped.
    (bench/run.py does the same with a million rows.)"""
    import tracemalloc

    path = tmp_path / "Connections.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
        for _ in range(100_000):
            handle.write(",,,,,,08 Feb 2024\n")  # hidden members: read and counted, not kept
    tracemalloc.start()
    batch = read_sources([path], owner_name="Olivia Owner")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert batch.files[0].rows_read == 100_000
    assert batch.contacts == []
    assert peak < 16 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"


def test_zip_with_traversal_entry_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "export.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("Invitations.csv", data.INVITATIONS_2024)
        archive.writestr("../../evil.csv", "x")
    try:
        read_sources([target])
    except InputError as err:
        assert "export.zip" in str(err) and "\n" not in str(err)
    else:
        raise AssertionError("a traversal entry must be refused")
    assert not (tmp_path.parent / "evil.csv").exists()


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", b"First Name,Last Name\n" + b"a" * (40 * 1024 * 1024))
    target = tmp_path / "bomb.zip"
    target.write_bytes(buffer.getvalue())
    try:
        read_sources([target], owner_name="Olivia Owner")
    except InputError as err:
        assert "bomb.zip" in str(err)
    else:
        raise AssertionError("a 40 MB entry compressed over 100x must be refused")
