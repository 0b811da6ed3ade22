"""The triage service: the one API both front ends (CLI and TUI) use.

A thin facade: reading is core.triage.views (one invitation's records at a time), importing
is core.triage.importing, the rules are in their own modules; here are the writes (each one
journal append, durable on return) and the lookups.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linkvet.core.config import Config, load_config
from linkvet.core.errors import Refused
from linkvet.core.models import CHECK_IDS, HistoryEvent, Match, Owner, Pattern
from linkvet.core.store import Store
from linkvet.core.store.lock import StoreBusy
from linkvet.core.store.repair import RepairReport
from linkvet.core.triage.health import HealthNote, health
from linkvet.core.triage.status import DECIDED, STATUSES
from linkvet.core.triage.view import InvitationView
from linkvet.core.triage.views import FLAGS, NotFound, Views

if TYPE_CHECKING:
    from linkvet.core.importers.batch import ImportBatch
    from linkvet.core.matching import ContactIndex
    from linkvet.core.store.repair import RepairReport
    from linkvet.core.triage.analysis import Progress
    from linkvet.core.triage.bundle import Bundle
    from linkvet.core.triage.importing import ImportReport

    # The read half of one import: an export's batch, or a checked team bundle
    ImportRead = ImportBatch | Bundle

DECISIONS = (*DECIDED, "pending")
__all__ = [
    "DECISIONS",
    "FLAGS",
    "STATUSES",
    "NotFound",
    "RepairReport",
    "StoreBusy",
    "TakeResult",
    "Workspace",
]


@dataclass(slots=True)
class TakeResult:
    """What taking the advice did: the events written and what it left alone."""

    events: list[HistoryEvent] = field(default_factory=list)
    kept: int = 0  # decided by hand before: never replaced by the advice
    no_advice: int = 0  # nothing to advise (accepted, done or gone on LinkedIn)


class Workspace:
    """One open database plus the config: views, decisions, imports, lookups."""

    def __init__(
        self,
        store: Store,
        config: Config | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.config = config or load_config()
        self.clock = clock or (lambda: datetime.now(UTC))
        self.read = Views(store, self.config, self.clock)
        self._index: ContactIndex | None = None
        self._index_generation: str | None = None
        self._index_lock = threading.Lock()  # the TUI builds it ahead, in a worker thread

    @classmethod
    def open(cls, db: str | Path, config_path: str | Path | None = None) -> Workspace:
        """Open (creating if needed) the database at `db` with the user's config."""
        config = load_config(Path(config_path) if config_path else None)
        return cls(Store(Path(db)), config)

    # ----- reading (core.triage.views) ---------------------------------------------------
    def refresh(self) -> str:
        """Pick up what other processes changed ("data", "decisions" or "")."""
        return self.read.refresh()

    def today(self) -> str:
        return self.clock().date().isoformat()

    def invitation_ids(self) -> list[str]:
        """Incoming invitation ids, newest first."""
        return self.read.ids()

    def statuses(self) -> dict[str, str]:
        """Status of every incoming invitation, from the records alone."""
        from linkvet.core.triage import importing  # readers never load the importers

        return importing.statuses(self.store)

    def resolve(self, given: str) -> str:
        """An exact id or a unique prefix of one; NotFound otherwise."""
        return self.read.resolve(given)

    def view(self, inv_id: str) -> InvitationView:
        """Everything about one invitation, computed now (cached until it changes)."""
        return self.read.view(inv_id)

    def iter_views(
        self,
        status: str | None = None,
        verdict: str | None = None,
        flag: str | None = None,
        include_snoozed: bool = True,
    ) -> Iterator[InvitationView]:
        """Incoming invitations (newest first), optionally narrowed, one view at a time."""
        return self.read.iter_views(status, verdict, flag, include_snoozed)

    def views(
        self, status: str | None = None, verdict: str | None = None, flag: str | None = None
    ) -> list[InvitationView]:
        """Incoming invitations (newest first), optionally narrowed."""
        return list(self.iter_views(status, verdict, flag))

    def queue(self) -> list[InvitationView]:
        """What the triage screen lists (see Views.iter_queue)."""
        return list(self.iter_queue())

    def iter_queue(self) -> Iterator[InvitationView]:
        """The queue, one view at a time (the TUI shows the first screenful before the rest
        is computed)."""
        return self.read.iter_queue()

    def related(self, ids: Iterable[str]) -> set[str]:
        """`ids` and the other incoming invitations from the same people."""
        return self.read.related(ids)

    def same_person(self, inv_id: str) -> list[str]:
        """Incoming invitations from the same person as `inv_id` (itself first)."""
        return self.read.same_person(inv_id)

    def is_empty(self) -> bool:
        """True before the first import."""
        return self.store.is_empty()

    def decisions(self) -> dict[str, str]:
        """id -> decision word of every invitation the journal has a state for."""
        return {inv_id: state.decision for inv_id, state in self.store.states().items()}

    def journal_length(self) -> int:
        """How many journal events there are (as of the last refresh and own writes)."""
        return len(self.store.events())

    def touched_since(self, seen: int) -> tuple[set[str], int]:
        """(invitation ids, journal length): what the journal events after the first `seen`
        touched, with every invitation of the steps they belong to (an undo of a bulk
        decision repaints all of its rows)."""
        events = self.store.events()
        new = events[seen:]
        batches = {e.batch for e in new if e.batch}
        ids = {e.invitation_id for e in new}
        ids |= {e.invitation_id for e in events if e.batch in batches}
        return ids, len(events)

    def owner_contact(self, inv_id: str, contact_ids: Sequence[str]) -> str | None:
        """The first of `contact_ids` (one person's records, e.g. a lookup hit and the records
        it merges) that the invitation's owner holds, or None: the record to link to."""
        owner = self.view(self.resolve(inv_id)).invitation.owner_id
        mine = {c.id for c in self.store.contacts() if c.owner_id == owner}
        return next((c for c in contact_ids if c in mine), None)

    @staticmethod
    def repair(db: str | Path) -> RepairReport:
        """Point the database at `db` back at its newest copy that verifies in full (the
        journal is kept): which one, what was damaged and what going back lost."""
        return Store(Path(db), verify=False).repair()

    # ----- writing -----------------------------------------------------------------------
    def decide(
        self,
        ids: Sequence[str],
        decision: str,
        note: str | None = None,
        message: str | Mapping[str, str] | None = None,
    ) -> list[HistoryEvent]:
        """Record a decision on one or more invitations (one undo step); durable on return.

        An "ask" is saved with the message to send (`message`: one text for all, or per id;
        else each invitation's prepared ask message), so the action list gives exactly it."""
        if message is not None and decision != "ask":
            raise Refused("a message goes with an ask decision only")
        if isinstance(message, Mapping):
            messages = {self.resolve(k): v for k, v in message.items()}
        else:
            messages = {self.resolve(i): message for i in ids} if message is not None else {}
        return self.decide_each([(i, decision, note) for i in ids], messages)

    def decide_each(
        self,
        choices: Sequence[tuple[str, str, str | None]],
        messages: Mapping[str, str] | None = None,
    ) -> list[HistoryEvent]:
        """Several decisions, each with its own word and note (id, decision, note), written
        as one journal append: one undo step however many it touched; durable on return.
        Each "ask" keeps its message: the one in `messages`, else the prepared one."""
        for _, decision, _ in choices:
            if decision not in DECISIONS:
                raise Refused(f"unknown decision {decision!r}: use {', '.join(DECISIONS)}")
        resolved = [(self.resolve(i), decision, note) for i, decision, note in choices]
        drafts = []
        for inv_id, decision, note in resolved:
            v = self.view(inv_id)
            dialogue = (v.conversation.sent + v.conversation.received) if v.conversation else 0
            known = any(c.id == "known" and c.state == "pass" for c in v.checks)
            context: dict[str, Any] = {"known": known, "dialogue": dialogue}
            if decision == "ask":
                given = (messages or {}).get(inv_id)
                context["ask_message"] = given if given is not None else v.ask_text()
            drafts.append(
                HistoryEvent(
                    seq=0,
                    at="",
                    kind="decision",
                    invitation_id=inv_id,
                    before=v.state.decision,
                    after=decision,
                    note=note,
                    context=context,
                )
            )
        events = self.store.append(drafts) if drafts else []
        self.read.forget([i for i, _, _ in resolved])
        return events

    def take_advice(self, ids: Sequence[str]) -> TakeResult:
        """Take the recommended verdict for each invitation still undecided, as one undo
        step. A decision the user made by hand is never replaced: those are skipped and
        counted, as are invitations with no advice (settled on LinkedIn)."""
        result = TakeResult()
        choices: list[tuple[str, str, str | None]] = []
        for inv_id in (self.resolve(i) for i in ids):
            view = self.view(inv_id)
            if view.state.decision != "pending":
                result.kept += 1
            elif view.verdict is None:
                result.no_advice += 1
            else:
                choices.append((inv_id, view.verdict.verdict, None))
        result.events = self.decide_each(choices) if choices else []
        return result

    def mark_carried_out(self, ids: Sequence[str]) -> list[HistoryEvent]:
        """The user's word that what they decided is done on LinkedIn (accepted, ignored, or
        the ask message sent): one undo step. Invitations with no decision are refused."""
        resolved = [self.resolve(i) for i in ids]
        undecided = [i for i in resolved if self.view(i).state.decision not in DECIDED]
        if undecided:
            raise NotFound(
                f"nothing decided for {', '.join(undecided[:5])}: decide first, then mark it done"
            )
        drafts = [
            HistoryEvent(
                seq=0,
                at="",
                kind="carried_out",
                invitation_id=i,
                before=self.view(i).state.carried_out_at,
                after=self.view(i).state.decision,
            )
            for i in resolved
        ]
        events = self.store.append(drafts) if drafts else []
        self.read.forget(resolved)
        return events

    def override(self, inv_id: str, check_id: str, state: str | None) -> HistoryEvent:
        """Set (or clear, with None/'auto') the user's own answer for one check."""
        if check_id not in CHECK_IDS:
            raise Refused(f"unknown check {check_id!r}: use {', '.join(CHECK_IDS)}")
        if state not in (None, "auto", "pass", "fail", "unknown"):
            raise Refused(f"unknown state {state!r}: use pass, fail, unknown or auto")
        inv_id = self.resolve(inv_id)
        before = self.view(inv_id).state.overrides.get(check_id)
        (event,) = self.store.record(
            "override", [inv_id], after=state or "auto", check=check_id, before={inv_id: before}
        )
        self.read.forget([inv_id])
        return event

    def toggle_check(self, inv_id: str, check_id: str) -> HistoryEvent:
        """Cycle a check the user ticks by hand: computed -> pass -> fail -> computed."""
        current = self.view(inv_id).state.overrides.get(check_id)
        nxt = {None: "pass", "pass": "fail", "fail": "auto", "unknown": "auto"}[current]
        return self.override(inv_id, check_id, nxt)

    def record_reply(self, inv_id: str, note: str) -> HistoryEvent:
        """Record a reply to an 'ask' that came by e-mail or phone."""
        inv_id = self.resolve(inv_id)
        (event,) = self.store.record("reply", [inv_id], note=note)
        self.read.forget([inv_id])
        return event

    def snooze(self, ids: Sequence[str], until: str) -> list[HistoryEvent]:
        """Hide invitations from the queue until the ISO date `until`."""
        resolved = [self.resolve(i) for i in ids]
        events = self.store.record("snooze", resolved, after=until)
        self.read.forget(resolved)
        return events

    def undo(self) -> list[HistoryEvent]:
        """Revert the newest step (a whole bulk decision at once); [] when nothing to undo."""
        group = self.store.undo()
        self.read.forget([e.invitation_id for e in group])
        return group

    def decide_pattern(self, pattern_id: str, decision: str) -> list[HistoryEvent]:
        """Decide every still-pending member of a pattern in one undoable step."""
        pattern = self.read.patterns().get(pattern_id)
        if pattern is None:
            raise NotFound(f"no pattern with id {pattern_id!r} (see `linkvet patterns`)")
        members = [m for m in pattern.members if self.view(m).status == "pending"]
        return self.decide(members, decision) if members else []

    def link(self, inv_id: str, contact_id: str | None) -> HistoryEvent:
        """Record that the sender of `inv_id` is the contact `contact_id` (a manual link,
        durable in the journal with the contact as it was, so the view needs no contact
        read; None removes it). Undone like any decision."""
        inv_id = self.resolve(inv_id)
        view = self.view(inv_id)
        contact = None
        if contact_id is not None:
            contact = next((c for c in self.store.contacts() if c.id == contact_id), None)
            if contact is None or contact.owner_id != view.invitation.owner_id:
                raise NotFound(
                    f"no contact {contact_id!r} among this invitation's owner's contacts"
                )
        event = HistoryEvent(
            seq=0,
            at="",
            kind="link",
            invitation_id=inv_id,
            before=view.state.link,
            after=contact_id,
            context={"contact": contact.to_dict()} if contact is not None else None,
        )
        (written,) = self.store.append([event])
        self.read.forget([inv_id])
        return written

    def set_lock_wait(self, seconds: float) -> None:
        """Wait at most `seconds` per write for another process's write lock (StoreBusy,
        nothing written, after that): the TUI tries briefly, then shows the wait and lets the
        user cancel it instead of freezing for the store's default wait."""
        self.store.lock.timeout = seconds

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the write lock around several writes (re-entrant): a front end waits for it
        once, checks that the user still wants the write, then writes under it. StoreBusy
        when another process keeps it past the lock wait."""
        with self.store.transaction():
            yield

    def invitations_from(self, contact_ids: Iterable[str]) -> list[str]:
        """Incoming invitations (newest first) whose sender is, or may be, one of these
        contact records: linked by you, matched, or listed as a candidate."""
        wanted = set(contact_ids)
        states = self.store.states()
        derived = self.store.derived_all()
        out: list[str] = []
        for inv_id in self.invitation_ids():
            state = states.get(inv_id)
            found = derived.get(inv_id)
            match = found.match if found else None
            ids = (
                {m.contact_id for m in (match.known_contact, *match.candidates) if m}
                if match
                else set()
            )
            if (state is not None and state.link in wanted) or ids & wanted:
                out.append(inv_id)
        return out

    # ----- import (core.triage.importing) ----------------------------------------------
    def import_paths(
        self,
        paths: Sequence[str | Path],
        kind: str | None = None,
        owner_name: str | None = None,
        owner_company: str | None = None,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Read, merge, analyse and commit one import as a single atomic step.

        Raises core.importers.batch.InputError (nothing written) for a bad file.
        """
        batch = self.read_paths(paths, kind, owner_name, owner_company, progress)
        return self.import_batch(batch, dry_run, progress)

    def read_paths(
        self,
        paths: Sequence[str | Path],
        kind: str | None = None,
        owner_name: str | None = None,
        owner_company: str | None = None,
        progress: Progress | None = None,
    ) -> ImportBatch:
        """Read the files of an import without writing anything (the first half of
        import_paths: a front end that waits for the write lock reads before it waits)."""
        from linkvet.core.triage import importing

        return importing.read_paths(self.store, paths, kind, owner_name, owner_company, progress)

    def read_import(
        self,
        paths: Sequence[str | Path],
        kind: str | None = None,
        owner_name: str | None = None,
        owner_company: str | None = None,
        progress: Progress | None = None,
    ) -> list[ImportRead]:
        """Read what one import names, writing nothing (both front ends start here): team
        bundles, told by their content, one read each; else the files as one batch.
        MixedImport (a Refused) when bundles come with other files."""
        from linkvet.core.triage.bundle import bundles_among

        bundles = bundles_among(paths)
        if bundles:
            return list(bundles)
        return [self.read_paths(paths, kind, owner_name, owner_company, progress)]

    def commit_import(
        self, read: ImportRead, dry_run: bool = False, progress: Progress | None = None
    ) -> ImportReport:
        """Merge one read of `read_import` as one atomic step (a bundle with its decisions)."""
        from linkvet.core.triage.bundle import Bundle, merge_bundle

        if isinstance(read, Bundle):
            return merge_bundle(self, read, dry_run, progress)
        return self.import_batch(read, dry_run, progress)

    def import_batch(
        self,
        batch: ImportBatch,
        dry_run: bool = False,
        progress: Progress | None = None,
        also: Callable[[list[str]], object] | None = None,
    ) -> ImportReport:
        """Merge a batch read from any source (see core.triage.importing.import_batch)."""
        from linkvet.core.triage import importing

        return importing.import_batch(self.read, batch, dry_run, progress, also)

    # ----- lookups and summaries ---------------------------------------------------------
    def contact_index(self) -> ContactIndex:
        """The index for interactive contact lookup (built once per generation, with the name
        tables it needs, so that no keystroke pays for loading them)."""
        from linkvet.core.matching import ContactIndex
        from linkvet.core.matching.equivalence import load_name_tables

        with self._index_lock:
            generation = self.store.live()
            if self._index is None or self._index_generation != generation:
                self._index = ContactIndex(self.store.contacts(), self.config.matching)
                self._index_generation = generation
                load_name_tables()
                self._index.everyone().tables()  # the lookup's book, ready before a keystroke
            return self._index

    def lookup(
        self,
        name: str,
        company: str | None = None,
        email: str | None = None,
        url: str | None = None,
        limit: int = 10,
    ) -> list[Match]:
        return self.contact_index().lookup(name, company, email, url, None, limit)

    def health(self) -> list[HealthNote]:
        """What the imported data cannot tell, per owner and per file (core.triage.health)."""
        return health(self.store, self.config, self.today())

    def patterns(self) -> list[Pattern]:
        return list(self.store.patterns())

    def owners(self) -> dict[str, Owner]:
        return dict(self.store.owners())

    def stats(self) -> dict[str, Any]:
        """Counts by status, decision, verdict, owner and flag."""
        views = self.views()
        return {
            "invitations": len(views),
            "by_status": dict(Counter(v.status for v in views)),
            "by_decision": dict(Counter(v.state.decision for v in views)),
            "by_verdict": dict(
                Counter(v.verdict.verdict for v in views if v.status == "pending" and v.verdict)
            ),
            "by_owner": dict(
                Counter((v.owner.name if v.owner else v.invitation.owner_id) for v in views)
            ),
            "by_flag": dict(Counter(f for v in views for f in v.flags)),
            "owners": len(self.store.owners()),
            "contacts": len(self.store.contacts()),
            "patterns": len(self.store.patterns()),
            "decisions_recorded": sum(1 for e in self.store.events() if e.kind == "decision"),
        }
