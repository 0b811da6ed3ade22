"""Damage every file kind of the live generation every way: the store reports it (never an
empty read), refuses to build on it, and `repair` goes back to the newest good copy with no
earlier invitation or decision lost."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from linkvet.core.models import Contact, Owner
from linkvet.core.store import CorruptDatabase, Store
from linkvet.core.store import database as database_module

from .conftest import make_invitation

FIRST = [f"i{n:04d}" for n in range(5)]  # the first import
SECOND = [f"i{n:04d}" for n in range(5, 9)]  # what the second import added


def _contacts(count: int) -> list[Contact]:
    return [Contact(f"c{n:03d}", "o1", "connection", f"Contact {n}") for n in range(count)]


def _build(path: Path) -> Store:
    """Two imports (every file rewritten by the second: no hard link shared) and a
    decision after each."""
    store = Store(path)
    with store.transaction():
        store.save(
            owners=[Owner("o1", "Owner One")],
            invitations=[make_invitation(i) for i in FIRST],
            contacts=_contacts(3),
        )
    store.record("decision", ["i0000"], after="accept")
    with store.transaction():
        store.save(
            owners=[Owner("o1", "Owner One")],
            invitations=[make_invitation(i) for i in FIRST + SECOND],
            contacts=_contacts(6),
        )
    store.record("decision", ["i0006"], after="decline")
    return store


DAMAGES: dict[str, Callable[[Path], None]] = {
    "empty": lambda p: p.write_bytes(b""),
    "list": lambda p: p.write_bytes(b"[]"),
    "wrong shape": lambda p: p.write_bytes(b'{"invitations": [1, 2], "meta": 3}'),
    "empty table": lambda p: p.write_bytes(b'{"invitations": {}, "contacts": {}, "meta": {}}'),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "missing": lambda p: p.unlink(),
}
FILES = ("meta.json", "invitations-i.json", "contacts-o1.json")


def _everything(store: Store) -> None:
    """What the read commands touch between them."""
    store.invitation_ids()
    store.invitations()
    store.contacts()
    store.owners()


@pytest.mark.parametrize("manifest", [True, False], ids=["manifest", "older database"])
@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("name", FILES)
def test_damaged_file_is_reported_refused_and_repaired(
    tmp_path: Path, name: str, damage: str, manifest: bool
) -> None:
    """With a manifest, and for a database written before manifests (shape checks and the
    meta file's lists stand in)."""
    store = _build(tmp_path / "db")
    second = store.generation()
    assert second == "g000002"
    if not manifest:
        for gen in ("g000001", "g000002"):
            (tmp_path / "db" / gen / "MANIFEST").unlink()
        store = Store(tmp_path / "db")
    first_bytes = {p.name: p.read_bytes() for p in (tmp_path / "db" / "g000001").iterdir()}
    DAMAGES[damage](tmp_path / "db" / second / name)

    with pytest.raises(CorruptDatabase, match=rf"{re.escape(name)}: damaged .*linkvet repair"):
        _everything(Store(tmp_path / "db"))
    with pytest.raises(CorruptDatabase, match="linkvet repair"), store.transaction():
        store.save(invitations=[make_invitation("new")])  # an import on top of it
    assert sorted(p.name for p in (tmp_path / "db").iterdir() if p.name.startswith("g")) == [
        "g000001",
        "g000002",
    ]  # nothing pruned, nothing built

    report = Store(tmp_path / "db", verify=False).repair()
    assert report.changed and report.restored == "g000001"
    assert [d.generation for d in report.damaged] == ["g000002"]
    assert name in report.damaged[0].problem
    if name != "meta.json":  # its meta file reads: repair can say what going back loses
        assert report.lost_invitations == len(SECOND)
    fresh = Store(tmp_path / "db")
    assert sorted(fresh.invitations()) == FIRST
    assert len(fresh.contacts()) == 3
    assert fresh.states()["i0000"].decision == "accept"  # no decision lost
    assert fresh.states()["i0006"].decision == "decline"  # kept for the re-import
    assert {p.name: p.read_bytes() for p in (tmp_path / "db" / "g000001").iterdir()} == (
        first_bytes
    )
    with fresh.transaction():  # the second import again: everything is back
        fresh.save(invitations=[make_invitation(i) for i in FIRST + SECOND])
    again = Store(tmp_path / "db")
    assert sorted(again.invitations()) == FIRST + SECOND
    assert again.states()["i0006"].decision == "decline"


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.unlink(),
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(b"g000009\n"),
        lambda p: p.write_bytes(b"../elsewhere\n"),
    ],
    ids=["missing", "empty", "names a missing folder", "not a folder name"],
)
def test_damaged_current_is_reported_and_repair_restores_the_newest(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    _build(tmp_path / "db")
    damage(tmp_path / "db" / "CURRENT")
    with pytest.raises(CorruptDatabase, match=r"CURRENT: damaged .*linkvet repair"):
        _everything(Store(tmp_path / "db"))
    report = Store(tmp_path / "db", verify=False).repair()
    assert report.changed and report.restored == "g000002" and report.damaged == []
    assert report.lost_invitations == 0
    fresh = Store(tmp_path / "db")
    assert sorted(fresh.invitations()) == FIRST + SECOND
    assert fresh.states()["i0000"].decision == "accept"


def test_a_damaged_record_is_reported_not_a_traceback(tmp_path: Path) -> None:
    """Valid JSON of the right outer shape, a record missing its fields (a database
    written before manifests: only the shape check stands between it and the builders)."""
    store = _build(tmp_path / "db")
    gen = tmp_path / "db" / str(store.generation())
    (gen / "MANIFEST").unlink()
    (gen / "invitations-i.json").write_bytes(b'{"invitations": {"1": {"id": "i0000"}}}')
    with pytest.raises(CorruptDatabase, match=r"invitations-i\.json: damaged"):
        Store(tmp_path / "db").invitations()


def test_a_missing_shard_of_a_database_without_manifest_fails_repair_checks(
    tmp_path: Path,
) -> None:
    store = _build(tmp_path / "db")
    gen = tmp_path / "db" / str(store.generation())
    (gen / "MANIFEST").unlink()
    (gen / "invitations-i.json").unlink()
    report = Store(tmp_path / "db", verify=False).repair()
    assert report.restored == "g000001" and "invitations-i.json" in report.damaged[0].problem


def test_repair_of_a_good_database_changes_nothing(tmp_path: Path) -> None:
    store = _build(tmp_path / "db")
    report = store.repair()
    assert not report.changed and report.restored == "g000002" and report.damaged == []
    assert store.generation() == "g000002"
    assert sorted(Store(tmp_path / "db").invitations()) == FIRST + SECOND


def test_repair_with_no_good_copy_says_so_and_changes_nothing(tmp_path: Path) -> None:
    _build(tmp_path / "db")
    for gen in ("g000001", "g000002"):
        (tmp_path / "db" / gen / "meta.json").write_bytes(b"[]")
    report = Store(tmp_path / "db", verify=False).repair()
    assert report.restored is None and not report.changed
    assert [d.generation for d in report.damaged] == ["g000002", "g000001"]
    assert (tmp_path / "db" / "CURRENT").read_text().strip() == "g000002"
    assert (tmp_path / "db" / "g000002").is_dir()


def test_repair_of_a_new_database_finds_nothing(tmp_path: Path) -> None:
    report = Store(tmp_path / "db").repair()
    assert report.restored is None and report.damaged == [] and not report.changed


def test_a_generation_that_does_not_read_back_is_never_made_live(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that loses what was written: the commit is refused before CURRENT flips,
    and nothing older is pruned."""
    store = _build(tmp_path / "db")
    write = database_module._write_tinydb

    def lossy(path: Path, tables: dict[str, object]) -> object:
        entry = write(path, tables)  # type: ignore[arg-type]
        path.write_bytes(path.read_bytes()[:10])
        return entry

    monkeypatch.setattr(database_module, "_write_tinydb", lossy)
    with pytest.raises(CorruptDatabase, match="damaged"), store.transaction():
        store.save(invitations=[make_invitation("new")])
    monkeypatch.undo()
    assert (tmp_path / "db" / "CURRENT").read_text().strip() == "g000002"
    assert (tmp_path / "db" / "g000001").is_dir()
    assert sorted(Store(tmp_path / "db").invitations()) == FIRST + SECOND


def test_every_generation_has_a_manifest_of_its_files(tmp_path: Path) -> None:
    store = _build(tmp_path / "db")
    gen = tmp_path / "db" / str(store.generation())
    listed = set(database_module.read_manifest(gen) or {})
    assert listed == {p.name for p in gen.glob("*.json")}


def test_a_file_both_copies_share_damaged_leaves_no_good_copy_and_repair_says_so(
    tmp_path: Path,
) -> None:
    """A file an import did not change is a hard link into the new generation: damage to
    it reaches both copies, and `repair` must not pretend either is good."""
    store = _build(tmp_path / "db")
    with store.transaction():
        store.save(invitations=[make_invitation(i) for i in FIRST])  # contacts carried over
    gen = tmp_path / "db" / str(store.generation())
    older = tmp_path / "db" / "g000002"
    assert (gen / "contacts-o1.json").stat().st_ino == (older / "contacts-o1.json").stat().st_ino
    (gen / "contacts-o1.json").write_bytes(b"[]")  # in place: both names see it
    report = Store(tmp_path / "db", verify=False).repair()
    assert report.restored is None and not report.changed
    assert len(report.damaged) == 2
