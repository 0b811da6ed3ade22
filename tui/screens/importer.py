"""Import a file or folder: path input with completion, import in a thread with progress."""

from __future__ import annotations

import os
from pathlib import Path

from linkvet.core.errors import LinkvetError
from linkvet.core.safe_text import inert
from linkvet.core.triage import ImportReport, Workspace
from linkvet.tui.screens.base import LinkvetModal
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.suggester import Suggester
from textual.widgets import Input, ProgressBar, Static
from textual.worker import get_current_worker


def complete_path(value: str) -> str | None:
    """The first file-system entry that extends `value` (folders end in '/'), or None."""
    if not value:
        return None
    expanded = os.path.expanduser(value)
    if not value.endswith("/") and os.path.isdir(expanded):
        return value + "/"
    folder, stem = os.path.split(expanded)
    try:
        names = sorted(n for n in os.listdir(folder or ".") if n.startswith(stem) and n != stem)
    except OSError:
        return None
    if not stem:
        names = [n for n in names if not n.startswith(".")]
    if not names:
        return None
    name = names[0]
    full = os.path.join(folder, name)
    if os.path.isdir(full):
        name += "/"
    # keep what the user typed (e.g. "~/") and append the rest of the name
    return value + name[len(stem) :]


class PathSuggester(Suggester):
    """Suggests the rest of a file-system path as the user types."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value)


class PathInput(Input):
    """An Input whose tab key completes file-system paths (tab again moves on)."""

    BINDINGS = [Binding("tab", "complete", "Complete path", show=False, id="import.complete")]

    def action_complete(self) -> None:
        completion = complete_path(self.value)
        if completion is None or completion == self.value:
            self.screen.focus_next()
            return
        self.value = completion
        self.cursor_position = len(completion)


class ImportScreen(LinkvetModal[ImportReport | None]):
    """Dismisses with the ImportReport after a successful import, None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="import.cancel")]

    class Progressed(Message):
        """Import progress posted from the worker thread."""

        def __init__(self, label: str, done: int, total: int) -> None:
            super().__init__()
            self.label, self.done, self.total = label, done, total

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ImportScreen.Progressed)

    class Finished(Message):
        """The worker finished: a report, or an error text."""

        def __init__(self, report: ImportReport | None, error: str | None) -> None:
            super().__init__()
            self.report, self.error = report, error

    def __init__(self, workspace: Workspace, default: str = "") -> None:
        super().__init__()
        self.workspace = workspace
        self.default = default
        self.running = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Import a LinkedIn export", style="bold"), classes="dialog-title")
            yield PathInput(
                self.default,
                placeholder="~/Downloads/Basic_LinkedInDataExport.zip",
                suggester=PathSuggester(),
                id="import-path",
            )
            yield Static(Text(""), id="import-status")
            yield ProgressBar(total=None, show_eta=False, id="import-progress")
            yield Static(
                Text(
                    "A zip, a folder, or single CSV/vCard files. tab completes the path, "
                    "enter imports, escape cancels."
                ),
                classes="hint",
            )

    def on_mount(self) -> None:
        self.query_one("#import-progress", ProgressBar).display = False
        self.query_one("#import-path", Input).focus()

    @on(Input.Submitted, "#import-path")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.running:
            return
        raw = event.value.strip()
        if not raw:
            self._status("Type the path of your export", error=True)
            return
        path = Path(os.path.expanduser(raw))
        if not path.exists():
            self._status(f"{raw}: no such file or folder", error=True)
            return
        self.running = True
        self.query_one("#import-path", Input).disabled = True
        self.query_one("#import-progress", ProgressBar).display = True
        self._status("Reading…")
        self.run_import(path)

    def _status(self, text: str, error: bool = False) -> None:
        status = self.query_one("#import-status", Static)
        status.update(Text(inert(text), style="bold red" if error else ""))

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def run_import(self, path: Path) -> None:
        """Runs Workspace.import_paths off the UI thread; only posts messages."""
        worker = get_current_worker()

        def progress(label: str, done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.post_message(self.Progressed(label, done, total))

        try:
            report = self.workspace.import_paths([path], progress=progress)
        except LinkvetError as exc:
            self.post_message(self.Finished(None, str(exc)))
            return
        except OSError as exc:
            self.post_message(self.Finished(None, f"{path}: {exc}"))
            return
        self.post_message(self.Finished(report, None))

    @on(Progressed)
    def _progressed(self, message: Progressed) -> None:
        bar = self.query_one("#import-progress", ProgressBar)
        bar.update(total=max(message.total, 1), progress=message.done)
        self._status(f"{message.label}: {message.done} of {message.total}")

    @on(Finished)
    def _finished(self, message: Finished) -> None:
        self.running = False
        if message.error is not None:
            self.query_one("#import-path", Input).disabled = False
            self.query_one("#import-progress", ProgressBar).display = False
            self._status(message.error, error=True)
            self.query_one("#import-path", Input).focus()
            return
        self.dismiss(message.report)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel" and self.running:
            return None
        return True

    def action_cancel(self) -> None:
        self.dismiss(None)
