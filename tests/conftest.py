"""Shared fixtures: paths to the bundled sample data and the read-only real exports."""

from __future__ import annotations

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
