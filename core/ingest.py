"""Merge an ImportBatch into the store: idempotent upserts, connection status, reconcile.

Re-importing the same export changes nothing; a newer one updates what changed, marks
pending senders who are now connections as accepted, and keeps every decision (decisions
live in the journal, keyed by stable invitation ids). Which rows are the same record is
decided by core.invitations and core.contacts (docs/IDENTITY.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TypeVar

from linkvet.core.connections import ConnectionIndex
from linkvet.core.contacts import merge_contacts
from linkvet.core.identity import PersonRef, legacy_invitation_id
from linkvet.core.importers.batch import ImportBatch
from linkvet.core.importers.dates import local_day
from linkvet.core.invitations import InvitationPool, day_only, new_invitation_id
from linkvet.core.merge_counts import MergeCounts
from linkvet.core.models import Contact, Conversation, Invitation, Owner, Record, merge_owners


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
    ids: list[str] = field(default_factory=list)  # final id of each batch invitation, in order
    # invitations a schema-1 database had folded into another of the same name and day:
    # they come back as their own (pending) records, the decision stays where it was made
    came_back: list[str] = field(default_factory=list)
    rebuilt_contacts: int = 0  # schema-1 contacts replaced by rows read under the new rule
    took_over: str | None = None  # the named owner that took over the provisional "you"


T = TypeVar("T", bound=Record)


def _merge_owner(old: Owner | None, new: Owner) -> Owner:
    """The newer import's details win; the stored record fills what it lacks."""
    return new if old is None else merge_owners(new, old)


def merge_invitation(old: Invitation, new: Invitation) -> Invitation:
    """`new` (a row read again, maybe from another source) as an update of the stored `old`:
    the id stays, the newer row's details win, and what it lacks (URL, URN, headline,
    company, mutual count, the note, the time of day) is kept from `old`."""
    merged = replace(new, id=old.id, sender=replace(new.sender), recipient=replace(new.recipient))
    for person, before in ((merged.sender, old.sender), (merged.recipient, old.recipient)):
        for name in ("name", "profile_url", "headline", "company", "email", "urn"):
            if not getattr(person, name) and getattr(before, name):
                setattr(person, name, getattr(before, name))
    if len(" ".join(old.message.split())) > len(" ".join(merged.message.split())):
        merged.message = old.message  # empty, or a source that cut the note short
    if day_only(merged.sent_at) and old.sent_at and old.sent_at[:10] == (merged.sent_at or "")[:10]:
        merged.sent_at, merged.sent_at_raw = old.sent_at, old.sent_at_raw  # keep the time
    if merged.mutual_connections is None:
        merged.mutual_connections = old.mutual_connections
    if old.export_status == "accepted":
        merged.export_status = "accepted"
    merged.accepted_seen = old.accepted_seen or merged.accepted_seen
    merged.connected_on = old.connected_on or merged.connected_on
    merged.last_seen_export = max(
        filter(None, [old.last_seen_export, new.last_seen_export]), default=None
    )
    merged.source = new.source or old.source
    merged.legacy = False
    return merged


def _take_over(batch: ImportBatch, result: MergeResult) -> dict[str, str]:
    """When the database holds only the provisional "you" and this import names its owner,
    that owner takes "you" over: returns {provisional id: the named owner's id}."""
    stored = list(result.owners.values())
    named = {o.id: o for o in batch.owners if not o.provisional}
    if len(stored) != 1 or not stored[0].provisional or len(named) != 1:
        return {}
    (owner_id,) = named
    if owner_id in result.owners:
        return {}
    return {stored[0].id: owner_id}


def _rekey(records: dict[str, T], mapping: dict[str, str]) -> None:
    for key, record in list(records.items()):
        new = mapping.get(record.owner_id)  # type: ignore[attr-defined]
        if new:
            records[key] = replace(record, owner_id=new)  # type: ignore[type-var]


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
    mapping = _take_over(batch, result)
    if mapping:
        (old_id, new_id) = next(iter(mapping.items()))
        result.owners.pop(old_id)
        result.took_over = new_id
        _rekey(result.invitations, mapping)
        _rekey(result.contacts, mapping)
        _rekey(result.conversations, mapping)
        for inv in batch.invitations:
            if inv.owner_id == old_id:
                inv.owner_id = new_id
        for c in batch.contacts:
            if c.owner_id == old_id:
                c.owner_id = new_id
        for conv in batch.conversations:
            if conv.owner_id == old_id:
                conv.owner_id = new_id
        batch.owners = [o for o in batch.owners if o.id != old_id]
    owner_counts = result.counts.setdefault("owners", MergeCounts())
    for owner in batch.owners:
        merged = _merge_owner(result.owners.get(owner.id), owner)
        owner_counts.count(result.owners.get(owner.id), merged)
        result.owners[owner.id] = merged

    _merge_invitations(batch, invitations, result)

    contact_files = batch.file_numbers(batch.contacts, batch.contact_files)
    merged_contacts = merge_contacts(result.contacts.values(), batch.contacts, contact_files)
    result.contacts = merged_contacts.contacts
    result.new_contacts = merged_contacts.changed
    result.rebuilt_contacts = merged_contacts.rebuilt
    found = merged_contacts.counts  # a contact joined into another one is an update
    result.counts["contacts"] = MergeCounts(
        found.imported, found.updated + len(merged_contacts.removed), found.unchanged
    )

    conv_counts = result.counts.setdefault("conversations", MergeCounts())
    conv_counts.upsert(result.conversations, batch.conversations)

    _mark_connections(result)
    return result


def _merge_invitations(
    batch: ImportBatch, stored: dict[str, Invitation], result: MergeResult
) -> None:
    """Each batch row claims the record it is (core.invitations) or becomes a new one."""
    counts = result.counts.setdefault("invitations", MergeCounts())
    pool = InvitationPool.of(result.invitations.values())
    taken = set(result.invitations)
    legacy = any(inv.legacy for inv in stored.values())
    touched: dict[str, None] = {}
    files = batch.file_numbers(batch.invitations, batch.invitation_files)
    for inv, file_no in zip(batch.invitations, files, strict=True):
        old = pool.claim(inv, file_no)
        if old is not None:
            record = merge_invitation(old, inv)
        else:
            record = replace(inv, id=new_invitation_id(inv, taken))
            taken.add(record.id)
            if legacy:
                _note_came_back(record, stored, result)
        pool.add(record, file_no)
        result.invitations[record.id] = record
        result.ids.append(record.id)
        touched[record.id] = None
    for inv_id in touched:
        if counts.count(stored.get(inv_id), result.invitations[inv_id]):
            result.changed_invitations.add(inv_id)


def _note_came_back(record: Invitation, stored: dict[str, Invitation], result: MergeResult) -> None:
    """A new record whose schema-1 id names a stored schema-1 record: an older linkvet had
    folded this invitation into that one (same name, same day)."""
    other = record.sender if record.direction == "INCOMING" else record.recipient
    day = local_day(datetime.fromisoformat(record.sent_at)) if record.sent_at else ""
    old_id = legacy_invitation_id(record.owner_id, other.name, day, record.direction)
    before = stored.get(old_id)
    if before is not None and before.legacy:
        result.came_back.append(record.id)


def _mark_connections(result: MergeResult) -> None:
    """INCOMING invitations whose sender is now a connection of that owner become accepted,
    with the export that showed it and the connection's own date (evidence for `done`)."""
    connections = ConnectionIndex.from_contacts(
        result.contacts.values(), result.invitations.values()
    )
    for inv in list(result.invitations.values()):
        if inv.direction != "INCOMING" or inv.export_status == "accepted":
            continue
        s = inv.sender
        found = connections.find(inv.owner_id, PersonRef.of(s.name, s.profile_url, s.urn))
        if not found:
            continue
        owner = result.owners.get(inv.owner_id)
        days = [c.connected_on for c in found if c.connected_on]
        inv = replace(  # never mutate the store's cached copy
            inv,
            export_status="accepted",
            accepted_seen=owner.export_date if owner else None,
            connected_on=min(days) if days else None,
        )
        result.invitations[inv.id] = inv
        result.newly_accepted.append(inv.id)
        result.changed_invitations.add(inv.id)
