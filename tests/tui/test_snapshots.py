"""SVG snapshots of every screen state (frozen clock, cursor blink off, fixture data).

Update after a deliberate change with `pytest tests/tui --snapshot-update`, after checking
the report (snapshot_report.html, kept out of git).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from linkvet.tui.app import LinkvetApp, make_app
from linkvet.tui.widgets.queue_table import QueueTable
from textual.pilot import Pilot

from tests.tui.conftest import ready
from tests.tui.fixtures import workspace

Snap = Callable[..., bool]


def app_for(tmp_path: Path, empty: bool = False, theme: str | None = None) -> LinkvetApp:
    app = make_app(workspace(tmp_path / "db", empty=empty))
    app.cursor_blink = False
    if theme:
        app.theme = theme
    return app


def at_row(inv_id: str | None = None) -> Callable[[Pilot[Any]], Coroutine[Any, Any, None]]:
    """run_before: wait for the queue, optionally put the cursor on one invitation."""

    async def before(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        if inv_id:
            pilot.app.screen.query_one("#queue", QueueTable).go_to(inv_id)
            await pilot.pause()

    return before


def test_main_screen(snap_compare: Snap, tmp_path: Path) -> None:
    # the cursor sits on the sender named "[/] [bold]x \x1b[31m…": shown literally
    assert snap_compare(app_for(tmp_path), terminal_size=(130, 36), run_before=at_row("i04"))


def test_main_screen_80x24(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(app_for(tmp_path), terminal_size=(80, 24), run_before=at_row("i02"))


def test_main_screen_80x24_verdict_and_reasons(snap_compare: Snap, tmp_path: Path) -> None:
    # an "ask" with three reasons: the verdict, its confidence and two reasons are in sight
    assert snap_compare(app_for(tmp_path), terminal_size=(80, 24), run_before=at_row("i06"))


def test_main_screen_100x30(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(app_for(tmp_path), terminal_size=(100, 30), run_before=at_row("i06"))


def test_light_theme(snap_compare: Snap, tmp_path: Path) -> None:
    app = app_for(tmp_path, theme="textual-light")
    assert snap_compare(app, terminal_size=(130, 36), run_before=at_row("i07"))


def test_empty_database(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(app_for(tmp_path, empty=True), terminal_size=(110, 30), run_before=at_row())


def test_filter(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(
        app_for(tmp_path),
        press=["slash", *"rex", "enter"],
        terminal_size=(130, 36),
        run_before=at_row(),
    )


def test_ask_dialog(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(
        app_for(tmp_path), press=["w"], terminal_size=(120, 36), run_before=at_row("i06")
    )


def test_snooze_dialog(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(
        app_for(tmp_path), press=["s"], terminal_size=(120, 36), run_before=at_row()
    )


def test_lookup_dialog(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(
        app_for(tmp_path), press=["f"], terminal_size=(120, 36), run_before=at_row("i06")
    )


def test_import_dialog(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(
        app_for(tmp_path), press=["i"], terminal_size=(120, 36), run_before=at_row()
    )


def test_help(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(
        app_for(tmp_path), press=["question_mark"], terminal_size=(120, 50), run_before=at_row()
    )


def test_stats(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(
        app_for(tmp_path),
        press=["t", "tab", "down"],
        terminal_size=(120, 40),
        run_before=at_row(),
    )
