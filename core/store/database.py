"""The repository API over linkvet's TinyDB files; nothing else touches TinyDB directly.

Layout of a database directory (split by how often each part is written):
- `CURRENT`            names the live generation directory, replaced atomically.
- `gNNNNNN/invitations.json` TinyDB: meta (schema version), owners, invitations, files
  (the account of each imported file).
- `gNNNNNN/contacts.json`    TinyDB: contacts, conversations.
- `gNNNNNN/analysis.json`    TinyDB: matches, patterns (derived, recomputable).
- `journal.jsonl`      append-only decisions journal: one fsync'd line per decision.
- `.lock`              inter-process write lock.
An import writes a complete new generation, then flips `CURRENT`: a crash at any instant
leaves the old or the new state, never a mix. The previous generation is kept as the last
good copy (`Store.recover`). Every file is created mode 0600, directories 0700.
"""

from __future__ import annotations

import getpass
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from linkvet.core.models import (
    Contact,
    Conversation,
    HistoryEvent,
    ImportedFile,
    Invitation,
    MatchResult,
    Owner,
    Pattern,
)
from linkvet.core.store.atomic import (
    AtomicJSONStorage,
    CorruptDatabase,
    read_json,
    write_atomic,
)
from linkvet.core.store.decisions import TriageState, apply, fold, last_undoable
from linkvet.core.store.journal import Journal
from linkvet.core.store.lock import WriteLock, ensure_private_dir
from linkvet.core.store.migrations import SCHEMA_VERSION, Tables, migrate

FILES = ("invitations.json", "contacts.json", "analysis.json")


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
        if verify:
            self._check_schema()

    # ----- reading ---------------------------------------------------------------------
    def generation(self) -> str | None:
        """Name of the live generation directory, or None for a new, empty database."""
        try:
            text = (self.path / "CURRENT").read_text(encoding="ascii").strip()
        except FileNotFoundError:
            return None
        if not text or not (self.path / text).is_dir():
            raise CorruptDatabase(
                f"{self.path / 'CURRENT'}: names a missing data folder {text!r}; "
                "run `linkvet repair` to go back to the last good copy"
            )
        return text

    def _file(self, name: str) -> _Held:
        """What this process holds of one file of the live generation (dropped, so read
        again, once another process committed a new generation)."""
        gen = self.generation()
        held = self._held.get(name)
        if held is None or held.gen != gen:
            held = self._held[name] = _Held(name, gen)
        return held

    def _docs(self, held: _Held, table: str) -> list[dict[str, Any]]:
        """Raw documents of one table of a held file (the file is read once)."""
        if held.tables is None:
            try:
                data = read_json(self.path / held.gen / held.name) if held.gen else None
            except CorruptDatabase as exc:
                raise CorruptDatabase(
                    f"{exc}; run `linkvet repair` to go back to the last good copy"
                ) from None
            held.tables = data or {}
        return list(held.tables.get(table, {}).values())

    def _check_schema(self) -> None:
        meta = self._docs(self._file("invitations.json"), "meta")
        version = int(meta[0].get("schema", SCHEMA_VERSION)) if meta else SCHEMA_VERSION
        if version > SCHEMA_VERSION:
            raise CorruptDatabase(
                f"{self.path}: made by a newer linkvet (schema {version}); upgrade linkvet"
            )
        if version < SCHEMA_VERSION and self.generation() is not None:
            with self.transaction():
                self._upgrade(version)

    def _upgrade(self, version: int) -> None:
        """Rewrite the live generation at the current schema (under the write lock)."""
        meta = self._docs(self._file("invitations.json"), "meta")
        if meta and int(meta[0].get("schema", SCHEMA_VERSION)) >= SCHEMA_VERSION:
            return  # another process upgraded it while this one waited for the lock
        tables = migrate(
            Tables(self.owners(), self.invitations(), self.contacts(), self.conversations()),
            version,
        )
        self.save(
            owners=tables.owners.values(),
            invitations=tables.invitations.values(),
            contacts=tables.contacts,
            conversations=tables.conversations.values(),
        )

    def owners(self) -> dict[str, Owner]:
        return self._built(
            "invitations.json", "owners", lambda docs: {d["id"]: Owner.from_dict(d) for d in docs}
        )

    def invitations(self) -> dict[str, Invitation]:
        return self._built(
            "invitations.json",
            "invitations",
            lambda docs: {d["id"]: Invitation.from_dict(d) for d in docs},
        )

    def files(self) -> dict[str, ImportedFile]:
        """The account of every imported file (what each import could not read)."""
        return self._built(
            "invitations.json",
            "files",
            lambda docs: {d["id"]: ImportedFile.from_dict(d) for d in docs},
        )

    def contacts(self) -> list[Contact]:
        return self._built(
            "contacts.json", "contacts", lambda docs: [Contact.from_dict(d) for d in docs]
        )

    def contact_owners(self, source: str) -> set[str]:
        """Ids of owners with at least one contact from `source` (no records built)."""
        held = self._file("contacts.json")
        if "contacts" in held.records:
            return {c.owner_id for c in held.records["contacts"] if c.source == source}
        return {d["owner_id"] for d in self._docs(held, "contacts") if d["source"] == source}

    def conversations(self) -> dict[str, Conversation]:
        return self._built(
            "contacts.json",
            "conversations",
            lambda docs: {d["id"]: Conversation.from_dict(d) for d in docs},
        )

    def matches(self) -> dict[str, MatchResult]:
        return self._built(
            "analysis.json",
            "matches",
            lambda docs: {d["invitation_id"]: MatchResult.from_dict(d["result"]) for d in docs},
        )

    def patterns(self) -> list[Pattern]:
        return self._built(
            "analysis.json", "patterns", lambda docs: [Pattern.from_dict(d) for d in docs]
        )

    def _built(self, name: str, table: str, build: Callable[[list[dict[str, Any]]], Any]) -> Any:
        """Records of one table of the live generation, built once per generation."""
        held = self._file(name)
        if table not in held.records:
            held.records[table] = build(self._docs(held, table))
        return held.records[table]

    def events(self) -> list[HistoryEvent]:
        """Every journal event, including ones other processes appended since last call."""
        if self._events is None:
            self._events = self.journal.read_all()
        else:
            self._events.extend(self.journal.read_new())
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
            self.events()  # tail the journal so sequence numbers and undo are current
            yield

    def append(self, drafts: Sequence[HistoryEvent]) -> list[HistoryEvent]:
        """The one way into the journal: number the drafts after the newest event, give a
        group of several one batch id (one undo step), fill `at`/`who` where empty, append
        and fsync. Durable on return. Re-entrant inside `transaction()`."""
        with self.transaction():
            events = self.events()
            seq = events[-1].seq + 1 if events else 1
            batch = f"b{seq}" if len(drafts) > 1 else None
            stamp, who = now_iso(), _who()
            for i, event in enumerate(drafts):
                event.seq = seq + i
                event.at = event.at or stamp
                event.who = event.who or who
                if event.kind != "undo":
                    event.batch = batch
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

    def commit(self, files: dict[str, dict[str, Iterable[dict[str, Any]]]]) -> str:
        """Write a new generation holding `files` (name -> tables) plus unchanged copies of
        the other files, then flip CURRENT to it (caller holds the transaction)."""
        old = self.generation()
        number = int(old[1:]) + 1 if old else 1
        gen = f"g{number:06d}"
        gen_dir = self.path / gen
        if gen_dir.exists():
            shutil.rmtree(gen_dir)
        gen_dir.mkdir(mode=0o700)
        for name in FILES:
            if name in files:
                _write_tinydb(gen_dir / name, files[name])
            elif old and (self.path / old / name).exists():
                write_atomic(gen_dir / name, (self.path / old / name).read_bytes())
        # each write_atomic fsync'd its file and gen_dir: all durable before CURRENT names it
        write_atomic(self.path / "CURRENT", gen.encode("ascii") + b"\n")
        self._prune(keep={gen, old} if old else {gen})
        for name in files:
            self._held.pop(name, None)
        for held in self._held.values():
            if held.gen == old:  # copied byte for byte: what was read from it still holds
                held.gen = gen
        return gen

    def _prune(self, keep: set[str | None]) -> None:
        for child in self.path.iterdir():
            if child.is_dir() and child.name.startswith("g") and child.name not in keep:
                shutil.rmtree(child, ignore_errors=True)

    def recover(self) -> str | None:
        """Point CURRENT back at the newest generation that parses; returns its name."""
        with self.lock.hold():
            gens = sorted(
                (c.name for c in self.path.iterdir() if c.is_dir() and c.name.startswith("g")),
                reverse=True,
            )
            for gen in gens:
                try:
                    for name in FILES:
                        if (self.path / gen / name).exists():
                            read_json(self.path / gen / name)
                except CorruptDatabase:
                    continue
                write_atomic(self.path / "CURRENT", gen.encode("ascii") + b"\n")
                self._held.clear()
                return gen
            return None

    def save(
        self,
        *,
        owners: Iterable[Owner] | None = None,
        invitations: Iterable[Invitation] | None = None,
        contacts: Iterable[Contact] | None = None,
        conversations: Iterable[Conversation] | None = None,
        matches: dict[str, MatchResult] | None = None,
        patterns: Iterable[Pattern] | None = None,
        files: Iterable[ImportedFile] | None = None,
    ) -> str:
        """Commit an import and/or re-analysis as one generation (caller holds the
        transaction). Tables passed as None keep their current content. The records saved
        become this store's cache for the new generation (no re-read after an import), so
        callers must not change them afterwards."""
        built: dict[str, dict[str, Any]] = {
            "invitations.json": {
                "owners": _by_id(owners),
                "invitations": _by_id(invitations),
                "files": _by_id(files),
            },
            "contacts.json": {
                "contacts": None if contacts is None else list(contacts),
                "conversations": _by_id(conversations),
            },
            "analysis.json": {
                "matches": None if matches is None else dict(matches),
                "patterns": None if patterns is None else list(patterns),
            },
        }
        files: dict[str, dict[str, Iterable[Any]]] = {}
        for name, tables in built.items():
            if all(records is None for records in tables.values()):
                continue  # the file is copied unchanged into the new generation
            held = self._file(name)
            files[name] = {
                table: self._docs(held, table) if records is None else _documents(table, records)
                for table, records in tables.items()
            }
        if "invitations.json" in files:  # the schema version travels with the invitations
            files["invitations.json"] = {"meta": [{"schema": SCHEMA_VERSION}]} | files[
                "invitations.json"
            ]
        gen = self.commit(files)
        for name in files:
            records = {t: r for t, r in built[name].items() if r is not None}
            self._held[name] = _Held(name, gen, records=records)
        return gen


def _by_id(records: Iterable[Any] | None) -> dict[str, Any] | None:
    return None if records is None else {r.id: r for r in records}


def _documents(table: str, records: dict[str, Any] | list[Any]) -> Iterable[Any]:
    """The documents of a table as stored: matches keep their invitation id beside them."""
    if table == "matches":
        return [{"invitation_id": k, "result": v} for k, v in records.items()]  # type: ignore[union-attr]
    return records.values() if isinstance(records, dict) else records


def _write_tinydb(path: Path, tables: dict[str, Iterable[Any]]) -> None:
    """Write whole tables as a fresh TinyDB file (table -> document id -> document) in one
    atomic write. Documents may be dicts or records: orjson serialises the dataclasses
    directly, several times faster than building dicts for TinyDB's insert_multiple."""
    data = {name: {str(i): doc for i, doc in enumerate(docs, 1)} for name, docs in tables.items()}
    AtomicJSONStorage(path).write(data)


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")
