"""Progress for long CLI work: a rich bar on a terminal, a few plain lines on a pipe."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

Callback = Callable[[str, int, int], None]


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
                if label not in tasks:
                    tasks[label] = bar.add_task(label, total=max(total, 1))
                bar.update(tasks[label], completed=done, total=max(total, 1))

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
