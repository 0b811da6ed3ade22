"""Finding the header row of a CSV (never a fixed skip) and streaming its data rows.

The header is searched in the first lines, with `,`, `;` (Excel re-saves in European
locales) or a tab (Excel "Unicode text") as separator, past preambles such as `Notes:`.
Rows come with the physical line they start on.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from linkvet.core.importers.batch import InputError
from linkvet.core.importers.caps import CELL_CHARS, LINE_CHARS, size_text
from linkvet.core.importers.kinds import Signature, norm_header
from linkvet.core.importers.streams import TextSource

HEADER_SCAN_LINES = 20
MAX_FIELD_CHARS = CELL_CHARS  # larger fields make the row a problem, not a crash
csv.field_size_limit(LINE_CHARS)


@dataclass(slots=True)
class Row:
    """One data row: its first physical line, raw cells, and an accessor by field name."""

    line: int
    cells: list[str]
    columns: dict[str, int] = field(repr=False)

    def get(self, name: str) -> str:
        """Cell of field `name`, stripped; "" when the column or the cell is missing."""
        pos = self.columns.get(name)
        if pos is None or pos >= len(self.cells):
            return ""
        return self.cells[pos].strip()

    def raw(self, name: str) -> str:
        """Cell of field `name` as written (spaces kept); "" when the column or cell is missing."""
        pos = self.columns.get(name)
        return self.cells[pos] if pos is not None and pos < len(self.cells) else ""

    def at(self, pos: int) -> str:
        """Cell at a column index, stripped; "" when the row is short."""
        return self.cells[pos].strip() if pos < len(self.cells) else ""


@dataclass(slots=True)
class Table:
    """An open CSV whose header was recognised; iterate `rows()` once."""

    signature: Signature
    columns: dict[str, int]
    header: list[str]
    header_line: int
    delimiter: str
    display: str  # the file's name in messages
    _rest: Iterator[str]

    def rows(self) -> Iterator[Row | InputError]:
        """Data rows (blank ones skipped). Oversized rows come as an InputError value
        carrying the line, so the caller can record a row problem and go on."""
        reader = csv.reader(self._rest, delimiter=self.delimiter)
        offset = self.header_line
        previous = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                raise InputError(self.display, f"CSV error: {err}", offset + previous + 1) from None
            start = offset + previous + 1
            previous = reader.line_num
            if not "".join(cells).strip():  # C-level checks: this loop runs per row
                continue
            if max(map(len, cells)) > MAX_FIELD_CHARS:
                yield InputError(
                    self.display,
                    f"field larger than {size_text(MAX_FIELD_CHARS)} (the cell cap)",
                    start,
                )
                continue
            yield Row(start, cells, self.columns)


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def open_table(text: TextSource, signatures: tuple[Signature, ...]) -> Table | None:
    """Scan the first lines for a header fitting one of `signatures`; None when none fits."""
    lines = text.lines()
    head: list[str] = []
    for line in itertools.islice(lines, HEADER_SCAN_LINES):
        head.append(line)
        stripped = line.strip()
        if not stripped:
            continue
        for delimiter in (",", ";", "\t"):
            if delimiter not in stripped and delimiter != ",":
                continue
            header = [norm_header(c) for c in _split(stripped, delimiter)]
            for signature in signatures:
                columns = signature.match(header)
                if columns is None:
                    continue
                return Table(
                    signature, columns, header, len(head), delimiter, text.src.display, lines
                )
    return None
