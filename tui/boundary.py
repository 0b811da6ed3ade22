"""The TUI's error boundary for writes: a write that finds another linkvet process holding
the database's write lock waits for it visibly and can be stopped; a LinkvetError or
OSError becomes a notification; what a write changes is shown only once it is durable, so
a failed or stopped write leaves every row as it was.

The app gives its Workspace a short lock wait (LOCK_STEP): a write tries at once on the UI
thread (a few ms when the database is free), and only when it is busy does a worker thread
take over, waiting in short steps and checking, with the lock held, that the user still
wants the write before it is made.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from linkvet.core.errors import LinkvetError
from linkvet.core.safe_text import inert
from linkvet.core.triage import StoreBusy, Workspace
from textual.screen import Screen
from textual.timer import Timer

T = TypeVar("T")
LOCK_STEP = 0.05  # seconds one try waits for the write lock (the longest the UI can stall)
BUSY = "another linkvet process is writing to it"


class Stopped(LinkvetError):
    """The user stopped waiting for the database: nothing was written."""


def explain(exc: BaseException) -> str:
    """One line for a failure: a LinkvetError says it itself, an OSError names the file,
    anything else is a bug and says so (with its type, for the report)."""
    if isinstance(exc, LinkvetError):
        return inert(str(exc))
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return inert(f"{where}{exc.strerror or exc}")
    return inert(f"unexpected error (a bug, please report it): {type(exc).__name__}: {exc}")


def write_when_free(
    workspace: Workspace,
    write: Callable[[], T],
    stop: threading.Event,
    waited: Callable[[float], None] | None = None,
) -> T:
    """Run `write` under the write lock, waiting for it in LOCK_STEP tries until it is free
    (`waited(seconds)` after each try) or `stop` is set (Stopped: nothing written). Runs in
    a worker thread; the stop is checked again once the lock is held."""
    start = time.monotonic()
    while True:
        if stop.is_set():
            raise Stopped("stopped waiting for the database: nothing was recorded")
        try:
            with workspace.writing():
                if stop.is_set():
                    raise Stopped("stopped waiting for the database: nothing was recorded")
                return write()
        except StoreBusy:
            if waited is not None:
                waited(time.monotonic() - start)


@dataclass(slots=True)
class _Job(Generic[T]):
    """A write waiting for the database."""

    what: str
    write: Callable[[], T]
    done: Callable[[T], None]
    stop: threading.Event = field(default_factory=threading.Event)
    start: float = field(default_factory=time.monotonic)


class Writer:
    """Makes the triage screen's writes: at once when the database is free, else after a
    visible, stoppable wait (one write waits at a time; others are refused meanwhile)."""

    def __init__(self, screen: Screen[Any], workspace: Workspace, show: Callable[[str], None]):
        """`show(text)` puts the wait on screen ("" hides it)."""
        self.screen = screen
        self.workspace = workspace
        self.show = show
        self.job: _Job[Any] | None = None
        self._timer: Timer | None = None

    @property
    def waiting(self) -> bool:
        """True while a write waits for the database."""
        return self.job is not None

    def write(self, what: str, write: Callable[[], T], done: Callable[[T], None]) -> None:
        """Make the write `what` (e.g. "accept for Alice Known") and then call `done` with
        its result on the UI thread; a failure is a notification and `done` never runs."""
        if self.job is not None:
            self.refuse()
            return
        try:
            result = write()
        except StoreBusy:
            self._wait(_Job(what, write, done))
            return
        except (LinkvetError, OSError) as exc:
            self.screen.notify(explain(exc), severity="error", markup=False)
            return
        done(result)

    def busy_reason(self) -> str:
        """Why another write cannot start now ("" when none is waiting)."""
        if self.job is None:
            return ""
        return f"Still waiting for the database to record {self.job.what}: escape stops waiting"

    def refuse(self) -> None:
        """Say why a write cannot start now."""
        if self.job is not None:
            self.screen.notify(self.busy_reason(), severity="warning", timeout=3, markup=False)

    def stop(self) -> None:
        """Stop the waiting write (the worker confirms: see _finished)."""
        if self.job is not None:
            self.job.stop.set()
            self.show(f"Stopping: {self.job.what} will not be recorded…")

    # ----- waiting -----------------------------------------------------------------------
    def _wait(self, job: _Job[Any]) -> None:
        self.job = job
        self._tick()
        self._timer = self.screen.set_interval(0.5, self._tick)
        self.screen.refresh_bindings()
        self.screen.run_worker(
            lambda: self._run(job), thread=True, group="write", exit_on_error=False
        )

    def _tick(self) -> None:
        job = self.job
        if job is None or job.stop.is_set():
            return
        seconds = int(time.monotonic() - job.start)
        self.show(
            f"Waiting {seconds} s for the database ({BUSY}) to record {job.what}. "
            "escape: stop waiting, record nothing."
        )

    def _run(self, job: _Job[Any]) -> None:
        """The worker: wait, write, and hand the outcome to the UI thread."""
        try:
            result = write_when_free(self.workspace, job.write, job.stop)
        except BaseException as exc:  # every failure is said on screen, the app stays up
            self.screen.app.call_from_thread(self._finished, job, None, exc)
            return
        self.screen.app.call_from_thread(self._finished, job, result, None)

    def _finished(self, job: _Job[Any], result: Any, error: BaseException | None) -> None:
        self.job = None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.show("")
        self.screen.refresh_bindings()
        if isinstance(error, Stopped):
            self.screen.notify(
                f"Stopped waiting: {job.what} was not recorded", timeout=4, markup=False
            )
            return
        if error is not None:
            self.screen.notify(explain(error), severity="error", markup=False)
            return
        seconds = time.monotonic() - job.start
        job.done(result)
        self.screen.notify(
            f"The database is free again: {job.what} recorded after {seconds:.0f} s",
            timeout=4,
            markup=False,
        )
