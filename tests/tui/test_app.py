"""The app's theme: picked in the command palette, kept in the config (`[ui] theme`),
restored on the next start, and every coloured text follows the theme's own colours."""

from __future__ import annotations

from pathlib import Path

from linkvet.core.config import load_config
from linkvet.core.triage import Workspace
from linkvet.tui.app import make_app
from linkvet.tui.widgets.queue_table import QueueTable
from rich.style import Style

from tests.tui.conftest import ready
from tests.tui.fixtures import workspace

SIZE = (130, 36)
CONFIG = '# my settings\n[ask]\nfollow_up_days = 10  # 14 is too long\n\n[keys]\nquit = "Q"\n'


def _workspace(db: Path, config: Path) -> Workspace:
    ws = workspace(db)
    ws.config = load_config(config)
    return ws


def _verdict_colour(app: object, inv_id: str) -> str | None:
    table = app.screen.query_one("#queue", QueueTable)  # type: ignore[attr-defined]
    cell = table.get_row(inv_id)[1]  # the recommended verdict
    colour = Style.parse(str(cell.style)).color
    return colour.name if colour else None


async def test_a_theme_picked_in_the_palette_is_kept_and_restored(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    app = make_app(_workspace(tmp_path / "db", config))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        dark = _verdict_colour(app, "i01")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Theme", "enter")
        await pilot.pause()
        await pilot.press(*"nord", "enter")
        await pilot.pause()
        assert app.theme == "nord"
        await pilot.pause()
        nord = app.current_theme.to_color_system().generate()
        assert _verdict_colour(app, "i01") != dark  # redrawn in the new theme's colours
        verdict = app.workspace.view("i01").verdict
        assert verdict is not None
        role = {"accept": "text-success", "decline": "text-error", "ask": "text-warning"}
        assert _verdict_colour(app, "i01") == nord[role[verdict.verdict]].lower()
    text = config.read_text(encoding="utf-8")
    assert text.startswith(CONFIG)  # the user's lines and comments stay as written
    assert text.endswith('\n[ui]\ntheme = "nord"\n')
    assert load_config(config).ui.theme == "nord"

    again = make_app(_workspace(tmp_path / "db", config))
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert again.theme == "nord"
        assert _verdict_colour(again, "i01") == nord[role[verdict.verdict]].lower()


async def test_an_unknown_theme_in_the_config_is_named_and_the_default_used(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[ui]\ntheme = "no-such-theme"\n', encoding="utf-8")
    app = make_app(_workspace(tmp_path / "db", config))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.theme == "textual-dark"
        messages = [n.message for n in app._notifications]
        assert any("Unknown theme 'no-such-theme'" in m for m in messages)
    assert 'theme = "no-such-theme"' in config.read_text(encoding="utf-8")  # left alone
