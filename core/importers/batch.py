"""What an import produces before it touches the store: records plus a per-file account."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from linkvet.core.errors import LinkvetError
from linkvet.core.importers.caps import RECORDS as MAX_RECORDS
from linkvet.core.models import Contact, Conversation, Invitation, Owner

MAX_PROBLEMS = 1000  # row problems kept per file; the rest are only counted
__all__ = ["MAX_PROBLEMS", "MAX_RECORDS", "FileSummary", "ImportBatch", "InputError", "RowProblem"]


class InputError(LinkvetError):
    """A file that cannot be imported. `str(err)` is the one line shown to the user:
    `path[:line]: reason`. Raised before anything is written, so the store stays as it was."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path, self.reason, self.line = path, reason, line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


@dataclass(slots=True)
class RowProblem:
    """A row skipped for a reason the user may want to fix (line is 1-based in the file)."""

    line: int
    reason: str


@dataclass(slots=True)
class FileSummary:
    """Per-file account for the import summary."""

    path: str
    # connections | invitations | messages | contacts | vcard | generic | profile | positions
    # | bundle (a zip or folder; its notes list the files it ignored)
    kind: str
    rows_read: int = 0
    imported: int = 0
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)  # the first MAX_PROBLEMS
    problem_count: int = 0  # all of them (a hostile file can have a million)
    kept_with_gaps: int = 0  # rows imported although a field was missing or unreadable
    gap_notes: list[str] = field(default_factory=list)  # what those rows lack, with lines
    # bundles: LinkedIn files linkvet reads that were not read, with the reason
    ignored: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "12 hidden members (empty rows) skipped"


def read_whole(files: Sequence[FileSummary]) -> bool:
    """True when no row was refused and no LinkedIn file of an export was left unread: every
    row the files hold is in the batch (rows skipped on purpose, such as LinkedIn's hidden
    members, and rows kept with a gap count as kept)."""
    return not any(f.problem_count or f.ignored for f in files)


@dataclass(slots=True)
class ImportBatch:
    """Everything read from one call of `read_sources`, ready to merge into the store."""

    owners: list[Owner] = field(default_factory=list)
    invitations: list[Invitation] = field(default_factory=list)  # INCOMING and OUTGOING
    # the file (numbered within this import) each invitation and contact row came from:
    # rows of one file never merge with each other (core.invitations, core.contacts)
    invitation_files: list[int] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    contact_files: list[int] = field(default_factory=list)
    conversations: list[Conversation] = field(default_factory=list)
    files: list[FileSummary] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # data-health notes for the summary

    def complete(self) -> bool:
        """Every row of the files read is here (see read_whole)."""
        return read_whole(self.files)

    def file_numbers(self, records: Sequence[object], numbers: list[int]) -> list[int]:
        """`numbers` for `records`; when none were recorded (a batch built by hand), every
        record counts as its own file."""
        if not numbers:
            return [-(i + 1) for i in range(len(records))]
        if len(numbers) != len(records):
            raise ValueError("a file number is needed for every record of the batch")
        return numbers
