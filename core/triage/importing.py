"""One import, from files to a committed generation: read, merge, analyse, derive, commit,
then say what happened (counts, what was refused, what got done on LinkedIn, data health).

The whole import is one atomic step under the store's write lock: a bad file raises
InputError before anything is written, and nothing is written when nothing changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from linkvet.core.derived import derive
from linkvet.core.importers import read_sources
from linkvet.core.importers.batch import FileSummary, ImportBatch, read_whole
from linkvet.core.ingest import MergeResult, merge
from linkvet.core.merge_counts import MergeCounts
from linkvet.core.models import Contact, ImportedFile
from linkvet.core.store import Store
from linkvet.core.triage.analysis import Progress, analyze
from linkvet.core.triage.health import file_accounts, health, same_accounts, summary_lines
from linkvet.core.triage.reconcile import ReconcileSummary, reconcile
from linkvet.core.triage.status import status_of
from linkvet.core.triage.views import Views


@dataclass(slots=True)
class ImportReport:
    """What an import did: per-file summaries, merge counts, warnings, reconciliation."""

    files: list[FileSummary]
    counts: dict[str, MergeCounts]
    warnings: list[str] = field(default_factory=list)
    newly_accepted: int = 0
    pending: int = 0
    dry_run: bool = False
    reconcile: dict[str, int] = field(default_factory=dict)
    outcomes: ReconcileSummary | None = None  # done / still to do / replied, after an import
    # invitations an older linkvet had folded into another of the same name (now pending)
    came_back: list[str] = field(default_factory=list)
    rebuilt_contacts: int = 0  # contacts of an older linkvet rebuilt under the identity rule
    took_over: str | None = None  # the owner's name that took over the provisional "you"
    provisional: bool = False  # the data belongs to "you" until an export names its owner
    # nothing written although asked to: rows were bad and the front end's rule says an
    # import is whole or nothing unless the user chose to skip them (`--skip-bad-rows`)
    held: bool = False

    def rows_skipped(self) -> int:
        """Rows refused for a reason the user may fix (see FileSummary.problem_count)."""
        return sum(f.problem_count for f in self.files)

    def files_not_read(self) -> list[str]:
        """LinkedIn files of an export that were ignored (unknown columns and the like):
        their rows are missing. As `export!file` names."""
        return [f"{f.path}!{entry}" for f in self.files for entry, _ in f.ignored]

    def written(self) -> bool:
        """True when the import was written (neither a dry run nor held back)."""
        return not self.dry_run and not self.held

    def complete(self) -> bool:
        """True when every row linkvet reads was kept (with or without a gap)."""
        return read_whole(self.files)

    def headline(self) -> str:
        """One line that says what came in and, first of all, what did not: a row that was
        refused or kept with a gap, or a file that was not read, is never lost quietly."""
        kinds: dict[str, list[int]] = {}
        for f in self.files:
            if f.kind in ("bundle", "profile", "positions"):
                continue
            counts = kinds.setdefault(_KIND_WORDS.get(f.kind, f.kind), [0, 0, 0])
            counts[0] += f.imported + f.problem_count  # rows skipped on purpose are no loss
            counts[1] += f.imported
            counts[2] += f.kept_with_gaps
        if self.held:
            verb = "Nothing imported: would import"
        elif self.dry_run:
            verb = "Dry run, nothing written: would import"
        else:
            verb = "Imported"
        parts = []
        for word, (read, imported, gaps) in kinds.items():
            text = (
                f"{imported:,} {word}" if imported == read else f"{imported:,} of {read:,} {word}"
            )
            if gaps:
                text += f" ({gaps:,} with a gap, kept)"
            parts.append(text)
        line = f"{verb} {', '.join(parts) or 'nothing new'}"
        losses = []
        skipped = self.rows_skipped()
        if skipped:
            losses.append(f"{skipped:,} bad row{'s' * (skipped != 1)} skipped")
        unread = [entry for f in self.files for entry, _ in f.ignored]
        if unread:
            shown = ", ".join(unread[:3]) + (", ..." if len(unread) > 3 else "")
            losses.append(f"{len(unread)} file{'s' * (len(unread) != 1)} not read ({shown})")
        if losses:
            line += f"; {', '.join(losses)}: see below"
        elif any(f.kept_with_gaps for f in self.files):
            line += ": see the notes below"
        if self.held:
            line += ". Fix them, or import the rest with --skip-bad-rows"
        return line + "."

    def identity_lines(self) -> list[str]:
        """What the identity rule changed or still needs (docs/IDENTITY.md)."""
        lines: list[str] = []
        if self.came_back:
            n = len(self.came_back)
            lines.append(
                f"{n} invitation{'s' * (n != 1)} that an older linkvet had merged with another "
                f"of the same name and day came back as pending ({', '.join(self.came_back[:8])}); "
                "your decisions stay on the invitations you made them on"
            )
        if self.rebuilt_contacts:
            lines.append(
                f"{self.rebuilt_contacts} contacts that an older linkvet had merged by name were "
                "rebuilt from this file (people who share a name are separate contacts now)"
            )
        if self.took_over:
            lines.append(f'what was imported for "you" now belongs to {self.took_over}')
        elif self.provisional:
            lines.append(
                'no file said whose data this is: it is kept for "you"; the first LinkedIn '
                "export you import is attached to you (or give --owner NAME)"
            )
        return lines


_KIND_WORDS = {
    "invitations": "invitation rows",
    "generic": "invitation rows",
    "linkvet_bundle": "invitation rows",
    "connections": "connections",
    "messages": "messages",
    "contacts": "address-book rows",
    "vcard": "address-book cards",
}


def statuses(store: Store) -> dict[str, str]:
    """Status of every incoming invitation, from the records alone (no checks, no views):
    taken before and after an import to reconcile."""
    owners, states = store.owners(), store.states()
    return {
        inv.id: status_of(inv, states.get(inv.id), owners.get(inv.owner_id))
        for inv in store.invitations().values()
        if inv.direction == "INCOMING"
    }


def read_paths(
    store: Store,
    paths: Sequence[str | Path],
    kind: str | None = None,
    owner_name: str | None = None,
    owner_company: str | None = None,
    progress: Progress | None = None,
) -> ImportBatch:
    """Read the files of an import (nothing written): the database's owners say whose a
    file is when the file does not."""
    owners = list(store.owners().values())
    only = owners[0] if len(owners) == 1 else None
    return read_sources(
        paths,
        kind,
        owner_name,
        owner_company,
        progress,
        default_owner=only,
        several_owners=len(owners) > 1,
    )


def import_paths(
    views: Views,
    paths: Sequence[str | Path],
    kind: str | None = None,
    owner_name: str | None = None,
    owner_company: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Read, merge, analyse and commit one import as a single atomic step.

    Raises core.importers.batch.InputError (nothing written) for a bad file.
    """
    batch = read_paths(views.store, paths, kind, owner_name, owner_company, progress)
    return import_batch(views, batch, dry_run, progress)


def import_batch(
    views: Views,
    batch: ImportBatch,
    dry_run: bool = False,
    progress: Progress | None = None,
    also: Callable[[list[str]], object] | None = None,
) -> ImportReport:
    """Merge a batch read from any source, re-analyse what changed, commit it as one
    generation, and reconcile. `also(ids)` runs under the same lock after the commit, with
    the stored id of each batch invitation (bundles record their decisions there).
    Nothing is written when nothing changed."""
    store, config = views.store, views.config
    with store.transaction():
        previous_status = statuses(store)  # {} for an empty database
        touched = _owners_of(batch) | {o.id for o in store.owners().values() if o.provisional}
        merged = merge(
            batch,
            store.owners(),
            store.invitations(),
            store.contacts_of(touched),  # an owner's file is read only if the import is theirs
            store.conversations(),
        )
        table_changed = {k: bool(c.imported or c.updated) for k, c in merged.counts.items()}
        changed = bool(merged.newly_accepted) or any(table_changed.values())
        stored_files = store.files()
        accounts = file_accounts(batch.files, stored_files, views.clock())
        if not changed and not dry_run and not same_accounts(accounts, stored_files):
            # nothing new came in, but what this import could not read must be kept
            store.save(files=accounts)
        if changed and not dry_run:
            _commit(views, merged, table_changed, accounts, touched, progress)
        if also is not None and not dry_run:
            also(merged.ids)
    report = ImportReport(
        files=batch.files,
        counts=merged.counts,
        warnings=list(batch.warnings),
        newly_accepted=len(merged.newly_accepted),
        dry_run=dry_run,
        came_back=list(merged.came_back),
        rebuilt_contacts=merged.rebuilt_contacts,
        took_over=merged.owners[merged.took_over].name if merged.took_over else None,
        provisional=any(o.provisional for o in merged.owners.values()),
    )
    if dry_run:
        report.pending = sum(
            1
            for i in merged.invitations.values()
            if i.direction == "INCOMING" and i.export_status == "pending"
        )
        return report
    views.refresh()
    now = statuses(store)
    report.pending = sum(1 for status in now.values() if status == "pending")
    report.reconcile = dict(
        Counter(
            f"{previous_status[i]}->{status}"
            for i, status in now.items()
            if i in previous_status and previous_status[i] != status
        )
    )
    report.outcomes = reconcile(previous_status, views)
    report.warnings = summary_lines(health(store, config, views.clock().date().isoformat()))
    return report


def _owners_of(batch: ImportBatch) -> set[str]:
    """Every owner a batch holds records of (their contacts are the ones it can change)."""
    ids = {o.id for o in batch.owners}
    ids.update(i.owner_id for i in batch.invitations)
    ids.update(c.owner_id for c in batch.contacts)
    ids.update(c.owner_id for c in batch.conversations)
    return ids


def _commit(
    views: Views,
    merged: MergeResult,
    table_changed: dict[str, bool],
    accounts: list[ImportedFile],
    touched: set[str],
    progress: Progress | None,
) -> None:
    """Analyse what changed and write the new generation (only changed tables rewritten)."""
    store, config = views.store, views.config
    invitations_changed = bool(merged.changed_invitations) or table_changed.get("owners", False)
    loaded = touched | ({merged.took_over} if merged.took_over else set())
    matches, patterns = analyze(
        merged.invitations,
        merged.owners,
        merged.contacts.values(),
        store.matches(),
        merged.changed_invitations,
        merged.new_contacts,
        config.matching,
        config.patterns,
        progress,
        previous_patterns=None if invitations_changed else store.patterns(),
        loaded=loaded,
    )
    contacts_changed = table_changed.get("contacts") or table_changed.get("conversations")
    derived = derive(merged.invitations.values(), merged.conversations.values(), matches, patterns)
    by_owner: dict[str, list[Contact]] = {oid: [] for oid in loaded}
    for c in merged.contacts.values():
        by_owner.setdefault(c.owner_id, []).append(c)
    store.save(
        files=accounts,
        owners=merged.owners.values() if invitations_changed else None,
        invitations=merged.invitations.values() if invitations_changed else None,
        owner_contacts=by_owner if contacts_changed else None,
        conversations=merged.conversations.values() if contacts_changed else None,
        derived=derived,
        patterns=patterns,
    )
