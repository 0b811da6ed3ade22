"""The action list: what to do on LinkedIn after a triage session, decided here, never done.

LinkedIn has no public API for invitations, so linkvet lists the work: accept, decline
(ignore), ask (with the message to paste), follow up on an ask nobody answered (when one is
due is core.conversation's rule, the verdict's too), and consider withdrawing your own
invitations that have sat unanswered for weeks. Each item carries the link to open and, for
an ask, the text to send; core.export.actions only renders the list (md, csv, json, html).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from linkvet.core.connections import ConnectionIndex
from linkvet.core.conversation import follow_up_due, reply_after, reply_recorded
from linkvet.core.dates import days_since
from linkvet.core.identity import name_key
from linkvet.core.models import Contact, Invitation, Owner
from linkvet.core.triage.links import person_link
from linkvet.core.triage.status import DECIDED, gone_since

if TYPE_CHECKING:
    from linkvet.core.selection import Selection
    from linkvet.core.triage.service import Workspace
    from linkvet.core.triage.view import InvitationView

# The groups of the list, in the order they are worked through
GROUPS: tuple[str, ...] = ("accept", "decline", "ask", "follow_up", "withdraw")


@dataclass(slots=True)
class ActionItem:
    """One thing to do on LinkedIn, with the link to open and, for asks, the text to send."""

    group: str  # accept | decline | ask | follow_up | withdraw
    id: str  # invitation id (the tick box key in the HTML page)
    owner: str  # whose LinkedIn account to do it in
    name: str  # the other person: sender, or for `withdraw` the invitee
    link: str  # https linkedin.com profile, else a people search for the name
    link_kind: str  # profile | search
    sent_at: str | None
    message: str | None  # ready-to-paste text (ask), else None
    detail: str  # one line: why it is listed

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def incoming_action(view: InvitationView, today: str, follow_up_days: int) -> ActionItem | None:
    """What to do on LinkedIn about one decided incoming invitation; None when nothing is
    (done, gone, already a connection, or an ask sent and not yet due for a follow-up)."""
    inv, state = view.invitation, view.state
    link, kind = person_link(inv.sender.name, inv.sender.profile_url)
    sent = (inv.sent_at or "")[:10] or inv.sent_at_raw
    decided = (state.decided_at or "")[:10]
    message: str | None = None
    if view.status == "accepted" and inv.export_status == "pending":
        group, detail = "accept", f"received {sent}; you decided accept on {decided}"
    elif view.status == "declined":
        group, detail = "decline", f"received {sent}; you decided decline on {decided}"
    elif view.status == "asked":
        replied = reply_after(view.conversation, inv.message, state.asked_at)
        answered = replied is not None or reply_recorded(state.reply_note)
        waited = follow_up_due(state.asked_at, today, follow_up_days, answered)
        if answered:
            group = "ask"
            when = f" on {replied[:10]}" if replied else ""
            detail = f"they replied{when}: decide in linkvet (accept or decline)"
        elif waited is not None:
            group = "follow_up"
            detail = f"asked on {state.asked_at[:10] if state.asked_at else '?'}, " + (
                f"no reply after {waited} days"
            )
        elif state.carried_out_at:
            return None  # the message is sent: nothing to do until they answer
        else:
            group, message = "ask", view.ask_message
            detail = f"received {sent}; you decided to ask on {decided}"
    else:
        return None  # done, gone, or already a connection on LinkedIn
    return ActionItem(
        group=group,
        id=inv.id,
        owner=view.owner.name if view.owner else inv.recipient.name,
        name=inv.sender.label,
        link=link,
        link_kind=kind,
        sent_at=inv.sent_at,
        message=message,
        detail=detail,
    )


def stale_sent(
    invitations: Iterable[Invitation],
    owners: Mapping[str, Owner],
    contacts: Iterable[Contact],
    today: str,
    limit: int,
) -> list[ActionItem]:
    """The owners' OUTGOING invitations older than `limit` days ([actions] stale_sent_days)
    whose invitee is still not a connection (core.connections). Owners without a
    Connections.csv are skipped: nothing can be known about them."""
    invitations = list(invitations)
    connections = ConnectionIndex.from_contacts(contacts, invitations)
    items: list[ActionItem] = []
    for inv in invitations:
        owner = owners.get(inv.owner_id)
        if inv.direction != "OUTGOING" or owner is None or not owner.has_connections:
            continue
        if gone_since(inv, owner):
            continue  # accepted, withdrawn or expired since
        age = days_since(inv.sent_at, today)
        if age is None or age <= limit:
            continue
        r = inv.recipient
        if connections.contains(inv.owner_id, r.name, r.profile_url, r.urn):
            continue
        link, kind = person_link(r.name, r.profile_url)
        items.append(
            ActionItem(
                group="withdraw",
                id=inv.id,
                owner=owner.name,
                name=r.name,
                link=link,
                link_kind=kind,
                sent_at=inv.sent_at,
                message=None,
                detail=f"you invited them on {(inv.sent_at or '')[:10]}, {age} days ago; "
                "not a connection yet",
            )
        )
    return items


def action_items(ws: Workspace, selection: Selection | None = None) -> list[ActionItem]:
    """Every open action, grouped in GROUPS order; done invitations are left out, and so
    are those outside `selection` (days sent, owner)."""
    today = ws.today()
    invitations = ws.store.invitations()
    items: list[ActionItem] = []
    for inv_id, state in ws.store.states().items():
        found = invitations.get(inv_id)
        if state.decision not in DECIDED or found is None or found.direction != "INCOMING":
            continue
        item = incoming_action(ws.view(inv_id), today, ws.config.ask.follow_up_days)
        if item is not None:
            items.append(item)
    limit = ws.config.actions.stale_sent_days
    items += stale_sent(invitations.values(), ws.owners(), ws.store.contacts(), today, limit)
    if selection is not None and not selection.everything:
        items = [i for i in items if i.id in invitations and selection.keeps(invitations[i.id])]
    order = {g: i for i, g in enumerate(GROUPS)}
    items.sort(key=lambda a: (a.sent_at or "", a.id), reverse=True)
    items.sort(key=lambda a: (order[a.group], name_key(a.owner)))
    return items
