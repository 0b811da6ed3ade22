"""StyleOncePerFrame: one style per render pass, never a stale one across passes."""

from __future__ import annotations

from linkvet.core.triage import Workspace
from linkvet.tui.app import make_app
from linkvet.tui.widgets.panes import DetailPane
from linkvet.tui.widgets.queue_table import QueueTable
from textual.geometry import Region

from tests.tui.conftest import ready


async def test_panes_render_with_the_style_of_the_current_theme(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        for widget in (app.screen.query_one(DetailPane), app.screen.query_one(QueueTable)):
            dark = widget.rich_style
            app.theme = "textual-light"
            await pilot.pause()
            light = widget.rich_style
            assert light != dark and light.bgcolor != dark.bgcolor
            widget._styles_cache.clear()
            strips = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
            backgrounds = {seg.style.bgcolor for strip in strips for seg in strip if seg.style}
            assert light.bgcolor in backgrounds and dark.bgcolor not in backgrounds
            assert widget._frame_style is None  # nothing kept after the pass
            app.theme = "textual-dark"
            await pilot.pause()
