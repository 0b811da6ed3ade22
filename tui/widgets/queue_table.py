"""The invitation list: a row-cursor DataTable keyed by invitation id.

Rows are filled once and then patched in place with `update_cell` (a full reload costs
about 1.5 s per 10,000 rows, a cell update a few milliseconds).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from linkvet.core.triage import InvitationView
from linkvet.tui import commands
from linkvet.tui.widgets.frame_style import StyleOncePerFrame
from linkvet.tui.widgets.render import row_cells
from rich.style import Style
from rich.text import Text
from textual import events
from textual._types import SegmentLines
from textual.coordinate import Coordinate
from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist, RowKey

_NOWHERE = Coordinate(-2, -2)  # no row (the header is row -1)

BASE_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("mark", "", 2),
    ("rec", "rec", 3),
    ("sender", "sender", 22),
    ("about", "headline / company", 28),
)
TAIL_COLUMNS: tuple[tuple[str, str, int], ...] = (("flags", "flags", 5), ("age", "age", 4))
OWNER_COLUMN: tuple[str, str, int] = ("owner", "to", 12)


class QueueTable(StyleOncePerFrame, DataTable[Text]):
    """One row per invitation; the cursor row drives the detail and checklist panes."""

    HELP = """
### Invitation list
Move with **j/k** or the arrows, **g/G** for top and bottom, page keys to page.
Decide with **a** (accept), **d** (decline), **w** (ask why), **enter** (take the advice).
Mark rows with **space** (or **\\*** for all visible) and decide them in one go.
Flags: **K** known, **M** mass invite, **R** recruiter, **O** open networker,
**D** duplicate profile.
"""

    BINDINGS = commands.bindings("list")

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, id=id, classes=classes)
        self.team = False
        self.on_cursor: Callable[[QueueTable], None] | None = None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """DataTable's own enter ("select_cursor") stands aside, so that the screen's enter
        (take the advice) runs in key order. As a priority binding it jumped ahead of the
        keys still queued for this table: "j j enter" typed fast decided the first row."""
        if action == "select_cursor":
            return False
        return super().check_action(action, parameters)

    def watch_cursor_coordinate(self, old: Coordinate, new: Coordinate) -> None:
        """Also tell `on_cursor` at once (RowHighlighted is still posted, for other users)."""
        super().watch_cursor_coordinate(old, new)
        if old != new and self.on_cursor is not None:
            self.on_cursor(self)

    def _render_line_in_row(
        self,
        row_key: RowKey,
        line_no: int,
        base_style: Style,
        cursor_location: Coordinate,
        hover_location: Coordinate,
    ) -> tuple[SegmentLines, SegmentLines]:
        """A row the cursor (or the mouse) is not on renders the same wherever the cursor is,
        but DataTable's row cache is keyed by the cursor position: every cursor move
        re-rendered every visible row. Rows away from both get one position for the cache
        key, so a move or a decision re-renders the two rows concerned."""
        row = self._row_locations.get(row_key)
        if row is None:
            row = -1  # the header row
        if cursor_location.row != row:
            cursor_location = _NOWHERE
        if hover_location.row != row:
            hover_location = _NOWHERE
        return super()._render_line_in_row(
            row_key, line_no, base_style, cursor_location, hover_location
        )

    def setup_columns(self, team: bool) -> None:
        """(Re)create the columns; the owner column only appears in team mode."""
        self.clear(columns=True)
        self.team = team
        cols = [*BASE_COLUMNS, *([OWNER_COLUMN] if team else []), *TAIL_COLUMNS]
        for key, label, width in cols:
            self.add_column(label, width=width, key=key)
        self.fit_columns(self.size.width)

    def fit_columns(self, width: int) -> None:
        """Share the table's width between sender and headline (the others are fixed)."""
        if width <= 0 or not self.columns:
            return
        keys = [str(c.key.value) for c in self.ordered_columns]
        avail = width - 2 - 2 * self.cell_padding * len(keys)  # scrollbar + padding
        fixed = {k: w for k, _, w in (*BASE_COLUMNS, *TAIL_COLUMNS, OWNER_COLUMN)}
        fixed["owner"] = 12 if width >= 100 else 9
        rest = avail - sum(fixed[k] for k in keys if k not in ("sender", "about"))
        sender = max(8, min(30, rest * 9 // 20))
        about = max(0, rest - sender)
        widths = {**fixed, "sender": sender, "about": about}
        for column in self.ordered_columns:
            column.width = widths[str(column.key.value)]
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self.fit_columns(event.size.width)

    def fill(self, views: Iterable[InvitationView], now: datetime, selected: set[str]) -> None:
        """Replace all rows (expensive at scale: call on load, import and filter only)."""
        self.clear()
        self.extend(views, now, selected)

    def recolour(
        self, views: Mapping[str, InvitationView], now: datetime, selected: set[str]
    ) -> None:
        """Rewrite every row's cells in the current theme's colours (after a theme change):
        the rows and their order stay, so only the render caches are dropped."""
        for key, row in self._data.items():
            view = views.get(str(key.value))
            if view is None:
                continue
            cells = row_cells(view, now, view.id in selected, self.team)
            for column, value in zip(self.columns, cells, strict=True):
                row[column] = value
        self._clear_caches()
        self.refresh()

    def extend(self, views: Iterable[InvitationView], now: datetime, selected: set[str]) -> None:
        """Append rows (later chunks of a queue that is still loading)."""
        for view in views:
            self.add_row(*row_cells(view, now, view.id in selected, self.team), key=view.id)

    def patch(self, view: InvitationView, now: datetime, selected: bool) -> bool:
        """Update one row's cells in place; False when the row is not in this table.

        `DataTable.update_cell` bumps the table's update counter, which throws away the
        cached row order, line offsets and every rendered cell: O(rows) plus a re-render of
        every visible cell, ~100 ms per decision at 10,000 rows. Row order and heights do not
        change here, so this writes the cells and drops only what holds this row: its cells,
        renderables and rendered lines (all kept across cursor moves, see
        _render_line_in_row), and the screen-line cache (cheap to refill from the others).
        Textual is pinned exactly; tests/tui check the rows this changes.
        """
        if view.id not in self.rows:
            return False
        key = RowKey(view.id)
        index = self.get_row_index(view.id)
        cells = row_cells(view, now, selected, self.team)
        row = self._data[key]
        for column, value in zip(self.columns, cells, strict=True):
            row[column] = value
        # DataTable's private caches (LRUCache, not dicts): drop this row's entries only
        caches: list[tuple[Any, int, object]] = [
            (self._cell_render_cache, 0, key),
            (self._row_renderable_cache, 1, index),
            (self._row_render_cache, 0, key),
        ]
        for cache, slot, wanted in caches:
            for cache_key in [k for k in cache.keys() if k[slot] == wanted]:  # noqa: SIM118
                cache.discard(cache_key)
        self._line_cache.clear()
        self.refresh_row(index)
        return True

    def current_id(self) -> str | None:
        """The invitation id under the cursor, or None for an empty table."""
        if not self.row_count:
            return None
        try:
            row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        except (RowDoesNotExist, KeyError):
            return None
        return row_key.value

    def visible_ids(self) -> list[str]:
        """Invitation ids in display order."""
        return [str(row.key.value) for row in self.ordered_rows]

    def go_to(self, inv_id: str) -> bool:
        """Put the cursor on an invitation's row; False when it is not listed."""
        try:
            index = self.get_row_index(inv_id)
        except RowDoesNotExist:
            return False
        self.move_cursor(row=index)
        return True
