"""Start the TUI: `run_triage` on the user's database, `run_demo` on a throwaway copy.

Both print the app's one-line session summary after it exits. `run_demo(headless=True)`
runs the app without a screen, drives it with a few keys and quits: the installation check
CI runs from a built wheel.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from linkvet.core.sample import load_sample_data
from linkvet.core.triage import Workspace
from linkvet.tui import progress as progress_ui
from linkvet.tui.app import make_app


def run_triage(db: Path, config: Path | None) -> None:
    """Open the database at `db` (with the config file, if any) in the triage app."""
    _run(Workspace.open(db, config), demo=False)


def run_demo(headless: bool = False) -> None:
    """Load the bundled sample data into a fresh temporary database and open the app
    (`headless`: without a screen, driven by `smoke_keys`)."""
    folder = Path(tempfile.mkdtemp(prefix="linkvet-demo-"))
    try:
        workspace = Workspace.open(folder / "db")
        print("linkvet demo: loading the sample data into a temporary database…", flush=True)
        with progress_ui.reporter() as progress:
            load_sample_data(workspace, progress=progress)
        _run(workspace, demo=True, headless=headless)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


async def smoke_keys(pilot: Any) -> None:
    """Wait for the queue, move down twice, accept, undo, open and close help, quit.
    RuntimeError when the queue did not load or a key did not do its work."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    triage = pilot.app.triage
    if not (triage.loaded and triage.views):
        raise RuntimeError("the demo queue did not load")
    third = list(triage.views)[2]

    async def press(*keys: str) -> str:
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        return pilot.app.workspace.decisions().get(third, "pending")

    if await press("j", "j", "a") != "accept" or await press("u") != "pending":
        raise RuntimeError("a decision or its undo was not saved")
    await press("question_mark", "escape")
    print(f"linkvet demo: headless run, {len(triage.views)} invitations in the queue", flush=True)
    await pilot.press("q")


def _run(workspace: Workspace, demo: bool, headless: bool = False) -> None:
    app = make_app(workspace, demo=demo)
    summary = app.run(headless=True, auto_pilot=smoke_keys) if headless else app.run()
    if headless and app.return_code:
        raise RuntimeError(f"the headless demo failed (exit {app.return_code})")
    print(summary or app.session_summary())
