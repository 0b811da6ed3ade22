"""Append-only decisions journal (JSON lines, fsync per event): durable, undoable history.

One decision costs one small append and one fsync, whatever the size of the database.
A line torn by a crash is skipped on read and sealed off before the next append.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import orjson
from linkvet.core.models import HistoryEvent


class Journal:
    """The journal file of one database; `read_new` tails what other processes appended."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._offset = 0

    def read_all(self) -> list[HistoryEvent]:
        """All complete events from the start of the file."""
        self._offset = 0
        return self.read_new()

    def read_new(self) -> list[HistoryEvent]:
        """Complete events appended since the last read (by us or another process)."""
        try:
            with open(self.path, "rb") as handle:
                handle.seek(self._offset)
                chunk = handle.read()
        except FileNotFoundError:
            return []
        events: list[HistoryEvent] = []
        consumed = 0
        for line in chunk.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break  # torn tail: not durable, not reported as saved
            consumed += len(line)
            text = line.strip()
            if not text:
                continue
            try:
                events.append(HistoryEvent.from_dict(orjson.loads(text)))
            except (orjson.JSONDecodeError, TypeError, KeyError):
                continue  # a line damaged by a crash in the middle of the file
        self._offset += consumed
        return events

    def append(self, events: Iterable[HistoryEvent]) -> None:
        """Append events and fsync before returning: afterwards they survive kill -9.

        Call under the write lock right after `read_new`: anything between our offset and the
        end is then a torn line, which this seals off and skips.
        """
        payload = b"".join(orjson.dumps(e) + b"\n" for e in events)  # dataclasses as is
        if not payload:
            return
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            size = os.fstat(fd).st_size
            if size and not self._ends_with_newline(size):
                payload = b"\n" + payload  # seal a torn line left by a crash
            written = 0
            while written < len(payload):
                written += os.write(fd, payload[written:])
            os.fsync(fd)
            self._offset = size + len(payload)
        finally:
            os.close(fd)

    def _ends_with_newline(self, size: int) -> bool:
        with open(self.path, "rb") as handle:
            handle.seek(size - 1)
            return handle.read(1) == b"\n"
