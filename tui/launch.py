"""Start the TUI: `run_triage` on the user's database, `run_demo` on a throwaway copy.

Both print the app's one-line session summary after it exits.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from linkvet.core.sample import load_sample_data
from linkvet.core.triage import Workspace
from linkvet.tui import progress as progress_ui
from linkvet.tui.app import make_app


def run_triage(db: Path, config: Path | None) -> None:
    """Open the database at `db` (with the config file, if any) in the triage app."""
    _run(Workspace.open(db, config), demo=False)


def run_demo() -> None:
    """Load the bundled sample data into a fresh temporary database and open the app."""
    folder = Path(tempfile.mkdtemp(prefix="linkvet-demo-"))
    try:
        workspace = Workspace.open(folder / "db")
        print("linkvet demo: loading the sample data into a temporary database…", flush=True)
        with progress_ui.reporter() as progress:
            load_sample_data(workspace, progress=progress)
        _run(workspace, demo=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(workspace: Workspace, demo: bool) -> None:
    app = make_app(workspace, demo=demo)
    summary = app.run()
    print(summary or app.session_summary())
