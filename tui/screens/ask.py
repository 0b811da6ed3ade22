"""The "ask why?" dialog: edit the message to send, copy it, and record the decision."""

from __future__ import annotations

from linkvet.core.safe_text import inert
from linkvet.tui.screens.base import LinkvetModal
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static, TextArea


class AskScreen(LinkvetModal[str | None]):
    """Shows the message to send; dismisses with the edited text, or None on cancel."""

    BINDINGS = [
        Binding("ctrl+s", "confirm", "Copy & save", id="ask.confirm"),
        Binding("escape", "cancel", "Cancel", id="ask.cancel"),
    ]

    def __init__(self, sender_name: str, message: str, count: int = 1) -> None:
        super().__init__()
        self.sender_name = sender_name
        self.message = message
        self.count = count

    def compose(self) -> ComposeResult:
        title = Text("Ask ", style="bold")
        title.append(inert(self.sender_name), style="bold")
        title.append(" why they want to connect", style="bold")
        if self.count > 1:
            title.append(f"  (and {self.count - 1} more selected)", style="dim")
        with Vertical(classes="dialog"):
            yield Static(title, classes="dialog-title")
            yield TextArea(inert(self.message, keep_newlines=True), id="ask-text")
            yield Static(
                Text(
                    "ctrl+s copies the message to the clipboard and records 'ask'; "
                    "paste it into LinkedIn. escape cancels."
                ),
                classes="hint",
            )
            with Horizontal(classes="buttons"):
                yield Button("Copy & save", variant="primary", id="ask-confirm")
                yield Button("Cancel", id="ask-cancel")

    def on_mount(self) -> None:
        area = self.query_one("#ask-text", TextArea)
        area.move_cursor(area.document.end)  # ready to add a line at the end
        area.focus()

    def action_confirm(self) -> None:
        self.dismiss(self.query_one("#ask-text", TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#ask-confirm")
    def _confirm(self) -> None:
        self.action_confirm()

    @on(Button.Pressed, "#ask-cancel")
    def _cancel(self) -> None:
        self.action_cancel()
