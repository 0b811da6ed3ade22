"""Two processes decide the same invitation: the later one's history event names the
earlier one's decision as `before` (and its undo says so), not the state it loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.triage.helpers import workspace


def test_a_decision_after_another_process_decided_names_its_decision(db: Path) -> None:
    ws = workspace(db)
    inv = ws.views(status="pending")[0].id
    assert ws.view(inv).state.decision == "pending"  # loaded before the other process
    other = subprocess.run(
        [sys.executable, "-m", "linkvet", "--db", str(db), "decide", inv, "accept"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert other.returncode == 0, other.stderr
    (event,) = ws.decide([inv], "decline")
    assert (event.before, event.after) == ("accept", "decline")
    (undone,) = ws.undo()
    assert undone.before == "accept"  # what `undo` prints: decline back to accept
    assert workspace(db).decisions()[inv] == "accept"
