"""One writer at a time: an inter-process file lock around every write transaction."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from linkvet.core.errors import LinkvetError


class StoreBusy(LinkvetError):
    """Another linkvet process holds the database's write lock for longer than we waited."""


class WriteLock:
    """Wraps filelock with a clear message; re-entrant within one process."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._lock = FileLock(str(path), mode=0o600)

    @contextmanager
    def hold(self) -> Iterator[None]:
        try:
            self._lock.acquire(timeout=self.timeout)
        except Timeout:
            raise StoreBusy(
                f"{self.path.parent}: the database is busy (another linkvet process is writing "
                f"to it); waited {self.timeout:g} s. Try again, or close the other linkvet."
            ) from None
        try:
            yield
        finally:
            self._lock.release()


def ensure_private_dir(path: Path) -> None:
    """Create the database directory readable by the owner only (an existing one is
    narrowed to it when it can be: on read-only media it is left as it is, for reading)."""
    if not path.is_dir():  # a read never asks an existing folder to be made
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        if path.stat().st_mode & 0o777 != 0o700:
            os.chmod(path, 0o700)
    except OSError:
        pass  # not ours to change, or a read-only file system: reads work all the same
