"""Fixtures for the TUI tests: a real Workspace over a fixture database in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from linkvet.core.store import Store
from linkvet.core.store.decisions import TriageState
from linkvet.core.triage import Workspace
from textual.pilot import Pilot

from tests.tui.fixtures import workspace


@pytest.fixture(autouse=True)
def no_system_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never reach the developer's real clipboard tools (tests/tui/test_clipboard.py
    puts the real lookup back, over fake tools on a PATH of its own)."""
    monkeypatch.setattr("linkvet.tui.clipboard.tools", lambda env=None, platform=None: [])
    monkeypatch.setattr("linkvet.tui.clipboard._pyperclip", lambda text: False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "db"


@pytest.fixture
def ws(db: Path) -> Workspace:
    return workspace(db)


def fresh_states(db: Path) -> dict[str, TriageState]:
    """What a brand-new process would read from the database now."""
    return Store(db).states()


async def ready(pilot: Pilot[object]) -> None:
    """Wait until the queue has loaded (thread worker) and the screen has settled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
