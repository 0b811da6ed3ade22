"""After importing a newer export: what got done on LinkedIn, what is still to do, who replied.

`reconcile(before, views)` compares each invitation's status before the import (id -> status)
with the views after it. Every rule reads the export, never guesses: a sender who is now a
connection, an invitation no longer listed, a message received after the ask.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from linkvet.core.conversation import reply_after
from linkvet.core.safe_text import inert
from linkvet.core.triage.status import made_after

if TYPE_CHECKING:
    from linkvet.core.triage.view import InvitationView
    from linkvet.core.triage.views import Views


@dataclass(slots=True)
class ReconcileSummary:
    """Invitation ids per outcome of an import, plus names for the summary lines."""

    done_accepted: list[str] = field(default_factory=list)  # accept decided, now a connection
    done_declined: list[str] = field(default_factory=list)  # decline decided, no longer listed
    done_other: list[str] = field(default_factory=list)  # e.g. an ask whose sender now connected
    still_to_do: list[str] = field(default_factory=list)  # accept decided, still pending there
    replied: list[str] = field(default_factory=list)  # asked, and they wrote back after the ask
    gone: list[str] = field(default_factory=list)  # no longer listed, but not after a decision
    names: dict[str, str] = field(default_factory=dict)  # id -> sender name (for lines())

    @property
    def done(self) -> list[str]:
        """Every invitation that became `done` with this import."""
        return [*self.done_accepted, *self.done_declined, *self.done_other]

    def is_empty(self) -> bool:
        return not (self.done or self.still_to_do or self.replied or self.gone)

    def to_dict(self) -> dict[str, list[str]]:
        """The id lists by group (for `import --json`)."""
        return {
            "done_accepted": list(self.done_accepted),
            "done_declined": list(self.done_declined),
            "done_other": list(self.done_other),
            "still_to_do": list(self.still_to_do),
            "replied": list(self.replied),
            "gone": list(self.gone),
        }

    def lines(self, limit: int = 8) -> list[str]:
        """Plain one-line sentences for the CLI and the TUI (sender names made inert)."""
        out: list[str] = []
        groups = (
            (self.done_accepted, "accepted on LinkedIn as you decided (now connections)"),
            (self.done_declined, "ignored on LinkedIn as you decided (no longer listed)"),
            (self.done_other, "settled on LinkedIn"),
            (
                self.still_to_do,
                "you decided to accept, still pending on LinkedIn: accept them there",
            ),
            (self.replied, "replied to your question: decide them now"),
            (
                self.gone,
                "no longer listed on LinkedIn (withdrawn, expired or answered there; not "
                "proof of your decision): off your list",
            ),
        )
        for ids, text in groups:
            if not ids:
                continue
            shown = ", ".join(f"{inert(self.names.get(i, i))} ({i})" for i in ids[:limit])
            more = f" and {len(ids) - limit} more" if len(ids) > limit else ""
            out.append(f"{len(ids)} {text}: {shown}{more}")
        return out


def still_pending_after_export(view: InvitationView) -> bool:
    """Decided accept, yet the owner's newest invitations export, made after the decision,
    still lists it as pending: the click on LinkedIn has not happened."""
    inv, owner, state = view.invitation, view.owner, view.state
    if state.decision != "accept" or inv.export_status != "pending" or owner is None:
        return False
    newest = owner.invitations_export
    if not newest or inv.last_seen_export != newest:
        return False
    return made_after(newest, owner.export_newest, state.decided_at)


def reconcile(before: dict[str, str], views: Views) -> ReconcileSummary:
    """Outcomes of an import, given the id -> status map taken just before it."""
    summary = ReconcileSummary()
    states = views.store.states()
    for inv_id, old in before.items():
        state = states.get(inv_id)
        if state is None or state.decision == "pending":
            continue  # only decisions can be carried out (or not) on LinkedIn
        view = views.view(inv_id)
        if view.status == "done" and old != "done":
            done = {"accept": summary.done_accepted, "decline": summary.done_declined}
            target = done.get(view.state.decision, summary.done_other)
        elif view.status == "gone" and old != "gone":
            target = summary.gone
        elif still_pending_after_export(view):
            target = summary.still_to_do
        elif view.status == "asked" and reply_after(
            view.conversation, view.invitation.message, view.state.asked_at
        ):
            target = summary.replied  # status `asked` means the decision is ask
        else:
            continue
        target.append(view.id)
        summary.names[view.id] = view.invitation.sender.name
    return summary
