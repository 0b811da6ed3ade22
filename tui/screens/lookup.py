"""Find a contact: Workspace.lookup on every keystroke (the matching model, one row per person,
ranked by posterior), Enter shows the person and the invitations from them, and `l` there
records that the invitation's sender is that person (a manual link, undone with `u`)."""

from __future__ import annotations

from typing import Any

from linkvet.core.models import Match
from linkvet.core.safe_text import inert
from linkvet.core.triage import Workspace
from linkvet.tui.screens.base import LinkvetModal
from linkvet.tui.widgets.frame_style import StyleOncePerFrame
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Input, Static

LIMIT = 20


class ResultsTable(StyleOncePerFrame, DataTable[Text]):
    """The hits, re-filled on every keystroke."""


def owner_names(owners: dict[str, Any], hit: Match) -> str:
    """The names of the owners (Workspace.owners()) holding the person of a lookup hit."""
    return ", ".join(owners[o].name if o in owners else o for o in hit.owners)


def source_words(hit: Match) -> str:
    """Every source holding the person: "connection, address book"."""
    return ", ".join(s.replace("_", " ") for s in hit.sources or [hit.source])


def field_words(match: Match) -> str:
    """The evidence of a hit without the reading and posterior lines (shown in columns)."""
    return "; ".join(
        e for e in match.evidence if not e.startswith(("read as", "posterior", "next best"))
    )


class LookupScreen(LinkvetModal[list[str] | None]):
    """A search box over every contact of every owner; dismisses with the invitations whose
    match changed (a link was made), so the queue can repaint them."""

    BINDINGS = [Binding("escape", "close", "Close", id="lookup.close")]

    def __init__(
        self, workspace: Workspace, query: str = "", invitation_id: str | None = None
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.initial = query
        self.invitation_id = invitation_id
        self.hits: list[Match] = []
        self.changed: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Find a contact", style="bold"), classes="dialog-title")
            yield Input(self.initial, placeholder="name, e-mail or profile URL", id="lookup-q")
            yield ResultsTable(cursor_type="row", id="lookup-results")
            yield Static(Text(""), id="lookup-count", classes="hint")

    def on_mount(self) -> None:
        super().on_mount()
        table = self.query_one("#lookup-results", DataTable)
        table.add_column("score", width=5, key="score")
        table.add_column("name", width=22, key="name")
        table.add_column("company", width=14, key="company")
        table.add_column("owner", width=14, key="owner")
        table.add_column("source", width=14, key="source")
        table.add_column("evidence", width=30, key="evidence")
        self.query_one("#lookup-q", Input).focus()
        if self.initial:
            self.search(self.initial)

    @on(Input.Changed, "#lookup-q")
    def _changed(self, event: Input.Changed) -> None:
        self.search(event.value)

    @on(Input.Submitted, "#lookup-q")
    def _submitted(self) -> None:
        self.query_one("#lookup-results", DataTable).focus()

    def search(self, query: str) -> list[Match]:
        """Run the lookup and show the hits (empty query clears)."""
        query = query.strip()
        table = self.query_one("#lookup-results", DataTable)
        table.clear()
        hits: list[Match] = []
        if query:
            kwargs: dict[str, str] = {}
            if "@" in query and " " not in query:
                kwargs["email"] = query
            elif "linkedin.com/" in query.lower():
                kwargs["url"] = query
            hits = self.workspace.lookup(query, limit=LIMIT, **kwargs)
        owners = self.workspace.owners()
        for n, hit in enumerate(hits):
            table.add_row(
                Text(str(hit.score), style="bold"),
                Text(inert(hit.name)),
                Text(inert(hit.company or ""), style="dim"),
                Text(inert(owner_names(owners, hit))),
                Text(source_words(hit)),
                Text(inert(field_words(hit)), style="dim"),
                key=f"{n}:{hit.contact_id}",
            )
        self.hits = hits
        count = self.query_one("#lookup-count", Static)
        if not query:
            words = "type a name"
        else:
            words = f"{len(hits)} match{'es' if len(hits) != 1 else ''}"
            if hits:
                words += "; enter shows the person and the invitations from them"
        count.update(Text(words), layout=False)  # one line whatever it says: no layout pass
        return hits

    @on(DataTable.RowSelected, "#lookup-results")
    def _open(self, event: DataTable.RowSelected) -> None:
        row = event.cursor_row
        if not 0 <= row < len(self.hits):
            return

        def done(linked: str | None) -> None:
            if linked:
                self.changed.append(linked)
                self.dismiss(list(self.changed))

        self.app.push_screen(PersonScreen(self.workspace, self.hits[row], self.invitation_id), done)

    def action_close(self) -> None:
        self.dismiss(list(self.changed) or None)


class PersonScreen(LinkvetModal[str | None]):
    """One person found by the lookup: who, where from, why, and the invitations from them;
    dismisses with the invitation id when the user linked its sender to this person."""

    BINDINGS = [
        Binding("l", "link", "This sender is them", id="person.link"),
        Binding("escape", "close", "Back", id="person.close"),
    ]

    def __init__(self, workspace: Workspace, hit: Match, invitation_id: str | None) -> None:
        super().__init__()
        self.workspace = workspace
        self.hit = hit
        self.invitation_id = invitation_id

    def _details(self) -> Text:
        hit = self.hit
        out = Text()
        rows = [
            ("source", source_words(hit)),
            ("owner", owner_names(self.workspace.owners(), hit)),
            ("company", hit.company or ""),
            ("e-mail", hit.email or ""),
            ("profile", hit.profile_url or ""),
        ]
        for label, value in rows:
            if value:
                out.append(f"{label:<8} ", style="dim")
                out.append(inert(value))
                out.append("\n")
        for line in hit.evidence:
            out.append("  " + inert(line) + "\n", style="dim")
        return out

    def compose(self) -> ComposeResult:
        ids = [self.hit.contact_id, *self.hit.also]
        with Vertical(classes="dialog"):
            yield Static(Text(inert(self.hit.name), style="bold"), classes="dialog-title")
            yield Static(self._details(), id="person-details")
            yield Static(Text("Invitations from them", style="bold"))
            yield DataTable(cursor_type="row", id="person-invitations")
            yield Static(Text(self._hint()), id="person-hint", classes="hint")
        self._invitations = self.workspace.invitations_from(ids)

    def _hint(self) -> str:
        if self.invitation_id is None:
            return "escape: back"
        sender = self.workspace.view(self.invitation_id).invitation.sender.name
        return (
            f"l: {inert(sender)} is {inert(self.hit.name)} (a link you make, kept; "
            "u undoes it in the queue). escape: back"
        )

    def on_mount(self) -> None:
        super().on_mount()
        table = self.query_one("#person-invitations", DataTable)
        for key, width in (("id", 8), ("sent", 10), ("sender", 24), ("status", 9), ("match", 22)):
            table.add_column(key, width=width, key=key)
        for inv_id in self._invitations:
            view = self.workspace.view(inv_id)
            inv = view.invitation
            known = view.match.known_contact
            how = f"{known.confidence}: {known.name}" if known else "possible"
            table.add_row(
                Text(inv_id),
                Text((inv.sent_at or inv.sent_at_raw or "")[:10]),
                Text(inert(inv.sender.name)),
                Text(view.status),
                Text(inert(how), style="dim"),
                key=inv_id,
            )
        table.focus()

    def action_link(self) -> None:
        inv_id = self.invitation_id
        if inv_id is None:
            self.notify("Open find from an invitation to link its sender", severity="warning")
            return
        target = self.workspace.owner_contact(inv_id, [self.hit.contact_id, *self.hit.also])
        if target is None:
            self.notify("This person is not among that owner's contacts", severity="warning")
            return
        self.workspace.link(inv_id, target)
        self.notify(f"Linked: the sender is {inert(self.hit.name)} (u undoes it)", timeout=3)
        self.dismiss(inv_id)

    def action_close(self) -> None:
        self.dismiss(None)
