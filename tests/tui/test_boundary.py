"""The error boundary with another *process* holding the database's write lock: the app
stays up, says what it waits for, writes nothing half-way, and the write goes through once
the lock is free (or is not made at all when the user stops waiting)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from linkvet.core.derived import derive
from linkvet.core.sample import sample_root
from linkvet.core.store import CorruptDatabase, Store
from linkvet.core.triage import Workspace
from linkvet.tui.app import LinkvetApp, make_app
from linkvet.tui.boundary import LOCK_STEP
from linkvet.tui.screens.importer import ImportScreen
from linkvet.tui.screens.triage import TriageScreen
from linkvet.tui.widgets.queue_table import QueueTable
from textual.pilot import Pilot
from textual.widgets import Footer

from tests.tui import fixtures as fixture
from tests.tui.conftest import fresh_states, ready
from tests.tui.fixtures import invitation, workspace
from tests.tui.test_triage import row_texts, text_of

SIZE = (120, 40)
SAMPLE = sample_root()
HOLD = """
import sys
from pathlib import Path
from linkvet.core.store import Store

store = Store(Path(sys.argv[1]))
with store.lock.hold():
    print("held", flush=True)
    sys.stdin.readline()  # until the test lets go (or its pipe closes)
"""


class Holder:
    """Another linkvet process that holds the write lock until `release()`."""

    def __init__(self, db: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("\n")
            self.process.stdin.close()
            self.process.wait(timeout=20)


@pytest.fixture
def holder(db: Path, ws: Workspace) -> Iterator[Holder]:
    """The lock held by another process (ws made the database first)."""
    held = Holder(db)
    try:
        yield held
    finally:
        held.release()


def messages(app: LinkvetApp) -> list[str]:
    return [n.message for n in app._notifications]


async def until(pilot: Pilot[object], done: object, seconds: float = 10.0) -> None:
    """Let the app run until `done()` is true (a worker waits in another thread)."""
    deadline = time.monotonic() + seconds
    while not done():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


def busy_text(app: LinkvetApp) -> str:
    busy = app.triage.query_one("#busy")
    return text_of(app, "#busy") if busy.display else ""


async def test_a_decision_waits_visibly_while_another_process_writes(
    ws: Workspace, db: Path, holder: Holder
) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        queue = app.screen.query_one("#queue", QueueTable)
        assert queue.current_id() == "i01"
        await pilot.press("a")
        await pilot.pause(3 * LOCK_STEP)
        # the app is up, says what it waits for, and nothing is written or shown yet
        assert isinstance(app.screen, TriageScreen) and app.is_running
        said = busy_text(app)
        assert "Waiting" in said and "another linkvet process" in said
        assert "accept for Alice Known" in said and "escape" in said
        busy, footer = app.triage.query_one("#busy"), app.triage.query_one(Footer)
        assert busy.region.height >= 1 and busy.region.bottom <= footer.region.y  # all of it
        assert "i01" not in fresh_states(db)
        assert "·" in row_texts(queue, "i01")[0]
        assert "0 of 8 decided" in text_of(app, "#status")
        # another decision meanwhile is refused with the reason, not queued behind it
        await pilot.press("j", "d")
        assert any("Still waiting for the database" in m for m in messages(app))
        holder.release()
        await until(pilot, lambda: not app.triage.writer.waiting)
        await pilot.pause()
        states = fresh_states(db)
        assert states["i01"].decision == "accept"
        assert [e.after for e in states["i01"].history] == ["accept"]
        assert "i02" not in states  # the refused decline was never made
        assert "✔" in row_texts(queue, "i01")[0]
        assert busy_text(app) == ""
        assert any("accept for Alice Known recorded" in m for m in messages(app))
        await pilot.press("d")  # the database is free: a decision is immediate again
        assert fresh_states(db)["i02"].decision == "decline"


async def test_escape_stops_the_wait_and_nothing_is_recorded(
    ws: Workspace, db: Path, holder: Holder
) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")  # take the advice
        await pilot.pause(3 * LOCK_STEP)
        assert app.triage.writer.waiting
        await pilot.press("escape")
        await until(pilot, lambda: not app.triage.writer.waiting)
        assert any("was not recorded" in m for m in messages(app))
        holder.release()
        await pilot.pause(10 * LOCK_STEP)  # a stopped write must not slip in later
        assert "i01" not in fresh_states(db)
        queue = app.screen.query_one("#queue", QueueTable)
        assert queue.current_id() == "i01" and "·" in row_texts(queue, "i01")[0]
        assert isinstance(app.screen, TriageScreen)


async def test_undo_and_ticks_wait_too(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("a")
        assert fresh_states(db)["i01"].decision == "accept"
        held = Holder(db)
        try:
            await pilot.press("u")
            await pilot.pause(3 * LOCK_STEP)
            assert "record the undo" in busy_text(app)
            assert fresh_states(db)["i01"].decision == "accept"  # not undone yet
        finally:
            held.release()
        await until(pilot, lambda: not app.triage.writer.waiting)
        assert fresh_states(db)["i01"].decision == "pending"


needs_sample = pytest.mark.skipif(
    not (SAMPLE / "lee-okafor").is_dir(), reason="sample_data/ not generated"
)


@asynccontextmanager
async def import_while_held(
    db: Path,
) -> AsyncIterator[tuple[Pilot[object], ImportScreen, Holder]]:
    """An empty database whose lock another process holds, and the import dialog waiting
    for it to import a sample export; the lock is released on the way out at the latest."""
    ws = workspace(db, empty=True)
    holder = Holder(db)
    app = make_app(ws)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot)
            await pilot.press("i")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ImportScreen)
            screen.query_one("#import-path").value = str(SAMPLE / "lee-okafor")  # type: ignore[attr-defined]
            await pilot.press("enter")
            await until(pilot, lambda: screen.phase == "waiting", seconds=30)
            yield pilot, screen, holder
    finally:
        holder.release()


def import_status(screen: ImportScreen) -> str:
    return screen.query_one("#import-status").render().plain  # type: ignore[attr-defined,no-any-return]


@needs_sample
async def test_an_import_waits_for_the_lock_then_goes_through(db: Path) -> None:
    before = Store(db).generation()
    async with import_while_held(db) as (pilot, screen, holder):
        app = pilot.app
        await pilot.pause(3 * LOCK_STEP)
        status = import_status(screen)
        assert "Waiting" in status and "another linkvet process" in status
        assert "escape" in status
        assert app.is_running and app.screen is screen
        assert Store(db).generation() == before  # nothing imported yet
        holder.release()
        await until(pilot, lambda: isinstance(app.screen, TriageScreen), seconds=60)
        await ready(pilot)
        assert Store(db).generation() != before
        queue = app.screen.query_one("#queue", QueueTable)
        assert queue.row_count == len(app.workspace.queue()) > 0  # type: ignore[attr-defined]


@needs_sample
async def test_an_import_stopped_while_waiting_imports_nothing(db: Path) -> None:
    before = Store(db).generation()
    async with import_while_held(db) as (pilot, screen, holder):
        await pilot.press("escape")  # while waiting: stops the import, keeps the dialog
        await until(pilot, lambda: not screen.running)
        assert "Import stopped: nothing was imported" in import_status(screen)
        assert pilot.app.screen is screen
        holder.release()
        await pilot.pause(10 * LOCK_STEP)
        assert Store(db).generation() == before and Store(db).is_empty()
        await pilot.press("escape")  # now it closes
        await pilot.pause()
        assert isinstance(pilot.app.screen, TriageScreen)


async def test_a_failed_write_is_a_notification_and_the_row_stays(
    ws: Workspace, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk while appending to the journal: said in one line, nothing shown."""

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device", str(db / "journal.jsonl"))

    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        monkeypatch.setattr(ws.store.journal, "append", full)
        await pilot.press("a")
        assert app.is_running and isinstance(app.screen, TriageScreen)
        assert any("No space left on device" in m for m in messages(app))
        queue = app.screen.query_one("#queue", QueueTable)
        assert queue.current_id() == "i01" and "·" in row_texts(queue, "i01")[0]
        assert "i01" not in fresh_states(db)


async def test_a_queue_that_cannot_be_read_is_said_not_a_crash(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> Iterator[object]:
        raise CorruptDatabase("db/invitations.json: damaged; run `linkvet repair`")

    monkeypatch.setattr(ws, "iter_queue", broken)
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.is_running
        assert "Could not read the invitations" in text_of(app, "#status")
        assert any("linkvet repair" in m for m in messages(app))


CLI_WRITERS = 20


def crowded_workspace(db: Path) -> tuple[Workspace, list[str]]:
    """The fixture database plus one invitation of its own for each CLI writer."""
    ws = workspace(db)
    extra = [
        invitation(f"c{k:02d}", f"Writer Number{k:02d}", 4 + k / 10) for k in range(CLI_WRITERS)
    ]
    every, talks, found = (
        [*fixture.invitations(), *extra],
        fixture.conversations(),
        fixture.matches(),
    )
    with ws.store.transaction():
        ws.store.save(invitations=every, derived=derive(every, talks, found, fixture.patterns()))
    return ws, [inv.id for inv in extra]


def cli_decide(db: Path, config: Path, inv_id: str, decision: str) -> subprocess.Popen[str]:
    """`linkvet decide` in a process of its own."""
    command = ["--db", str(db), "--config", str(config), "decide", inv_id, decision]
    return subprocess.Popen(
        [sys.executable, "-m", "linkvet", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


async def test_tui_decisions_hold_while_twenty_cli_processes_decide(
    db: Path, tmp_path: Path
) -> None:
    """Every decision acknowledged on either side is stored exactly once, with the value
    it had before; the app stays up and says nothing went wrong."""
    ws, cli_ids = crowded_workspace(db)
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        queue = app.screen.query_one("#queue", QueueTable)
        cli = [cli_decide(db, tmp_path / "none.toml", inv_id, "decline") for inv_id in cli_ids]
        # the TUI starts deciding once the writers are at it
        await until(pilot, lambda: set(fresh_states(db)) & set(cli_ids), seconds=60)
        shown: dict[str, str] = {}  # what the TUI acknowledged: row id -> decision
        for key, decision in [("a", "accept"), ("d", "decline")] * 2:
            for _ in range(queue.row_count):  # on to a row that is the TUI's own
                if queue.current_id() not in {*cli_ids, *shown}:
                    break
                await pilot.press("j")
            inv_id = queue.current_id()
            assert inv_id is not None
            await pilot.press(key)
            await until(pilot, lambda: not app.triage.writer.waiting, seconds=60)
            await pilot.pause()
            mark = "✔" if decision == "accept" else "✘"
            assert mark in row_texts(queue, inv_id)[0]
            shown[inv_id] = decision
            await pilot.pause(0.2)  # spread the keys over the writers' lifetime
        outcomes = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in cli]
        assert app.is_running and isinstance(app.screen, TriageScreen)
        assert not [n for n in app._notifications if n.severity == "error"]
    assert [err for rc, err in outcomes if rc != 0] == []
    acknowledged = shown | dict.fromkeys(cli_ids, "decline")
    assert len(acknowledged) == 4 + CLI_WRITERS
    states = fresh_states(db)
    events = [e for s in states.values() for e in s.history if e.kind == "decision"]
    assert sorted((e.invitation_id, e.before, e.after) for e in events) == sorted(
        (inv_id, "pending", decision) for inv_id, decision in acknowledged.items()
    )
    assert {inv_id: states[inv_id].decision for inv_id in acknowledged} == acknowledged
