"""Turning the paths a user gives into exports ("units"): a zip, a folder, or loose files.

Zips are read in place (never extracted) after safety checks on every entry: no absolute or
`..` paths, no symlinks, declared sizes and compression ratios within limits; and on the whole
archive: at most ZIP_ENTRIES entries, ZIP_TOTAL_BYTES unpacked and a ratio of ZIP_RATIO, so a
bomb of many small entries is refused before one is read. A zip inside the zip is never
opened (it is listed as ignored). The path `-`
is standard input: a CSV or vCard read as it streams, or a zip (spooled first, since a zip
is read from its end).
"""

from __future__ import annotations

import io
import re
import shutil
import sys
import tempfile
import zipfile
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from linkvet.core.importers.batch import InputError
from linkvet.core.importers.caps import (
    STDIN_ZIP_BYTES,
    ZIP_ENTRIES,
    ZIP_TOTAL_BYTES,
    size_text,
)
from linkvet.core.importers.streams import MAX_ENTRY_BYTES, MAX_RATIO, RATIO_SLACK, SourceFile

READABLE_SUFFIXES = (".csv", ".vcf", ".vcard")
STDIN = "-"
STDIN_LABEL = "<stdin>"
MAX_STDIN_ZIP_BYTES = STDIN_ZIP_BYTES  # a zip on stdin is spooled; LinkedIn's are far smaller
ZIP_MAGIC = b"PK\x03\x04"
_EXPORT_DATE = re.compile(r"(\d{2})-(\d{2})-(\d{4})")
_S_IFMT, _S_IFLNK = 0o170000, 0o120000


@dataclass(slots=True)
class Unit:
    """Files that belong to one export (one owner), plus files set aside with reasons."""

    label: str  # zip or folder path; "" for loose files given one by one
    bundle: bool  # zip or folder: unknown files are ignored instead of refused
    files: list[SourceFile] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    export_date: str | None = None  # from a `..._MM-DD-YYYY.zip` name


def export_date_from_name(name: str) -> str | None:
    """ISO date from `Basic_LinkedInDataExport_MM-DD-YYYY.zip`-style names, else None."""
    found = _EXPORT_DATE.search(name)
    if not found:
        return None
    month, day, year = (int(g) for g in found.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _unsafe(name: str) -> bool:
    parts = re.split(r"[/\\]", name)
    return (
        name.startswith(("/", "\\"))
        or bool(re.match(r"^[A-Za-z]:", name))
        or any(part == ".." for part in parts)
    )


def _zip_unit(path: Path | BinaryIO, stack: ExitStack, label: str | None = None) -> Unit:
    label = label or str(path)
    try:
        archive = stack.enter_context(zipfile.ZipFile(path))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as err:
        raise InputError(label, f"not a readable zip archive ({err})") from None
    _check_archive(label, infos)
    name = path.name if isinstance(path, Path) else ""
    unit = Unit(label, True, export_date=export_date_from_name(name))
    for info in infos:
        display = f"{label}!{info.filename}"
        if _unsafe(info.filename):
            raise InputError(display, "refused: absolute or '..' path inside the zip")
        if (info.external_attr >> 16) & _S_IFMT == _S_IFLNK:
            raise InputError(display, "refused: symbolic link inside the zip")
        if info.is_dir():
            continue
        if info.file_size > MAX_ENTRY_BYTES:
            raise InputError(
                display, f"refused: entry larger than {size_text(MAX_ENTRY_BYTES)} uncompressed"
            )
        if info.file_size > RATIO_SLACK and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(display, f"refused: compression ratio above {MAX_RATIO} (zip bomb?)")
        pure = PurePosixPath(info.filename.replace("\\", "/"))
        if pure.parts[0] == "__MACOSX" or pure.name.startswith("."):
            continue
        if pure.suffix.lower() not in READABLE_SUFFIXES:
            unit.ignored.append(f"{info.filename}")
            continue
        unit.files.append(
            SourceFile(
                display=display,
                name=pure.name,
                size=info.file_size,
                opener=lambda info=info: archive.open(info),  # type: ignore[misc,arg-type]
                compressed=info.compress_size,
            )
        )
    return unit


def _archive_caps() -> str:
    return (
        f"caps: {ZIP_ENTRIES:,} entries, {size_text(ZIP_TOTAL_BYTES)} unpacked, "
        f"ratio {MAX_RATIO} per zip"
    )


def _check_archive(label: str, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip over the whole-archive caps, from its directory alone (nothing is
    decompressed): too many entries, too many bytes unpacked, or too high a ratio overall."""
    if len(infos) > ZIP_ENTRIES:
        raise InputError(label, f"refused: {len(infos):,} entries ({_archive_caps()}; zip bomb?)")
    files = [info for info in infos if not info.is_dir()]
    unpacked = sum(info.file_size for info in files)
    packed = sum(info.compress_size for info in files)
    if unpacked > ZIP_TOTAL_BYTES:
        mib = f"{unpacked / (1 << 20):,.0f} MiB"
        raise InputError(label, f"refused: {mib} unpacked ({_archive_caps()}; zip bomb?)")
    if unpacked > RATIO_SLACK and unpacked > MAX_RATIO * max(packed, 1):
        raise InputError(
            label,
            f"refused: compression ratio {unpacked // max(packed, 1):,} overall "
            f"({_archive_caps()}; zip bomb?)",
        )


def _disk_file(path: Path) -> SourceFile:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise InputError(str(path), f"cannot read ({err.strerror or err})") from None
    return SourceFile(str(path), path.name, size, lambda: path.open("rb"))


def _folder_unit(path: Path) -> Unit:
    unit = Unit(str(path), True, export_date=export_date_from_name(path.name))
    try:
        top = sorted(path.iterdir())
        entries = [*top]
        for child in top:
            if child.is_dir() and not child.name.startswith("."):
                entries.extend(sorted(child.iterdir()))
    except OSError as err:
        raise InputError(str(path), f"cannot read folder ({err.strerror or err})") from None
    for entry in entries:
        if entry.name.startswith(".") or not entry.is_file():
            continue
        if entry.suffix.lower() not in READABLE_SUFFIXES:
            unit.ignored.append(str(entry.relative_to(path)))
            continue
        unit.files.append(_disk_file(entry))
    return unit


class _Borrowed(io.RawIOBase):
    """Standard input lent to one reader: closing the reader leaves stdin itself open.
    Past `cap` bytes (when set) it refuses to read on."""

    def __init__(self, inner: BinaryIO) -> None:
        super().__init__()
        self._inner, self._done = inner, 0
        self.cap: int | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer))
        self._done += len(data)
        if self.cap is not None and self._done > self.cap:
            raise InputError(
                STDIN_LABEL, f"refused: a zip larger than {size_text(self.cap)} (the stdin cap)"
            )
        buffer[: len(data)] = data
        return len(data)


def _stdin(stack: ExitStack) -> Unit | SourceFile:
    """Standard input: a zip export (spooled to a temporary file) or one loose file."""
    borrowed = _Borrowed(sys.stdin.buffer)
    stream: BinaryIO = io.BufferedReader(borrowed)  # type: ignore[assignment]
    if stream.peek(4)[:4] != ZIP_MAGIC:  # type: ignore[attr-defined]
        return SourceFile(STDIN_LABEL, "stdin", 0, lambda: stream)
    borrowed.cap = MAX_STDIN_ZIP_BYTES
    spool = stack.enter_context(tempfile.TemporaryFile())  # noqa: SIM115 (closed by the stack)
    shutil.copyfileobj(stream, spool, 1 << 20)
    spool.seek(0)
    return _zip_unit(spool, stack, STDIN_LABEL)


def expand(paths: list[Path], stack: ExitStack) -> list[Unit]:
    """Group `paths` into exports: each zip or folder is one; all loose files are one more
    (`-`, standard input, is a zip or a loose file by its content)."""
    units: list[Unit] = []
    loose = Unit("", False)
    if sum(str(p) == STDIN for p in paths) > 1:
        raise InputError(STDIN_LABEL, "standard input (-) given more than once")
    for path in paths:
        if str(path) == STDIN:
            got = _stdin(stack)
            if isinstance(got, Unit):
                units.append(got)
            else:
                loose.files.append(got)
        elif path.is_dir():
            units.append(_folder_unit(path))
        elif not path.exists():
            raise InputError(str(path), "no such file or folder")
        elif path.suffix.lower() == ".zip" or _is_zip(path):
            units.append(_zip_unit(path, stack))
        else:
            loose.files.append(_disk_file(path))
    if loose.files:
        units.append(loose)
    return units


def _is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False
