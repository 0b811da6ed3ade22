"""The manifest of one generation: every file's size and SHA-256, written last (just before
CURRENT names the generation).

With it, damage of any kind (a file emptied, truncated, replaced by other JSON, deleted) is
found by one stat per file or by hashing bytes a command reads anyway, so a damaged table is
reported instead of being read as empty. Generations written before manifests existed have
none; they are checked by their shape alone (`core.store.shape`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import orjson
from linkvet.core.store.atomic import write_atomic
from linkvet.core.store.shape import damaged

MANIFEST = "MANIFEST"  # no .json suffix: never taken for a table file nor carried over
VERSION = 1


@dataclass(frozen=True, slots=True)
class Entry:
    """What one file of a generation was when it was written."""

    size: int
    sha256: str


def entry_of(payload: bytes) -> Entry:
    return Entry(len(payload), hashlib.sha256(payload).hexdigest())


def write_manifest(gen_dir: Path, entries: dict[str, Entry]) -> None:
    """Write the manifest of a generation (atomic, fsync'd)."""
    files = {name: [e.size, e.sha256] for name, e in sorted(entries.items())}
    write_atomic(gen_dir / MANIFEST, orjson.dumps({"version": VERSION, "files": files}))


def read_manifest(gen_dir: Path) -> dict[str, Entry] | None:
    """The manifest's entries; None for a generation written before manifests existed;
    CorruptDatabase when it is there but not one."""
    path = gen_dir / MANIFEST
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = orjson.loads(raw)
        files = data["files"]
        if data["version"] != VERSION or not isinstance(files, dict):
            raise ValueError
        return {str(n): Entry(int(v[0]), str(v[1])) for n, v in files.items()}
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, IndexError):
        raise damaged(path, "not a linkvet manifest") from None


def check_sizes(gen_dir: Path, entries: dict[str, Entry]) -> None:
    """One stat per listed file: CorruptDatabase naming the first file missing or not the
    size it was written with (cheap enough for every command)."""
    for name, entry in entries.items():
        path = gen_dir / name
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise damaged(path, "missing") from None
        if size != entry.size:
            raise damaged(path, f"{size} bytes, {entry.size} were written")


def check_bytes(path: Path, raw: bytes, entry: Entry) -> None:
    """The bytes read from a file are the ones written (CorruptDatabase otherwise)."""
    if len(raw) != entry.size:
        raise damaged(path, f"{len(raw)} bytes, {entry.size} were written")
    if hashlib.sha256(raw).hexdigest() != entry.sha256:
        raise damaged(path, "its content changed since it was written")


def check_file(path: Path, entry: Entry) -> bytes:
    """Re-read a file from disk and check it against its entry; its bytes."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise damaged(path, "missing") from None
    check_bytes(path, raw, entry)
    return raw
