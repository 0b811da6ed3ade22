"""Fixtures for tests/triage: the sample team imported once per session, copied per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.triage.helpers import build_sample, copy_db


@pytest.fixture(scope="session")
def team_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three sample owners' exports (no address books), imported once."""
    db = tmp_path_factory.mktemp("team") / "db"
    build_sample(db, full=False)
    return db


@pytest.fixture
def db(team_db: Path, tmp_path: Path) -> Path:
    """A private copy of the sample team database."""
    return copy_db(team_db, tmp_path / "db")
