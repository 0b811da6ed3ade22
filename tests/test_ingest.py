"""Merging an import into the stored records: richer fields kept, counts, inputs untouched."""

from __future__ import annotations

from copy import deepcopy

from linkvet.core.importers.batch import ImportBatch
from linkvet.core.ingest import merge
from linkvet.core.models import Contact, Invitation, Owner, Person

OWNER = Owner("o1", "Owner One")


def _invitation(sender: Person, sent_at: str = "2026-11-01T10:05:00-07:00") -> Invitation:
    return Invitation(id="i1", owner_id="o1", direction="INCOMING", sender=sender,
                      recipient=Person("Owner One"), sent_at=sent_at, sent_at_raw="raw",
                      mutual_connections=None)  # fmt: skip


def test_reimport_keeps_richer_fields_counts_and_leaves_inputs_untouched() -> None:
    stored = _invitation(Person("Ann Lee", "https://www.linkedin.com/in/ann", headline="CTO"))
    stored.mutual_connections = 4
    poorer = _invitation(Person("Ann Lee"), sent_at="2026-11-01T00:00:00-07:00")
    connection = Contact("c1", "o1", "connection", "Ann Lee",
                         profile_url="https://www.linkedin.com/in/ann")  # fmt: skip
    batch = ImportBatch(owners=[OWNER], invitations=[poorer], contacts=[connection])
    before = deepcopy((stored, poorer))

    result = merge(batch, {"o1": OWNER}, {"i1": stored}, [], {})

    merged = result.invitations["i1"]
    assert merged.sender.headline == "CTO"
    assert merged.sender.profile_url == "https://www.linkedin.com/in/ann"
    assert merged.sent_at == stored.sent_at and merged.mutual_connections == 4
    assert merged.export_status == "accepted" and result.newly_accepted == ["i1"]
    assert (stored, poorer) == before  # neither the store's copy nor the batch changed
    counts = {k: (c.imported, c.updated, c.unchanged) for k, c in result.counts.items()}
    assert counts == {
        "owners": (0, 0, 1),
        "invitations": (0, 0, 1),
        "contacts": (1, 0, 0),
        "conversations": (0, 0, 0),
    }


def test_same_records_again_change_nothing() -> None:
    stored = _invitation(Person("Ann Lee", headline="CTO"))
    batch = ImportBatch(owners=[OWNER], invitations=[deepcopy(stored)])
    result = merge(batch, {"o1": OWNER}, {"i1": stored}, [], {})
    assert result.changed_invitations == set() and result.newly_accepted == []
    assert result.counts["invitations"].unchanged == 1
