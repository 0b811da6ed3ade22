"""Small shared pieces of linkvet's modal screens."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen
from textual.widgets import Input, TextArea

T = TypeVar("T")


class LinkvetModal(ModalScreen[T]):
    """A modal that honours the app's cursor-blink setting (off in snapshot tests)."""

    CSS_PATH = "modals.tcss"

    def on_mount(self) -> None:
        blink = bool(getattr(self.app, "cursor_blink", True))
        for widget in self.query(Input):
            widget.cursor_blink = blink
        for area in self.query(TextArea):
            area.cursor_blink = blink
