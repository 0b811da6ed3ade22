"""The linkvet Textual app and `make_app`, the one factory the CLI, the demo and tests use."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import partial

from linkvet.core.config import save_setting
from linkvet.core.errors import LinkvetError
from linkvet.core.triage import Workspace
from linkvet.core.triage.query import FIELDS
from linkvet.tui import commands
from linkvet.tui.boundary import LOCK_STEP, explain
from linkvet.tui.screens.triage import TriageScreen
from linkvet.tui.widgets import palette
from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.dom import DOMNode
from textual.screen import Screen


class LinkvetApp(App[str]):
    """Keyboard-first invitation triage over one Workspace; returns the session summary."""

    # the default screen's stylesheet is not loaded by Textual on its own: list it here
    CSS_PATH = ["app.tcss", "screens/triage.tcss"]
    TITLE = "linkvet"
    BINDING_GROUP_TITLE = "General"
    BINDINGS = commands.bindings("app")

    def __init__(self, workspace: Workspace, *, demo: bool = False) -> None:
        super().__init__()
        self.workspace = workspace
        # a write tries the lock briefly; a longer wait is shown and can be stopped
        workspace.set_lock_wait(LOCK_STEP)
        self.demo = demo
        self.cursor_blink = True  # snapshot tests switch it off
        if demo:
            self.title = "linkvet demo"
        self.keymap: dict[str, str] = dict(getattr(workspace.config, "keys", {}) or {})
        self._started = time.monotonic()
        self._start_decisions = workspace.decisions()
        self.triage = TriageScreen(workspace)
        if self.keymap:
            self.set_keymap(self.keymap)
        # the theme picked last time ([ui] theme in the config), if this Textual has it
        self._saved_theme = workspace.config.ui.theme
        self._unknown_theme = self._saved_theme not in self.available_themes
        if not self._unknown_theme:
            self.theme = self._saved_theme
        palette.use_theme(self.current_theme.to_color_system().generate())

    def get_default_screen(self) -> Screen[None]:
        return self.triage

    def on_mount(self) -> None:
        if self._unknown_theme:
            self.notify(
                f"Unknown theme {self._saved_theme!r} in the config ([ui] theme)",
                severity="warning",
                markup=False,
            )

    def watch_theme(self, theme_name: str) -> None:
        """A theme was set (palette, config, code): recolour the text in its colours and
        keep the choice in the config file. Called at once, also before the app runs."""
        triage = getattr(self, "triage", None)
        if triage is None:
            return  # still in App.__init__, which sets the palette itself
        palette.use_theme(self.available_themes[theme_name].to_color_system().generate())
        if triage.is_mounted:
            triage.recolour()
        if theme_name == self._saved_theme:
            return
        try:
            save_setting(self.workspace.config.path, "ui", "theme", theme_name)
        except (LinkvetError, OSError) as exc:  # ConfigError, OutputError (disk full)
            self.notify(f"The theme is not kept: {exc}", severity="warning", markup=False)
            return
        self._saved_theme = theme_name

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Every key and palette command runs here: one that cannot run now says why (and
        takes the key), and a failure linkvet explains (or a file system error) becomes a
        notification; the app stays up."""
        if isinstance(action, str) and isinstance(self.screen, TriageScreen):
            reason = self.screen.refusal(action)
            if reason:
                self.notify(reason, severity="warning", timeout=3, markup=False)
                return True
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except (LinkvetError, OSError) as exc:
            self.notify(explain(exc), severity="error", markup=False)
            return True

    # ----- actions -----------------------------------------------------------------------
    def action_help(self) -> None:
        if isinstance(self.screen, TriageScreen):
            self.screen.action_help()

    async def action_quit(self) -> None:
        self.exit(self.session_summary())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        triage = self.triage
        if not isinstance(screen, TriageScreen):
            return
        for command in commands.COMMANDS:
            if command.scope != "triage" or not command.action:
                continue
            key = ", ".join(commands.keys_of(command, self.keymap))
            yield SystemCommand(
                command.title,
                f"{command.does} (key: {key})",
                partial(self._palette_action, command.action),
            )
        for field in FIELDS:
            yield SystemCommand(
                f"Filter by {field.noun}: {field.example}",
                f"{field.meaning}; combine with words and other fields",
                partial(triage.open_filter, f"{field.name}:"),
            )
        yield SystemCommand("Help: all keys and filter words", "key: ?", triage.action_help)

    def _palette_action(self, action: str) -> None:
        self.call_later(self.run_action, action, self.triage)

    # ----- session summary ---------------------------------------------------------------
    def session_counts(self) -> Counter[str]:
        """Invitations whose decision changed this session, by their decision now."""
        counts: Counter[str] = Counter()
        for inv_id, decision in self.workspace.decisions().items():
            if decision != self._start_decisions.get(inv_id, "pending"):
                counts[decision] += 1
        return counts

    def session_summary(self) -> str:
        """One line: decided this session, by decision, time taken, overall progress."""
        counts = self.session_counts()
        decided = sum(n for d, n in counts.items() if d != "pending")
        parts = [f"{d} {counts[d]}" for d in ("accept", "decline", "ask") if counts.get(d)]
        if counts.get("pending"):
            parts.append(f"back to pending {counts['pending']}")
        seconds = int(time.monotonic() - self._started)
        took = f"{seconds // 60}m {seconds % 60:02d}s"
        detail = f" ({', '.join(parts)})" if parts else ""
        overall = f"; {self.triage.progress_text()}" if self.triage.loaded else ""
        return f"linkvet: decided {decided} this session{detail} in {took}{overall}"


def make_app(workspace: Workspace, *, demo: bool = False) -> LinkvetApp:
    """Build the app over an open Workspace (used by `linkvet triage`, `demo` and tests)."""
    return LinkvetApp(workspace, demo=demo)
