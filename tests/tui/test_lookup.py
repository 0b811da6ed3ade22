"""Pilot tests of find (`f`): rows per person with owner and source, Enter shows the person and
the invitations from them, `l` links the current invitation's sender, `u` undoes it."""

from __future__ import annotations

from pathlib import Path

from linkvet.core.triage import Workspace
from linkvet.tui.app import make_app
from linkvet.tui.screens.lookup import LookupScreen, PersonScreen
from linkvet.tui.screens.triage import TriageScreen
from linkvet.tui.widgets.queue_table import QueueTable
from textual.widgets import DataTable, Input, Static

from tests.tui.conftest import fresh_states, ready

SIZE = (120, 40)


def cells(table: DataTable, row: int) -> list[str]:  # type: ignore[type-arg]
    return [c.plain for c in table.get_row_at(row)]


async def test_rows_name_owner_and_source_and_enter_shows_the_person(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, LookupScreen)
        box = app.screen.query_one("#lookup-q", Input)
        assert box.value == "Alice Known"
        table = app.screen.query_one("#lookup-results", DataTable)
        first = cells(table, 0)
        assert first[1] == "Alice Known" and first[3] == "Dana Whitfield"
        assert first[4] == "connection"
        await pilot.press("enter", "enter")  # to the results, then open the first row
        await pilot.pause()
        assert isinstance(app.screen, PersonScreen)
        details = str(app.screen.query_one("#person-details", Static).content)
        assert "https://www.linkedin.com/in/alice-known" in details
        invitations = app.screen.query_one("#person-invitations", DataTable)
        assert cells(invitations, 0)[0] == "i01"  # the invitation from Alice
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LookupScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TriageScreen)


async def test_linking_a_sender_is_kept_shown_and_undone(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        queue = app.screen.query_one("#queue", QueueTable)
        queue.go_to("i06")  # Bob Plain: nobody known
        await pilot.pause()
        assert "K" not in [c.plain for c in queue.get_row("i06")]
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#lookup-q", Input).value = ""
        await pilot.press(*"Robert Smith")
        await pilot.pause()
        table = app.screen.query_one("#lookup-results", DataTable)
        assert cells(table, 0)[1] == "Robert Smith"
        await pilot.press("enter", "enter")
        await pilot.pause()
        hint = str(app.screen.query_one("#person-hint", Static).content)
        assert hint.startswith("l: Bob Plain is Robert Smith")
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, TriageScreen)
        assert fresh_states(db)["i06"].link == "c2"
        known = ws.view("i06").match.known_contact
        assert known is not None and known.name == "Robert Smith"
        assert known.evidence[0] == "linked by you"
        assert "K" in [c.plain for c in queue.get_row("i06")]  # repainted: a known sender now
        await pilot.press("u")
        await pilot.pause()
        assert fresh_states(db)["i06"].link is None
        assert ws.view("i06").match.known_contact is None
