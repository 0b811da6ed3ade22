"""An invitation's status from what the export says and what the user decided."""

from __future__ import annotations

from datetime import date

from linkvet.core.models import Invitation, Owner
from linkvet.core.store.decisions import TriageState

# Decisions that are something to carry out on LinkedIn (the action list, team bundles)
DECIDED: tuple[str, ...] = ("accept", "decline", "ask")


def status_of(inv: Invitation, state: TriageState | None, owner: Owner | None) -> str:
    """`pending | accepted | declined | asked | done` (DESIGN.md).

    `done` means a later export confirmed the user's decision was carried out on LinkedIn:
    an accepted sender is now a connection, a declined invitation no longer appears.
    """
    decision = state.decision if state else "pending"
    if decision == "accept":
        return "done" if inv.export_status == "accepted" else "accepted"
    if decision == "decline":
        return "done" if no_longer_listed(inv, owner) else "declined"
    if decision == "ask":
        return "done" if inv.export_status == "accepted" else "asked"
    if inv.export_status == "accepted":
        return "accepted"
    return "pending"


def no_longer_listed(inv: Invitation, owner: Owner | None) -> bool:
    """True when a newer export of the owner's invitations no longer lists this one
    (declined, withdrawn, accepted or expired on LinkedIn since)."""
    if owner is None or not owner.invitations_export or not inv.last_seen_export:
        return False
    return inv.last_seen_export < owner.invitations_export


def is_snoozed(state: TriageState | None, today: str) -> bool:
    """Snoozed invitations stay out of the queue until their date (ISO day) arrives."""
    return bool(state and state.snooze_until and state.snooze_until > today)


def days_since(day: str | None, today: str) -> int | None:
    """Whole days from the ISO date (or timestamp) `day` to the ISO day `today`; None when
    `day` is missing or unreadable (ages of exports, sent invitations and asks)."""
    if not day:
        return None
    try:
        return (date.fromisoformat(today) - date.fromisoformat(day[:10])).days
    except ValueError:
        return None
