"""Progress for long CLI work: a rich bar on a terminal, a few plain lines on a pipe."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

Callback = Callable[[str, int, int], None]
STAGES = ("matching senders", "finding mass-invite patterns")


def _short(path: str, width: int = 48) -> str:
    """A file label that fits one bar: the tail of a long path."""
    return path if len(path) <= width else "…" + path[-(width - 1) :]


@contextmanager
def reporter(enabled: bool = True) -> Iterator[Callback | None]:
    """Yield a `progress(label, done, total)` callback (None when disabled)."""
    if not enabled:
        yield None
        return
    if sys.stderr.isatty():
        console = Console(stderr=True, markup=False, highlight=False)
        with Progress(
            TextColumn("{task.description}", markup=False),
            BarColumn(),
            TextColumn("{task.percentage:>3.0f}%"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as bar:
            tasks: dict[str, TaskID] = {}

            def update(label: str, done: int, total: int) -> None:
                # every file being read shares one bar (an export has dozens of files);
                # later stages (matching, patterns) get a bar each
                stage = label if label in STAGES else "reading"
                text = label if label in STAGES else f"reading {_short(label)}"
                if stage not in tasks:
                    tasks[stage] = bar.add_task(text, total=max(total, 1))
                bar.update(tasks[stage], description=text, completed=done, total=max(total, 1))

            yield update
        return
    last: dict[str, int] = {}
    started: dict[str, float] = {}

    def plain(label: str, done: int, total: int) -> None:
        """On a pipe: a line per 10% step, only for work that has run over a second."""
        start = started.setdefault(label, time.monotonic())
        if total <= 0 or time.monotonic() - start < 1.0:
            return
        tenth = done * 10 // total
        if last.get(label) != tenth:
            last[label] = tenth
            print(f"{label}: {done * 100 // total}%", file=sys.stderr, flush=True)

    yield plain
