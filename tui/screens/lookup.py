"""Find a contact: Workspace.lookup on every keystroke, results as literal text."""

from __future__ import annotations

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


class ResultsTable(StyleOncePerFrame, DataTable[Text]):
    """The hits, re-filled on every keystroke."""


class LookupScreen(LinkvetModal[None]):
    """A search box over every contact of every owner, with scores and evidence."""

    BINDINGS = [Binding("escape", "close", "Close", id="lookup.close")]

    def __init__(self, workspace: Workspace, query: str = "") -> None:
        super().__init__()
        self.workspace = workspace
        self.initial = query

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Find a contact", style="bold"), classes="dialog-title")
            yield Input(self.initial, placeholder="name, e-mail or profile URL", id="lookup-q")
            yield ResultsTable(cursor_type="row", id="lookup-results")
            yield Static(Text(""), id="lookup-count", classes="hint")

    def on_mount(self) -> None:
        table = self.query_one("#lookup-results", DataTable)
        table.add_column("score", width=5, key="score")
        table.add_column("name", width=24, key="name")
        table.add_column("company", width=18, key="company")
        table.add_column("source", width=12, key="source")
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
            hits = self.workspace.lookup(query, limit=20, **kwargs)
        for n, hit in enumerate(hits):
            table.add_row(
                Text(str(hit.score), style="bold"),
                Text(inert(hit.name)),
                Text(inert(hit.company or ""), style="dim"),
                Text(inert(hit.source)),
                Text(inert(", ".join(hit.evidence)), style="dim"),
                key=f"{n}:{hit.contact_id}",
            )
        count = self.query_one("#lookup-count", Static)
        count.update(  # one line whatever it says: no layout pass needed
            Text(f"{len(hits)} match{'es' if len(hits) != 1 else ''}" if query else "type a name"),
            layout=False,
        )
        return hits

    def action_close(self) -> None:
        self.dismiss(None)
