"""The triage service: the one API both front ends (CLI and TUI) use.

It reads the store, builds views (match, patterns, checks, verdict) on demand, records
decisions durably, undoes them, imports exports, and answers lookups.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from linkvet.core.checklist import Context, PriorDecision, evaluate
from linkvet.core.config import Config, load_config
from linkvet.core.errors import Refused
from linkvet.core.identity import PersonIndex, PersonRef
from linkvet.core.importers import read_sources
from linkvet.core.importers.batch import FileSummary, ImportBatch
from linkvet.core.ingest import MergeCounts, merge
from linkvet.core.matching import ContactIndex
from linkvet.core.matching.equivalence import load_name_tables
from linkvet.core.models import (
    CHECK_IDS,
    Check,
    Conversation,
    HistoryEvent,
    Invitation,
    Match,
    MatchResult,
    Pattern,
)
from linkvet.core.patterns import patterns_by_invitation
from linkvet.core.recommend import recommend
from linkvet.core.store import Store
from linkvet.core.store.decisions import TriageState
from linkvet.core.triage.analysis import Progress, analyze
from linkvet.core.triage.health import file_accounts, health, same_accounts, summary_lines
from linkvet.core.triage.reconcile import ReconcileSummary, reconcile
from linkvet.core.triage.status import DECIDED, SETTLED, STATUSES, is_snoozed, status, status_of
from linkvet.core.triage.view import InvitationView

DECISIONS = (*DECIDED, "pending")
__all__ = ["DECISIONS", "FLAGS", "STATUSES", "ImportReport", "NotFound", "Workspace"]
FLAGS = ("known", "mass_invite", "recruiter", "open_networker", "duplicate_profile", "snoozed")

# Shared by the views of invitations with no decision, match or pattern (views are read-only)
_NO_STATE = TriageState()
_NO_MATCH = MatchResult()
_NO_PATTERNS: list[Pattern] = []


class NotFound(Refused):
    """No invitation (or pattern) with the id the user gave."""


@dataclass(slots=True)
class TakeResult:
    """What taking the advice did: the events written and what it left alone."""

    events: list[HistoryEvent] = field(default_factory=list)
    kept: int = 0  # decided by hand before: never replaced by the advice
    no_advice: int = 0  # nothing to advise (accepted, done or gone on LinkedIn)


@dataclass(slots=True)
class ImportReport:
    """What an import did: per-file summaries, merge counts, warnings, reconciliation."""

    files: list[FileSummary]
    counts: dict[str, MergeCounts]
    warnings: list[str] = field(default_factory=list)
    newly_accepted: int = 0
    pending: int = 0
    dry_run: bool = False
    reconcile: dict[str, int] = field(default_factory=dict)
    outcomes: ReconcileSummary | None = None  # done / still to do / replied, after an import
    # invitations an older linkvet had folded into another of the same name (now pending)
    came_back: list[str] = field(default_factory=list)
    rebuilt_contacts: int = 0  # contacts of an older linkvet rebuilt under the identity rule
    took_over: str | None = None  # the owner's name that took over the provisional "you"
    provisional: bool = False  # the data belongs to "you" until an export names its owner

    def headline(self) -> str:
        """One line that says what came in and, first of all, what did not: a row that was
        refused or kept with a gap is never lost quietly."""
        kinds: dict[str, list[int]] = {}
        for f in self.files:
            if f.kind in ("bundle", "profile", "positions"):
                continue
            counts = kinds.setdefault(_KIND_WORDS.get(f.kind, f.kind), [0, 0, 0])
            counts[0] += f.imported + f.problem_count  # rows skipped on purpose are no loss
            counts[1] += f.imported
            counts[2] += f.kept_with_gaps
        verb = "Dry run, nothing written: would import" if self.dry_run else "Imported"
        parts = []
        for word, (read, imported, gaps) in kinds.items():
            text = (
                f"{imported:,} {word}" if imported == read else f"{imported:,} of {read:,} {word}"
            )
            if gaps:
                text += f" ({gaps:,} with a gap, kept)"
            parts.append(text)
        refused = sum(f.problem_count for f in self.files)
        line = f"{verb} {', '.join(parts) or 'nothing new'}"
        if refused:
            line += f": {refused:,} row{'s' * (refused != 1)} refused, see below"
        elif any(f.kept_with_gaps for f in self.files):
            line += ": see the notes below"
        return line + "."

    def identity_lines(self) -> list[str]:
        """What the identity rule changed or still needs (docs/IDENTITY.md)."""
        lines: list[str] = []
        if self.came_back:
            n = len(self.came_back)
            lines.append(
                f"{n} invitation{'s' * (n != 1)} that an older linkvet had merged with another "
                f"of the same name and day came back as pending ({', '.join(self.came_back[:8])}); "
                "your decisions stay on the invitations you made them on"
            )
        if self.rebuilt_contacts:
            lines.append(
                f"{self.rebuilt_contacts} contacts that an older linkvet had merged by name were "
                "rebuilt from this file (people who share a name are separate contacts now)"
            )
        if self.took_over:
            lines.append(f'what was imported for "you" now belongs to {self.took_over}')
        elif self.provisional:
            lines.append(
                'no file said whose data this is: it is kept for "you"; the first LinkedIn '
                "export you import is attached to you (or give --owner NAME)"
            )
        return lines


_KIND_WORDS = {
    "invitations": "invitation rows",
    "generic": "invitation rows",
    "linkvet_bundle": "invitation rows",
    "connections": "connections",
    "messages": "messages",
    "contacts": "address-book rows",
    "vcard": "address-book cards",
}


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
        self._views: dict[str, InvitationView] = {}
        self._derived: dict[str, Any] | None = None
        self._index: ContactIndex | None = None
        self._index_generation: str | None = None
        self._index_lock = threading.Lock()  # the TUI builds it ahead, in a worker thread
        self._generation: str | None = store.generation()
        self._events_seen = 0

    @classmethod
    def open(cls, db: str | Path, config_path: str | Path | None = None) -> Workspace:
        """Open (creating if needed) the database at `db` with the user's config."""
        config = load_config(Path(config_path) if config_path else None)
        return cls(Store(Path(db)), config)

    # ----- derived indexes ---------------------------------------------------------------
    def refresh(self) -> str:
        """Pick up what other processes changed: "data" after an import elsewhere (every
        view is stale), "decisions" after journal appends, "" when nothing changed."""
        gen = self.store.generation()
        if gen != self._generation:
            self._generation = gen
            self._derived = None
            self._index = None
            self._views.clear()
            return "data"
        count = len(self.store.events())
        if count != self._events_seen:
            self._events_seen = count
            self._views.clear()
            if self._derived is not None:
                self._derived["states"] = self.store.states()
            return "decisions"
        return ""

    def _d(self) -> dict[str, Any]:
        if self._derived is None:
            invitations = self.store.invitations()
            conversations: dict[str, PersonIndex[Conversation]] = {}  # per owner
            for conv in self.store.conversations().values():
                ref = PersonRef.of(conv.counterpart_name, conv.counterpart_url)
                conversations.setdefault(conv.owner_id, PersonIndex()).add(ref, conv)
            senders: PersonIndex[str] = PersonIndex()  # the same person across invitations
            for inv in invitations.values():
                if inv.direction == "INCOMING":
                    senders.add(_sender(inv), inv.id)
            patterns = self.store.patterns()
            self._derived = {
                "invitations": invitations,
                "owners": self.store.owners(),
                "matches": self.store.matches(),
                "patterns": patterns,
                "by_inv": patterns_by_invitation(patterns),
                "conversations": conversations,
                "senders": senders,
                "same_person": {},  # invitation id -> ids from the same person (memo)
                "states": self.store.states(),
            }
            self._events_seen = len(self.store.events())
        return self._derived

    def today(self) -> str:
        return self.clock().date().isoformat()

    # ----- reading -----------------------------------------------------------------------
    def invitation_ids(self) -> list[str]:
        """Incoming invitation ids, newest first."""
        invs = self._d()["invitations"]
        incoming = [i for i in invs.values() if i.direction == "INCOMING"]
        incoming.sort(key=lambda i: (i.sent_at or "", i.id), reverse=True)
        return [i.id for i in incoming]

    def statuses(self) -> dict[str, str]:
        """Status of every incoming invitation, without evaluating checks or building the
        derived indexes (cheap: used around imports)."""
        owners, states = self.store.owners(), self.store.states()
        return {
            inv.id: status_of(inv, states.get(inv.id), owners.get(inv.owner_id))
            for inv in self.store.invitations().values()
            if inv.direction == "INCOMING"
        }

    def resolve(self, given: str) -> str:
        """An exact id or a unique prefix of one; NotFound otherwise."""
        invs = self._d()["invitations"]
        key = given.strip().lower()
        if key in invs:
            return key
        hits = [i for i in invs if i.startswith(key)] if key else []
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise NotFound(f"id {given!r} is ambiguous: {', '.join(sorted(hits)[:5])}")
        raise NotFound(f"no invitation with id {given!r} (see `linkvet list`)")

    def view(self, inv_id: str) -> InvitationView:
        """Everything about one invitation, computed now (cached until it changes)."""
        cached = self._views.get(inv_id)
        if cached is not None:
            return cached
        now = self.clock()
        return self._build_view(inv_id, now, now.date().isoformat())

    def _build_view(self, inv_id: str, now: datetime, today: str) -> InvitationView:
        """Compute one view and cache it; `today` is `now`'s ISO date, passed in by loops."""
        d = self._d()
        inv: Invitation = d["invitations"][inv_id]
        owner = d["owners"].get(inv.owner_id)
        state: TriageState = d["states"].get(inv_id) or _NO_STATE
        match: MatchResult = d["matches"].get(inv_id) or _NO_MATCH
        patterns: list[Pattern] = d["by_inv"].get(inv_id, _NO_PATTERNS)
        conversation = self._conversation(inv)
        prior = self._prior(inv, state)
        ctx = Context(
            invitation=inv,
            owner=owner,
            match=match,
            patterns=patterns,
            conversation=conversation,
            asked_at=state.asked_at if state.decision == "ask" else None,
            reply_note=state.reply_note,
            overrides=dict(state.overrides),
            prior=prior,
            now=now,
        )
        checks = evaluate(ctx, self.config.checklist)
        now_status = status(inv, state, owner)
        # nothing to advise on once LinkedIn shows them connected, or it is done or gone
        settled = inv.export_status == "accepted" or now_status.word in SETTLED
        verdict = (
            None if settled else recommend(ctx, checks, self.config.recommend, self.config.rules)
        )
        asking = state.decision == "ask" or (verdict is not None and verdict.verdict == "ask")
        view = InvitationView(
            invitation=inv,
            owner=owner,
            status=now_status.word,
            status_why=now_status.why,
            state=state,
            match=match,
            patterns=patterns,
            checks=checks,
            verdict=verdict,
            conversation=conversation,
            flags=_flags(match, checks, state, today),
            prior=(
                {"decision": prior.decision, "at": prior.at, "invitation_id": prior.invitation_id}
                if prior
                else None
            ),
            ask_settings=self.config.ask if asking else None,
        )
        self._views[inv_id] = view
        return view

    def iter_views(
        self,
        status: str | None = None,
        verdict: str | None = None,
        flag: str | None = None,
        include_snoozed: bool = True,
    ) -> Iterator[InvitationView]:
        """Incoming invitations (newest first), optionally narrowed, one view at a time."""
        now = self.clock()
        today = now.date().isoformat()
        views = self._views
        for inv_id in self.invitation_ids():
            v = views.get(inv_id) or self._build_view(inv_id, now, today)
            if status and v.status != status:
                continue
            if verdict and (v.verdict is None or v.verdict.verdict != verdict):
                continue
            if flag and flag not in v.flags:
                continue
            if not include_snoozed and is_snoozed(v.state, today):
                continue
            yield v

    def views(
        self, status: str | None = None, verdict: str | None = None, flag: str | None = None
    ) -> list[InvitationView]:
        """Incoming invitations (newest first), optionally narrowed."""
        return list(self.iter_views(status, verdict, flag))

    def queue(self) -> list[InvitationView]:
        """What the triage screen lists: everything not settled on LinkedIn, snoozed hidden."""
        return list(self.iter_queue())

    def iter_queue(self) -> Iterator[InvitationView]:
        """The queue, one view at a time (the TUI shows the first screenful before the rest
        is computed). Invitations accepted on LinkedIn before linkvet saw them, and done
        ones, have nothing left to do."""
        for v in self.iter_views(include_snoozed=False):
            if v.status in SETTLED or (v.status == "accepted" and v.state.decision == "pending"):
                continue
            yield v

    def _conversation(self, inv: Invitation) -> Conversation | None:
        """The conversation with the sender, by the identity rule (core.identity): the
        one with their profile URL, else the one with their name while no other person
        of that name is known."""
        people = self._d()["conversations"].get(inv.owner_id)
        if people is None:
            return None
        found = people.find(_sender(inv))
        return found[0] if found else None

    def same_person(self, inv_id: str) -> list[str]:
        """Incoming invitations from the same person as `inv_id` (itself included)."""
        d = self._d()
        memo: dict[str, list[str]] = d["same_person"]
        found = memo.get(inv_id)
        if found is None:
            inv = d["invitations"].get(inv_id)
            if inv is None or inv.direction != "INCOMING":
                return [inv_id]
            found = memo[inv_id] = d["senders"].find(_sender(inv)) or [inv_id]
        return found

    def _prior(self, inv: Invitation, state: TriageState) -> PriorDecision | None:
        """The newest decision on the same person made on another invitation (only a still
        pending invitation is reminded of one)."""
        d = self._d()
        if state.decision != "pending":
            return None
        best: HistoryEvent | None = None
        best_inv: Invitation | None = None
        for other_id in self.same_person(inv.id):
            if other_id == inv.id:
                continue
            other_state: TriageState | None = d["states"].get(other_id)
            if not other_state or other_state.decision in ("pending", "snooze"):
                continue
            last = next(
                (
                    e
                    for e in reversed(other_state.history)
                    if e.kind == "decision" and e.after == other_state.decision
                ),
                None,
            )
            if last and (best is None or last.at > best.at):
                best, best_inv = last, d["invitations"][other_id]
        if best is None or best_inv is None:
            return None
        context = best.context or {}
        return PriorDecision(
            decision=best.after or "pending",
            at=best.at,
            invitation_id=best_inv.id,
            message=best_inv.message,
            was_known=bool(context.get("known", False)),
            dialogue_count=int(context.get("dialogue", 0)),
        )

    # ----- writing -----------------------------------------------------------------------
    def decide(
        self, ids: Sequence[str], decision: str, note: str | None = None
    ) -> list[HistoryEvent]:
        """Record a decision on one or more invitations (one undo step); durable on return."""
        return self.decide_each([(i, decision, note) for i in ids])

    def decide_each(self, choices: Sequence[tuple[str, str, str | None]]) -> list[HistoryEvent]:
        """Several decisions, each with its own word and note (id, decision, note), written
        as one journal append: one undo step however many it touched; durable on return."""
        for _, decision, _ in choices:
            if decision not in DECISIONS:
                raise Refused(f"unknown decision {decision!r}: use {', '.join(DECISIONS)}")
        resolved = [(self.resolve(i), decision, note) for i, decision, note in choices]
        drafts = []
        for inv_id, decision, note in resolved:
            v = self.view(inv_id)
            dialogue = (v.conversation.sent + v.conversation.received) if v.conversation else 0
            known = any(c.id == "known" and c.state == "pass" for c in v.checks)
            drafts.append(
                HistoryEvent(
                    seq=0,
                    at="",
                    kind="decision",
                    invitation_id=inv_id,
                    before=v.state.decision,
                    after=decision,
                    note=note,
                    context={"known": known, "dialogue": dialogue},
                )
            )
        events = self.store.append(drafts) if drafts else []
        self._after_write([i for i, _, _ in resolved])
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
        self._after_write(resolved)
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
        self._after_write([inv_id])
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
        self._after_write([inv_id])
        return event

    def snooze(self, ids: Sequence[str], until: str) -> list[HistoryEvent]:
        """Hide invitations from the queue until the ISO date `until`."""
        resolved = [self.resolve(i) for i in ids]
        events = self.store.record("snooze", resolved, after=until)
        self._after_write(resolved)
        return events

    def undo(self) -> list[HistoryEvent]:
        """Revert the newest step (a whole bulk decision at once); [] when nothing to undo."""
        group = self.store.undo()
        self._after_write([e.invitation_id for e in group])
        return group

    def decide_pattern(self, pattern_id: str, decision: str) -> list[HistoryEvent]:
        """Decide every still-pending member of a pattern in one undoable step."""
        pattern = next((p for p in self._d()["patterns"] if p.id == pattern_id), None)
        if pattern is None:
            raise NotFound(f"no pattern with id {pattern_id!r} (see `linkvet patterns`)")
        members = [m for m in pattern.members if self.view(m).status == "pending"]
        return self.decide(members, decision) if members else []

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

    def _after_write(self, ids: Iterable[str]) -> None:
        """Pick up this process's own journal append: drop the views it made stale."""
        self._events_seen = len(self.store.events())
        d = self._derived
        if d is None:
            return  # nothing derived or cached yet (e.g. a CLI `undo`): nothing is stale
        d["states"] = self.store.states()
        for inv_id in self.related(ids):
            self._views.pop(inv_id, None)

    def related(self, ids: Iterable[str]) -> set[str]:
        """`ids` and the other incoming invitations from the same people: decision memory
        links them, so a decision on one changes the others' views too."""
        touched = set(ids)
        for inv_id in list(touched):
            touched.update(self.same_person(inv_id))
        return touched

    # ----- import ------------------------------------------------------------------------
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
        owners = list(self.store.owners().values())
        only = owners[0] if len(owners) == 1 else None
        return read_sources(
            paths,
            kind,
            owner_name,
            owner_company,
            progress,
            default_owner=only,
            several_owners=len(owners) > 1,
        )

    def import_batch(
        self,
        batch: ImportBatch,
        dry_run: bool = False,
        progress: Progress | None = None,
        also: Callable[[list[str]], object] | None = None,
    ) -> ImportReport:
        """Merge a batch read from any source, re-analyse what changed, commit it as one
        generation, and reconcile. `also(ids)` runs under the same lock after the commit, with
        the stored id of each batch invitation (bundles record their decisions there).
        Nothing is written when nothing changed."""
        with self.store.transaction():
            previous_status = self.statuses()  # {} for an empty database
            merged = merge(
                batch,
                self.store.owners(),
                self.store.invitations(),
                self.store.contacts(),
                self.store.conversations(),
            )
            table_changed = {k: bool(c.imported or c.updated) for k, c in merged.counts.items()}
            changed = bool(merged.newly_accepted) or any(table_changed.values())
            stored_files = self.store.files()
            accounts = file_accounts(batch.files, stored_files, self.clock())
            if not changed and not dry_run and not same_accounts(accounts, stored_files):
                # nothing new came in, but what this import could not read must be kept
                self.store.save(files=accounts)
            if changed and not dry_run:
                invitations_changed = bool(merged.changed_invitations) or table_changed.get(
                    "owners", False
                )
                matches, patterns = analyze(
                    merged.invitations,
                    merged.owners,
                    merged.contacts.values(),
                    self.store.matches(),
                    merged.changed_invitations,
                    merged.new_contacts,
                    self.config.matching,
                    self.config.patterns,
                    progress,
                    previous_patterns=None if invitations_changed else self.store.patterns(),
                )
                contacts_changed = table_changed.get("contacts") or table_changed.get(
                    "conversations"
                )
                self.store.save(  # only the files whose tables changed are rewritten
                    files=accounts,
                    owners=merged.owners.values() if invitations_changed else None,
                    invitations=merged.invitations.values() if invitations_changed else None,
                    contacts=merged.contacts.values() if contacts_changed else None,
                    conversations=merged.conversations.values() if contacts_changed else None,
                    matches=matches,
                    patterns=patterns,
                )
            if also is not None and not dry_run:
                also(merged.ids)
        report = ImportReport(
            files=batch.files,
            counts=merged.counts,
            warnings=list(batch.warnings),
            newly_accepted=len(merged.newly_accepted),
            dry_run=dry_run,
            came_back=list(merged.came_back),
            rebuilt_contacts=merged.rebuilt_contacts,
            took_over=merged.owners[merged.took_over].name if merged.took_over else None,
            provisional=any(o.provisional for o in merged.owners.values()),
        )
        if dry_run:
            report.pending = sum(
                1
                for i in merged.invitations.values()
                if i.direction == "INCOMING" and i.export_status == "pending"
            )
            return report
        self._generation = None
        self.refresh()
        now = self.statuses()
        report.pending = sum(1 for status in now.values() if status == "pending")
        report.reconcile = dict(
            Counter(
                f"{previous_status[i]}->{status}"
                for i, status in now.items()
                if i in previous_status and previous_status[i] != status
            )
        )
        report.outcomes = reconcile(previous_status, self)
        report.warnings = summary_lines(health(self))
        return report

    # ----- lookups and summaries ---------------------------------------------------------
    def contact_index(self) -> ContactIndex:
        """The index for interactive contact lookup (built once per generation, with the name
        tables it needs, so that no keystroke pays for loading them)."""
        with self._index_lock:
            generation = self.store.generation()
            if self._index is None or self._index_generation != generation:
                self._index = ContactIndex(self.store.contacts(), self.config.matching)
                self._index_generation = generation
                load_name_tables()
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

    def patterns(self) -> list[Pattern]:
        return list(self._d()["patterns"])

    def owners(self) -> dict[str, Any]:
        return dict(self._d()["owners"])

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
            "owners": len(self._d()["owners"]),
            "contacts": len(self.store.contacts()),
            "patterns": len(self._d()["patterns"]),
            "decisions_recorded": sum(1 for e in self.store.events() if e.kind == "decision"),
        }


def _sender(inv: Invitation) -> PersonRef:
    s = inv.sender
    return PersonRef.of(s.name, s.profile_url, s.urn)


def _flags(match: MatchResult, checks: list[Check], state: TriageState, today: str) -> list[str]:
    by_id = {c.id: c.state for c in checks}
    flags = []
    if by_id.get("known") == "pass":
        flags.append("known")
    if by_id.get("mass_invite") == "fail":
        flags.append("mass_invite")
    if by_id.get("network_tap") == "fail":
        flags.append("recruiter")
    if by_id.get("quality") == "fail":
        flags.append("open_networker")
    if "possible_duplicate_profile" in match.flags:
        flags.append("duplicate_profile")
    if is_snoozed(state, today):
        flags.append("snoozed")
    return flags
