"""Opening one input file (on disk, inside a zip, or stdin) as a guarded, metered line stream.

Guards live here so every parser gets them: byte caps against zip bombs, binary and empty
refusals, overlong lines, and progress reports while large files are read. The encoding is
decided from what real spreadsheet saves look like, never by a general-purpose guesser (which
misreads short name lists): a BOM says UTF-8 or UTF-16 (Excel "Unicode text" is UTF-16 LE
with a BOM); NUL in every other byte says UTF-16 without one; otherwise UTF-8, unless the
bytes are not UTF-8, which on the files people have means Windows Excel's "CSV" save in
Windows-1252.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from linkvet.core.importers.batch import InputError
from linkvet.core.importers.caps import (
    LINE_CHARS,
    ZIP_ENTRY_BYTES,
    ZIP_RATIO,
    ZIP_RATIO_SLACK,
    size_text,
)

Progress = Callable[[str, int, int], None]

MAX_ENTRY_BYTES = ZIP_ENTRY_BYTES  # uncompressed size cap for one zip entry
MAX_RATIO = ZIP_RATIO  # uncompressed / compressed, for zip entries
RATIO_SLACK = ZIP_RATIO_SLACK  # tiny entries compress extremely well; ignore ratio below this
MAX_LINE_CHARS = LINE_CHARS  # one physical line longer than this is refused
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


UTF8, UTF16_LE, UTF16_BE, CP1252 = "utf-8", "utf-16-le", "utf-16-be", "cp1252"
# a UTF-8 multi-byte character: Windows-1252 text almost never has one
_UTF8_CHARACTER = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _utf16_order(head: bytes) -> str | None:
    """UTF-16 byte order from a BOM, or from NUL in every other byte (ASCII-range text
    without a BOM); None when the text is not UTF-16."""
    if head.startswith(codecs.BOM_UTF16_LE):
        return UTF16_LE
    if head.startswith(codecs.BOM_UTF16_BE):
        return UTF16_BE
    sample = head[:200]
    if len(sample) < 4:
        return None
    odd_nuls, even_nuls = sample[1::2].count(0), sample[0::2].count(0)
    if max(odd_nuls, even_nuls) <= len(sample) // 4:
        return None
    return UTF16_LE if odd_nuls > even_nuls else UTF16_BE


def _is_utf8(head: bytes, complete: bool) -> bool:
    """True when `head` is UTF-8 (a multi-byte character cut at the end of a partial head
    does not count against it)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(head: bytes, complete: bool) -> str | None:
    """The encoding of a file from its first bytes (`complete`: they are the whole file):
    UTF-8 or UTF-16 by BOM, UTF-16 by NUL pattern, UTF-8 when valid or when it holds UTF-8
    characters (a mixed file is then refused at the line that breaks), else Windows-1252.
    None for binary data (NUL bytes that are not UTF-16)."""
    if head.startswith(codecs.BOM_UTF8):
        return UTF8
    order = _utf16_order(head)
    if order is not None:
        return order
    if b"\x00" in head:
        return None
    if _is_utf8(head, complete) or _UTF8_CHARACTER.search(head):
        return UTF8
    return CP1252


class TextSource:
    """A guarded text view of a SourceFile, yielding physical lines (endings kept).

    `encoding` is what the file was read as (see detect_encoding). A file that starts as
    plain ASCII and has its first non-UTF-8 byte later is Windows-1252 from that line on;
    one that already had UTF-8 characters is refused at the line that breaks it.
    """

    def __init__(self, src: SourceFile, progress: Progress | None = None) -> None:
        self.src = src
        self.lines_read = 0
        raw = io.BufferedReader(_Meter(src, src.opener(), progress), 1 << 16)
        self._raw = raw
        head = raw.peek(HEAD_BYTES)[:HEAD_BYTES]
        encoding = detect_encoding(head, complete=len(head) < HEAD_BYTES)
        if encoding is None:
            raw.close()
            raise InputError(src.display, "binary file (NUL bytes), not CSV or vCard text")
        self.encoding = encoding
        text = head.decode(encoding, "ignore").lstrip("\ufeff")
        if not text.strip():
            raw.close()
            raise InputError(src.display, "empty file")
        self.head_line = next((ln for ln in text.splitlines() if ln.strip()), "")
        self._first = True

    @property
    def utf16(self) -> bool:
        """True for UTF-16 text (Excel's "Unicode text" save)."""
        return self.encoding in (UTF16_LE, UTF16_BE)

    def lines(self) -> Iterator[str]:
        """Physical lines (endings kept; `\n`, `\r\n` or a lone `\r` end a line), decoded
        one by one so an encoding error names its exact line."""
        if self.utf16:
            yield from self._utf16_lines()
            return
        encoding, plain = self.encoding, True  # plain: only ASCII lines so far
        while True:
            chunk = self._raw.readline(MAX_LINE_CHARS)
            if not chunk:
                return
            if len(chunk) >= MAX_LINE_CHARS and not chunk.endswith(b"\n"):
                raise self._too_long()
            if self._first:
                chunk = chunk.removeprefix(codecs.BOM_UTF8)
                self._first = False
            for part in chunk.splitlines(keepends=True) if b"\r" in chunk else (chunk,):
                self.lines_read += 1
                if b"\x00" in part:
                    raise InputError(self.src.display, "NUL byte in text", self.lines_read)
                try:
                    line = part.decode(encoding)
                except UnicodeDecodeError:
                    if not (plain and encoding == UTF8):
                        raise self._undecodable() from None
                    encoding = self.encoding = CP1252  # Excel's "CSV" save: ASCII, then é
                    try:
                        line = part.decode(CP1252)
                    except UnicodeDecodeError:
                        raise self._undecodable() from None
                if plain and not part.isascii():
                    plain = False
                yield line

    def _too_long(self) -> InputError:
        cap = size_text(MAX_LINE_CHARS)
        return InputError(
            self.src.display, f"line longer than {cap} (the line cap)", self.lines_read + 1
        )

    def _undecodable(self) -> InputError:
        return InputError(
            self.src.display,
            "not UTF-8 text, nor Windows-1252 (re-save it as 'CSV UTF-8')",
            self.lines_read,
        )

    def _utf16_lines(self) -> Iterator[str]:
        """Lines of UTF-16 text (BOM dropped; invalid text names its line)."""
        reader = io.TextIOWrapper(self._raw, encoding=self.encoding, newline="")
        first = True
        while True:
            try:
                line = reader.readline(MAX_LINE_CHARS)
            except UnicodeDecodeError:
                raise InputError(
                    self.src.display, "not valid UTF-16 text", self.lines_read + 1
                ) from None
            if not line:
                return
            if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
                raise self._too_long()
            if first:
                line, first = line.removeprefix("\ufeff"), False
            self.lines_read += 1
            if "\x00" in line:
                raise InputError(self.src.display, "NUL byte in text", self.lines_read)
            yield line

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
