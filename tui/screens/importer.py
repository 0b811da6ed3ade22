"""Import a file or folder: path input with completion, import in a thread with progress."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from linkvet.core.safe_text import inert
from linkvet.core.triage import ImportReport, Workspace
from linkvet.core.triage.analysis import Progress
from linkvet.tui.boundary import BUSY, Stopped, explain, write_when_free
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

if TYPE_CHECKING:
    from linkvet.core.triage.service import ImportRead


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

    class Phase(Message):
        """The worker moved on: waiting for the database (with the seconds waited so far),
        or importing under its write lock (one atomic step that cannot be stopped)."""

        def __init__(self, phase: str, seconds: float = 0.0) -> None:
            super().__init__()
            self.phase, self.seconds = phase, seconds

    class Finished(Message):
        """The worker finished: a report, or an error text (`stopped`: the user's wish)."""

        def __init__(
            self, report: ImportReport | None, error: str | None, stopped: bool = False
        ) -> None:
            super().__init__()
            self.report, self.error, self.stopped = report, error, stopped

    def __init__(self, workspace: Workspace, default: str = "") -> None:
        super().__init__()
        self.workspace = workspace
        self.default = default
        self.running = False
        self.phase = ""  # reading, waiting (for the write lock), importing
        self.stop = threading.Event()

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
        self.phase = "reading"
        self.stop = threading.Event()
        self.query_one("#import-path", Input).disabled = True
        self.query_one("#import-progress", ProgressBar).display = True
        self._status("Reading…")
        self.run_import(path)

    def _status(self, text: str, error: bool = False) -> None:
        status = self.query_one("#import-status", Static)
        status.update(Text(inert(text), style="bold red" if error else ""))

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def run_import(self, path: Path) -> None:
        """Reads the files, waits for the database's write lock if another linkvet process
        holds it (visibly, stoppable), then imports in one atomic step; off the UI thread,
        only posting messages. Every failure ends in Finished: the dialog never hangs."""
        worker = get_current_worker()

        def progress(label: str, done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.post_message(self.Progressed(label, done, total))

        try:  # an export, or a team bundle (told by content): the CLI's import call
            (read,) = self.workspace.read_import([path], progress=progress)
            report = write_when_free(
                self.workspace,
                lambda: self._commit(read, progress),
                self.stop,
                self._waited,
            )
        except Stopped:
            self.post_message(self.Finished(None, "Import stopped: nothing was imported", True))
        except OSError as exc:
            error = explain(exc) if exc.filename else inert(f"{path}: {exc.strerror or exc}")
            self.post_message(self.Finished(None, error))
        except Exception as exc:  # a LinkvetError says itself; anything else is named
            self.post_message(self.Finished(None, explain(exc)))
        else:
            self.post_message(self.Finished(report, None))

    def _waited(self, seconds: float) -> None:
        """From the worker: still waiting for another process's write lock."""
        self.post_message(self.Phase("waiting", seconds))

    def _commit(self, read: ImportRead, progress: Progress) -> ImportReport:
        """The locked half of the import (called with the write lock held)."""
        self.post_message(self.Phase("importing"))
        return self.workspace.commit_import(read, progress=progress)

    @on(Phase)
    def _phase(self, message: Phase) -> None:
        if self.stop.is_set():
            return
        self.phase = message.phase
        self.refresh_bindings()
        if message.phase == "waiting":
            self._status(
                f"Waiting {int(message.seconds)} s for the database ({BUSY}); the import "
                "goes on once it is free. escape: stop waiting, import nothing."
            )

    @on(Progressed)
    def _progressed(self, message: Progressed) -> None:
        if self.stop.is_set():
            return  # "Stopping…" stays until the worker has stopped
        bar = self.query_one("#import-progress", ProgressBar)
        bar.update(total=max(message.total, 1), progress=message.done)
        self._status(f"{message.label}: {message.done} of {message.total}")

    @on(Finished)
    def _finished(self, message: Finished) -> None:
        self.running = False
        self.phase = ""
        self.refresh_bindings()
        if message.error is not None:
            self.query_one("#import-path", Input).disabled = False
            self.query_one("#import-progress", ProgressBar).display = False
            self._status(message.error, error=not message.stopped)
            self.query_one("#import-path", Input).focus()
            return
        self.dismiss(message.report)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel" and self.phase == "importing":
            return None  # one atomic step: it cannot be stopped half way
        return True

    def action_cancel(self) -> None:
        """Close the dialog; while reading or waiting for the database, stop instead."""
        if not self.running:
            self.dismiss(None)
            return
        self.stop.set()
        self._status("Stopping: nothing will be imported…")
