"""Merge an ImportBatch into the store: idempotent upserts, connection status, reconcile.

Re-importing the same export changes nothing; a newer one updates what changed, marks
pending senders who are now connections as accepted, and keeps every decision (decisions
live in the journal, keyed by stable invitation ids).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from linkvet.core.connections import ConnectionIndex
from linkvet.core.importers.batch import ImportBatch
from linkvet.core.models import Contact, Conversation, Invitation, Owner, Record, merge_owners


@dataclass(slots=True)
class MergeCounts:
    """How many records of one kind were new, changed, or already there."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(slots=True)
class MergeResult:
    """The merged state to write plus what changed, for the summary and for re-analysis."""

    owners: dict[str, Owner]
    invitations: dict[str, Invitation]
    contacts: dict[str, Contact]
    conversations: dict[str, Conversation]
    counts: dict[str, MergeCounts] = field(default_factory=dict)
    new_contacts: list[Contact] = field(default_factory=list)
    changed_invitations: set[str] = field(default_factory=set)
    newly_accepted: list[str] = field(default_factory=list)


T = TypeVar("T", bound=Record)


def _upsert(existing: dict[str, T], incoming: Iterable[T], counts: MergeCounts) -> list[T]:
    """Insert or replace records by id; returns the ones that are new or changed."""
    changed: list[T] = []
    for record in incoming:
        key = record.id  # type: ignore[attr-defined]
        old = existing.get(key)
        if old is None:
            counts.imported += 1
        elif old == record:
            counts.unchanged += 1
            continue
        else:
            counts.updated += 1
        existing[key] = record
        changed.append(record)
    return changed


def _merge_owner(old: Owner | None, new: Owner) -> Owner:
    """The newer import's details win; the stored record fills what it lacks."""
    return new if old is None else merge_owners(new, old)


def _merge_invitation(old: Invitation | None, new: Invitation) -> Invitation:
    """Keep richer fields (headline, company, mutual count) that a poorer source lacks."""
    if old is None:
        return new
    merged = replace(new, sender=replace(new.sender))  # the sender's gaps are filled below
    for name in ("profile_url", "headline", "company", "email"):
        if not getattr(merged.sender, name) and getattr(old.sender, name):
            setattr(merged.sender, name, getattr(old.sender, name))
    if not merged.message and old.message:
        merged.message = old.message
    if (
        _date_only(merged.sent_at)
        and old.sent_at
        and old.sent_at[:10] == (merged.sent_at or "")[:10]
    ):
        merged.sent_at, merged.sent_at_raw = old.sent_at, old.sent_at_raw  # keep the time
    if merged.mutual_connections is None:
        merged.mutual_connections = old.mutual_connections
    if old.export_status == "accepted":
        merged.export_status = "accepted"
    merged.last_seen_export = max(
        filter(None, [old.last_seen_export, new.last_seen_export]), default=None
    )
    return merged


def _date_only(iso: str | None) -> bool:
    """True for a timestamp at local midnight: a source that only knew the day."""
    return bool(iso) and iso[10:19] == "T00:00:00"  # type: ignore[index]


def merge(
    batch: ImportBatch,
    owners: dict[str, Owner],
    invitations: dict[str, Invitation],
    contacts: list[Contact],
    conversations: dict[str, Conversation],
) -> MergeResult:
    """Merge `batch` into copies of the current tables (the store is not touched here)."""
    result = MergeResult(
        owners=dict(owners),
        invitations=dict(invitations),
        contacts={c.id: c for c in contacts},
        conversations=dict(conversations),
    )
    owner_counts = result.counts.setdefault("owners", MergeCounts())
    for owner in batch.owners:
        merged = _merge_owner(result.owners.get(owner.id), owner)
        if owner.id not in result.owners:
            owner_counts.imported += 1
        elif merged != result.owners[owner.id]:
            owner_counts.updated += 1
        else:
            owner_counts.unchanged += 1
        result.owners[owner.id] = merged

    inv_counts = result.counts.setdefault("invitations", MergeCounts())
    merged_invs = [_merge_invitation(result.invitations.get(i.id), i) for i in batch.invitations]
    for inv in _upsert(result.invitations, merged_invs, inv_counts):
        result.changed_invitations.add(inv.id)

    contact_counts = result.counts.setdefault("contacts", MergeCounts())
    result.new_contacts = _upsert(result.contacts, batch.contacts, contact_counts)

    conv_counts = result.counts.setdefault("conversations", MergeCounts())
    _upsert(result.conversations, batch.conversations, conv_counts)

    _mark_connections(result)
    return result


def _mark_connections(result: MergeResult) -> None:
    """INCOMING invitations whose sender is now a connection of that owner become accepted."""
    connections = ConnectionIndex.from_contacts(result.contacts.values())
    for inv in list(result.invitations.values()):
        if inv.direction != "INCOMING" or inv.export_status == "accepted":
            continue
        if connections.contains(inv.owner_id, inv.sender.name, inv.sender.profile_url):
            inv = replace(inv, export_status="accepted")  # never mutate the store's cached copy
            result.invitations[inv.id] = inv
            result.newly_accepted.append(inv.id)
            result.changed_invitations.add(inv.id)
