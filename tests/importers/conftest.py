"""Fixtures for importer tests: write synthetic files and build zips in tmp_path."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

REALWORLD = Path(__file__).parents[2] / ".." / "shared" / "realworld"


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write(name, text_or_bytes, encoding="utf-8") -> path of the new file."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode(encoding)
        path.write_bytes(data)
        return path

    return _write


@pytest.fixture
def make_zip(tmp_path: Path) -> Callable[..., Path]:
    """make_zip(name, {entry: text_or_bytes}) -> path of a deflated zip."""

    def _make(name: str, entries: dict[str, str | bytes]) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for entry, content in entries.items():
                archive.writestr(entry, content)
        return path

    return _make


@pytest.fixture
def realworld() -> Path:
    """The shared real export files, or skip when they are not present."""
    if not REALWORLD.is_dir():
        pytest.skip("../shared/realworld not present")
    return REALWORLD
