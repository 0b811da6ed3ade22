"""The triage screen: invitation list on the left, detail and checks on the right.

Decisions are written through Workspace.decide (durable on return) and only then shown in
the row; rows are patched in place, never reloaded, so a keystroke stays a few ms at 10k.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Any

from linkvet.core.errors import Refused
from linkvet.core.export.actions import format_for, write_actions
from linkvet.core.models import CHECK_IDS
from linkvet.core.safe_text import inert
from linkvet.core.triage import ImportReport, InvitationView, Workspace
from linkvet.tui.screens.ask import AskScreen
from linkvet.tui.screens.help import HelpScreen, KeyRow
from linkvet.tui.screens.importer import ImportScreen
from linkvet.tui.screens.lookup import LookupScreen
from linkvet.tui.screens.prompt import PromptScreen, path_validator, snooze_screen
from linkvet.tui.screens.stats import StatsScreen
from linkvet.tui.widgets.palette import tone
from linkvet.tui.widgets.panes import ChecksPane, DetailPane
from linkvet.tui.widgets.queue_table import QueueTable
from linkvet.tui.widgets.render import SortText, haystack, row_cells
from rapidfuzz import fuzz, process
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Horizontal, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import ContentSwitcher, DataTable, Footer, Header, Input, Static
from textual.worker import get_current_worker

FIRST_CHUNK = 200  # views shown before the rest of the queue is computed
MORE_CHUNK = 500
FILTER_DELAY = 0.12  # seconds of quiet typing before the filter runs
FILTER_LIMIT = 500  # rows shown for a filter (the full list stays mounted underneath)
VERDICT_ORDER = {"decline": 0, "ask": 1, "accept": 2}

EMPTY_TEXT = """\
Welcome to linkvet

There are no invitations in this database yet. linkvet works from your own LinkedIn data:

 1. On LinkedIn open  Me > Settings & Privacy > Data privacy > Get a copy of your data.
 2. Pick "Download larger data archive" (or at least Connections, Invitations and
    Messages) and request it. LinkedIn e-mails a link, usually within minutes to a day.
 3. Download the zip and import it:
      press  i  here and type its path, or run   linkvet import PATH

Address books (vCard .vcf, Outlook/Google CSV) can be imported the same way, so linkvet
knows who you know outside LinkedIn. Want to look around first? Quit with q and run
linkvet demo.
"""


def fallback_ask(view: InvitationView) -> str:
    """A neutral ask message for when the core did not prepare one."""
    first = (view.invitation.sender.name or "").split(" ")[0] or "there"
    return (
        f"Hi {first}, thanks for the invitation! I only connect with people I know or have "
        "a reason to work with. Could you tell me where we met or what you have in mind?"
    )


class TriageScreen(Screen[None]):
    """Clear the queue without the mouse: move, decide, undo, filter, look up."""

    CSS_PATH = "triage.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDING_GROUP_TITLE = "Triage"

    BINDINGS = [
        Binding("a", "decide('accept')", "Accept", id="decide.accept"),
        Binding("d", "decide('decline')", "Decline", id="decide.decline"),
        Binding("w", "ask", "Ask", tooltip="Ask why they want to connect", id="decide.ask"),
        Binding(
            "enter",
            "take",
            "Advice",
            tooltip="Take the recommended verdict",
            priority=True,
            id="decide.take",
        ),
        Binding("p", "decide('pending')", "Back to pending", show=False, id="decide.pending"),
        Binding(
            "c",
            "carried_out",
            "Carried out",
            tooltip="Mark the decision done on LinkedIn",
            show=False,
            id="decide.carried_out",
        ),
        Binding("s", "snooze", "Snooze", show=False, id="decide.snooze"),
        Binding("u", "undo", "Undo", id="undo"),
        Binding("space", "select", "Select row", show=False, id="select.toggle"),
        Binding("asterisk", "select_all", "Select all visible", show=False, id="select.all"),
        *[
            Binding(
                str(n),
                f"toggle_check({n})",
                f"Toggle check {n} ({check_id})",
                show=False,
                id=f"check.{n}",
            )
            for n, check_id in enumerate(CHECK_IDS, start=1)
        ],
        Binding("slash", "filter", "Filter", id="filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="filter.clear"),
        Binding("v", "sort", "Sort date/advice", show=False, id="sort"),
        Binding("f", "find", "Find contact", show=False, id="find"),
        Binding("o", "open_profile", "Open profile", show=False, id="profile.open"),
        Binding("y", "copy_link", "Copy link", show=False, id="profile.copy"),
        Binding("i", "import", "Import", show=False, id="import"),
        Binding("x", "write_actions", "Write action list", show=False, id="actions"),
        Binding("t", "stats", "Stats", show=False, id="stats"),
        Binding("l", "pane(1)", "Next pane", show=False, id="pane.next"),
        Binding("h", "pane(-1)", "Previous pane", show=False, id="pane.previous"),
    ]

    class QueueLoaded(Message):
        """The first screenful of queue views, computed in a thread worker."""

        def __init__(
            self, views: list[InvitationView], team: bool, empty: bool, final: bool
        ) -> None:
            super().__init__()
            self.views, self.team, self.empty, self.final = views, team, empty, final

    class QueueMore(Message):
        """The next chunk of queue views (appended in queue order)."""

        def __init__(self, views: list[InvitationView], final: bool) -> None:
            super().__init__()
            self.views, self.final = views, final

    class FilterDone(Message):
        """Filter results (invitation ids, best first) for one query."""

        def __init__(self, query: str, ids: list[str]) -> None:
            super().__init__()
            self.query, self.ids = query, ids

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.ws = workspace
        self.views: dict[str, InvitationView] = {}  # in queue order (newest first)
        self.decided: set[str] = set()  # ids in `views` with a decision (kept by _keep)
        self.hay: dict[str, str] = {}  # what `/` searches, per id (kept by _keep)
        self.selected: set[str] = set()
        self.sort_by = "date"
        self.filter_query = ""
        self.team = False
        self.loaded = False
        self.loading_rows = False  # later chunks of the queue are still arriving
        self._chunk_shown = threading.Event()  # the worker waits for each chunk to be shown
        self._seen_events = 0  # journal events already shown (ours and other processes')
        self._filter_timer: Timer | None = None
        self._shown: InvitationView | None = None  # the view the panes show
        self._shown_once = False
        self.last_action = ""  # shown in the status line until the next decision

    # ----- layout ------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header(icon="⚖")
        with ContentSwitcher(initial="main", id="switcher"):
            with Center(id="empty"):
                yield Static(Text(EMPTY_TEXT), id="empty-text")
            with Horizontal(id="main"):
                with Vertical(id="list-pane"):
                    yield Static(Text("Loading invitations…"), id="status")
                    yield Input(placeholder="filter: name, headline, note", id="filter")
                    yield QueueTable(id="queue")
                    yield QueueTable(id="results")
                with Vertical(id="side"):
                    yield DetailPane(id="detail")
                    yield ChecksPane(id="checks")
        yield Footer()

    def on_mount(self) -> None:
        for table in self.query(QueueTable):
            table.on_cursor = self._cursor_moved
        self.query_one("#filter", Input).display = False
        self.query_one("#results", QueueTable).display = False
        self.query_one("#filter", Input).cursor_blink = bool(
            getattr(self.app, "cursor_blink", True)
        )
        self.query_one("#queue", QueueTable).loading = True
        self.load_queue()
        self.set_interval(2.0, self._poll_store)

    def _poll_store(self) -> None:
        """Show what another linkvet process changed meanwhile (a CLI `decide`, an import):
        the journal is shared, so nothing either side saved is lost or hidden."""
        if not self.loaded:
            return
        changed = self.ws.refresh()
        events = self.ws.store.events()
        if changed == "data":
            self.loaded = False
            self.load_queue()
        elif changed == "decisions":
            new = events[self._seen_events :]
            batches = {e.batch for e in new if e.batch}
            ids = {e.invitation_id for e in new}
            ids |= {e.invitation_id for e in events if e.batch in batches}
            self._refresh_rows([i for i in ids if i in self.views])
        self._seen_events = len(events)

    # ----- loading -----------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_queue(self) -> None:
        """Compute views off the UI thread: the first screenful at once, so the list is
        usable in about a second at any size, then the rest in chunks."""
        empty = self.ws.store.is_empty()
        team = len(self.ws.owners()) > 1
        worker = get_current_worker()
        views = iter(()) if empty else self.ws.iter_queue()
        chunk: list[InvitationView] = []
        first, size = True, FIRST_CHUNK
        for view in views:
            if worker.is_cancelled:
                return
            chunk.append(view)
            if len(chunk) >= size:
                message = (
                    self.QueueLoaded(chunk, team, empty, final=False)
                    if first
                    else self.QueueMore(chunk, final=False)
                )
                self._chunk_shown.clear()
                self.post_message(message)
                # wait until the UI has shown it, so keystrokes get in between chunks
                self._chunk_shown.wait(timeout=10)
                chunk, first, size = [], False, MORE_CHUNK
        if first:
            self.post_message(self.QueueLoaded(chunk, team, empty, final=True))
        else:
            self.post_message(self.QueueMore(chunk, final=True))
        if not empty:
            # ready before "find a contact" (f) is opened: ~1 s at 60,000 contacts
            self.ws.contact_index()
            gc.freeze()  # long-lived, like the queue (see _finish_loading)

    @on(QueueMore)
    def _more(self, message: QueueMore) -> None:
        """Append a chunk; when it is the last, settle sort, filter and progress."""
        queue = self.query_one("#queue", QueueTable)
        now = self.ws.clock()
        for view in message.views:
            self._keep(view)
        with self.app.batch_update():
            queue.extend(message.views, now, self.selected)
        if message.final:
            self._finish_loading()
        self._update_status()
        self.call_after_refresh(self._chunk_shown.set)

    def _finish_loading(self) -> None:
        self.loading_rows = False
        if self.sort_by == "verdict":
            self.sort_by = "date"
            self.action_sort()  # rows that arrived later take their place too
        if self.filter_query:
            self._run_filter(self.filter_query)
        # The loaded queue (views, table cells) is long-lived: keep it out of the cyclic
        # garbage collector's full passes, which otherwise stall keystrokes for 100s of ms.
        gc.collect()
        gc.freeze()

    @on(QueueLoaded)
    def _loaded(self, message: QueueLoaded) -> None:
        self.loading_rows = not message.final
        self.views, self.decided, self.hay = {}, set(), {}
        for view in message.views:
            self._keep(view)
        self._seen_events = len(self.ws.store.events())
        self.selected.clear()
        self.team = message.team
        switcher = self.query_one("#switcher", ContentSwitcher)
        switcher.current = "empty" if message.empty else "main"
        queue = self.query_one("#queue", QueueTable)
        results = self.query_one("#results", QueueTable)
        now = self.ws.clock()
        with self.app.batch_update():
            queue.setup_columns(self.team)
            results.setup_columns(self.team)
            queue.fill(self._ordered_views(), now, self.selected)
            queue.loading = False
        self.loaded = True
        if self.filter_query:
            self._run_filter(self.filter_query)
        if message.empty:
            self.set_focus(None)
        else:
            self.set_focus(queue)
            self._advance(from_start=True)
        self._show_current()
        self._update_status()
        self.refresh_bindings()
        if message.final:
            self._finish_loading()
        self.call_after_refresh(self._chunk_shown.set)

    def _ordered_views(self) -> list[InvitationView]:
        views = list(self.views.values())
        if self.sort_by == "verdict":
            rank = self._verdict_rank
            views.sort(key=lambda v: rank(v.id))
        return views

    def _verdict_rank(self, inv_id: str) -> tuple[int, int, float, int]:
        view = self.views[inv_id]
        decided = 0 if view.state.decision == "pending" else 1
        verdict = view.verdict.verdict if view.verdict else ""
        confidence = view.verdict.confidence if view.verdict else 0.0
        return (decided, VERDICT_ORDER.get(verdict, 3), -confidence, self._position(inv_id))

    def _position(self, inv_id: str) -> int:
        if not hasattr(self, "_positions") or len(self._positions) != len(self.views):
            self._positions = {i: n for n, i in enumerate(self.views)}
        return self._positions.get(inv_id, len(self.views))

    # ----- helpers -----------------------------------------------------------------------
    @property
    def table(self) -> QueueTable:
        """The list the user is looking at: filter results while filtering, else the queue."""
        return self.query_one("#results" if self.filter_query else "#queue", QueueTable)

    def current_view(self) -> InvitationView | None:
        inv_id = self.table.current_id()
        return self.views.get(inv_id) if inv_id else None

    def target_ids(self) -> list[str]:
        """The selection in display order when there is one, else the cursor row."""
        if self.selected:
            chosen = [i for i in self.table.visible_ids() if i in self.selected]
            shown = set(chosen)  # once: rebuilt per row it cost seconds for 10k selected
            return chosen + [i for i in self.views if i in self.selected and i not in shown]
        current = self.table.current_id()
        return [current] if current else []

    def _keep(self, view: InvitationView) -> None:
        """Hold the latest view of an invitation, keeping the decided count in step (the
        header shows it after every key; counting 10,000 views each time cost ~2 ms) and its
        filter text (what it searches never changes with a decision: made once per load)."""
        self.views[view.id] = view
        if view.id not in self.hay:
            self.hay[view.id] = haystack(view)
        if view.state.decision != "pending":
            self.decided.add(view.id)
        else:
            self.decided.discard(view.id)

    def decided_count(self) -> int:
        return len(self.decided)

    def progress_text(self) -> str:
        more = " (loading more…)" if self.loading_rows else ""
        return f"{self.decided_count()} of {len(self.views)} decided{more}"

    def _update_status(self) -> None:
        text = Text(self.progress_text(), style="bold")
        text.append(f" · sort: {'advice' if self.sort_by == 'verdict' else 'date'}", style="dim")
        if self.filter_query:
            text.append(" · filter: ", style="dim")
            text.append(inert(self.filter_query), style="bold")
            shown = self.query_one("#results", QueueTable).row_count
            text.append(f" ({shown}{'+' if shown >= FILTER_LIMIT else ''})", style="dim")
        if self.selected:
            text.append(f" · {len(self.selected)} selected", style=tone("info", "bold"))
        if self.last_action:
            text.append(f" · {self.last_action}", style="italic")
        self.query_one("#status", Static).update(text, layout=False)

    @property
    def _shown_id(self) -> str | None:
        return self._shown.id if self._shown is not None else None

    def _show_current(self) -> None:
        """Show the cursor row's view in the panes, unless they show that very view object
        already (a changed invitation always gets a new view object, see _keep)."""
        view = self.current_view()
        if view is self._shown and self._shown_once:
            return
        self._shown, self._shown_once = view, True
        self.query_one("#detail", DetailPane).show(view, self.team)
        self.query_one("#checks", ChecksPane).show(view)

    def _cursor_moved(self, table: QueueTable) -> None:
        """Panes follow the cursor in the same frame as the table (the RowHighlighted
        message arrives after the table has been drawn, a second frame later)."""
        if table is self.table:
            self._show_current()

    def _refresh_rows(self, ids: list[str], show: bool = True) -> None:
        """Re-read views of changed invitations and patch their rows in place, with the
        listed invitations of the same people (their advice follows decision memory)."""
        ids = [*ids, *(i for i in self.ws.related(ids) if i in self.views and i not in ids)]
        now = self.ws.clock()
        queue = self.query_one("#queue", QueueTable)
        results = self.query_one("#results", QueueTable)
        with self.app.batch_update():
            for inv_id in ids:
                view = self.ws.view(inv_id)
                self._keep(view)
                selected = inv_id in self.selected
                if not queue.patch(view, now, selected):
                    self._insert_row(view)
                results.patch(view, now, selected)
        if show:
            self._show_current()
        self._update_status()
        self._seen_events = len(self.ws.store.events())

    def recolour(self) -> None:
        """Redraw the rows and panes in the current theme's colours (after a theme change;
        rows still loading are built in them anyway)."""
        now = self.ws.clock()
        with self.app.batch_update():
            for table in (
                self.query_one("#queue", QueueTable),
                self.query_one("#results", QueueTable),
            ):
                table.recolour(self.views, now, self.selected)
            self._shown_once = False
            self._show_current()
            self._update_status()

    def _insert_row(self, view: InvitationView) -> None:
        """A row that came back (undone snooze): re-add it at the end of the list (where
        _keep put it in `views`)."""
        queue = self.query_one("#queue", QueueTable)
        queue.add_row(*row_cells(view, self.ws.clock(), False, self.team), key=view.id)

    def _remove_rows(self, ids: list[str]) -> None:
        gone = set(ids)
        for table in (self.query_one("#queue", QueueTable), self.query_one("#results", QueueTable)):
            for inv_id in ids:
                if inv_id in table.rows:
                    table.remove_row(inv_id)
        for inv_id in ids:
            self.views.pop(inv_id, None)
        self.decided -= gone
        self.selected -= gone

    def _advance(self, from_start: bool = False) -> None:
        """Move the cursor to the next undecided invitation (wrapping); stay if none."""
        table = self.table
        rows = table.ordered_rows  # cached by the table: no copy of 10k keys per decision
        count = len(rows)
        if not count:
            return
        start = 0 if from_start else table.cursor_row + 1
        for offset in range(count):
            index = (start + offset) % count
            view = self.views.get(str(rows[index].key.value))
            if view is not None and view.state.decision == "pending":
                table.move_cursor(row=index)
                return
        if not from_start and table.cursor_row + 1 < count:
            table.move_cursor(row=table.cursor_row + 1)

    # ----- events ------------------------------------------------------------------------
    @on(DataTable.RowHighlighted, "QueueTable")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table is self.table:
            self._show_current()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("decide", "ask", "take", "snooze", "select", "toggle_check", "carried_out"):
            if self.loaded and not self.views:
                return False  # empty database: keep the footer to what can be done
            if not (self.loaded and self.table.row_count):
                return None
            return not isinstance(self.focused, Input)  # let the filter box have its keys
        if action in ("open_profile", "copy_link"):
            view = self.current_view() if self.loaded else None
            return True if view and view.invitation.sender.profile_url else None
        if action == "select_all":
            return True if self.loaded and self.table.row_count else None
        if action == "clear_filter":
            return bool(self.filter_query or self._filter_open())
        if action == "write_actions":
            return True if self.loaded else None
        if action in ("undo", "filter", "sort", "find", "stats"):
            return True if self.loaded else None
        return True

    def _filter_open(self) -> bool:
        try:
            return bool(self.query_one("#filter", Input).display)
        except NoMatches:
            return False

    # ----- decisions ---------------------------------------------------------------------
    def decide(self, ids: list[str], decision: str, note: str | None = None) -> None:
        """Record, then show: the row changes only after the store has fsync'd."""
        if not ids:
            return
        self.ws.decide(ids, decision, note)
        self.last_action = ""
        bulk = len(ids) > 1
        self.selected -= set(ids)
        with self.app.batch_update():  # one repaint for the row change and the cursor move
            self._refresh_rows(ids, show=False)
            if decision != "pending":
                self._advance()
            self._show_current()  # after _advance: a no-op when the cursor moved
        if bulk:
            self.notify(f"{decision}: {len(ids)} invitations (u undoes all)", timeout=3)

    def action_decide(self, decision: str) -> None:
        self.decide(self.target_ids(), decision)

    def action_take(self) -> None:
        """Take the advice for the cursor row (or each selected row) at once, asks included
        (with the message they will use): one undo step. A decision made by hand is never
        replaced: those rows are skipped and counted."""
        ids = self.target_ids()
        if not ids:
            return
        result = self.ws.take_advice(ids)
        taken = list(dict.fromkeys(e.invitation_id for e in result.events))
        self.last_action = ""
        self.selected -= set(ids)
        with self.app.batch_update():
            self._refresh_rows(ids, show=False)
            if taken:
                self._advance()
            self._show_current()
        said = []
        if len(ids) > 1 or not taken:
            said.append(f"advice taken for {len(taken)}")
        if result.kept:
            said.append(f"{result.kept} decided by hand kept")
        if result.no_advice:
            said.append(f"{result.no_advice} with nothing to advise")
        if said:
            plural = "s" if len(taken) != 1 else ""
            undo = f" (u undoes the {len(taken)} decision{plural})" if len(taken) > 1 else ""
            self.notify("; ".join(said) + undo, timeout=3, markup=False)

    def action_carried_out(self) -> None:
        """Say that what was decided is done on LinkedIn (accepted, ignored, message sent)."""
        ids = [i for i in self.target_ids() if self.views[i].state.decision != "pending"]
        if not ids:
            self.notify("Decide first, then mark it done on LinkedIn", severity="warning")
            return
        self.ws.mark_carried_out(ids)
        self.selected -= set(ids)
        with self.app.batch_update():
            self._refresh_rows(ids, show=False)
            self._show_current()
        self.last_action = f"marked {len(ids)} carried out on LinkedIn"
        self._update_status()

    def action_ask(self) -> None:
        self._ask(self.target_ids())

    def _ask(self, ids: list[str]) -> None:
        if not ids:
            return
        view = self.views[ids[0]]
        message = view.ask_message or fallback_ask(view)

        def done(text: str | None) -> None:
            if text is None:
                return
            self.app.copy_to_clipboard(text)
            self.decide(ids, "ask", note=None)
            self.notify("Message copied: paste it into LinkedIn", timeout=3)

        self.app.push_screen(AskScreen(view.invitation.sender.name, message, len(ids)), done)

    def action_snooze(self) -> None:
        ids = self.target_ids()
        if not ids:
            return

        def done(until: str | None) -> None:
            if until is None:
                return
            self.ws.snooze(ids, until)
            index = self.table.cursor_row
            self._remove_rows(ids)
            if self.table.row_count:
                self.table.move_cursor(row=min(index, self.table.row_count - 1))
            self._show_current()
            self._update_status()
            self.notify(f"Snoozed {len(ids)} until {until}", timeout=3)

        self.app.push_screen(snooze_screen(self.ws.clock().date(), len(ids)), done)

    def action_undo(self) -> None:
        events = self.ws.undo()
        if not events:
            self.notify("Nothing to undo", severity="warning", timeout=2)
            return
        ids = list(dict.fromkeys(e.invitation_id for e in events))
        plural = "s" if len(ids) > 1 else ""
        # said in the status line, not a toast: a toast re-lays out the whole screen
        self.last_action = f"undid {events[0].kind} on {len(ids)} invitation{plural}"
        with self.app.batch_update():  # one frame for the rows, the cursor and the panes
            self._refresh_rows(ids, show=False)
            self.table.go_to(ids[0])
            self._show_current()

    def action_toggle_check(self, number: int) -> None:
        view = self.current_view()
        if view is None:
            return
        self.ws.toggle_check(view.id, CHECK_IDS[number - 1])
        self._refresh_rows([view.id])

    # ----- selection ---------------------------------------------------------------------
    def action_select(self) -> None:
        inv_id = self.table.current_id()
        if inv_id is None:
            return
        self.selected ^= {inv_id}
        self._refresh_rows([inv_id])
        self.table.action_cursor_down()

    def action_select_all(self) -> None:
        ids = self.table.visible_ids()
        if ids and all(i in self.selected for i in ids):
            changed = ids
            self.selected -= set(ids)
        else:
            changed = [i for i in ids if i not in self.selected]
            self.selected |= set(ids)
        self._patch_marks(changed)

    def _patch_marks(self, ids: list[str]) -> None:
        now = self.ws.clock()
        with self.app.batch_update():
            for table in (
                self.query_one("#queue", QueueTable),
                self.query_one("#results", QueueTable),
            ):
                for inv_id in ids:
                    if inv_id in self.views:
                        table.patch(self.views[inv_id], now, inv_id in self.selected)
        self._update_status()

    # ----- filter ------------------------------------------------------------------------
    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        box.focus()

    def action_clear_filter(self) -> None:
        box = self.query_one("#filter", Input)
        current = self.table.current_id()
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self.filter_query = ""
        with self.app.batch_update():
            box.value = ""
            box.display = False
            self.query_one("#results", QueueTable).display = False
            queue = self.query_one("#queue", QueueTable)
            queue.display = True
            queue.focus()
            if current:
                queue.go_to(current)
        self._show_current()
        self._update_status()
        self.refresh_bindings()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        query = event.value
        self._filter_timer = self.set_timer(FILTER_DELAY, lambda: self._run_filter(query))

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._run_filter(self.query_one("#filter", Input).value)
        self.table.focus()

    def _run_filter(self, query: str) -> None:
        query = query.strip()
        if not query:
            if self.filter_query:
                self.filter_query = ""
                self.query_one("#results", QueueTable).display = False
                self.query_one("#queue", QueueTable).display = True
                self._show_current()
                self._update_status()
            return
        self._apply_filter(query, filter_ids(query, list(self.views), self.hay))

    def _apply_filter(self, query: str, ids: list[str]) -> None:
        self.filter_query = query
        results = self.query_one("#results", QueueTable)
        with self.app.batch_update():
            results.fill((self.views[i] for i in ids), self.ws.clock(), self.selected)
            results.display = True
            self.query_one("#queue", QueueTable).display = False
        if ids:
            results.move_cursor(row=0)
        self._show_current()
        self._update_status()
        self.refresh_bindings()

    # ----- sorting, panes, look-ups ------------------------------------------------------
    def action_sort(self) -> None:
        self.sort_by = "verdict" if self.sort_by == "date" else "date"
        current = self.table.current_id()
        queue = self.query_one("#queue", QueueTable)
        if self.sort_by == "verdict":
            rank = self._verdict_rank
            queue.sort(
                "age", key=lambda cell: rank(cell.inv_id) if isinstance(cell, SortText) else ()
            )
        else:
            position = self._position
            queue.sort(
                "age", key=lambda cell: position(cell.inv_id) if isinstance(cell, SortText) else 0
            )
        if current:
            self.table.go_to(current)
        self._update_status()

    def action_pane(self, step: int) -> None:
        panes = [self.table, self.query_one("#detail"), self.query_one("#checks")]
        focused = self.focused
        index = next((n for n, p in enumerate(panes) if p is focused), -1)
        panes[(index + step) % len(panes)].focus()

    def action_find(self) -> None:
        view = self.current_view()

        def done(linked: list[str] | None) -> None:  # a manual link changed those views
            if linked:
                self._refresh_rows([i for i in linked if i in self.views])

        name, inv_id = (view.invitation.sender.name, view.id) if view else ("", None)
        self.app.push_screen(LookupScreen(self.ws, name, inv_id), done)

    def action_open_profile(self) -> None:
        view = self.current_view()
        if view and view.invitation.sender.profile_url:
            # through the app: under `linkvet serve` it opens in the user's browser
            self.app.open_url(view.invitation.sender.profile_url)

    def action_copy_link(self) -> None:
        view = self.current_view()
        if view and view.invitation.sender.profile_url:
            self.app.copy_to_clipboard(view.invitation.sender.profile_url)
            self.notify("Profile link copied", timeout=2)

    def action_import(self) -> None:
        def done(report: ImportReport | None) -> None:
            if report is None:
                return
            self.loaded = False
            self.query_one("#queue", QueueTable).loading = True
            self.load_queue()
            notes = [report.headline(), *report.identity_lines()]
            notes.append(
                f"{report.pending} pending invitations, {report.newly_accepted} newly accepted"
            )
            refused = any(f.problem_count for f in report.files)
            self.notify(
                inert("\n".join(notes), keep_newlines=True),
                timeout=8,
                severity="warning" if refused else "information",
                markup=False,
            )

        self.app.push_screen(ImportScreen(self.ws), done)

    def action_write_actions(self) -> None:
        def done(path: str | None) -> None:
            if path is None:
                return
            try:
                write_actions(self.ws, Path(path))
            except OSError as exc:
                self.notify(inert(f"{path}: {exc.strerror or exc}"), severity="error", markup=False)
                return
            self.notify(inert(f"Action list written to {path}"), markup=False, timeout=3)

        self.app.push_screen(
            PromptScreen(
                "Write the action list (what to do on LinkedIn) to",
                "linkvet-actions.md",
                "enter writes the file (.md, .csv, .json or .html), escape cancels",
                actions_path_validator,
                "actions-path",
            ),
            done,
        )

    def action_stats(self) -> None:
        self.app.push_screen(StatsScreen(self.ws))

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.key_rows()))

    def key_rows(self) -> list[KeyRow]:
        """Every binding of this screen, its list and the app, with the keys now in force."""
        rows: list[KeyRow] = []
        seen: set[tuple[str, str, str]] = set()
        chain = [
            (self.app, "General"),
            (self, "Triage"),
            (self.query_one("#queue", QueueTable), "List"),
        ]
        keymap: dict[str, str] = dict(getattr(self.app, "keymap", {}))
        for node, group in chain:
            for _, binding in _bindings_of(node):
                if not binding.description:
                    continue
                key = keymap.get(binding.id or "", binding.key)
                display = ", ".join(
                    self.app.get_key_display(_as_binding(binding, k)) for k in key.split(",")
                )
                marker = (binding.key, binding.action, group)
                if marker in seen:
                    continue
                seen.add(marker)
                description = binding.tooltip or binding.description
                rows.append(KeyRow(display, description, binding.id or "", group))
        rows.append(KeyRow("↑ ↓ PgUp PgDn Home End", "Move in the list", "", "List"))
        return rows


def _bindings_of(node: Any) -> list[tuple[str, Binding]]:
    """(key, binding) pairs declared on a node's class hierarchy (BINDINGS), in order."""
    out: list[tuple[str, Binding]] = []
    for cls in reversed(type(node).__mro__):
        for item in cls.__dict__.get("BINDINGS", []):
            if isinstance(item, Binding):
                out.append((item.key, item))
            elif isinstance(item, tuple):
                out.append((item[0], Binding(*item)))
    return out


def _as_binding(binding: Binding, key: str) -> Binding:
    return Binding(
        key.strip(), binding.action, binding.description, key_display=binding.key_display
    )


def actions_path_validator(text: str) -> tuple[str | None, str | None]:
    """A path whose suffix names an action-list format (anything else cannot be written)."""
    path, error = path_validator(text)
    if path is None:
        return None, error
    try:
        format_for(Path(path))
    except Refused:
        return None, "End the name with .md, .csv, .json or .html"
    return path, None


def filter_ids(query: str, order: list[str], hay: dict[str, str]) -> list[str]:
    """Invitation ids whose sender, headline, company or note match `query`, best first.

    Every word must appear (substring); failing that, a fuzzy partial match of the whole
    query (typos) counts, scored lower. At most FILTER_LIMIT ids.
    """
    words = query.lower().split()
    exact = [i for i in order if all(w in hay[i] for w in words)]
    if len(exact) >= FILTER_LIMIT or len(query) < 3:
        return exact[:FILTER_LIMIT]
    seen = set(exact)
    rest = [i for i in order if i not in seen]
    fuzzy = process.extract(
        query.lower(),
        [hay[i] for i in rest],
        scorer=fuzz.partial_ratio,
        score_cutoff=80,
        limit=FILTER_LIMIT - len(exact),
    )
    return exact + [rest[index] for _, _, index in fuzzy]
