"""Data health: what the imported exports cannot tell, said plainly, with what to import.

Each note names the owner it is about (None for the whole database) and the fix. The lead
shows them in the import summary and the TUI header; `linkvet health` lists them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from linkvet.core.models import Invitation, Owner
from linkvet.core.notes import read_note
from linkvet.core.triage.status import days_since

if TYPE_CHECKING:
    from linkvet.core.triage.service import Workspace

CODES: tuple[str, ...] = (
    "empty",
    "no_connections",
    "name_only_identity",
    "stale_export",
    "no_address_book",
    "thin_invitations",
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


def health(ws: Workspace) -> list[HealthNote]:
    """Notes for every owner (sorted by owner name, then CODES order)."""
    owners = sorted(ws.store.owners().values(), key=lambda o: (o.name.casefold(), o.id))
    if not owners:
        return [
            HealthNote(
                "empty",
                None,
                "nothing imported yet",
                "import your LinkedIn data export (linkvet import Basic_LinkedInDataExport.zip)",
            )
        ]
    today = ws.today()
    max_age = ws.config.actions.stale_export_days
    books = ws.store.contact_owners("address_book")
    notes: list[HealthNote] = []
    for owner in owners:
        if not owner.has_connections:
            notes.append(
                HealthNote(
                    "no_connections",
                    owner.name,
                    "no Connections.csv imported, so linkvet cannot tell which invitations are "
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
    statuses = ws.statuses()
    pending = (inv for inv in ws.store.invitations().values() if statuses.get(inv.id) == "pending")
    thin = {n.owner: n for n in missing_fields(pending, {o.id: o for o in owners})}
    out: list[HealthNote] = []
    for owner in owners:  # each owner's notes together, in CODES order
        out.extend(n for n in notes if n.owner == owner.name)
        if owner.name in thin:
            out.append(thin[owner.name])
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
