"""The store: round trips, generations, permissions, schema, recovery, other processes."""

from __future__ import annotations

from pathlib import Path

import pytest
from linkvet.core.models import Contact, Owner
from linkvet.core.store import CorruptDatabase, Store
from linkvet.core.store.atomic import AtomicJSONStorage
from tinydb import Query, TinyDB

from .conftest import make_invitation, seed


def test_round_trip_of_saved_tables(store: Store) -> None:
    ids = seed(store, 3)
    contact = Contact(id="c1", owner_id="o1", source="connection", name="Ann Lee")
    with store.transaction():
        store.save(contacts=[contact], conversations=[])
    fresh = Store(store.path)
    assert sorted(fresh.invitations()) == ids
    assert fresh.contacts() == [contact]
    assert fresh.owners()["o1"].name == "Owner One"


def test_generation_files_are_plain_tinydb_databases(store: Store) -> None:
    seed(store, 3)
    contact = Contact(id="c1", owner_id="o1", source="connection", name="Ann Lee")
    with store.transaction():
        store.save(contacts=[contact], conversations=[])
    gen = store.path / store.generation()
    with TinyDB(gen / "contacts-o1.json", storage=AtomicJSONStorage) as db:
        found = db.table("contacts").search(Query().name == "Ann Lee")
    # written compact (core.store.compact): the fields at their default are left out, and
    # the document reads back as the same record
    assert found == [{"id": "c1", "owner_id": "o1", "source": "connection", "name": "Ann Lee"}]
    assert [Contact.from_dict(d) for d in found] == [contact]
    ids = []
    for shard in sorted(gen.glob("invitations-*.json")):
        with TinyDB(shard, storage=AtomicJSONStorage) as db:
            ids += [d["id"] for d in db.table("invitations").all()]
    assert sorted(ids) == sorted(store.invitations())
    with TinyDB(gen / "meta.json", storage=AtomicJSONStorage) as db:
        assert db.table("meta").all()[0]["schema"] >= 1


def test_contact_owners_from_memory_equal_a_fresh_read(store: Store) -> None:
    seed(store, 2)
    contacts = [
        Contact(id="c1", owner_id="o1", source="connection", name="Ann Lee"),
        Contact(id="c2", owner_id="o2", source="address_book", name="Bo Chen"),
    ]
    with store.transaction():
        store.save(contacts=contacts)
    with store.transaction():
        store.save(patterns=[])  # contacts unchanged: the remembered answer still holds
    for source in ("connection", "address_book", "invited"):
        assert store.contact_owners(source) == Store(store.path).contact_owners(source)
    assert store.contact_owners("address_book") == {"o2"}
    other = Store(store.path)  # another process replaces the contacts
    with other.transaction():
        other.save(contacts=contacts[:1])
    assert store.contact_owners("address_book") == {"o2"}  # reads follow `sync`...
    store.sync()
    assert store.contact_owners("address_book") == set()  # ...which sees the new generation


def test_saved_records_are_kept_until_another_generation_goes_live(store: Store) -> None:
    saved = make_invitation("a")
    with store.transaction():
        store.save(owners=[], invitations=[saved])
    assert not store.is_empty() and store.contact_owners("connection") == set()
    with store.transaction():
        store.save(patterns=[])  # invitations.json is copied byte for byte
    assert store.invitations()["a"] is saved  # never re-read nor rebuilt
    other = Store(store.path)
    with other.transaction():
        other.save(invitations=[make_invitation("a")])
    store.sync()
    assert store.invitations()["a"] is not saved
    assert store.invitations() == other.invitations()


def test_files_are_owner_only(store: Store) -> None:
    seed(store)
    store.record("decision", ["i0000"], after="accept")
    assert store.path.stat().st_mode & 0o777 == 0o700
    for path in store.path.rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o077 == 0, path
        else:
            assert path.stat().st_mode & 0o777 == 0o700, path


def test_saving_one_file_keeps_the_others(store: Store) -> None:
    seed(store, 2)
    with store.transaction():
        store.save(contacts=[Contact(id="c1", owner_id="o1", source="invited", name="X")])
    assert len(Store(store.path).invitations()) == 2


def test_decisions_survive_reopen_and_undo(store: Store) -> None:
    seed(store)
    store.record("decision", ["i0001", "i0002"], after="decline")
    store.record("decision", ["i0003"], after="accept")
    assert Store(store.path).states()["i0003"].decision == "accept"
    undone = Store(store.path).undo()
    assert [e.invitation_id for e in undone] == ["i0003"]
    again = Store(store.path)
    assert again.states()["i0003"].decision == "pending"
    assert sorted(e.invitation_id for e in again.undo()) == ["i0001", "i0002"]
    assert Store(store.path).states()["i0001"].decision == "pending"


def test_another_process_commit_is_seen(store: Store) -> None:
    seed(store, 2)
    other = Store(store.path)
    assert len(other.invitations()) == 2
    with store.transaction():
        store.save(invitations=[make_invitation("new1")])
    other.sync()
    assert list(other.invitations()) == ["new1"]


def test_corrupt_generation_is_reported_and_recoverable(store: Store) -> None:
    seed(store, 2)
    with store.transaction():
        store.save(invitations=[make_invitation("later")])
    live = store.path / store.generation() / "meta.json"
    live.write_bytes(live.read_bytes()[:40])  # truncated by a bad disk
    with pytest.raises(CorruptDatabase, match="linkvet repair"):
        Store(store.path)
    restored = Store(store.path, verify=False).recover()
    assert restored is not None
    assert sorted(Store(store.path).invitations()) == ["i0000", "i0001"]


def test_newer_schema_is_refused(store: Store, tmp_path: Path) -> None:
    seed(store)
    with store.transaction():
        store.commit(
            {"invitations.json": {"meta": [{"schema": 99}], "owners": [], "invitations": []}}
        )
    with pytest.raises(CorruptDatabase, match="newer linkvet"):
        Store(store.path)


def test_one_invitation_reads_one_shard(store: Store) -> None:
    """Commands cost what they touch: reading one invitation parses its shard only."""
    invs = [make_invitation(i) for i in ("aaaaaaa", "abbbbbb", "baaaaaa", "zaaaaaa")]
    with store.transaction():
        store.save(owners=[Owner("o1", "Owner One")], invitations=invs)
    fresh = Store(store.path)
    assert fresh.invitation("baaaaaa") == invs[2]
    read = {name for name, held in fresh._held.items() if held.tables is not None}
    assert read == {"meta.json", "invitations-b.json"}
    assert fresh.invitation_ids()[0] == ["zaaaaaa", "baaaaaa", "abbbbbb", "aaaaaaa"]
    assert sorted(fresh.invitations()) == sorted(i.id for i in invs)


def test_unchanged_files_are_shared_with_the_previous_generation(store: Store) -> None:
    seed(store, 3)
    first = store.path / store.generation()
    with store.transaction():
        store.save(contacts=[Contact(id="c1", owner_id="o1", source="connection", name="A")])
    second = store.path / store.generation()
    assert first != second
    same = (first / "invitations-i.json").stat().st_ino == (
        second / "invitations-i.json"
    ).stat().st_ino
    assert same  # a hard link: an address-book import does not copy the invitations
    assert not (first / "contacts-o1.json").exists() and (second / "contacts-o1.json").exists()
    assert sorted(Store(store.path).invitations()) == ["i0000", "i0001", "i0002"]


def test_a_rewritten_table_drops_its_old_shards(store: Store) -> None:
    with store.transaction():
        store.save(invitations=[make_invitation("aaaaaaa"), make_invitation("baaaaaa")])
    with store.transaction():
        store.save(invitations=[make_invitation("baaaaaa")])
    gen = store.path / store.generation()
    assert sorted(p.name for p in gen.glob("invitations-*.json")) == ["invitations-b.json"]
    assert sorted(Store(store.path).invitations()) == ["baaaaaa"]
