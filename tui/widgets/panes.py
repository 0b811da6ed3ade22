"""The right-hand panes: invitation detail and the seven checks, updated in place.

Both are RichLog (Line API) widgets whose content is replaced as a whole. RichLog resizes
its virtual area on every write, and Textual answers that with a layout of the whole
screen (measured: ~190 ms at 10k rows, repainting every table line). The panes keep their
vertical scrollbar (CSS `overflow-y: scroll`), so new content never changes their layout:
the replace step suppresses that layout request and repaints the pane alone.
"""

from __future__ import annotations

from typing import Self

from linkvet.core.triage import InvitationView
from linkvet.tui.widgets.frame_style import StyleOncePerFrame
from linkvet.tui.widgets.render import checks_text, detail_text
from rich.console import RenderableType
from rich.text import Text
from textual import events
from textual.geometry import Region
from textual.widgets import RichLog


class _Pane(StyleOncePerFrame, RichLog):
    """A read-only, scrollable, focusable text pane whose content is replaced as a whole."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            wrap=True, markup=False, highlight=False, auto_scroll=False, min_width=10, id=id
        )
        self.shown: RenderableType = Text("")
        self._width = 0
        self._repaint_only = False

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        """Drop layout requests while content is being replaced (see the module docstring)."""
        if self._repaint_only:
            layout = False
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap the content to the new width (RichLog keeps lines as written)."""
        if event.size.width != self._width:
            self._width = event.size.width
            self.replace(self.shown)

    def replace(self, renderable: RenderableType) -> None:
        """Show `renderable` instead of the current content, scrolled to the top."""
        self.shown = renderable
        self._repaint_only = True
        try:
            self.clear()
            self.write(renderable, scroll_end=False)
        finally:
            self._repaint_only = False
        self.scroll_home(animate=False)
        self.refresh()


class DetailPane(_Pane):
    """Sender, profile link, note, who they are to you, patterns, dialogue, history."""

    HELP = """
### Detail
Who sent the invitation, their note, who they are to you (match candidates with
score and evidence), the mass-invite patterns they are part of, your dialogue and the
decision history. **o** opens the profile in the browser, **y** copies the link.
"""

    def show(self, view: InvitationView | None, team: bool) -> None:
        """Render one invitation (or a placeholder) without recomposing."""
        if view is None:
            self.replace(Text("No invitation selected", style="dim"))
        else:
            self.replace(detail_text(view, team))


class ChecksPane(_Pane):
    """The seven checks with pass/fail/unknown, evidence, manual ticks, and the verdict."""

    HELP = """
### Checks
The seven considerations: **1** known, **2** note, **3** network tap, **4** two-way value,
**5** quality, **6** mass invite, **7** rapport. Press the number to cycle your own
answer: computed → pass → fail → computed (marked ✎ manual). The recommendation and
its reasons follow.
"""

    def show(self, view: InvitationView | None) -> None:
        """Render the checks and verdict of one invitation."""
        self.replace(Text("") if view is None else checks_text(view))
