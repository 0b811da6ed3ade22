"""Faults: a full disk, files deleted under us, a damaged CURRENT pointer."""

from __future__ import annotations

import errno
import os
import shutil

import pytest
from linkvet.core import files as files_module
from linkvet.core.store import CorruptDatabase, Store
from linkvet.core.store import journal as journal_module

from .conftest import make_invitation, seed


def _disk_full(*_args: object, **_kwargs: object) -> int:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_disk_full_on_decision_raises_and_reports_nothing_saved(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(store)
    store.record("decision", ["i0000"], after="accept")
    monkeypatch.setattr(journal_module.os, "write", _disk_full)
    with pytest.raises(OSError, match="No space left"):
        store.record("decision", ["i0001"], after="decline")
    monkeypatch.undo()
    fresh = Store(store.path)
    assert fresh.states()["i0000"].decision == "accept"
    assert "i0001" not in fresh.states()


def test_disk_full_during_import_keeps_the_previous_generation(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(store, 3)
    before = store.generation()
    monkeypatch.setattr(files_module.os, "fsync", _disk_full)  # the store writes through it
    with pytest.raises(OSError), store.transaction():
        store.save(invitations=[make_invitation("new")])
    monkeypatch.undo()
    fresh = Store(store.path)
    assert fresh.generation() == before
    assert sorted(fresh.invitations()) == ["i0000", "i0001", "i0002"]
    leftovers = [p for p in store.path.rglob("*.tmp")]
    assert leftovers == []


def test_deleted_generation_is_detected_and_repair_recovers(store: Store) -> None:
    seed(store, 2)
    with store.transaction():
        store.save(invitations=[make_invitation("second")])
    shutil.rmtree(store.path / store.generation())
    with pytest.raises(CorruptDatabase, match="linkvet repair"):
        Store(store.path).invitations()
    assert Store(store.path, verify=False).recover() is not None
    assert sorted(Store(store.path).invitations()) == ["i0000", "i0001"]


def test_journal_deleted_while_running_starts_a_new_one(store: Store) -> None:
    seed(store)
    store.record("decision", ["i0000"], after="accept")
    os.unlink(store.journal.path)
    store.record("decision", ["i0001"], after="decline")
    assert Store(store.path).states()["i0001"].decision == "decline"
