"""Import dialog (thread worker with progress), the action-list key, and the sample data."""

from __future__ import annotations

from pathlib import Path

import pytest
from linkvet.core.sample import load_sample_data, sample_root
from linkvet.tui.app import make_app
from linkvet.tui.screens.importer import ImportScreen, complete_path
from linkvet.tui.screens.triage import TriageScreen
from linkvet.tui.widgets.queue_table import QueueTable

from tests.tui.conftest import fresh_states, ready
from tests.tui.fixtures import workspace

SAMPLE = sample_root()
needs_sample = pytest.mark.skipif(
    not (SAMPLE / "lee-okafor").is_dir(), reason="sample_data/ not generated"
)


def test_path_completion(tmp_path: Path) -> None:
    (tmp_path / "exports").mkdir()
    (tmp_path / "export.zip").write_text("x")
    assert complete_path(str(tmp_path / "exp")) == str(tmp_path / "export.zip")
    assert complete_path(str(tmp_path / "exports")) == str(tmp_path / "exports") + "/"
    assert complete_path(str(tmp_path / "exports") + "/") is None  # empty folder
    assert complete_path(str(tmp_path / "export.zip")) is None  # already complete
    assert complete_path(str(tmp_path / "nothing")) is None


@needs_sample
async def test_import_from_empty_database_fills_the_queue(db: Path) -> None:
    ws = workspace(db, empty=True)
    app = make_app(ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        box = app.screen.query_one("#import-path")
        box.value = str(SAMPLE / "lee-okaf")  # type: ignore[attr-defined]
        await pilot.press("tab")  # completes the folder name
        assert box.value == str(SAMPLE / "lee-okafor") + "/"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await ready(pilot)
        assert isinstance(app.screen, TriageScreen)
        queue = app.screen.query_one("#queue", QueueTable)
        assert app.screen.query_one("#switcher").current == "main"  # type: ignore[attr-defined]
        assert queue.row_count == len(ws.queue()) > 0
        await pilot.press("a")
        first = queue.visible_ids()[0]
        assert fresh_states(db)[first].decision == "accept"


async def test_import_of_missing_path_shows_error_and_stays(db: Path) -> None:
    ws = workspace(db, empty=True)
    app = make_app(ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#import-path").value = "/no/such/[bold]file"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        status = app.screen.query_one("#import-status").render()
        assert "/no/such/[bold]file: no such file or folder" in status.plain  # type: ignore[attr-defined]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TriageScreen)
        assert ws.store.is_empty()


async def test_action_list_key_follows_core_export(db: Path) -> None:
    ws = workspace(db)
    app = make_app(ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert app.screen.check_action("write_actions", ()) is True
        await pilot.press("x")
        await pilot.pause()
        box = app.screen.query_one("#actions-path")
        box.value = str(db.parent / "actions.txt")  # type: ignore[attr-defined]
        await pilot.press("enter")  # no format for .txt: said in the dialog, no crash
        await pilot.pause()
        assert ".md, .csv, .json or .html" in str(
            app.screen.query_one("#prompt-error").render()  # type: ignore[attr-defined]
        )
        assert not (db.parent / "actions.txt").exists()
        out = db.parent / "actions.md"
        app.screen.query_one("#actions-path").value = str(out)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert out.exists() and out.stat().st_size > 0


@needs_sample
async def test_sample_data_team_mode(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "db", empty=True)
    load_sample_data(ws)
    queue_ids = [v.id for v in ws.queue()]
    app = make_app(ws, demo=True)
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        queue = app.screen.query_one("#queue", QueueTable)
        assert queue.visible_ids() == queue_ids
        assert "owner" in [str(c.key.value) for c in queue.ordered_columns]  # team mode
        assert app.title == "linkvet demo"
        await pilot.press("space", "space", "space", "d")
        states = fresh_states(tmp_path / "db")
        assert sum(1 for s in states.values() if s.decision == "decline") == 3
        await pilot.press("u")
        states = fresh_states(tmp_path / "db")
        assert all(s.decision == "pending" for s in states.values())
        await pilot.press("q")
    assert app.return_value is not None and "decided 0 this session" in app.return_value


@needs_sample
async def test_import_dialog_takes_a_team_bundle_like_the_cli(db: Path, tmp_path: Path) -> None:
    """`i` with a colleague's bundle goes through the CLI's call (Workspace.read_import):
    the invitations arrive and the colleague's decisions are journalled under their name
    (the dialog used to read the bundle as an export and refuse it: "unknown columns")."""
    from linkvet.core.config import Config
    from linkvet.core.store import Store
    from linkvet.core.triage import Workspace
    from linkvet.core.triage.bundle import write_bundle

    colleague = Workspace(Store(tmp_path / "colleague"), Config())
    colleague.import_paths([SAMPLE / "lee-okafor"])
    pending = [v.id for v in colleague.views(status="pending")][:3]
    colleague.decide(pending[:2], "decline")
    colleague.decide(pending[2:], "accept")
    bundle = tmp_path / "from-lee.json"  # told by content, whatever the name
    write_bundle(colleague, bundle)

    ws = workspace(db, empty=True)
    app = make_app(ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#import-path").value = str(bundle)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await ready(pilot)
        assert isinstance(app.screen, TriageScreen)
        assert app.screen.query_one("#queue", QueueTable).row_count > 0
    states = fresh_states(db)
    assert {i: states[i].decision for i in pending} == {
        pending[0]: "decline",
        pending[1]: "decline",
        pending[2]: "accept",
    }
    assert {states[i].history[-1].who for i in pending} == {"Lee Okafor"}
