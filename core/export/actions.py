"""The action list: what to do on LinkedIn after a triage session, and nothing automated.

LinkedIn has no public API for invitations, so linkvet lists the work: accept, decline
(ignore), ask (with the message to paste), follow up on unanswered asks, and consider
withdrawing your own invitations that have sat unanswered for weeks. Formats: Markdown, CSV,
JSON and a self-contained HTML page with tick boxes (see core.export.actions_html).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import orjson
from linkvet.core.connections import ConnectionIndex
from linkvet.core.errors import Refused
from linkvet.core.export.links import person_link
from linkvet.core.export.tables import safe_csv
from linkvet.core.identity import name_key
from linkvet.core.safe_text import inert
from linkvet.core.selection import Selection
from linkvet.core.triage.reconcile import reply_after
from linkvet.core.triage.service import Workspace
from linkvet.core.triage.status import DECIDED, days_since, gone_since

GROUPS: tuple[str, ...] = ("accept", "decline", "ask", "follow_up", "withdraw")
TITLES: dict[str, str] = {
    "accept": "Accept",
    "decline": "Decline (ignore)",
    "ask": "Ask first",
    "follow_up": "Follow up",
    "withdraw": "Consider withdrawing",
}
HOW: dict[str, str] = {
    "accept": "Open the profile and press Accept (or find them under My Network > Invitations).",
    "decline": "Open My Network > Invitations and press Ignore for each.",
    "ask": "Open the profile, send the message below (reply to the invitation), then tick it.",
    "follow_up": "You asked and got no reply: send a reminder, or ignore the invitation.",
    "withdraw": (
        "Invitations you sent that are still not accepted. Pending invitations count against "
        "you on LinkedIn: withdraw them under My Network > Manage > Sent."
    ),
}
FORMATS: dict[str, str] = {
    ".md": "md",
    ".markdown": "md",
    ".csv": "csv",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}
CSV_COLUMNS: tuple[str, ...] = (
    "group", "id", "owner", "name", "link", "link_kind", "sent_at", "message", "detail",
)  # fmt: skip


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


def _incoming_items(ws: Workspace) -> list[ActionItem]:
    today = ws.today()
    follow_up = ws.config.ask.follow_up_days
    invitations = ws.store.invitations()
    items: list[ActionItem] = []
    for inv_id, state in ws.store.states().items():
        found = invitations.get(inv_id)
        if state.decision not in DECIDED or found is None or found.direction != "INCOMING":
            continue
        view = ws.view(inv_id)
        inv = view.invitation
        link, kind = person_link(inv.sender.name, inv.sender.profile_url)
        sent = (inv.sent_at or "")[:10] or inv.sent_at_raw
        decided = (state.decided_at or "")[:10]
        message: str | None = None
        if view.status == "accepted" and inv.export_status == "pending":
            group, detail = "accept", f"received {sent}; you decided accept on {decided}"
        elif view.status == "declined":
            group, detail = "decline", f"received {sent}; you decided decline on {decided}"
        elif view.status == "asked":
            replied = reply_after(view.conversation, state.asked_at)
            waited = days_since(state.asked_at, today)
            if replied or state.reply_note:
                group = "ask"
                when = f" on {replied[:10]}" if replied else ""
                detail = f"they replied{when}: decide in linkvet (accept or decline)"
            elif waited is not None and waited >= follow_up:
                group = "follow_up"
                detail = f"asked on {state.asked_at[:10] if state.asked_at else '?'}, " + (
                    f"no reply after {waited} days"
                )
            elif state.carried_out_at:
                continue  # the message is sent: nothing to do until they answer
            else:
                group, message = "ask", view.ask_message
                detail = f"received {sent}; you decided to ask on {decided}"
        else:
            continue  # done, gone, or already a connection on LinkedIn
        items.append(
            ActionItem(
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
        )
    return items


def stale_sent(ws: Workspace) -> list[ActionItem]:
    """The owners' OUTGOING invitations older than [actions] stale_sent_days whose invitee is
    still not a connection (core.connections). Owners without a
    Connections.csv are skipped: nothing can be known about them."""
    today = ws.today()
    limit = ws.config.actions.stale_sent_days
    owners = ws.store.owners()
    invitations = ws.store.invitations().values()
    connections = ConnectionIndex.from_contacts(ws.store.contacts(), invitations)
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
        link, kind = person_link(inv.recipient.name, inv.recipient.profile_url)
        items.append(
            ActionItem(
                group="withdraw",
                id=inv.id,
                owner=owner.name,
                name=inv.recipient.name,
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
    items = _incoming_items(ws) + stale_sent(ws)
    if selection is not None and not selection.everything:
        invitations = ws.store.invitations()
        items = [i for i in items if i.id in invitations and selection.keeps(invitations[i.id])]
    order = {g: i for i, g in enumerate(GROUPS)}
    items.sort(key=lambda a: (a.sent_at or "", a.id), reverse=True)
    items.sort(key=lambda a: (order[a.group], name_key(a.owner)))
    return items


# ----- formats ---------------------------------------------------------------------------


def _md_text(text: str) -> str:
    """Untrusted text for Markdown: inert, HTML specials as entities, syntax backslashed."""
    text = inert(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = []
    for ch in text:
        if ch in "\\`*_[]()#!|~":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _fence(text: str) -> str:
    longest, run = 0, 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def to_markdown(items: list[ActionItem], today: str) -> str:
    """A Markdown checklist: one section per group, profile links, ask messages in code blocks."""
    owners = {i.owner for i in items}
    lines = [
        f"# LinkedIn actions ({today})",
        "",
        "linkvet never acts on LinkedIn for you: open each link and do it there.",
        f"{len(items)} to do.",
    ]
    if not items:
        lines.append("\nNothing to do on LinkedIn right now.")
    for group in GROUPS:
        rows = [i for i in items if i.group == group]
        if not rows:
            continue
        lines += ["", f"## {TITLES[group]} ({len(rows)})", "", HOW[group], ""]
        for item in rows:
            who = f" for {_md_text(item.owner)}" if len(owners) > 1 else ""
            kind = " (no profile URL: people search)" if item.link_kind == "search" else ""
            lines.append(
                f"- [ ] [{_md_text(item.name)}]({item.link}){kind}{who}: "
                f"{_md_text(item.detail)} `{item.id}`"
            )
            if item.message:
                body = inert(item.message, keep_newlines=True)
                fence = _fence(body)
                lines += ["", "  Message to send:", "", f"  {fence}text"]
                lines += [f"  {line}" for line in body.splitlines()]
                lines += [f"  {fence}", ""]
    return "\n".join(lines).rstrip() + "\n"


def to_csv(items: list[ActionItem]) -> str:
    """One row per action; every cell inert and neutralised against spreadsheet formulas."""
    return safe_csv(CSV_COLUMNS, (i.to_dict() for i in items), multiline=("message",))


def to_json(items: list[ActionItem], today: str) -> str:
    """The documented action-list object (docs/JSON.md)."""
    counts = {g: sum(1 for i in items if i.group == g) for g in GROUPS}
    data = {
        "linkvet_actions": 1,
        "today": today,
        "counts": counts,
        "items": [i.to_dict() for i in items],
    }
    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"


def render_actions(
    ws: Workspace, fmt: str = "md", selection: Selection | None = None
) -> tuple[str, int]:
    """(text, number of items) of the action list in `fmt`: md, csv, json or html."""
    items = action_items(ws, selection)
    today = ws.today()
    if fmt == "md":
        return to_markdown(items, today), len(items)
    if fmt == "csv":
        return to_csv(items), len(items)
    if fmt == "json":
        return to_json(items, today), len(items)
    if fmt == "html":
        from linkvet.core.export.actions_html import to_html

        return to_html(items, today), len(items)
    raise Refused(f"unknown action list format {fmt!r}: use md, csv, json or html")


def format_for(path: Path) -> str:
    """The format named by a file's suffix; Refused for an unknown one."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise Refused(
            f"{path}: cannot tell the format from the suffix {path.suffix or '(none)'!r}; "
            "use .md, .csv, .json or .html"
        )
    return fmt


def write_private(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path`, readable by the user only when the file is new."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def write_actions(ws: Workspace, path: Path, fmt: str | None = None) -> int:
    """Write the action list to `path` (format from the suffix when `fmt` is None);
    returns the number of items written."""
    path = Path(path)
    text, count = render_actions(ws, fmt or format_for(path))
    write_private(path, text)
    return count
