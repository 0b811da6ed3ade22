"""A mixin for Line-API widgets: their style is computed once per render pass, not per line.

RichLog and DataTable ask for `rich_style` on every line they render, and each answer walks
every ancestor's styles. At 10,000 invitations that walk was a fifth of a decision's redraw.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:
    _Base = object


class StyleOncePerFrame(_Base):
    """Put before the widget class: `class Pane(StyleOncePerFrame, RichLog)`."""

    _frame_style: Style | None = None

    @property
    def rich_style(self) -> Style:
        """The widget's style; during a render pass, the one computed at its start."""
        if self._frame_style is not None:
            return self._frame_style
        return super().rich_style

    def render_lines(self, crop: Region) -> list[Strip]:
        """Render the lines in `crop` with the style computed once for the whole pass."""
        self._frame_style = super().rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._frame_style = None
