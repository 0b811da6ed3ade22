"""The command table is the one source of the bindings, the palette, the help, the
screen's `check_action` and the README's key table."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from linkvet.core.key_bindings import BINDING_IDS
from linkvet.core.triage import Workspace
from linkvet.core.triage.query import FIELDS
from linkvet.tui import commands, screens, widgets
from linkvet.tui.app import LinkvetApp, make_app
from linkvet.tui.commands import COMMANDS, Need
from linkvet.tui.screens.triage import TriageScreen
from linkvet.tui.widgets.queue_table import QueueTable
from textual.widgets import Input

from tests.tui.conftest import fresh_states, ready
from tests.tui.fixtures import workspace

ROOT = Path(__file__).resolve().parents[2]
SIZE = (120, 40)


def readme_key_table() -> str:
    """The table under "## Keys (TUI)" in the README, as written there."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Keys (TUI)", 1)[1]
    lines = section.strip().splitlines()
    return "\n".join(line for line in lines[: next(
        n for n, line in enumerate(lines) if not line.startswith("|")
    )])  # fmt: skip


def test_the_readme_key_table_is_the_command_table() -> None:
    assert readme_key_table() == commands.readme_table(), (
        "README.md's key table differs from tui/commands.py: paste the output of "
        "`python -m linkvet.tui.commands` under '## Keys (TUI)'"
    )


def test_the_readme_names_every_filter_word() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for field in FIELDS:
        for word in (field.name, *field.aliases):
            if word != "verdict":  # an alias kept for the CLI's --verdict users
                assert f"`{word}:" in text


def test_every_command_has_its_action_and_a_unique_id() -> None:
    owners = {"triage": TriageScreen, "app": LinkvetApp, "list": QueueTable}
    ids = [c.id for c in COMMANDS if c.id]
    assert len(ids) == len(set(ids))
    for command in COMMANDS:
        if command.scope == "textual":
            assert not command.id and not command.action  # Textual's own keys: listed only
            continue
        assert callable(getattr(owners[command.scope], f"action_{command.name}", None)), command
    for scope, owner in owners.items():
        assert [b.id for b in owner.BINDINGS] == [  # type: ignore[union-attr]
            c.id for c in COMMANDS if c.scope == scope
        ]


async def test_needs_decide_what_the_keys_do(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = app.triage
        accept = commands.by_id("decide.accept")
        carried = commands.by_id("decide.carried_out")
        profile = commands.by_id("profile.open")
        assert screen.check_action("decide", ("accept",)) is True
        assert screen.check_action("carried_out", ()) is None  # nothing decided yet
        await pilot.press("c")  # pressed anyway: the reason, nothing written
        assert "i01" not in fresh_states(db)
        assert any("Decide first" in n.message for n in app._notifications)
        await pilot.press("a", "k")
        assert screen.allowed(carried) is True
        screen.query_one("#queue", QueueTable).go_to("i04")  # a sender with no profile URL
        assert screen.allowed(profile) is None
        await pilot.press("o")
        assert any("no profile link" in n.message for n in app._notifications)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        assert screen.allowed(accept) is False  # the filter box types the letter
        await pilot.press("a")
        assert app.screen.query_one("#filter", Input).value == "a"
        assert screen.allowed(commands.by_id("filter.clear")) is True
        assert screen.allowed(commands.by_id("write.cancel")) is False  # nothing waits


async def test_an_empty_database_hides_the_row_commands(db: Path) -> None:
    app = make_app(workspace(db, empty=True))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for command in COMMANDS:
            if command.scope != "triage":
                continue
            state = app.triage.allowed(command)
            if command.needs in (Need.ROW, Need.DECIDED):
                assert state is False, command.id
            elif command.needs in (Need.NOTHING, Need.QUEUE):
                assert state is True, command.id


async def test_the_palette_lists_every_command_and_the_filter_words(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        found = {c.title: c for c in app.get_system_commands(app.triage)}
        for command in COMMANDS:
            if command.scope == "triage":
                assert command.title in found
                assert command.does in found[command.title].help
        assert "key: a" in found["Accept"].help
        rec = next(c for title, c in found.items() if title.startswith("Filter by recommendation"))
        rec.callback()
        await pilot.pause()
        box = app.screen.query_one("#filter", Input)
        assert box.display and box.value == "rec:" and app.focused is box
        await pilot.press(*"dec")
        await pilot.pause(0.3)
        results = app.screen.query_one("#results", QueueTable)
        assert set(results.visible_ids()) == {
            v.id for v in ws.queue() if v.verdict and v.verdict.verdict == "decline"
        }


def test_the_config_knows_every_binding_id_and_no_other() -> None:
    """core checks `[keys]` against its own list (it never loads the TUI): the same ids as
    the command table's and the dialogs' own bindings."""
    found = set(commands.binding_ids())
    for package in (screens, widgets):
        for module in pkgutil.iter_modules(package.__path__):
            loaded = importlib.import_module(f"{package.__name__}.{module.name}")
            for _, cls in inspect.getmembers(loaded, inspect.isclass):
                found.update(b.id for b in getattr(cls, "BINDINGS", ()) if getattr(b, "id", None))
    assert found == BINDING_IDS


async def test_a_remapped_key_shows_in_help_and_palette(db: Path) -> None:
    app = make_app(workspace(db, keys={"decide.accept": "A"}))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        found = {c.title: c for c in app.get_system_commands(app.triage)}
        assert "key: A" in found["Accept"].help
        rows = {r.binding_id: r for r in app.triage.key_rows()}
        assert rows["decide.accept"].keys == "A"
