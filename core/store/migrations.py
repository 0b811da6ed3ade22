"""Schema versions of the database and the steps that upgrade an older one in place.

Each step receives the tables of the live generation and returns them upgraded; the store
writes the result as one new generation (the old one stays as the last good copy), so an
upgrade is as crash-safe as an import. Decisions live in the journal and never need one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from linkvet.core.derived import derive
from linkvet.core.models import (
    Contact,
    Conversation,
    Derived,
    ImportedFile,
    Invitation,
    Owner,
    Pattern,
)

SCHEMA_VERSION = 3


@dataclass(slots=True)
class Tables:
    """The record tables a migration step may rewrite."""

    owners: dict[str, Owner]
    invitations: dict[str, Invitation]
    contacts: list[Contact]
    conversations: dict[str, Conversation]
    derived: dict[str, Derived]
    patterns: list[Pattern]
    files: dict[str, ImportedFile]


def _v1_to_v2(tables: Tables) -> Tables:
    """Schema 1 keyed invitations by owner + name + day and address-book contacts and
    URL-less connections by name, folding different people of the same name into one
    record. Ids stay (so every decision stays on the record it was made on); the records
    are marked `legacy`, so that the next import of the same files rebuilds the folded ones
    under the new identity rule and names the invitations that come back."""
    return replace(
        tables,
        invitations={k: replace(v, legacy=True) for k, v in tables.invitations.items()},
        contacts=[
            replace(c, legacy=True) if c.source in ("address_book", "connection") else c
            for c in tables.contacts
        ],
    )


def _v2_to_v3(tables: Tables) -> Tables:
    """Schema 3 splits the files so that a command reads only what it touches (see
    core.store.database) and keeps what an import derives per invitation: schema 2 kept only
    the matches, so the rest is derived here once, from the records."""
    matches = {k: d.match for k, d in tables.derived.items()}
    derived = derive(
        tables.invitations.values(), tables.conversations.values(), matches, tables.patterns
    )
    return replace(tables, derived=derived)


# version N -> the step upgrading tables from N to N + 1
STEPS: dict[int, Callable[[Tables], Tables]] = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(tables: Tables, version: int) -> Tables:
    """Upgrade `tables` from `version` to SCHEMA_VERSION, one step at a time."""
    while version < SCHEMA_VERSION:
        tables = STEPS[version](tables)
        version += 1
    return tables
