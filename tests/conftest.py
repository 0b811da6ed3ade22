"""Shared fixtures: paths to the bundled sample data and the read-only real exports."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data"
REALWORLD = ROOT.parent / "shared" / "realworld"


@pytest.fixture
def realworld() -> Path:
    """../shared/realworld (real people's files: read in place, never copied)."""
    if not REALWORLD.is_dir():
        pytest.skip("../shared/realworld is not present")
    return REALWORLD


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests never read or write the user's real database or config."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LINKVET_DB", str(home / "db"))
    monkeypatch.setenv("LINKVET_CONFIG", str(home / "config.toml"))


class FullDisk:
    """`os.write` that runs out of space: after `after(n)`, the first n bytes go through and
    every later write fails with ENOSPC, as on a full disk (stdout and stderr never fail)."""

    def __init__(self) -> None:
        self.limit: int | None = None
        self.written = 0
        self.failed = False
        self._real = os.write

    def after(self, limit: int) -> None:
        self.limit, self.written = limit, 0

    def write(self, fd: int, data: bytes | memoryview) -> int:
        if self.limit is None or fd in (1, 2):
            return self._real(fd, data)
        room = self.limit - self.written
        if room <= 0:
            self.failed = True
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        done = self._real(fd, bytes(data[:room]))
        self.written += done
        return done


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[FullDisk]:
    """A disk that fills up once `full_disk.after(n)` is called (see FullDisk)."""
    disk = FullDisk()
    monkeypatch.setattr(os, "write", disk.write)
    yield disk
