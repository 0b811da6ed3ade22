"""The read side of triage: one invitation's view from its own records, cached until stale.

A view needs the invitation, its owner, what the last import derived for it (match,
conversation, same-person invitations, patterns: core.derived), the journal's state and the
config; nothing here reads the whole database to show one invitation. Decision memory (the
newest decision on the same person made on another invitation) lives here too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime

from linkvet.core.checklist import Context, PriorDecision, evaluate
from linkvet.core.config import Config
from linkvet.core.errors import Refused
from linkvet.core.models import Check, Contact, HistoryEvent, Invitation, MatchResult, Pattern
from linkvet.core.recommend import recommend
from linkvet.core.store import Store
from linkvet.core.store.decisions import TriageState
from linkvet.core.triage.status import SETTLED, is_snoozed, status
from linkvet.core.triage.view import InvitationView

FLAGS = ("known", "mass_invite", "recruiter", "open_networker", "duplicate_profile", "snoozed")

# Shared by the views of invitations with no decision or match (views are read-only)
_NO_STATE = TriageState()
_NO_MATCH = MatchResult()


class NotFound(Refused):
    """No invitation (or pattern) with the id the user gave."""


class Views:
    """Views of one database, built lazily from the records each needs and cached; `refresh`
    drops what another process made stale, `forget` what this one just wrote."""

    def __init__(self, store: Store, config: Config, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.config = config
        self.clock = clock
        self._cache: dict[str, InvitationView] = {}
        self._generation: str | None = store.live()
        self._events_seen = 0
        self._patterns: dict[str, Pattern] | None = None

    # ----- freshness ---------------------------------------------------------------------
    def refresh(self) -> str:
        """Pick up what other processes changed: "data" after an import elsewhere (every
        view is stale), "decisions" after journal appends, "" when nothing changed."""
        self.store.sync()
        gen = self.store.live()
        if gen != self._generation:
            self._generation = gen
            self._patterns = None
            self._cache.clear()
            self._events_seen = len(self.store.events())
            return "data"
        count = len(self.store.events())
        if count != self._events_seen:
            self._events_seen = count
            self._cache.clear()
            return "decisions"
        return ""

    def forget(self, ids: Iterable[str]) -> None:
        """After this process wrote to the journal: drop the views it made stale."""
        self._events_seen = len(self.store.events())
        for inv_id in self.related(ids):
            self._cache.pop(inv_id, None)

    # ----- ids ---------------------------------------------------------------------------
    def ids(self) -> list[str]:
        """Incoming invitation ids, newest first (no invitation is read)."""
        return self.store.invitation_ids()[0]

    def resolve(self, given: str) -> str:
        """An exact id or a unique prefix of one; NotFound otherwise."""
        incoming, outgoing = self.store.invitation_ids()
        key = given.strip().lower()
        if key and self.store.invitation(key) is not None:
            return key
        hits = [i for i in (*incoming, *outgoing) if i.startswith(key)] if key else []
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise NotFound(f"id {given!r} is ambiguous: {', '.join(sorted(hits)[:5])}")
        raise NotFound(f"no invitation with id {given!r} (see `linkvet list`)")

    # ----- views -------------------------------------------------------------------------
    def view(self, inv_id: str) -> InvitationView:
        """Everything about one invitation, computed now (cached until it changes)."""
        cached = self._cache.get(inv_id)
        if cached is not None:
            return cached
        now = self.clock()
        return self._build(inv_id, now, now.date().isoformat())

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
        for inv_id in self.ids():
            v = self._cache.get(inv_id) or self._build(inv_id, now, today)
            if status and v.status != status:
                continue
            if verdict and (v.verdict is None or v.verdict.verdict != verdict):
                continue
            if flag and flag not in v.flags:
                continue
            if not include_snoozed and is_snoozed(v.state, today):
                continue
            yield v

    def iter_queue(self) -> Iterator[InvitationView]:
        """What the triage screen lists: everything not settled on LinkedIn, snoozed hidden.
        Invitations accepted on LinkedIn before linkvet saw them, and done or gone ones,
        have nothing left to do."""
        for v in self.iter_views(include_snoozed=False):
            if v.status in SETTLED or (v.status == "accepted" and v.state.decision == "pending"):
                continue
            yield v

    def patterns(self) -> dict[str, Pattern]:
        """Every pattern by id (one small table)."""
        if self._patterns is None or self._generation != self.store.live():
            self._patterns = {p.id: p for p in self.store.patterns()}
        return self._patterns

    def _build(self, inv_id: str, now: datetime, today: str) -> InvitationView:
        """Compute one view and cache it; `today` is `now`'s ISO date, passed in by loops."""
        inv = self.store.invitation(inv_id)
        if inv is None:
            raise NotFound(f"no invitation with id {inv_id!r} (see `linkvet list`)")
        owner = self.store.owners().get(inv.owner_id)
        state = self.store.states().get(inv_id) or _NO_STATE
        derived = self.store.derived(inv_id)
        match = derived.match if derived else _NO_MATCH
        if state.link and state.linked_contact:  # the user said who the sender is
            from linkvet.core.matching.manual import linked  # numpy-free views otherwise

            match = linked(match, Contact.from_dict(state.linked_contact))
        by_id = self.patterns()
        patterns = [by_id[p] for p in derived.patterns if p in by_id] if derived else []
        conv_id = derived.conversation if derived else None
        conversation = self.store.conversation(conv_id) if conv_id else None
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
            flags=flags_of(match, checks, state, today),
            prior=(
                {"decision": prior.decision, "at": prior.at, "invitation_id": prior.invitation_id}
                if prior
                else None
            ),
            ask_settings=self.config.ask,
        )
        self._cache[inv_id] = view
        return view

    # ----- decision memory ---------------------------------------------------------------
    def same_person(self, inv_id: str) -> list[str]:
        """Incoming invitations from the same person as `inv_id` (itself first)."""
        derived = self.store.derived(inv_id)
        return [inv_id, *(derived.same_person if derived else [])]

    def related(self, ids: Iterable[str]) -> set[str]:
        """`ids` and the other incoming invitations from the same people: decision memory
        links them, so a decision on one changes the others' views too."""
        touched = set(ids)
        for inv_id in list(touched):
            touched.update(self.same_person(inv_id))
        return touched

    def _prior(self, inv: Invitation, state: TriageState) -> PriorDecision | None:
        """The newest decision on the same person made on another invitation (only a still
        pending invitation is reminded of one)."""
        if state.decision != "pending":
            return None
        states = self.store.states()
        best: HistoryEvent | None = None
        best_id: str | None = None
        for other_id in self.same_person(inv.id)[1:]:
            other_state = states.get(other_id)
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
                best, best_id = last, other_id
        other = self.store.invitation(best_id) if best_id else None
        if best is None or other is None:
            return None
        context = best.context or {}
        return PriorDecision(
            decision=best.after or "pending",
            at=best.at,
            invitation_id=other.id,
            message=other.message,
            was_known=bool(context.get("known", False)),
            dialogue_count=int(context.get("dialogue", 0)),
        )


def flags_of(match: MatchResult, checks: list[Check], state: TriageState, today: str) -> list[str]:
    """The short flags a list shows for an invitation (see FLAGS)."""
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
