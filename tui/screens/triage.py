"""The triage screen: invitation list on the left, detail and checks on the right.

Decisions are written through Workspace.decide (durable on return) and only then shown in
the row; rows are patched in place, never reloaded, so a keystroke stays a few ms at 10k.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path

from linkvet.core.errors import LinkvetError, Refused
from linkvet.core.export.actions import format_for, write_actions
from linkvet.core.models import CHECK_IDS, HistoryEvent
from linkvet.core.safe_text import inert
from linkvet.core.triage import ImportReport, InvitationView, Workspace
from linkvet.core.triage.links import profile_link
from linkvet.core.triage.order import advice_rank
from linkvet.core.triage.query import haystack, help_lines, parse, search
from linkvet.core.triage.service import TakeResult
from linkvet.tui import clipboard, commands
from linkvet.tui.boundary import Writer, explain
from linkvet.tui.commands import Command, Need
from linkvet.tui.screens.ask import AskScreen
from linkvet.tui.screens.help import HelpScreen, KeyRow
from linkvet.tui.screens.importer import ImportScreen
from linkvet.tui.screens.lookup import LookupScreen
from linkvet.tui.screens.prompt import PromptScreen, path_validator, snooze_screen
from linkvet.tui.screens.stats import StatsScreen
from linkvet.tui.widgets.palette import tone
from linkvet.tui.widgets.panes import ChecksPane, DetailPane
from linkvet.tui.widgets.queue_table import QueueTable
from linkvet.tui.widgets.render import SortText, row_cells
from rich.text import Text
from textual import on, work
from textual.actions import parse as parse_action
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Horizontal, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import ContentSwitcher, DataTable, Footer, Header, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

FIRST_CHUNK = 200  # views shown before the rest of the queue is computed
MORE_CHUNK = 500
FILTER_DELAY = 0.12  # seconds of quiet typing before the filter runs
FILTER_LIMIT = 500  # rows shown for a filter (the full list stays mounted underneath)
FILTER_WORDS = "Filter words (after /, combined freely)"

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

    BINDINGS = commands.bindings("triage")

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
        self.filter_problem = ""  # what the filter cannot read (a value no word starts)
        self.writer = Writer(self, workspace, self._show_busy)
        self._positions: dict[str, int] = {}  # queue order of each id (for the advice sort)

    # ----- layout ------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header(icon="⚖")
        with ContentSwitcher(initial="main", id="switcher"):
            with Center(id="empty"):
                yield Static(Text(EMPTY_TEXT), id="empty-text")
            with Horizontal(id="main"):
                with Vertical(id="list-pane"):
                    yield Static(Text("Loading invitations…"), id="status")
                    yield Input(
                        placeholder="filter: words, rec:decline, flag:mass, status:asked, to:NAME",
                        id="filter",
                    )
                    yield QueueTable(id="queue")
                    yield QueueTable(id="results")
                with Vertical(id="side"):
                    yield DetailPane(id="detail")
                    yield ChecksPane(id="checks")
        yield Static(Text(""), id="busy")
        yield Footer()

    def on_mount(self) -> None:
        for table in self.query(QueueTable):
            table.on_cursor = self._cursor_moved
        self.query_one("#filter", Input).display = False
        self.query_one("#results", QueueTable).display = False
        self.query_one("#busy", Static).display = False
        self.query_one("#filter", Input).cursor_blink = bool(
            getattr(self.app, "cursor_blink", True)
        )
        self.query_one("#queue", QueueTable).loading = True
        self.load_queue()
        self.set_interval(2.0, self._poll_store)

    def _poll_store(self) -> None:
        """Show what another linkvet process changed meanwhile (a CLI `decide`, an import):
        the journal is shared, so nothing either side saved is lost or hidden."""
        if not self.loaded or self.writer.waiting:
            return  # a waiting write shows what it changed when it is made
        changed = self.ws.refresh()
        ids, self._seen_events = self.ws.touched_since(self._seen_events)
        if changed == "data":
            self.loaded = False
            self.load_queue()
        elif changed == "decisions":
            self._refresh_rows([i for i in ids if i in self.views])

    # ----- loading -----------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_queue(self) -> None:
        """Compute views off the UI thread: the first screenful at once, so the list is
        usable in about a second at any size, then the rest in chunks."""
        empty = self.ws.is_empty()
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
        self._seen_events = self.ws.journal_length()
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
        return advice_rank(self.views[inv_id], self._position(inv_id))

    def _position(self, inv_id: str) -> int:
        if len(self._positions) != len(self.views):
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

    def _show_busy(self, text: str) -> None:
        """The line above the footer that says what a write is waiting for ("" hides it)."""
        busy = self.query_one("#busy", Static)
        busy.update(Text(text))
        busy.display = bool(text)

    def _update_status(self) -> None:
        text = Text(self.progress_text(), style="bold")
        text.append(f" · sort: {'advice' if self.sort_by == 'verdict' else 'date'}", style="dim")
        if self.filter_query:
            text.append(" · filter: ", style="dim")
            text.append(inert(self.filter_query), style="bold")
            shown = self.query_one("#results", QueueTable).row_count
            text.append(f" ({shown}{'+' if shown >= FILTER_LIMIT else ''})", style="dim")
        if self.filter_problem:
            text.append(f" · {inert(self.filter_problem)}", style=tone("warn"))
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
        self._seen_events = self.ws.journal_length()

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
    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker failed (reading the queue, preparing the contact index): say so in one
        line and keep the app up; the rows stay as they were."""
        if event.state is not WorkerState.ERROR:
            return
        message = explain(event.worker.error or RuntimeError("the worker failed"))
        if event.worker.group == "load" and not self.loaded:
            self.query_one("#queue", QueueTable).loading = False
            status = Text("Could not read the invitations: ", style=tone("bad", "bold"))
            status.append(message)
            self.query_one("#status", Static).update(status)
        self.notify(message, severity="error", markup=False)

    @on(DataTable.RowHighlighted, "QueueTable")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table is self.table:
            self._show_current()

    # ----- what can run now (the command table's needs) ----------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        command = commands.for_action(action, parameters)
        return True if command is None else self.allowed(command)

    def allowed(self, command: Command) -> bool | None:
        """True: the command can run; None: shown but not now; False: hidden (an empty
        database, or keys the filter box is typing)."""
        if command.writes and self.writer.waiting:
            return None
        need = command.needs
        if need is Need.NOTHING:
            return True
        if need is Need.WAITING:
            return self.writer.waiting
        if need is Need.FILTERING:
            return bool(self.filter_query or self._filter_open())
        if not self.loaded:
            return None
        if need is Need.QUEUE:
            return True
        if need in (Need.ROW, Need.DECIDED) and not self.views:
            return False  # empty database: keep the footer to what can be done
        if not self.table.row_count:
            return None
        if need is Need.ROWS:
            return True
        if need is Need.PROFILE:
            view = self.current_view()
            return True if view and view.invitation.sender.profile_url else None
        if isinstance(self.focused, Input):
            return False  # let the filter box have its keys
        if need is Need.DECIDED:
            decided = self.decided
            return True if any(i in decided for i in self.target_ids()) else None
        return True

    def why_not(self, command: Command) -> str:
        """Why a command cannot run now, for its key pressed anyway ("" when it can, when
        the filter box is typing, or when saying so would only be noise)."""
        if isinstance(self.focused, Input) or self.allowed(command):
            return ""
        if command.writes and self.writer.waiting:
            return self.writer.busy_reason()
        if not self.loaded:
            return "The invitations are still loading"
        reasons = {
            Need.DECIDED: "Decide first, then mark it done on LinkedIn",
            Need.PROFILE: "This sender has no profile link in the export",
        }
        return reasons.get(command.needs, "")

    def refusal(self, action: str) -> str:
        """why_not for an action string a key or the palette is about to run."""
        namespace, name, parameters = parse_action(action)
        command = None if namespace else commands.for_action(name, parameters)
        return self.why_not(command) if command is not None else ""

    def _filter_open(self) -> bool:
        try:
            return bool(self.query_one("#filter", Input).display)
        except NoMatches:
            return False

    # ----- decisions ---------------------------------------------------------------------
    def _what(self, ids: list[str], word: str) -> str:
        """What a write does, in words: "accept for Alice Known", "accept for 3 invitations"."""
        if len(ids) == 1 and ids[0] in self.views:
            return f"{word} for {inert(self.views[ids[0]].invitation.sender.label)}"
        return f"{word} for {len(ids)} invitations"

    def _write(self, what: str, write: Callable[[], object], done: Callable[[], None]) -> None:
        """Write through the boundary (see tui.boundary): shown only once durable."""
        self.writer.write(what, write, lambda _result: done())

    def decide(
        self,
        ids: list[str],
        decision: str,
        note: str | None = None,
        message: str | None = None,
    ) -> None:
        """Record, then show: the row changes only after the store has fsync'd. An ask keeps
        `message` (what the action list gives to paste), else its prepared message."""
        if not ids:
            return
        cursor = self.table.current_id()

        def shown() -> None:
            self.last_action = ""
            self.selected -= set(ids)
            with self.app.batch_update():  # one repaint for the row change and the cursor
                self._refresh_rows(ids, show=False)
                if decision != "pending" and self.table.current_id() == cursor:
                    self._advance()
                self._show_current()  # after _advance: a no-op when the cursor moved
            if len(ids) > 1:
                self.notify(f"{decision}: {len(ids)} invitations (u undoes all)", timeout=3)

        self._write(
            self._what(ids, decision),
            lambda: self.ws.decide(ids, decision, note, message=message),
            shown,
        )

    def action_decide(self, decision: str) -> None:
        self.decide(self.target_ids(), decision)

    def action_cancel_write(self) -> None:
        self.writer.stop()

    def action_take(self) -> None:
        """Take the advice for the cursor row (or each selected row) at once, asks included
        (with the message they will use): one undo step. A decision made by hand is never
        replaced: those rows are skipped and counted."""
        ids = self.target_ids()
        if not ids:
            return
        cursor = self.table.current_id()
        self.writer.write(
            self._what(ids, "the advice"),
            lambda: self.ws.take_advice(ids),
            lambda result: self._taken(ids, result, cursor),
        )

    def _taken(self, ids: list[str], result: TakeResult, cursor: str | None) -> None:
        taken = list(dict.fromkeys(e.invitation_id for e in result.events))
        self.last_action = ""
        self.selected -= set(ids)
        with self.app.batch_update():
            self._refresh_rows(ids, show=False)
            if taken and self.table.current_id() == cursor:
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

        def shown() -> None:
            self.selected -= set(ids)
            with self.app.batch_update():
                self._refresh_rows(ids, show=False)
                self._show_current()
            self.last_action = f"marked {len(ids)} carried out on LinkedIn"
            self._update_status()

        self._write(self._what(ids, "carried out"), lambda: self.ws.mark_carried_out(ids), shown)

    def action_ask(self) -> None:
        self._ask(self.target_ids())

    def _ask(self, ids: list[str]) -> None:
        if not ids:
            return
        view = self.views[ids[0]]
        message = view.ask_text() or fallback_ask(view)  # the [ask] templates, any advice

        def done(text: str | None) -> None:
            if text is None:
                return
            copied = clipboard.copy(self.app, text)
            # the text as edited is what is saved and what the action list gives to paste;
            # for several invitations left as prepared, each keeps its own prepared message
            keep = text if len(ids) == 1 or text != message else None
            self.decide(ids, "ask", note=None, message=keep)
            self.notify(
                clipboard.said(copied, "Message", "it is in the action list (x) to paste"),
                timeout=6 if not copied.confirmed else 3,
                severity="information" if copied.confirmed else "warning",
                markup=False,
            )

        self.app.push_screen(AskScreen(view.invitation.sender.name, message, len(ids)), done)

    def action_snooze(self) -> None:
        ids = self.target_ids()
        if not ids:
            return

        def shown() -> None:
            index = self.table.cursor_row
            self._remove_rows(ids)
            if self.table.row_count:
                self.table.move_cursor(row=min(index, self.table.row_count - 1))
            self._show_current()
            self._update_status()

        def done(until: str | None) -> None:
            if until is None:
                return
            self._write(
                self._what(ids, f"snooze until {until}"),
                lambda: self.ws.snooze(ids, until),
                shown,
            )

        self.app.push_screen(snooze_screen(self.ws.clock().date(), len(ids)), done)

    def action_undo(self) -> None:
        self.writer.write("the undo", self.ws.undo, self._undone)

    def _undone(self, events: list[HistoryEvent]) -> None:
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
        check_id = CHECK_IDS[number - 1]
        self._write(
            self._what([view.id], f"a tick of {check_id}"),
            lambda: self.ws.toggle_check(view.id, check_id),
            lambda: self._refresh_rows([view.id]),
        )

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
        self.open_filter()

    def open_filter(self, start: str = "") -> None:
        """Show the filter box and focus it, with `start` (a field word such as "rec:",
        from the palette) added to what it holds."""
        box = self.query_one("#filter", Input)
        box.display = True
        box.focus()
        if start:
            box.value = f"{box.value.rstrip()} {start}".lstrip()
            # after the focus event, which selects all (typing would replace the field word)
            self.call_after_refresh(box.action_end)

    def action_clear_filter(self) -> None:
        box = self.query_one("#filter", Input)
        current = self.table.current_id()
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self.filter_query = self.filter_problem = ""
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
        parsed = parse(query)
        self.filter_problem = parsed.problems[0] if parsed.problems else ""
        if parsed.empty:
            if self.filter_query:
                self.filter_query = ""
                self.query_one("#results", QueueTable).display = False
                self.query_one("#queue", QueueTable).display = True
                self._show_current()
            self._update_status()
            return
        self._apply_filter(query, search(parsed, self.views, self.hay, FILTER_LIMIT))

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
        url = profile_link(view.invitation.sender.profile_url) if view else None
        if url:  # only a rebuilt https linkedin.com link: never a javascript: or file: URL
            # through the app: under `linkvet serve` it opens in the user's browser
            self.app.open_url(url)

    def action_copy_link(self) -> None:
        view = self.current_view()
        url = profile_link(view.invitation.sender.profile_url) if view else None
        if url:
            copied = clipboard.copy(self.app, url)
            self.notify(
                clipboard.said(copied, "Profile link", f"the link: {inert(url)}"),
                timeout=3 if copied.confirmed else 8,
                severity="information" if copied.confirmed else "warning",
                markup=False,
            )

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
            except (LinkvetError, OSError) as exc:
                self.notify(explain(exc), severity="error", markup=False)
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
        """Every command from the command table, with the keys now in force."""
        keymap: dict[str, str] = dict(getattr(self.app, "keymap", {}))

        def display(key: str) -> str:
            return self.app.get_key_display(Binding(key, ""))

        rows = [
            KeyRow(commands.key_text(c, keymap, display), c.does, c.id, group)
            for group, members in commands.by_group(commands.COMMANDS)
            for c in members
        ]
        rows += [KeyRow(how, what, "", FILTER_WORDS) for how, what in help_lines()]
        return rows


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
