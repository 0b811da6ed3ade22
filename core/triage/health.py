"""Data health: what the imported exports cannot tell, said plainly, with what to import.

Each note names the owner it is about (None for the whole database) and the fix. The lead
shows them in the import summary and the TUI header; `linkvet health` lists them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from linkvet.core.dates import days_since
from linkvet.core.identity import short_id
from linkvet.core.importers.capping import is_cap_note
from linkvet.core.models import ImportedFile, Invitation, Owner
from linkvet.core.notes import read_note
from linkvet.core.triage.status import status_of

if TYPE_CHECKING:
    from linkvet.core.config import Config
    from linkvet.core.importers.batch import FileSummary
    from linkvet.core.store import Store

CODES: tuple[str, ...] = (
    "empty",
    "no_connections",
    "name_only_identity",
    "stale_export",
    "no_address_book",
    "thin_invitations",
    "file_ignored",
    "rows_refused",
    "rows_with_gaps",
)


@dataclass(slots=True)
class HealthNote:
    """One limitation of the data: a stable code, whose data, what it means, how to fix it."""

    code: str
    owner: str | None
    message: str
    fix: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def line(self) -> str:
        """One line for the CLI: `Owner: message. Fix: fix`."""
        who = f"{self.owner}: " if self.owner else ""
        return f"{who}{self.message}. Fix: {self.fix}"


def summary_lines(notes: list[HealthNote], per_code: int = 3) -> list[str]:
    """Lines for an import summary: a limitation shared by many owners (team mode) is said
    once, naming a few of them, instead of once per owner."""
    groups: dict[str, list[HealthNote]] = {}
    for note in notes:
        groups.setdefault(note.code, []).append(note)
    lines: list[str] = []
    for group in groups.values():
        if len(group) <= per_code:
            lines.extend(note.line() for note in group)
            continue
        names = ", ".join(n.owner for n in group[:per_code] if n.owner)
        first = group[0]
        message = first.message
        if first.owner:
            message = message.replace(first.owner, "each of them")
        lines.append(
            f"{len(group)} owners ({names}, ...): {message}. "
            f"Fix: see `linkvet health` for each owner's fix"
        )
    return lines


def file_accounts(
    summaries: Iterable[FileSummary], stored: Mapping[str, ImportedFile], now: datetime
) -> list[ImportedFile]:
    """The stored accounts of imported files, updated with this import's: a file imported
    again replaces its account, so what it could not read is listed until it reads whole."""
    accounts = dict(stored)
    at = now.replace(microsecond=0).isoformat()
    for f in summaries:
        name = PurePath(f.path.replace("!", "/").replace("\\", "/")).name
        if f.kind == "bundle":
            for entry, why in f.ignored:
                key = short_id("file", entry.casefold())
                accounts[key] = ImportedFile(key, f"{f.path}!{entry}", "ignored", at, ignored=why)
            continue
        key = short_id("file", name.casefold())
        accounts[key] = ImportedFile(
            key,
            f.path,
            f.kind,
            at,
            rows_read=f.rows_read,
            imported=f.imported,
            refused=f.problem_count,
            refused_lines=[[p.line, p.reason] for p in f.problems[:20]],
            gaps=list(f.gap_notes),
        )
    return list(accounts.values())


def same_accounts(accounts: list[ImportedFile], stored: Mapping[str, ImportedFile]) -> bool:
    """True when `accounts` say the same as `stored` (the import time aside)."""
    if len(accounts) != len(stored):
        return False
    return all(
        a.id in stored and replace(a, at="") == replace(stored[a.id], at="") for a in accounts
    )


def _file_notes(files: Iterable[ImportedFile]) -> list[HealthNote]:
    """A note per imported file that was not read whole: rows refused, rows kept with a
    gap, or a LinkedIn file of an export that was ignored for its columns."""
    notes: list[HealthNote] = []
    for f in sorted(files, key=lambda f: f.path):
        when = f.at[:10]
        if f.ignored is not None:
            notes.append(
                HealthNote(
                    "file_ignored",
                    None,
                    f"{f.path} was not read (import of {when}): {f.ignored}",
                    "restore the columns LinkedIn wrote (or re-download the export) and "
                    "import it again",
                )
            )
        if f.refused:
            lines = ", ".join(str(n) for n, _ in f.refused_lines[:8])
            more = " ..." if f.refused > 8 else ""
            notes.append(
                HealthNote(
                    "rows_refused",
                    None,
                    f"{f.path}: {f.refused} of {f.rows_read} rows were not imported on "
                    f"{when} (lines {lines}{more}; `linkvet import` lists the reasons)",
                    "correct those rows and import the file again",
                )
            )
        for gap in f.gaps:
            notes.append(
                HealthNote(
                    "rows_with_gaps",
                    None,
                    f"{f.path}: {gap}",
                    "nothing to fix: linkvet keeps each field up to its cap (docs/IMPORT_LIMITS"
                    ".md), so one stranger's text cannot stall it"
                    if is_cap_note(gap)
                    else "re-download the export (a spreadsheet may have rewritten it) and "
                    "import it again",
                )
            )
    return notes


def health(store: Store, config: Config, today: str) -> list[HealthNote]:
    """Notes for every owner (sorted by owner name, then CODES order), then for the files
    imports could not read whole."""
    owners = sorted(store.owners().values(), key=lambda o: (o.name.casefold(), o.id))
    if not owners:
        return [
            HealthNote(
                "empty",
                None,
                "nothing imported yet",
                "import your LinkedIn data export (linkvet import Basic_LinkedInDataExport.zip)",
            )
        ]
    max_age = config.actions.stale_export_days
    books = store.contact_owners("address_book")
    notes: list[HealthNote] = []
    files = store.files().values()
    unread = any(f.ignored and f.path.casefold().endswith("connections.csv") for f in files)
    for owner in owners:
        if not owner.has_connections:
            what = (
                "the Connections.csv found was not read (see below)"
                if unread
                else "no Connections.csv imported"
            )
            notes.append(
                HealthNote(
                    "no_connections",
                    owner.name,
                    f"{what}, so linkvet cannot tell which invitations are "
                    "still pending: every incoming invitation is treated as pending",
                    "import the full LinkedIn export (zip or folder), or its Connections.csv",
                )
            )
        if not owner.url_identity:
            notes.append(
                HealthNote(
                    "name_only_identity",
                    owner.name,
                    "Invitations.csv carries no usable profile URLs (a 2023 export with member "
                    "URNs or no URL columns, or the bare 'linkedin.com/in' bug), so senders are "
                    "matched by name only and namesakes can be confused",
                    "import a newer LinkedIn export (Dec 2023 or later) whose Invitations.csv "
                    "has profile URLs",
                )
            )
        age = days_since(owner.export_date, today)
        if age is not None and age > max_age:
            notes.append(
                HealthNote(
                    "stale_export",
                    owner.name,
                    f"the newest export is from {owner.export_date} ({age} days ago): "
                    "invitations accepted, withdrawn or received since then are not known, "
                    "so decisions may be stale",
                    "request a fresh export (LinkedIn > Settings > Data privacy > Get a copy "
                    "of your data) and import it",
                )
            )
        if owner.id not in books:
            notes.append(
                HealthNote(
                    "no_address_book",
                    owner.name,
                    "no address book imported, so the `known` check only sees LinkedIn "
                    "connections and messages and misses people you know offline",
                    f"import an address book for {owner.name} (Google Contacts CSV, Outlook "
                    f'CSV or a .vcf), e.g. linkvet import contacts.vcf --owner "{owner.name}"',
                )
            )
    states, by_id = store.states(), {o.id: o for o in owners}
    pending = (
        inv
        for inv in store.invitations().values()
        if inv.direction == "INCOMING"
        and status_of(inv, states.get(inv.id), by_id.get(inv.owner_id)) == "pending"
    )
    thin = {n.owner: n for n in missing_fields(pending, by_id)}
    out: list[HealthNote] = []
    for owner in owners:  # each owner's notes together, in CODES order
        out.extend(n for n in notes if n.owner == owner.name)
        if owner.name in thin:
            out.append(thin[owner.name])
    out.extend(_file_notes(files))
    return out


def missing_fields(pending: Iterable[Invitation], owners: Mapping[str, Owner]) -> list[HealthNote]:
    """Per owner: how many pending invitations lack a headline, a company, a note (a real
    LinkedIn export carries none of the first two, so checks that need them stay unknown)."""
    counts: dict[str, list[int]] = {}
    for inv in pending:
        c = counts.setdefault(inv.owner_id, [0, 0, 0, 0])
        c[0] += 1
        c[1] += not (inv.sender.headline or "").strip()
        c[2] += not (inv.sender.company or "").strip()
        c[3] += read_note(inv.message).category in ("empty", "stock")
    notes = []
    for owner_id, (total, headline, company, note) in counts.items():
        if not (headline or company or note):
            continue
        owner = owners.get(owner_id)
        name = owner.name if owner else owner_id
        notes.append(
            HealthNote(
                "thin_invitations",
                name,
                f"of {total} pending invitations, {headline} have no headline, {company} no "
                f"company and {note} no note (or only LinkedIn's stock text): for those the "
                "recruiter and open-networker checks are unknown and the advice is less sure",
                "open a sender's profile with o in the triage screen and tick the checks, or "
                "import a generic invitations CSV with headlines and companies (README, "
                '"Generic invitations CSV")',
            )
        )
    return notes
