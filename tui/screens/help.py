"""Every key, generated from the command table (with the user's keymap), plus pane help."""

from __future__ import annotations

from dataclasses import dataclass

from linkvet.tui.screens.base import LinkvetModal
from linkvet.tui.widgets.render import Hanging
from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

KEY_WIDTH = 14  # the key column of the help screen


@dataclass(slots=True)
class KeyRow:
    """One line of the help: keys as displayed, what they do, and the binding id to remap."""

    keys: str
    description: str
    binding_id: str
    group: str


def help_text(rows: list[KeyRow]) -> Group:
    """A grouped two-column listing of keys; a description wraps under itself."""
    lines: list[RenderableType] = []
    group = None
    # keys up to KEY_WIDTH wide share their line; longer ones (a filter word listing its
    # values) get a line of their own, so one long entry does not push every line aside
    width = min(max((len(r.keys) for r in rows), default=6), KEY_WIDTH) + 2
    for row in rows:
        if row.group != group:
            if group is not None:
                lines.append(Text(""))
            group = row.group
            lines.append(Text(row.group, style="bold underline"))
        body = Text(row.description)
        if row.binding_id:
            body.append(f"   [keys] {row.binding_id}", style="dim")
        if len(row.keys) > width - 2:
            lines.append(Text(row.keys, style="bold"))
            lines.append(Hanging(Text(" " * width), body))
        else:
            lines.append(Hanging(Text(row.keys.ljust(width), style="bold"), body))
    lines.append(
        Text(
            "\nRemap any key in the config file's [keys] table: binding id = key "
            '(e.g. "decide.accept" = "A"). `linkvet config` shows where it is.',
            style="dim",
        )
    )
    return Group(*lines)


class HelpScreen(LinkvetModal[None]):
    """The full key list; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", show=False),
    ]

    def __init__(self, rows: list[KeyRow]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("linkvet keys", style="bold"), classes="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(help_text(self.rows), id="help-text")
            yield Static(Text("escape closes · ctrl+p runs any command by name"), classes="hint")

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if direction == "down":
            body.scroll_down(animate=False)
        else:
            body.scroll_up(animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
