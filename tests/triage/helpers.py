"""Shared builders for tests/triage and tests/export: sample workspaces and hand-built ones."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from linkvet.core.config import Config
from linkvet.core.derived import derive
from linkvet.core.models import Contact, Conversation, Invitation, Owner, Person
from linkvet.core.sample import load_sample_data
from linkvet.core.store import Store
from linkvet.core.triage import Workspace

from tests.conftest import SAMPLE

OWNER_FOLDERS = ["dana-whitfield", "lee-okafor", "priya-raman"]
TODAY = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)  # six days after the sample export date


def workspace(db: Path, now: datetime | None = None, config: Config | None = None) -> Workspace:
    """A workspace on `db` with a fixed clock (default TODAY) and default settings."""
    moment = now or TODAY
    return Workspace(Store(db), config or Config(), clock=lambda: moment)


def build_sample(db: Path, full: bool = True) -> None:
    """Import the sample data into `db` (full: address books and generic CSV too)."""
    ws = workspace(db)
    if full:
        load_sample_data(ws)
    else:
        ws.import_paths([SAMPLE / name for name in OWNER_FOLDERS])


def copy_db(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def save_records(
    db: Path,
    owners: Iterable[Owner],
    invitations: Iterable[Invitation],
    contacts: Iterable[Contact] = (),
    conversations: Iterable[Conversation] = (),
) -> None:
    """Write records straight into a store (no importer), for hand-built edge cases."""
    store = Store(db)
    with store.transaction():
        invs, convs = list(invitations), list(conversations)
        store.save(
            owners=list(owners),
            invitations=invs,
            contacts=list(contacts),
            conversations=convs,
            derived=derive(invs, convs, {}, []),
            patterns=[],
        )


OWNER = Owner(
    id="own1",
    name="Olga Owner",
    profile_url="https://www.linkedin.com/in/olga-owner",
    company="Contoso",
    export_date="2026-11-20",
    has_connections=True,
    invitations_export="2026-11-20",
)


def incoming(
    inv_id: str,
    name: str,
    url: str | None = None,
    message: str = "",
    days_ago: int = 5,
    owner: Owner = OWNER,
    status: str = "pending",
) -> Invitation:
    """An INCOMING invitation to `owner`, sent `days_ago` days before TODAY."""
    sent = (TODAY - timedelta(days=days_ago)).isoformat()
    return Invitation(
        id=inv_id,
        owner_id=owner.id,
        direction="INCOMING",
        sender=Person(name, url),
        recipient=Person(owner.name, owner.profile_url),
        sent_at=sent,
        sent_at_raw=sent,
        message=message,
        export_status=status,  # type: ignore[arg-type]
        last_seen_export=owner.invitations_export,
    )


def outgoing(
    inv_id: str, name: str, url: str | None, days_ago: int, owner: Owner = OWNER
) -> Invitation:
    """An OUTGOING invitation from `owner` to `name`."""
    sent = (TODAY - timedelta(days=days_ago)).isoformat()
    return Invitation(
        id=inv_id,
        owner_id=owner.id,
        direction="OUTGOING",
        sender=Person(owner.name, owner.profile_url),
        recipient=Person(name, url),
        sent_at=sent,
        sent_at_raw=sent,
        last_seen_export=owner.invitations_export,
    )


def connection(name: str, url: str | None, owner: Owner = OWNER) -> Contact:
    return Contact(id=f"c-{name}", owner_id=owner.id, source="connection", name=name,
                   profile_url=url)  # fmt: skip


# ----- newer-export simulation ------------------------------------------------------------


def newer_export_folder(tmp: Path, owner_folder: str, day: date | None = None) -> Path:
    """A copy of a sample owner's export named like LinkedIn's zip (`..._MM-DD-YYYY`), so it
    counts as an export made on `day` (default: tomorrow in real time, after any decision)."""
    day = day or (datetime.now(UTC).date() + timedelta(days=1))
    target = tmp / f"{owner_folder}_Basic_LinkedInDataExport_{day:%m-%d-%Y}"
    shutil.copytree(SAMPLE / owner_folder, target)
    return target


def read_rows(path: Path) -> tuple[list[str], list[list[str]], str]:
    """(preamble lines, rows incl. header, delimiter) of a sample CSV."""
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(("First Name", "From",
                                                                     '"CONVERSATION')))  # fmt: skip
    delimiter = ";" if lines[start].count(";") > lines[start].count(",") else ","
    rows = list(csv.reader(lines[start:], delimiter=delimiter))
    return lines[:start], rows, delimiter


def write_rows(path: Path, preamble: list[str], rows: list[list[str]], delimiter: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(preamble)
        csv.writer(handle, delimiter=delimiter, lineterminator="\n").writerows(rows)
