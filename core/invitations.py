"""When two invitation rows are the same invitation, and the id a new invitation gets.

The rule (docs/IDENTITY.md): same owner and direction; the other person is the same by
`PersonRef.same_as` (comparable profile URLs or URNs decide, the name only where they cannot
be compared, e.g. an older export without URLs); sent in the same minute, or on the same day
when one side knows only the day (a generic CSV); and notes that do not contradict each other
(equal, or one empty, or one the start of the other). Rows of one file are never the same
invitation as each other: each row of a file is its own invitation, so re-reading a file
claims one stored record per row.

Ids are short hashes of owner, direction, the person's key and the minute; they never change
once stored (a later, richer row updates the record in place and keeps its id).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from linkvet.core.identity import PersonRef, short_id
from linkvet.core.models import Invitation


def other_person(inv: Invitation) -> PersonRef:
    """Who the invitation is with: the sender of an INCOMING one, the invitee otherwise."""
    p = inv.sender if inv.direction == "INCOMING" else inv.recipient
    return PersonRef.of(p.name, p.profile_url, p.urn)


def day_only(sent_at: str | None) -> bool:
    """True for a timestamp at local midnight: a source that knew only the day."""
    return bool(sent_at) and sent_at[10:19] == "T00:00:00"  # type: ignore[index]


def _when(sent_at: str | None) -> str:
    """The minute an invitation was sent (the day for day-only sources, "" when unknown)."""
    if not sent_at:
        return ""
    return sent_at[:10] if day_only(sent_at) else sent_at[:16]


def _same_time(a: str | None, b: str | None) -> bool:
    """Same minute; the same day where one side knows only the day; a row whose date could
    not be read fits any time (its other fields decide)."""
    if not a or not b:
        return True
    if day_only(a) or day_only(b):
        return a[:10] == b[:10]
    return a[:16] == b[:16]


def _fold(note: str) -> str:
    return " ".join(note.split()).casefold()


def notes_agree(a: str, b: str) -> bool:
    """Equal notes, an empty one, or one the start of the other (a source that cut it)."""
    fa, fb = _fold(a), _fold(b)
    return not fa or not fb or fa.startswith(fb) or fb.startswith(fa)


def new_invitation_id(inv: Invitation, taken: set[str]) -> str:
    """A fresh id for `inv` that no other record holds: owner, direction, person, minute;
    then the note, then a counter, until unique (identical rows of one file stay apart)."""
    prefix = "out" if inv.direction == "OUTGOING" else "inv"
    parts = [prefix, inv.owner_id, other_person(inv).key, _when(inv.sent_at)]
    candidate = short_id(*parts)
    if candidate not in taken:
        return candidate
    candidate = short_id(*parts, _fold(inv.message))
    n = 2
    while candidate in taken:
        candidate = short_id(*parts, _fold(inv.message), str(n))
        n += 1
    return candidate


@dataclass(slots=True)
class _Known:
    """A record in the pool and the file that last claimed it in this import."""

    inv: Invitation
    ref: PersonRef
    claimed_by: int | None = None


@dataclass(slots=True)
class InvitationPool:
    """Invitations already known (stored, or read earlier in this import), searchable by
    owner, direction and name: `claim` finds the record a new row is."""

    _by_name: dict[tuple[str, str, str], list[_Known]] = field(default_factory=dict)
    _by_key: dict[tuple[str, str, str], list[_Known]] = field(default_factory=dict)
    _by_id: dict[str, _Known] = field(default_factory=dict)

    @classmethod
    def of(cls, invitations: Iterable[Invitation]) -> InvitationPool:
        pool = cls()
        for inv in invitations:
            pool.add(inv, None)
        return pool

    @property
    def ids(self) -> set[str]:
        return set(self._by_id)

    def add(self, inv: Invitation, file_no: int | None) -> None:
        """File `inv` (a new record, or the updated form of one already here)."""
        old = self._by_id.get(inv.id)
        ref = other_person(inv)
        if old is not None:  # an update: the same slot with current data
            self._unfile(old)
            old.inv, old.ref, old.claimed_by = inv, ref, file_no
            self._file(old)
            return
        known = _Known(inv, ref, file_no)
        self._by_id[inv.id] = known
        self._file(known)

    def _slots(self, known: _Known) -> list[list[_Known]]:
        inv, ref = known.inv, known.ref
        slots = [self._by_name.setdefault((inv.owner_id, inv.direction, ref.name_key), [])]
        if ref.strong:
            slots.append(self._by_key.setdefault((inv.owner_id, inv.direction, ref.strong), []))
        return slots

    def _file(self, known: _Known) -> None:
        for slot in self._slots(known):
            slot.append(known)

    def _unfile(self, known: _Known) -> None:
        for slot in self._slots(known):
            slot[:] = [k for k in slot if k is not known]

    def claim(self, inv: Invitation, file_no: int) -> Invitation | None:
        """The known record that row `inv` (read from file `file_no` of this import) is,
        or None for a new invitation. A record claimed by another row of the same file is
        not offered again; among several candidates the closest wins (same URL or URN,
        then the same minute, then the same note), the oldest on a tie."""
        ref = other_person(inv)
        best: tuple[int, int] | None = None
        found: _Known | None = None
        for order, known in enumerate(self._candidates(inv, ref)):
            if known.claimed_by == file_no:
                continue
            other = known.inv
            if not ref.same_as(known.ref):
                continue
            if not _same_time(inv.sent_at, other.sent_at):
                continue
            if not notes_agree(inv.message, other.message):
                continue
            score = (
                4 * bool(ref.comparable(known.ref))
                + 2 * ((inv.sent_at or "")[:16] == (other.sent_at or "")[:16])
                + (_fold(inv.message) == _fold(other.message))
            )
            if best is None or (score, -order) > best:
                best, found = (score, -order), known
        return found.inv if found else None

    def _candidates(self, inv: Invitation, ref: PersonRef) -> list[_Known]:
        """Records that could be the same invitation: same owner, direction and name, plus
        (for a row with a URL or URN) the records of another name with that same key."""
        same_name = self._by_name.get((inv.owner_id, inv.direction, ref.name_key), [])
        if not ref.strong:
            return same_name
        keyed = self._by_key.get((inv.owner_id, inv.direction, ref.strong), [])
        seen = {id(k) for k in same_name}
        return same_name + [k for k in keyed if id(k) not in seen]
