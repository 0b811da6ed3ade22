"""Intermediate rows read from one file, before the owner is known and ids are assigned.

Parsers fill a `Parsed`; `core.importers.assemble` turns a whole export's worth of them into
model records once the owner is settled.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from linkvet.core.importers.batch import (
    MAX_PROBLEMS,
    MAX_RECORDS,
    FileSummary,
    InputError,
    RowProblem,
)
from linkvet.core.importers.capping import FieldCaps
from linkvet.core.importers.caps import ROWS
from linkvet.core.importers.table import Row, Table


@dataclass(slots=True)
class RawInvitation:
    """One invitation row (LinkedIn or generic CSV)."""

    line: int
    direction: str  # INCOMING | OUTGOING
    from_name: str
    from_url: str | None
    to_name: str
    to_url: str | None
    sent_at: datetime | None
    sent_at_raw: str
    message: str = ""
    headline: str | None = None
    company: str | None = None
    mutual: int | None = None
    recipient: str = ""  # generic CSVs: the owner named on this row
    from_urn: str | None = None  # member ids (Jul-Sep 2023 exports carry URNs, not URLs)
    to_urn: str | None = None


@dataclass(slots=True)
class RawConnection:
    """One Connections.csv row."""

    name: str
    first: str
    last: str
    url: str | None
    email: str | None
    company: str | None
    position: str | None
    connected_on: str | None


@dataclass(slots=True)
class RawMessage:
    """One non-sponsored, non-draft message row."""

    line: int
    from_name: str
    from_url: str | None
    to_name: str
    to_urls: list[str]
    at: datetime
    text: str
    direction_hint: str = ""  # "in" / "out" when the file says so (2018 Direction column)


@dataclass(slots=True)
class RawContact:
    """One address-book entry (LinkedIn contacts, Google, Outlook, vCard)."""

    name: str
    first: str = ""
    last: str = ""
    emails: list[str] = field(default_factory=list)
    url: str | None = None
    company: str | None = None
    title: str | None = None
    phones: list[str] = field(default_factory=list)
    urn: str | None = None


@dataclass(slots=True)
class Parsed:
    """Everything one file contributed, plus its summary."""

    summary: FileSummary
    invitations: list[RawInvitation] = field(default_factory=list)
    connections: list[RawConnection] = field(default_factory=list)
    messages: list[RawMessage] = field(default_factory=list)
    contacts: list[RawContact] = field(default_factory=list)
    profile_name: str | None = None
    profile_headline: str | None = None
    current_company: str | None = None
    url_era: str | None = None  # invitations: "urls" | "urns" | "none" | "bare"
    newest: datetime | None = None

    def seen(self, moment: datetime | None) -> None:
        """Track the newest date in the file (export date fallback)."""
        if moment is not None and (self.newest is None or moment > self.newest):
            self.newest = moment


def opt(value: str) -> str | None:
    """None for empty cells and the literal `null` LinkedIn writes in Contacts.csv."""
    text = value.strip()
    return None if not text or text.casefold() == "null" else text


def data_rows(table: Table, summary: FileSummary) -> Iterator[Row]:
    """Rows of `table`, counting them, each field held to its cap (core.importers.caps);
    rows with an oversized cell become row problems; past ROWS rows or MAX_RECORDS records
    the file is refused. Once the rows are done, the file's notes say which were cut."""
    caps = FieldCaps.for_columns(table.columns)
    for item in table.rows():
        summary.rows_read += 1
        if summary.rows_read > ROWS:
            raise InputError(
                table.display,
                f"more than {ROWS:,} rows in one file (the row cap): not a LinkedIn export",
                item.line,
            )
        if isinstance(item, InputError):
            reject(summary, item.line or 0, item.reason)
            continue
        if summary.imported >= MAX_RECORDS:
            raise InputError(
                table.display,
                f"more than {MAX_RECORDS:,} records in one file: not a LinkedIn export "
                "(refused so that memory stays bounded)",
                item.line,
            )
        caps.apply(item.line, item.cells)
        yield item
    note_caps(summary, caps)


def note_caps(summary: FileSummary, caps: FieldCaps) -> None:
    """File notes for the rows kept with a field held to its cap, each row counted once."""
    noted = caps.notes(summary)
    for lines, what in noted:
        note_rows(summary, lines, what, counted=False)
    summary.kept_with_gaps += len({n for lines, _ in noted for n in lines})


def note_rows(
    summary: FileSummary, lines: list[int], what: str, shown: int = 8, counted: bool = True
) -> None:
    """A file note about rows kept despite a gap: how many, what, and their lines (added to
    the file's count of such rows unless the caller counts them itself: `counted=False`)."""
    if not lines:
        return
    where = ", ".join(str(n) for n in lines[:shown]) + (" ..." if len(lines) > shown else "")
    rows = "row" if len(lines) == 1 else "rows"
    note = f"{len(lines)} {rows} {what} (line{'s' * (len(lines) > 1)} {where})"
    summary.notes.append(note)
    summary.gap_notes.append(note)
    if counted:
        summary.kept_with_gaps += len(lines)


def reject(summary: FileSummary, line: int, reason: str) -> None:
    """Record a skipped row with the physical line it starts on."""
    summary.skipped += 1
    summary.problem_count += 1
    if len(summary.problems) < MAX_PROBLEMS:  # memory stays bounded on a hostile file
        summary.problems.append(RowProblem(line, reason))
