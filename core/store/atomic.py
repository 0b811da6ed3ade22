"""TinyDB storage that replaces its file atomically (temp file + fsync + rename), owner-only.

Stock `JSONStorage` rewrites in place and can leave a torn file after a crash; this one
never exposes a partial write: readers see the old or the new file, nothing in between.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from linkvet.core.errors import LinkvetError
from linkvet.core.files import fsync_dir, replace_file
from tinydb.storages import Storage

__all__ = ["AtomicJSONStorage", "CorruptDatabase", "fsync_dir", "read_json", "write_atomic"]


class CorruptDatabase(LinkvetError):
    """A database file exists but cannot be parsed (truncated, edited, not ours)."""


def write_atomic(path: Path, payload: bytes) -> None:
    """Write `payload` to `path` so that a crash leaves either the old or the new content
    (file and directory fsync'd: durable on return); database files are owner-only."""
    replace_file(path, payload, mode=0o600)


def read_json(path: Path) -> Any | None:
    """Parse a JSON file; None when missing or empty; CorruptDatabase when unparsable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    if not raw.strip():
        return None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise CorruptDatabase(f"{path}: not valid JSON ({exc})") from None


class AtomicJSONStorage(Storage):
    """TinyDB storage: orjson, whole-file atomic replace, mode 0600."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        return read_json(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        payload = orjson.dumps(data)  # fails before the disk is touched
        write_atomic(self.path, payload)

    def close(self) -> None:
        return None
