"""Fixtures for store tests: a fresh database with a few invitations."""

from __future__ import annotations

from pathlib import Path

import pytest
from linkvet.core.models import Invitation, Owner, Person
from linkvet.core.store import Store


def make_invitation(inv_id: str, owner_id: str = "o1", name: str | None = None) -> Invitation:
    """A minimal pending INCOMING invitation."""
    return Invitation(
        id=inv_id,
        owner_id=owner_id,
        direction="INCOMING",
        sender=Person(name or f"Sender {inv_id}"),
        recipient=Person("Owner One"),
        sent_at="2026-11-01T10:00:00-07:00",
        sent_at_raw="11/1/26, 10:00 AM",
    )


def seed(store: Store, count: int = 5) -> list[str]:
    """Write `count` invitations and one owner; returns their ids."""
    invs = [make_invitation(f"i{n:04d}") for n in range(count)]
    with store.transaction():
        store.save(owners=[Owner("o1", "Owner One")], invitations=invs)
    return [i.id for i in invs]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "db")
