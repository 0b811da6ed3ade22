"""Every command of the TUI in one table: id, keys, title, group, what it does and what it
needs. The table makes the Textual bindings (the id is what `[keys]` in the config remaps),
the command palette, the help screen, the screen's `check_action` and the README's key
table (tests/tui/test_commands.py compares them), so none of them can drift.

`python -m linkvet.tui.commands` prints the README table.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from linkvet.core.models import CHECK_IDS
from linkvet.tui.widgets.render import CHECK_TITLES
from textual.actions import parse
from textual.binding import Binding, BindingType


class Need(enum.Enum):
    """What must be there for a command to run (see TriageScreen.allowed)."""

    NOTHING = "nothing"
    QUEUE = "the queue loaded"
    ROWS = "rows in the list"
    ROW = "a row under the cursor"
    DECIDED = "a decided row"
    PROFILE = "a sender with a profile link"
    FILTERING = "a filter"
    WAITING = "a write waiting for the database"


@dataclass(frozen=True, slots=True)
class Command:
    """One command. `scope` says whose bindings it is (app, triage screen, list); a
    command with no `id` is Textual's own (listed in help and README, bound by Textual)."""

    id: str
    keys: str  # Textual key names, comma-separated: the defaults `[keys]` may replace
    action: str  # the Textual action string ("" for Textual's own keys)
    title: str  # footer and palette
    group: str  # help screen and README section
    does: str  # the help line, palette help, footer tooltip and README text
    needs: Need = Need.NOTHING
    scope: str = "triage"
    footer: bool = False
    priority: bool = False
    writes: bool = False  # records to the database: refused while another write waits
    family: str = ""  # commands shown as one README row (the seven check keys)

    @property
    def name(self) -> str:
        """The action's method name (`decide` for "decide('accept')")."""
        return parse(self.action)[1] if self.action else ""

    @property
    def parameters(self) -> tuple[object, ...]:
        return parse(self.action)[2] if self.action else ()

    def binding(self) -> Binding:
        return Binding(
            self.keys,
            self.action,
            self.title,
            show=self.footer,
            priority=self.priority,
            tooltip=self.does,
            id=self.id,
        )


DECIDE = "Decide"
SELECT = "Select"
FILTER = "Find, filter, sort"
MOVE = "Move"
MORE = "Files and views"
GENERAL = "General"

# fmt: off
COMMANDS: tuple[Command, ...] = (
    Command(
        "decide.take", "enter", "take", "Advice", DECIDE,
        "take the recommended verdict (an ask is recorded with its message, no dialog; "
        "decisions you made by hand are kept)",
        Need.ROW, footer=True, writes=True,
    ),
    Command(
        "decide.accept", "a", "decide('accept')", "Accept", DECIDE,
        "accept (the cursor row, or every selected row)",
        Need.ROW, footer=True, writes=True,
    ),
    Command(
        "decide.decline", "d", "decide('decline')", "Decline", DECIDE,
        "decline", Need.ROW, footer=True, writes=True,
    ),
    Command(
        "decide.ask", "w", "ask", "Ask", DECIDE,
        "ask why they want to connect: edit and copy the message",
        Need.ROW, footer=True, writes=True,
    ),
    Command(
        "decide.pending", "p", "decide('pending')", "Back to pending", DECIDE,
        "back to pending", Need.ROW, writes=True,
    ),
    Command(
        "decide.carried_out", "c", "carried_out", "Carried out", DECIDE,
        "you carried out the decision on LinkedIn: it leaves the action list",
        Need.DECIDED, writes=True,
    ),
    Command(
        "decide.snooze", "s", "snooze", "Snooze", DECIDE,
        "snooze: hide until a date", Need.ROW, writes=True,
    ),
    Command(
        "undo", "u", "undo", "Undo", DECIDE,
        "undo the last step (repeatable; a bulk decision is one step)",
        Need.QUEUE, footer=True, writes=True,
    ),
    Command(
        "write.cancel", "escape", "cancel_write", "Stop waiting", DECIDE,
        "stop waiting for the database (busy with another linkvet): nothing is recorded",
        Need.WAITING,
    ),
    Command(
        "select.toggle", "space", "select", "Select row", SELECT,
        "select the row (then a, d, w, p, enter decide every selected row: one undo step)",
        Need.ROW,
    ),
    Command(
        "select.all", "asterisk", "select_all", "Select all visible", SELECT,
        "select every row shown (again: none)", Need.ROWS,
    ),
    *(
        Command(
            f"check.{n}", str(n), f"toggle_check({n})", f"Toggle check {n} ({check_id})",
            DECIDE, f"tick {check_id} ({CHECK_TITLES[check_id]}): pass → fail → computed",
            Need.ROW, writes=True, family="check",
        )
        for n, check_id in enumerate(CHECK_IDS, start=1)
    ),
    Command(
        "filter", "slash", "filter", "Filter", FILTER,
        "filter as you type: words (sender, headline, company, note) and "
        "rec:, flag:, status:, to: (see the filter words below)",
        Need.QUEUE, footer=True,
    ),
    Command(
        "filter.clear", "escape", "clear_filter", "Clear filter", FILTER,
        "clear the filter", Need.FILTERING,
    ),
    Command(
        "sort", "v", "sort", "Sort date/advice", FILTER,
        "sort by date / by recommendation", Need.QUEUE,
    ),
    Command("find", "f", "find", "Find contact", FILTER, "find a contact", Need.QUEUE),
    Command(
        "profile.open", "o", "open_profile", "Open profile", MORE,
        "open the sender's profile in your browser", Need.PROFILE,
    ),
    Command(
        "profile.copy", "y", "copy_link", "Copy link", MORE,
        "copy the profile link", Need.PROFILE,
    ),
    Command("import", "i", "import", "Import", MORE, "import a file or folder", writes=True),
    Command(
        "actions", "x", "write_actions", "Write action list", MORE,
        "write the action list (what to do on LinkedIn, ask messages included)", Need.QUEUE,
    ),
    Command(
        "stats", "t", "stats", "Stats", MORE,
        "stats: invitations per week by verdict and decision, pattern timelines", Need.QUEUE,
    ),
    Command("pane.next", "l", "pane(1)", "Next pane", MOVE, "next pane"),
    Command("pane.previous", "h", "pane(-1)", "Previous pane", MOVE, "previous pane"),
    Command("down", "j", "cursor_down", "Down", MOVE, "down", scope="list", family="move"),
    Command("up", "k", "cursor_up", "Up", MOVE, "up", scope="list", family="move"),
    Command(
        "top", "g", "scroll_top", "First row", MOVE, "first row", scope="list", family="move",
    ),
    Command(
        "bottom", "G", "scroll_bottom", "Last row", MOVE, "last row", scope="list",
        family="move",
    ),
    Command(
        "", "up,down,pageup,pagedown,home,end", "", "Move", MOVE,
        "move in the list", scope="textual",
    ),
    Command("", "tab,shift+tab", "", "Switch panes", MOVE, "switch panes", scope="textual"),
    Command("quit", "q", "quit", "Quit", GENERAL, "quit", scope="app", footer=True),
    Command(
        "help", "question_mark", "help", "Help", GENERAL,
        "help: every key, the filter words, what each pane shows", scope="app", footer=True,
    ),
    Command(
        "", "ctrl+p", "", "Command palette", GENERAL,
        "command palette: run any command by name (and pick a theme)", scope="textual",
    ),
)
# fmt: on

_BY_ACTION: dict[tuple[str, tuple[object, ...]], Command] = {
    (c.name, c.parameters): c for c in COMMANDS if c.action and c.scope == "triage"
}
_BY_ID: dict[str, Command] = {c.id: c for c in COMMANDS if c.id}


def bindings(scope: str) -> list[BindingType]:
    """The Textual BINDINGS of one scope (app, triage or list), in table order."""
    return [c.binding() for c in COMMANDS if c.scope == scope and c.id]


def for_action(name: str, parameters: tuple[object, ...]) -> Command | None:
    """The triage command behind an action (what check_action is asked about)."""
    return _BY_ACTION.get((name, tuple(parameters)))


def by_id(command_id: str) -> Command:
    return _BY_ID[command_id]


def binding_ids() -> set[str]:
    """Every id the user may remap in `[keys]`."""
    return set(_BY_ID)


def keys_of(command: Command, keymap: dict[str, str]) -> list[str]:
    """The keys in force for a command: the user's `[keys]` entry, else the defaults."""
    keys = keymap.get(command.id, command.keys) if command.id else command.keys
    return [k.strip() for k in keys.split(",") if k.strip()]


_README_KEYS: dict[str, str] = {
    "question_mark": "`?`",
    "asterisk": "`*`",
    "slash": "`/`",
    "up": "↑",
    "down": "↓",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
}
# what one README row says for a family of commands
FAMILIES: dict[str, str] = {
    "check": "tick a check by hand (pass → fail → computed): "
    + ", ".join(f"{n} {check_id}" for n, check_id in enumerate(CHECK_IDS, start=1)),
    "move": "down / up / first row / last row",
}


def readme_key(key: str) -> str:
    """A key as the README writes it: `?` for question_mark, ↑ for up."""
    return _README_KEYS.get(key, f"`{key}`")


def _joined(items: list[str]) -> str:
    return " ".join(items) if len(items) <= 4 else f"{items[0]} … {items[-1]}"


def readme_table() -> str:
    """The README's key table (markdown): one row per command, or per family."""
    rows = ["| key | does | `[keys]` id |", "|---|---|---|"]
    done: set[str] = set()
    for command in COMMANDS:
        if command.family in done:
            continue
        members = [c for c in COMMANDS if command.family and c.family == command.family]
        if members:
            done.add(command.family)
            keys = _joined([readme_key(c.keys) for c in members])
            ids = _joined([f"`{c.id}`" for c in members])
            does = FAMILIES[command.family]
        else:
            keys = " ".join(readme_key(k) for k in command.keys.split(","))
            ids = f"`{command.id}`" if command.id else "(fixed)"
            does = command.does
        cell = does.replace("|", "\\|")
        rows.append(f"| {keys} | {cell} | {ids} |")
    return "\n".join(rows)


def by_group(commands: Iterable[Command]) -> list[tuple[str, list[Command]]]:
    """Commands grouped for the help screen, groups in the order they first appear."""
    groups: dict[str, list[Command]] = {}
    for command in commands:
        groups.setdefault(command.group, []).append(command)
    return list(groups.items())


def key_text(command: Command, keymap: dict[str, str], display: Callable[[str], str]) -> str:
    """The keys in force for a command as the app shows them (`display` of each key)."""
    return ", ".join(display(k) for k in keys_of(command, keymap))


if __name__ == "__main__":
    print(readme_table())
