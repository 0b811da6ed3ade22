"""An invitation's status from what the exports say and what the user decided.

`done` needs evidence made after the decision: a LinkedIn export (or the user's own word:
"carried out"). Absence from an export made before the decision proves nothing about the
decision; that invitation is `gone` from LinkedIn (withdrawn, expired, or answered there),
off the to-do list, and never called done. Invitations.csv is a window of about 6-11
months, so absence is weak evidence even after the decision: it settles a decline (there is
nothing left to decline), nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from linkvet.core.models import Invitation, Owner
from linkvet.core.store.decisions import TriageState

# Decisions that are something to carry out on LinkedIn (the action list, team bundles)
DECIDED: tuple[str, ...] = ("accept", "decline", "ask")
STATUSES: tuple[str, ...] = ("pending", "accepted", "declined", "asked", "done", "gone")
# Statuses with nothing left to decide or do: no advice is shown for them
SETTLED: tuple[str, ...] = ("done", "gone")


@dataclass(frozen=True, slots=True)
class Status:
    """A status word and the sentence that says why (for `show`, the action list, stats)."""

    word: str
    why: str


def made_after(export_day: str | None, newest: str | None, decided_at: str | None) -> bool:
    """True when an export of `export_day` (whose newest row is `newest`) was made after the
    decision at `decided_at`: a later day, or the same day with a row newer than it."""
    if not export_day:
        return False
    if not decided_at:
        return True
    day = decided_at[:10]
    if export_day != day:
        return export_day > day
    return bool(newest) and newest > decided_at  # type: ignore[operator]


def _accepted_after(inv: Invitation, owner: Owner | None, decided_at: str | None) -> bool:
    """The sender became a connection after the decision: their "Connected On" day is
    later than the decision's, or the export that first showed them was made after it."""
    if inv.export_status != "accepted":
        return False
    if inv.connected_on and decided_at and inv.connected_on[:10] > decided_at[:10]:
        return True
    newest = owner.export_newest if owner else None
    return made_after(inv.accepted_seen, newest, decided_at)


def gone_since(inv: Invitation, owner: Owner | None) -> str | None:
    """The date of the owner's newest export of invitations when it no longer lists this
    one although an earlier export did; None while it is listed (or never was)."""
    if owner is None or not owner.invitations_export or not inv.last_seen_export:
        return None
    if inv.last_seen_export < owner.invitations_export:
        return owner.invitations_export
    return None


def status(inv: Invitation, state: TriageState | None, owner: Owner | None) -> Status:
    """`pending | accepted | declined | asked | done | gone`, with the reason."""
    decision = state.decision if state else "pending"
    decided_at = state.decided_at if state else None
    carried = state.carried_out_at if state else None
    gone = gone_since(inv, owner)
    newest = owner.export_newest if owner else None
    if decision in ("accept", "ask"):
        if _accepted_after(inv, owner, decided_at):
            seen = inv.accepted_seen
            return Status("done", f"connected on LinkedIn, as the export of {seen} shows")
        if inv.export_status == "accepted":
            return Status("accepted", "already a connection before you decided")
        if decision == "accept" and carried:
            return Status("done", f"you marked it carried out on {carried[:10]}")
        if gone:
            return Status("gone", f"gone from LinkedIn (not in the export of {gone})")
        if decision == "ask":
            sent = f"; message sent {carried[:10]}" if carried else ""
            return Status("asked", f"waiting for their answer{sent}")
        return Status("accepted", "to accept on LinkedIn")
    if decision == "decline":
        if gone and made_after(gone, newest, decided_at):
            return Status("done", f"not listed in the export of {gone}, made after you declined")
        if carried:
            return Status("done", f"you marked it carried out on {carried[:10]}")
        if inv.export_status == "accepted":
            return Status("accepted", "already a connection: remove them on LinkedIn if you wish")
        if gone:
            return Status("gone", f"gone from LinkedIn (not in the export of {gone})")
        return Status("declined", "to ignore on LinkedIn")
    if inv.export_status == "accepted":
        return Status("accepted", "a connection on LinkedIn")
    if gone:
        return Status("gone", f"gone from LinkedIn (not in the export of {gone})")
    return Status("pending", "not decided yet")


def status_of(inv: Invitation, state: TriageState | None, owner: Owner | None) -> str:
    """The status word alone (see `status`)."""
    return status(inv, state, owner).word


def is_snoozed(state: TriageState | None, today: str) -> bool:
    """Snoozed invitations stay out of the queue until their date (ISO day) arrives."""
    return bool(state and state.snooze_until and state.snooze_until > today)
