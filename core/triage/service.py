"""The triage service: the one API both front ends (CLI and TUI) use.

It reads the store, builds views (match, patterns, checks, verdict) on demand, records
decisions durably, undoes them, imports exports, and answers lookups.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from linkvet.core.checklist import Context, PriorDecision, evaluate
from linkvet.core.config import Config, load_config
from linkvet.core.identity import person_key, profile_slug
from linkvet.core.importers import read_sources
from linkvet.core.importers.batch import FileSummary, ImportBatch
from linkvet.core.ingest import MergeCounts, merge
from linkvet.core.matching import ContactIndex
from linkvet.core.matching.equivalence import load_name_tables
from linkvet.core.matching.manual import linked
from linkvet.core.matching.normalize import name_identity_key
from linkvet.core.models import (
    CHECK_IDS,
    Check,
    Contact,
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
from linkvet.core.triage.health import health, summary_lines
from linkvet.core.triage.reconcile import ReconcileSummary, reconcile
from linkvet.core.triage.status import DECIDED, is_snoozed, status_of
from linkvet.core.triage.view import InvitationView

DECISIONS = (*DECIDED, "pending")
STATUSES = ("pending", "accepted", "declined", "asked", "done")
FLAGS = ("known", "mass_invite", "recruiter", "open_networker", "duplicate_profile", "snoozed")

# Shared by the views of invitations with no decision, match or pattern (views are read-only)
_NO_STATE = TriageState()
_NO_MATCH = MatchResult()
_NO_PATTERNS: list[Pattern] = []


class NotFound(ValueError):
    """No invitation (or pattern) with the id the user gave."""


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
            conversations: dict[tuple[str, str], Conversation] = {}
            for conv in self.store.conversations().values():
                conversations[(conv.owner_id, person_key(conv.counterpart_name, None))] = conv
                slug = profile_slug(conv.counterpart_url)
                if slug:
                    conversations[(conv.owner_id, f"in:{slug}")] = conv
            identity_of: dict[str, str] = {}  # incoming invitation id -> sender identity
            identities: dict[str, list[str]] = {}
            for inv in invitations.values():
                if inv.direction == "INCOMING":
                    key = identity_of[inv.id] = _identity(inv)
                    identities.setdefault(key, []).append(inv.id)
            patterns = self.store.patterns()
            self._derived = {
                "invitations": invitations,
                "owners": self.store.owners(),
                "matches": self.store.matches(),
                "patterns": patterns,
                "by_inv": patterns_by_invitation(patterns),
                "conversations": conversations,
                "identity_of": identity_of,
                "identities": identities,
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
        if state.link:  # the user said who the sender is
            contact = self._contact(state.link)
            match = linked(match, contact) if contact is not None else match
        patterns: list[Pattern] = d["by_inv"].get(inv_id, _NO_PATTERNS)
        identity = d["identity_of"].get(inv_id) or _identity(inv)
        conversation = self._conversation(inv, identity)
        prior = self._prior(inv, state, identity)
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
        verdict = recommend(ctx, checks, self.config.recommend, self.config.rules)
        asking = state.decision == "ask" or verdict.verdict == "ask"
        view = InvitationView(
            invitation=inv,
            owner=owner,
            status=status_of(inv, state, owner),
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
            if v.status == "done" or (v.status == "accepted" and v.state.decision == "pending"):
                continue
            yield v

    def _conversation(self, inv: Invitation, identity: str) -> Conversation | None:
        """The conversation with the sender: by profile slug (`identity` "in:<slug>"), else
        by name."""
        convs = self._d()["conversations"]
        if identity.startswith("in:"):
            found = convs.get((inv.owner_id, identity))
            if found is not None:
                return found
        return convs.get((inv.owner_id, person_key(inv.sender.name, None)))

    def _prior(self, inv: Invitation, state: TriageState, identity: str) -> PriorDecision | None:
        """The newest decision on the same person made on another invitation (only a still
        pending invitation is reminded of one)."""
        d = self._d()
        if state.decision != "pending":
            return None
        best: HistoryEvent | None = None
        best_inv: Invitation | None = None
        for other_id in d["identities"].get(identity, ()):
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
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}: use {', '.join(DECISIONS)}")
        resolved = [self.resolve(i) for i in ids]
        views = {i: self.view(i) for i in resolved}
        before = {i: v.state.decision for i, v in views.items()}
        contexts = {
            i: {
                "known": any(c.id == "known" and c.state == "pass" for c in v.checks),
                "dialogue": (v.conversation.sent + v.conversation.received)
                if v.conversation
                else 0,
            }
            for i, v in views.items()
        }
        events = self.store.record(
            "decision", resolved, after=decision, note=note, before=before, contexts=contexts
        )
        self._after_write(resolved)
        return events

    def override(self, inv_id: str, check_id: str, state: str | None) -> HistoryEvent:
        """Set (or clear, with None/'auto') the user's own answer for one check."""
        if check_id not in CHECK_IDS:
            raise ValueError(f"unknown check {check_id!r}: use {', '.join(CHECK_IDS)}")
        if state not in (None, "auto", "pass", "fail", "unknown"):
            raise ValueError(f"unknown state {state!r}: use pass, fail, unknown or auto")
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

    def link(self, inv_id: str, contact_id: str | None) -> HistoryEvent:
        """Record that the sender of `inv_id` is the contact `contact_id` (a manual link,
        durable in the journal; None removes it). Undone like any decision."""
        inv_id = self.resolve(inv_id)
        owner = self._d()["invitations"][inv_id].owner_id
        contact = self._contact(contact_id) if contact_id is not None else None
        if contact_id is not None and (contact is None or contact.owner_id != owner):
            raise NotFound(f"no contact {contact_id!r} among this invitation's owner's contacts")
        before = self.view(inv_id).state.link
        (event,) = self.store.record("link", [inv_id], after=contact_id, before={inv_id: before})
        self._after_write([inv_id])
        return event

    def _contact(self, contact_id: str) -> Contact | None:
        """One contact record by id (a scan: only linked views and `link` need it)."""
        return next((c for c in self.store.contacts() if c.id == contact_id), None)

    def invitations_from(self, contact_ids: Iterable[str]) -> list[str]:
        """Incoming invitations (newest first) whose sender is, or may be, one of these
        contact records: linked by you, matched, or listed as a candidate."""
        wanted = set(contact_ids)
        d = self._d()
        out: list[str] = []
        for inv_id in self.invitation_ids():
            state = d["states"].get(inv_id)
            match = d["matches"].get(inv_id) or _NO_MATCH
            ids = {m.contact_id for m in (match.known_contact, *match.candidates) if m}
            if (state is not None and state.link in wanted) or ids & wanted:
                out.append(inv_id)
        return out

    def decide_pattern(self, pattern_id: str, decision: str) -> list[HistoryEvent]:
        """Decide every still-pending member of a pattern in one undoable step."""
        pattern = next((p for p in self._d()["patterns"] if p.id == pattern_id), None)
        if pattern is None:
            raise NotFound(f"no pattern with id {pattern_id!r} (see `linkvet patterns`)")
        members = [m for m in pattern.members if self.view(m).status == "pending"]
        return self.decide(members, decision) if members else []

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
        d = self._d()
        touched = set(ids)
        for inv_id in list(touched):
            identity = d["identity_of"].get(inv_id)
            if identity is not None:
                touched.update(d["identities"][identity])
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
        owners = self.store.owners()
        only = next(iter(owners.values())).name if len(owners) == 1 else None
        batch = read_sources(paths, kind, owner_name, owner_company, progress, default_owner=only)
        return self.import_batch(batch, dry_run, progress)

    def import_batch(
        self,
        batch: ImportBatch,
        dry_run: bool = False,
        progress: Progress | None = None,
        also: Callable[[], object] | None = None,
    ) -> ImportReport:
        """Merge a batch read from any source, re-analyse what changed, commit it as one
        generation, and reconcile. `also` runs under the same lock after the commit (bundles
        record their decisions there). Nothing is written when nothing changed."""
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
                    owners=merged.owners.values() if invitations_changed else None,
                    invitations=merged.invitations.values() if invitations_changed else None,
                    contacts=merged.contacts.values() if contacts_changed else None,
                    conversations=merged.conversations.values() if contacts_changed else None,
                    matches=matches,
                    patterns=patterns,
                )
            if also is not None and not dry_run:
                also()
        report = ImportReport(
            files=batch.files,
            counts=merged.counts,
            warnings=list(batch.warnings),
            newly_accepted=len(merged.newly_accepted),
            dry_run=dry_run,
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


def _identity(inv: Invitation) -> str:
    slug = profile_slug(inv.sender.profile_url)
    return f"in:{slug}" if slug else f"name:{name_identity_key(inv.sender.name)}"


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
