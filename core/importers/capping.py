"""Holding each field of a row to its cap (core.importers.caps): free text is cut, addresses
are dropped, and the lines are remembered so the file's notes say what was done to which row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from linkvet.core.importers.batch import FileSummary
from linkvet.core.importers.caps import CUT, FIELD_CAPS, FIELD_KINDS, WORDS, size_text

# How a file's note ends when a field was over its cap (health tells these from damage).
CUT_NOTE = "kept cut to that length"
DROP_NOTE = "kept without it"


def is_cap_note(note: str) -> bool:
    """Whether a file's "kept with a gap" note is about a field over its cap."""
    return f", {CUT_NOTE}" in note or f", {DROP_NOTE}" in note


def capped(value: str, kind: str) -> str:
    """`value` held to the cap of field `kind`: cut for free text, "" for an address."""
    cap, action = FIELD_CAPS[kind]
    if len(value) <= cap:
        return value
    return value[:cap] if action == CUT else ""


def over_cap(value: str, kind: str) -> bool:
    """True when `value` is longer than the cap of field `kind`."""
    return len(value) > FIELD_CAPS[kind][0]


@dataclass(slots=True)
class FieldCaps:
    """The capped columns of one file, and the lines where a field was over its cap."""

    columns: list[tuple[int, str]] = field(default_factory=list)  # (cell position, kind)
    lines: dict[str, list[int]] = field(default_factory=dict)  # kind -> lines, in order

    @classmethod
    def for_columns(cls, columns: dict[str, int]) -> FieldCaps:
        """Caps for a CSV whose field -> position map is `columns` (core.importers.kinds)."""
        return cls(sorted((pos, FIELD_KINDS[f]) for f, pos in columns.items() if f in FIELD_KINDS))

    def apply(self, line: int, cells: list[str]) -> None:
        """Hold the capped cells of one row (in place) and remember its line."""
        for pos, kind in self.columns:
            if pos < len(cells) and over_cap(cells[pos], kind):
                cells[pos] = capped(cells[pos], kind)
                self.hit(kind, line)

    def hold(self, value: str, kind: str, line: int) -> str:
        """One value (a vCard property) held to its cap, its line remembered when it was over."""
        if not over_cap(value, kind):
            return value
        self.hit(kind, line)
        return capped(value, kind)

    def hit(self, kind: str, line: int) -> None:
        """Record that the row at `line` had a field of `kind` over its cap."""
        seen = self.lines.setdefault(kind, [])
        if not seen or seen[-1] != line:
            seen.append(line)

    def notes(self, summary: FileSummary) -> list[tuple[list[int], str]]:
        """(lines, what) per field kind that was over its cap, for the rows that were kept
        (rows refused for another reason are left out)."""
        refused = {p.line for p in summary.problems}
        out: list[tuple[list[int], str]] = []
        for kind, lines in self.lines.items():
            cap, action = FIELD_CAPS[kind]
            how = CUT_NOTE if action == CUT else DROP_NOTE
            kept = [n for n in lines if n not in refused]
            out.append((kept, f"with {WORDS[kind]} longer than {size_text(cap)}, {how}"))
        return out
