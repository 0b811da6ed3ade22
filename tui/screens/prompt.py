"""A one-line question dialog (snooze date, output path) with validation in place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from linkvet.tui.screens.base import LinkvetModal
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

Validator = Callable[[str], "tuple[str | None, str | None]"]


class PromptScreen(LinkvetModal[str | None]):
    """Asks for one value; `validate(text) -> (value, error)`; dismisses with the value."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(
        self, title: str, default: str, hint: str, validate: Validator, input_id: str
    ) -> None:
        super().__init__()
        self.title_text = title
        self.default = default
        self.hint = hint
        self.validate = validate
        self.input_id = input_id

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.title_text), classes="dialog-title")
            yield Input(self.default, id=self.input_id, select_on_focus=False)
            yield Static(Text(""), classes="error", id="prompt-error")
            yield Static(Text(self.hint), classes="hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        value, error = self.validate(event.value)
        if error is not None:
            self.query_one("#prompt-error", Static).update(Text(error))
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)


def snooze_validator(today: date) -> Validator:
    """Accept an ISO date after today, or +N (days from today)."""

    def check(text: str) -> tuple[str | None, str | None]:
        text = text.strip()
        try:
            if text.startswith("+"):
                when = today + timedelta(days=int(text[1:]))
            else:
                when = date.fromisoformat(text)
        except ValueError:
            return None, "Type a date like 2025-03-14, or +7 for a week from today"
        if when <= today:
            return None, "Pick a day after today"
        return when.isoformat(), None

    return check


def snooze_screen(today: date, count: int) -> PromptScreen:
    """Ask until when to hide the invitation(s) (default: a week from today)."""
    what = "this invitation" if count == 1 else f"{count} invitations"
    return PromptScreen(
        f"Snooze {what} until",
        (today + timedelta(days=7)).isoformat(),
        "enter to snooze (hidden from the queue until then), escape to cancel; +N = N days",
        snooze_validator(today),
        "snooze-date",
    )


def path_validator(text: str) -> tuple[str | None, str | None]:
    """Any non-empty path."""
    text = text.strip()
    return (text, None) if text else (None, "Type a file name")
