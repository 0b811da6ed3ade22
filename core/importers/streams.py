"""Opening one input file (on disk or inside a zip) as a guarded, metered UTF-8 line stream.

Guards live here so every parser gets them: byte caps against zip bombs, UTF-16 / binary /
empty refusals, overlong lines, and progress reports while large files are read.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from linkvet.core.importers.batch import InputError

Progress = Callable[[str, int, int], None]

MAX_ENTRY_BYTES = 200 * 1024 * 1024  # uncompressed size cap for one zip entry
MAX_RATIO = 100  # uncompressed / compressed, for zip entries
RATIO_SLACK = 64 * 1024  # tiny entries compress extremely well; ignore ratio below this
MAX_LINE_CHARS = 32 * 1024 * 1024  # one physical line longer than this is refused
HEAD_BYTES = 4096
PROGRESS_STEPS = 50


@dataclass(slots=True)
class SourceFile:
    """One readable input: `display` names it in messages (`a.zip!Invitations.csv`)."""

    display: str
    name: str  # base file name, for notes and name-based hints
    size: int  # uncompressed size in bytes (declared, for zip entries)
    opener: Callable[[], BinaryIO]
    compressed: int | None = None  # compressed size for zip entries (bomb guard)


class _Meter(io.RawIOBase):
    """Raw reader that counts bytes, enforces caps and reports progress in ~50 steps."""

    def __init__(self, src: SourceFile, inner: BinaryIO, progress: Progress | None) -> None:
        super().__init__()
        self._src, self._inner, self._progress = src, inner, progress
        self._done = 0
        self._bucket = 0
        self._cap: int | None = None
        if src.compressed is not None:
            self._cap = min(MAX_ENTRY_BYTES, MAX_RATIO * src.compressed + RATIO_SLACK)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer))
        count = len(data)
        buffer[:count] = data
        self._done += count
        if self._cap is not None and self._done > self._cap:
            raise InputError(
                self._src.display, "refused: decompresses beyond the size limit (zip bomb?)"
            )
        if self._progress is not None and self._src.size > 0:
            bucket = min(PROGRESS_STEPS, self._done * PROGRESS_STEPS // self._src.size)
            if bucket > self._bucket or (count == 0 and self._bucket < PROGRESS_STEPS):
                self._bucket = PROGRESS_STEPS if count == 0 else bucket
                self._progress(self._src.display, self._done, max(self._src.size, self._done))
        return count

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            super().close()


def _looks_utf16(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = head[:200]
    if len(sample) < 4:
        return False
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    return max(odd_nuls, even_nuls) > len(sample) // 4


class TextSource:
    """A guarded UTF-8 text view of a SourceFile, yielding physical lines (endings kept)."""

    def __init__(self, src: SourceFile, progress: Progress | None = None) -> None:
        self.src = src
        self.lines_read = 0
        raw = io.BufferedReader(_Meter(src, src.opener(), progress), 1 << 16)
        self._raw = raw
        head = raw.peek(HEAD_BYTES)[:HEAD_BYTES]
        if _looks_utf16(head):
            raw.close()
            raise InputError(
                src.display, "UTF-16 text (likely tab-separated): not a LinkedIn CSV we read"
            )
        if b"\x00" in head:
            raw.close()
            raise InputError(src.display, "binary file (NUL bytes), not CSV or vCard text")
        if not head.strip(b"\xef\xbb\xbf \t\r\n"):
            raw.close()
            raise InputError(src.display, "empty file")
        self.head_line = next(
            (
                ln
                for ln in head.decode("utf-8", "ignore").lstrip("\ufeff").splitlines()
                if ln.strip()
            ),
            "",
        )
        self._first = True

    def lines(self) -> Iterator[str]:
        """Physical lines (endings kept; `\n`, `\r\n` or a lone `\r` end a line), decoded
        one by one so an encoding error names its exact line."""
        while True:
            chunk = self._raw.readline(MAX_LINE_CHARS)
            if not chunk:
                return
            if len(chunk) >= MAX_LINE_CHARS and not chunk.endswith(b"\n"):
                raise InputError(self.src.display, "line longer than 32 MiB", self.lines_read + 1)
            if self._first:
                chunk = chunk.removeprefix(codecs.BOM_UTF8)
                self._first = False
            for part in chunk.splitlines(keepends=True) if b"\r" in chunk else (chunk,):
                self.lines_read += 1
                if b"\x00" in part:
                    raise InputError(self.src.display, "NUL byte in text", self.lines_read)
                try:
                    yield part.decode("utf-8")
                except UnicodeDecodeError:
                    raise InputError(
                        self.src.display,
                        "not UTF-8 text (re-save it as 'CSV UTF-8')",
                        self.lines_read,
                    ) from None

    def close(self) -> None:
        """Release the underlying file or zip entry."""
        try:
            self._raw.close()
        except (OSError, ValueError):
            pass

    def __enter__(self) -> TextSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
