"""The repository API over linkvet's TinyDB files; nothing else touches TinyDB directly.

Layout of a database directory (split so that a command reads only what it touches):
- `CURRENT`            names the live generation directory, replaced atomically.
- `gNNNNNN/meta.json`  TinyDB: meta (schema version), owners, patterns, files (the account
  of each imported file), order (every invitation id, newest first).
- `gNNNNNN/invitations-X.json`, `derived-X.json`, `conversations-X.json`: TinyDB shards of
  the invitations, of what an import derived per invitation (match, conversation, same
  person, patterns) and of the conversations, by the first character `X` of the id; showing
  or deciding one invitation parses a thirty-second of them.
- `gNNNNNN/contacts-OWNER.json` TinyDB: one owner's contacts (read by imports of that
  owner's files and by contact lookups only: in team mode an address book for one owner
  reads and writes that owner's file alone).
- `gNNNNNN/MANIFEST`   every file's size and SHA-256, written last: the first read of a
  generation stats each file, every file read is hashed, so a damaged file is reported
  (`core.store.shape`), never read as an empty table.
- `journal.jsonl`      append-only decisions journal: one fsync'd line per decision.
- `.lock`              inter-process write lock.
An import verifies the live generation, writes a complete new one (files it did not change
are hard links to the previous one) with its manifest, re-reads and verifies it, then flips
`CURRENT` and only then prunes: a crash at any instant leaves the old or the new state,
never a mix, and a damaged database is never built on. The previous generation is kept as
the last good copy (`Store.repair`). Reads create nothing and take no lock, so every read
works on read-only media. Every file is created mode 0600, directories 0700. Schema 1-2
databases (three files per generation) are read as they are and rewritten in this layout
when opened.
"""

from __future__ import annotations

import getpass
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from linkvet.core.models import (
    Contact,
    Conversation,
    Derived,
    HistoryEvent,
    ImportedFile,
    Invitation,
    MatchResult,
    Owner,
    Pattern,
    Record,
)
from linkvet.core.store.atomic import (
    CorruptDatabase,
    fsync_dir,
    write_atomic,
)
from linkvet.core.store.compact import dumps
from linkvet.core.store.decisions import TriageState, apply, before_of, fold, last_undoable
from linkvet.core.store.journal import Journal
from linkvet.core.store.layout import (
    META,
    SHARD_CHARS,
    contacts_file,
    named_files,
    shard_file,
    shard_of,
)
from linkvet.core.store.lock import WriteLock, ensure_private_dir
from linkvet.core.store.manifest import (
    Entry,
    check_bytes,
    check_sizes,
    entry_of,
    read_manifest,
    write_manifest,
)
from linkvet.core.store.migrations import SCHEMA_VERSION, Tables, migrate
from linkvet.core.store.repair import GENERATION, RepairReport, generations, needed, repair
from linkvet.core.store.shape import damaged, parse_tables
from linkvet.core.store.verify import verify_generation

SHARDED = ("invitations", "derived", "conversations")  # tables split by the id's first char
_SMALLEST = 8  # bytes: no table file linkvet writes is shorter ('{"t":{}}'), `[]` or `{}` are
LEGACY = ("invitations.json", "contacts.json", "analysis.json")  # schema 1-2 layout
# where each table of the legacy layout lived (derived had no table: matches stood in)
_LEGACY_FILE = {
    "meta": "invitations.json",
    "owners": "invitations.json",
    "invitations": "invitations.json",
    "files": "invitations.json",
    "contacts": "contacts.json",
    "conversations": "contacts.json",
    "matches": "analysis.json",
    "patterns": "analysis.json",
}


def now_iso() -> str:
    """Current UTC time as ISO 8601 with offset, second precision."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(slots=True)
class _Held:
    """What this process holds of one file of one generation: its raw tables (read on first
    use) and the records built from them or saved by this process."""

    name: str
    gen: str | None  # None: no generation yet, every table is empty
    tables: dict[str, dict[str, Any]] | None = None
    records: dict[str, Any] = field(default_factory=dict)


class Store:
    """One linkvet database directory: typed reads, locked writes, durable decisions."""

    def __init__(self, path: Path, lock_timeout: float = 10.0, verify: bool = True) -> None:
        """Open (creating) the database; `verify=False` skips the schema check (for repair)."""
        self.path = Path(path)
        ensure_private_dir(self.path)
        self.lock = WriteLock(self.path / ".lock", lock_timeout)
        self.journal = Journal(self.path / "journal.jsonl")
        self._events: list[HistoryEvent] | None = None
        self._states: dict[str, TriageState] | None = None
        self._folded = 0
        self._held: dict[str, _Held] = {}  # file name -> what this process holds of it
        self._layout: tuple[str | None, bool] = ("", False)  # (generation, legacy layout)
        self._seen: list[str | None] = []  # [the generation this process reads], once known
        self._manifests: dict[str, dict[str, Entry] | None] = {}  # checked, per generation
        self._expected: tuple[str | None, set[str]] = ("", set())  # files meta names (older)
        if verify:
            self._check_schema()

    # ----- reading ---------------------------------------------------------------------
    def sync(self) -> None:
        """See what other processes committed and appended since: the live generation and
        the journal's new events. Reads never look on their own (a view built from
        thousands of records must not re-read CURRENT for each), so a long-running front end
        calls this to follow other processes, and every write transaction does it first."""
        self._seen = [self.generation()]
        if self._events is not None:
            self._events.extend(self.journal.read_new())

    def live(self) -> str | None:
        """The generation this process reads (as of the last `sync`)."""
        if not self._seen:
            self._seen = [self.generation()]  # first use: a damaged CURRENT says so here
        return self._seen[0]

    @property
    def _live(self) -> str | None:
        return self.live()

    def generation(self) -> str | None:
        """Name of the live generation directory on disk now, or None for a new, empty
        database."""
        current = self.path / "CURRENT"
        try:
            text = current.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            gens = generations(self.path)
            if gens:  # the data is there, the pointer to it is not: not a new database
                why = f"missing, though data folders {', '.join(gens)} exist"
                raise damaged(current, why) from None
            return None
        except UnicodeDecodeError:
            raise damaged(current, "not a data folder name") from None
        if not GENERATION.fullmatch(text) or not (self.path / text).is_dir():
            raise damaged(current, f"names a missing data folder {text!r}")
        return text

    def _manifest(self, gen: str) -> dict[str, Entry] | None:
        """The manifest of a generation, its files' sizes checked on first use (one stat a
        file); None for a generation written before manifests (its meta file must exist)."""
        if gen not in self._manifests:
            gen_dir = self.path / gen
            entries = read_manifest(gen_dir)
            if entries is not None:
                check_sizes(gen_dir, entries)
            else:  # written before manifests: what a stat can tell
                if not (gen_dir / LEGACY[0]).exists() and not (gen_dir / META).exists():
                    raise damaged(gen_dir / META, "missing")
                for path in gen_dir.glob("*.json"):
                    if path.stat().st_size < _SMALLEST:
                        raise damaged(path, f"{path.stat().st_size} bytes: no table file")
            self._manifests[gen] = entries
        return self._manifests[gen]

    def _listed(self, gen: str, name: str) -> bool:
        """Whether the meta file names records of this missing file: an invitation of its
        shard, or contacts of its owner (the check of a generation written before manifests,
        on the rare path of a missing file)."""
        if gen != self._live or self.legacy() or name == META:
            return False
        if self._expected[0] != gen:
            meta = self._file(META)
            names = named_files(self._docs(meta, "order"), self._docs(meta, "contact_sources"))
            self._expected = (gen, names)
        return name in self._expected[1]

    def _read(self, gen: str, name: str) -> dict[str, dict[str, Any]]:
        """The tables of one file of a generation, checked against its manifest and for
        shape: CorruptDatabase naming the file, never an empty table for a damaged file."""
        entries = self._manifest(gen)
        path = self.path / gen / name
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            if entries is not None and name in entries:
                raise damaged(path, "missing") from None
            if entries is None and self._listed(gen, name):
                raise damaged(path, "missing, though meta.json lists records in it") from None
            return {}  # a shard or contacts file with no records is not written
        if entries is not None:
            entry = entries.get(name)
            if entry is None:
                raise damaged(path, "not listed in its generation's MANIFEST")
            check_bytes(path, raw, entry)
        return parse_tables(path, raw)

    def _file(self, name: str) -> _Held:
        """What this process holds of one file of the live generation (dropped, so read
        again, once a `sync` saw another process commit a new generation)."""
        gen = self._live
        held = self._held.get(name)
        if held is None or held.gen != gen:
            held = self._held[name] = _Held(name, gen)
        return held

    def _docs(self, held: _Held, table: str) -> list[dict[str, Any]]:
        """Raw documents of one table of a held file (the file is read once)."""
        if held.tables is None:
            held.tables = self._read(held.gen, held.name) if held.gen else {}
        return list(held.tables.get(table, {}).values())

    def legacy(self) -> bool:
        """True while the live generation has the schema 1-2 layout (three files)."""
        gen = self._live
        if self._layout[0] != gen:
            self._layout = (gen, gen is not None and (self.path / gen / LEGACY[0]).exists())
        return self._layout[1]

    def _meta_file(self) -> str:
        return _LEGACY_FILE["meta"] if self.legacy() else META

    def _check_schema(self) -> None:
        meta = self._docs(self._file(self._meta_file()), "meta")
        version = int(meta[0].get("schema", SCHEMA_VERSION)) if meta else SCHEMA_VERSION
        if version > SCHEMA_VERSION:
            raise CorruptDatabase(
                f"{self.path}: made by a newer linkvet (schema {version}); upgrade linkvet"
            )
        if version < SCHEMA_VERSION and self._live is not None:
            with self.transaction():
                self._upgrade(version)

    def _upgrade(self, version: int) -> None:
        """Rewrite the live generation at the current schema (under the write lock)."""
        meta = self._docs(self._file(self._meta_file()), "meta")
        if meta and int(meta[0].get("schema", SCHEMA_VERSION)) >= SCHEMA_VERSION:
            return  # another process upgraded it while this one waited for the lock
        tables = migrate(
            Tables(
                self.owners(),
                self.invitations(),
                self.contacts(),
                self.conversations(),
                self.derived_all(),
                self.patterns(),
                self.files(),
            ),
            version,
        )
        self.save(
            owners=tables.owners.values(),
            invitations=tables.invitations.values(),
            contacts=tables.contacts,
            conversations=tables.conversations.values(),
            derived=tables.derived,
            patterns=tables.patterns,
            files=tables.files.values(),
        )

    # the small tables, all in the meta file
    def owners(self) -> dict[str, Owner]:
        return self._built(self._meta_file(), "owners", _keyed(Owner))

    def files(self) -> dict[str, ImportedFile]:
        """The account of every imported file (what each import could not read)."""
        return self._built(self._meta_file(), "files", _keyed(ImportedFile))

    def patterns(self) -> list[Pattern]:
        legacy = self.legacy()
        name = _LEGACY_FILE["patterns"] if legacy else META
        return self._built(name, "patterns", lambda docs: [Pattern.from_dict(d) for d in docs])

    def invitation_ids(self) -> tuple[list[str], list[str]]:
        """(incoming ids newest first, outgoing ids) without reading any invitation."""
        if self.legacy():
            invs = sorted(self.invitations().values(), key=lambda i: (i.sent_at or "", i.id))
            invs.reverse()
            return (
                [i.id for i in invs if i.direction == "INCOMING"],
                [i.id for i in invs if i.direction == "OUTGOING"],
            )
        docs = self._docs(self._file(META), "order")
        if not docs:
            return [], []
        return list(docs[0].get("incoming", [])), list(docs[0].get("outgoing", []))

    # the sharded tables: one record, one shard; all of them, every shard
    def invitation(self, inv_id: str) -> Invitation | None:
        return self._one("invitations", inv_id, _keyed(Invitation))

    def invitations(self) -> dict[str, Invitation]:
        return self._all("invitations", _keyed(Invitation))

    def derived(self, inv_id: str) -> Derived | None:
        """What the last import derived for one incoming invitation."""
        return self._one("derived", inv_id, _keyed(Derived))

    def derived_all(self) -> dict[str, Derived]:
        if self.legacy():  # schema 1-2 kept only the matches
            return {
                k: Derived(k, match=m)
                for k, m in self._built(_LEGACY_FILE["matches"], "matches", _matches).items()
            }
        return self._all("derived", _keyed(Derived))

    def matches(self) -> dict[str, MatchResult]:
        return {k: d.match for k, d in self.derived_all().items()}

    def conversation(self, conv_id: str) -> Conversation | None:
        return self._one("conversations", conv_id, _keyed(Conversation))

    def conversations(self) -> dict[str, Conversation]:
        return self._all("conversations", _keyed(Conversation))

    def contacts(self) -> list[Contact]:
        """Every owner's contacts (contact lookups; imports read only their owners')."""
        if self.legacy():
            return self._built(_LEGACY_FILE["contacts"], "contacts", _contact_list)  # type: ignore[no-any-return]
        return self.contacts_of(self._contact_owner_ids())

    def contacts_of(self, owner_ids: Iterable[str]) -> list[Contact]:
        """The contacts of these owners, reading their files only."""
        wanted = set(owner_ids)
        if self.legacy():
            return [c for c in self.contacts() if c.owner_id in wanted]
        out: list[Contact] = []
        for owner_id in sorted(wanted):
            out.extend(self._built(contacts_file(owner_id), "contacts", _contact_list))
        return out

    def _contact_owner_ids(self) -> set[str]:
        return {d["owner_id"] for d in self._docs(self._file(META), "contact_sources")}

    def contact_owners(self, source: str) -> set[str]:
        """Ids of owners with at least one contact from `source` (from the meta file's
        counts: no contact file is read)."""
        if self.legacy():
            return {c.owner_id for c in self.contacts() if c.source == source}
        docs = self._docs(self._file(META), "contact_sources")
        return {d["owner_id"] for d in docs if d["source"] == source and d["count"]}

    def _one(self, table: str, key: str, build: Callable[[list[dict[str, Any]]], Any]) -> Any:
        if self.legacy():
            return self._all(table, build).get(key)
        whole = self._whole(table)
        if whole is not None:
            return whole.get(key)
        return self._built(shard_file(table, shard_of(key)), table, build).get(key)

    def _all(self, table: str, build: Callable[[list[dict[str, Any]]], Any]) -> dict[str, Any]:
        """Every record of a sharded table (each shard read once, then kept)."""
        if self.legacy():
            return self._built(_LEGACY_FILE[table], table, build)  # type: ignore[no-any-return]
        whole = self._whole(table)
        if whole is not None:
            return whole
        gen = self._live
        out: dict[str, Any] = {}
        if gen is not None:
            entries = self._manifest(gen)  # the shards written, when it is known
            for name in (shard_file(table, shard) for shard in SHARD_CHARS + "_"):
                if name in entries if entries is not None else self._there(gen, name):
                    out.update(self._built(name, table, build))
        self._held[f"*{table}"] = _Held(f"*{table}", gen, records={table: out})
        return out

    def _there(self, gen: str, name: str) -> bool:
        """A file of a generation without manifest to read: present, or missing though the
        meta file names records in it (read, so that it is reported)."""
        return (self.path / gen / name).exists() or self._listed(gen, name)

    def _whole(self, table: str) -> dict[str, Any] | None:
        """The whole table when this process already holds it for the live generation."""
        held = self._held.get(f"*{table}")
        if held is not None and held.gen == self._live:
            return held.records[table]  # type: ignore[no-any-return]
        return None

    def _built(self, name: str, table: str, build: Callable[[list[dict[str, Any]]], Any]) -> Any:
        """Records of one table of a file of the live generation, built once per generation."""
        held = self._file(name)
        if table not in held.records:
            docs = self._docs(held, table)
            try:
                held.records[table] = build(docs)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                where = self.path / (held.gen or "") / name
                raise damaged(where, f"a {table} record does not read ({exc!r})") from None
        return held.records[table]

    def events(self) -> list[HistoryEvent]:
        """Every journal event (as of the last `sync`, and this process's own appends)."""
        if self._events is None:
            self._events = self.journal.read_all()
        return self._events

    def states(self) -> dict[str, TriageState]:
        """Current triage state per invitation id (replayed from the journal).

        Folded incrementally: new decisions are applied to the cached state; only an undo
        (rare) replays the whole journal.
        """
        events = self.events()
        new = events[self._folded :]
        if self._states is None or any(e.kind == "undo" for e in new):
            self._states = fold(events)
        else:
            for event in new:
                state = self._states.setdefault(event.invitation_id, TriageState())
                state.history.append(event)
                apply(state, event)
        self._folded = len(events)
        return self._states

    def is_empty(self) -> bool:
        """True before the first import (the invitation records are needed next anyway)."""
        return not self.invitations()

    # ----- writing ---------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the write lock and see every change other processes made before it."""
        with self.lock.hold():
            self.events()
            self.sync()  # the newest generation and journal: sequence numbers, undo, merges
            yield

    def append(self, drafts: Sequence[HistoryEvent]) -> list[HistoryEvent]:
        """The one way into the journal: number the drafts after the newest event, give a
        group of several one batch id (one undo step), fill `at`/`who` where empty, set each
        `before` from the state committed now, under the lock (not from what this process
        read earlier: another process may have decided since), append and fsync. Durable on
        return. Re-entrant inside `transaction()`."""
        with self.transaction():
            events = self.events()
            seq = events[-1].seq + 1 if events else 1
            batch = f"b{seq}" if len(drafts) > 1 else None
            stamp, who = now_iso(), _who()
            states = self.states()
            running: dict[str, TriageState] = {}  # the drafts' own effect, in order
            for i, event in enumerate(drafts):
                event.seq = seq + i
                event.at = event.at or stamp
                event.who = event.who or who
                if event.kind != "undo":
                    event.batch = batch
                    key = event.invitation_id
                    if key not in running:
                        now = states.get(key) or TriageState()
                        running[key] = replace(now, overrides=dict(now.overrides), history=[])
                    event.before = before_of(running[key], event)
                    apply(running[key], event)
            self.journal.append(drafts)
            events.extend(drafts)
            return list(drafts)

    def record(
        self,
        kind: str,
        invitation_ids: Sequence[str],
        after: str | None = None,
        note: str | None = None,
        check: str | None = None,
        before: dict[str, str | None] | None = None,
        contexts: dict[str, dict[str, Any]] | None = None,
    ) -> list[HistoryEvent]:
        """Append one event per invitation (one undo step for all), durable on return."""
        return self.append(
            [
                HistoryEvent(
                    seq=0,
                    at="",
                    kind=kind,  # type: ignore[arg-type]
                    invitation_id=inv_id,
                    before=(before or {}).get(inv_id),
                    after=after,
                    note=note,
                    check=check,
                    context=(contexts or {}).get(inv_id),
                )
                for inv_id in invitation_ids
            ]
        )

    def undo(self) -> list[HistoryEvent]:
        """Revert the newest not-yet-undone step (a whole bulk batch at once)."""
        with self.transaction():
            events = self.events()
            target = last_undoable(events)
            if target is None:
                return []
            group = [e for e in events if target.batch and e.batch == target.batch] or [target]
            marker = HistoryEvent(
                seq=0,
                at="",
                kind="undo",
                invitation_id=target.invitation_id,
                undoes=target.seq,
                batch=target.batch,
            )
            self.append([marker])
            return group

    def commit(
        self,
        files: dict[str, dict[str, Iterable[Any]]],
        replaced: Iterable[str] = (),
        dropped: Iterable[str] = (),
    ) -> str:
        """Write a new generation holding `files` (name -> tables); every other file of the
        live generation is carried over as a hard link (a copy where links fail), except
        the `replaced` tables' shards (rewritten whole in `files`) and the `dropped` files.
        The live generation is verified first (a damaged one is refused, never built on),
        the new one is re-read and verified against its manifest before CURRENT names it,
        and older generations are pruned only after that (caller holds the transaction)."""
        old = self.generation()
        old_entries = self._verified(old) if old else {}
        number = int(old[1:]) + 1 if old else 1
        gen = f"g{number:06d}"
        gen_dir = self.path / gen
        if gen_dir.exists():
            shutil.rmtree(gen_dir)  # a generation a crash left unfinished (never live)
        gen_dir.mkdir(mode=0o700)
        gone = tuple(f"{table}-" for table in replaced)
        drop = set(dropped)
        entries: dict[str, Entry] = {}
        if old and not (self.path / old / LEGACY[0]).exists():
            for name, entry in old_entries.items():
                if name in files or name in drop or name.startswith(gone):
                    continue
                _carry(self.path / old / name, gen_dir / name)
                entries[name] = entry
        for name, tables in files.items():
            entries[name] = _write_tinydb(gen_dir / name, tables)
        fsync_dir(gen_dir)  # every file is durable before the manifest vouches for it
        write_manifest(gen_dir, entries)  # last: a generation without one was not finished
        verify_generation(gen_dir, parse=False)  # re-read: the bytes written
        self._manifests[gen] = entries
        write_atomic(self.path / "CURRENT", gen.encode("ascii") + b"\n")
        if self.generation() != gen:
            raise damaged(self.path / "CURRENT", f"does not read back as {gen}")
        self._seen = [gen]
        self._prune(keep={gen, old} if old else {gen})
        carried = {n for n, h in self._held.items() if h.gen == old and n not in files}
        for name in list(self._held):
            held = self._held[name]
            keep = name in carried and name not in drop and not name.startswith(gone)
            if keep and not name.startswith("*"):
                held.gen = gen  # the same bytes: what was read from it still holds
            else:
                del self._held[name]
        return gen

    def _verified(self, gen: str) -> dict[str, Entry]:
        """The live generation checked in full before a write builds on it (hashes, or the
        shape of every file for one written before manifests): its files' entries."""
        entries = verify_generation(self.path / gen, parse=False)
        if self._manifests.get(gen) is None:
            self._manifests[gen] = read_manifest(self.path / gen)
        return entries

    def _prune(self, keep: set[str | None]) -> None:
        """Remove the generations not kept (called once the new one is verified and live)."""
        for name in generations(self.path):
            if name not in keep:
                shutil.rmtree(self.path / name, ignore_errors=True)

    def repair(self) -> RepairReport:
        """Go back to the newest generation that verifies in full (see core.store.repair);
        the report says which one and what the damaged newer copies held that it lacks."""
        report = repair(self.path, write=False)  # no lock to find it good
        if not needed(report):
            return report
        with self.lock.hold():
            report = repair(self.path)
            if report.changed:
                self._held.clear()
                self._manifests.clear()
                self._layout = ("", False)
                self._seen = [report.restored]
            return report

    def recover(self) -> str | None:
        """The generation live after `repair` (None when no generation verifies)."""
        return self.repair().restored

    def save(
        self,
        *,
        owners: Iterable[Owner] | None = None,
        invitations: Iterable[Invitation] | None = None,
        contacts: Iterable[Contact] | None = None,
        conversations: Iterable[Conversation] | None = None,
        derived: dict[str, Derived] | None = None,
        patterns: Iterable[Pattern] | None = None,
        files: Iterable[ImportedFile] | None = None,
        owner_contacts: dict[str, list[Contact]] | None = None,
    ) -> str:
        """Commit an import and/or re-analysis as one generation (caller holds the
        transaction). Tables passed as None keep their current content; `contacts`
        replaces every owner's contacts, `owner_contacts` only those of the owners it names
        (an empty list removes an owner's file). The records saved become this store's
        cache for the new generation (no re-read after an import), so callers must not
        change them afterwards."""
        if contacts is not None:
            owner_contacts = {oid: [] for oid in self._contact_owner_ids()}
            for c in contacts:
                owner_contacts.setdefault(c.owner_id, []).append(c)
        new: dict[str, Any] = {
            "owners": _by_id(owners),
            "invitations": _by_id(invitations),
            "contacts": owner_contacts,
            "conversations": _by_id(conversations),
            "derived": None if derived is None else dict(derived),
            "patterns": None if patterns is None else list(patterns),
            "files": _by_id(files),
        }
        legacy = self.legacy()
        if legacy:  # the first write in the new layout rewrites everything
            everyone: dict[str, list[Contact]] = {}
            for c in self.contacts():
                everyone.setdefault(c.owner_id, []).append(c)
            current = {
                "owners": self.owners(),
                "invitations": self.invitations(),
                "contacts": everyone,
                "conversations": self.conversations(),
                "derived": self.derived_all(),
                "patterns": self.patterns(),
                "files": self.files(),
            }
            new = {k: current[k] if v is None else v for k, v in new.items()}
        out: dict[str, dict[str, Iterable[Any]]] = {}
        kept: dict[str, dict[str, Any]] = {}  # file -> table -> records, the new cache
        sources = self._docs(self._file(META), "contact_sources") if not legacy else []
        if new["contacts"] is not None:
            changed = set(new["contacts"])
            counts: dict[tuple[str, str], int] = {}
            for oid, records in new["contacts"].items():
                for c in records:
                    counts[(oid, c.source)] = counts.get((oid, c.source), 0) + 1
            sources = [d for d in sources if d["owner_id"] not in changed] + [
                {"owner_id": oid, "source": src, "count": n} for (oid, src), n in counts.items()
            ]
        meta_tables = ("owners", "invitations", "patterns", "files", "contacts")
        if any(new[k] is not None for k in meta_tables):
            meta: dict[str, Any] = {"meta": [{"schema": SCHEMA_VERSION}]}
            cache: dict[str, Any] = {}
            for table in ("owners", "files"):
                records = new[table] if new[table] is not None else getattr(self, table)()
                meta[table] = records.values()
                cache[table] = records
            patterns_now = new["patterns"] if new["patterns"] is not None else self.patterns()
            meta["patterns"] = patterns_now
            cache["patterns"] = patterns_now
            invs = new["invitations"]
            if invs is not None:
                meta["order"] = [_order(invs.values())]
            else:
                meta["order"] = self._docs(self._file(META), "order")
            meta["contact_sources"] = sources
            out[META] = meta
            kept[META] = cache
        dropped: set[str] = set()
        for oid, records in (new["contacts"] or {}).items():
            name = contacts_file(oid)
            if records:
                out[name] = {"contacts": records}
                kept[name] = {"contacts": records}
            else:
                dropped.add(name)
        replaced = [t for t in SHARDED if new[t] is not None]
        for table in replaced:
            by_shard: dict[str, dict[str, Any]] = {}
            for key, record in new[table].items():
                by_shard.setdefault(shard_of(key), {})[key] = record
            for shard, records in by_shard.items():
                name = shard_file(table, shard)
                out[name] = {table: records.values()}
                kept[name] = {table: records}
        gen = self.commit(out, replaced, dropped)
        for name, tables in kept.items():
            self._held[name] = _Held(name, gen, records=tables)
        for table in replaced:
            self._held[f"*{table}"] = _Held(f"*{table}", gen, records={table: new[table]})
        return gen


def _order(invitations: Iterable[Invitation]) -> dict[str, list[str]]:
    """Every invitation id, newest first (incoming and outgoing apart): the order document
    that lets a command find or list ids without reading the invitations."""
    ordered = sorted(invitations, key=lambda i: (i.sent_at or "", i.id), reverse=True)
    return {
        "incoming": [i.id for i in ordered if i.direction == "INCOMING"],
        "outgoing": [i.id for i in ordered if i.direction == "OUTGOING"],
    }


def _keyed(cls: type[Record]) -> Callable[[list[dict[str, Any]]], dict[str, Any]]:
    """A builder of {id: record} from raw documents."""

    def build(docs: list[dict[str, Any]]) -> dict[str, Any]:
        return {d["id"]: cls.from_dict(d) for d in docs}

    return build


def _contact_list(docs: list[dict[str, Any]]) -> list[Contact]:
    return [Contact.from_dict(d) for d in docs]


def _matches(docs: list[dict[str, Any]]) -> dict[str, MatchResult]:
    """The legacy layout's matches table: {invitation_id, result} documents."""
    return {d["invitation_id"]: MatchResult.from_dict(d["result"]) for d in docs}


def _carry(source: Path, target: Path) -> None:
    """An unchanged file into the new generation: a hard link (no bytes written), else a
    copy (file systems without links)."""
    try:
        os.link(source, target)
    except OSError:
        write_atomic(target, source.read_bytes())


def _by_id(records: Iterable[Any] | None) -> dict[str, Any] | None:
    return None if records is None else {r.id: r for r in records}


def _write_tinydb(path: Path, tables: dict[str, Iterable[Any]]) -> Entry:
    """Write whole tables as a fresh TinyDB file (table -> document id -> document) into a
    generation not yet live (so no rename is needed), fsync'd. Documents may be dicts or
    records, written without their default-valued fields (core.store.compact). Returns its
    manifest entry."""
    data = {name: {str(i): doc for i, doc in enumerate(docs, 1)} for name, docs in tables.items()}
    payload = dumps(data)  # compact records; fails before the disk is touched
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        written = 0
        while written < len(payload):
            written += os.write(fd, payload[written:])
        os.fsync(fd)
    finally:
        os.close(fd)
    return entry_of(payload)


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")
