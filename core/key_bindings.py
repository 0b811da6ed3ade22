"""The binding ids `[keys]` in the config may remap: the TUI's commands (tui/commands.py)
and its dialogs' own keys, named here so that the config is checked without loading the
TUI (core never imports it; tests/tui/test_commands.py checks that the lists are the same)."""

from __future__ import annotations

import difflib

BINDING_IDS: frozenset[str] = frozenset(
    {
        "actions", "ask.cancel", "ask.confirm", "bottom", "check.1", "check.2", "check.3",
        "check.4", "check.5", "check.6", "check.7", "decide.accept", "decide.ask",
        "decide.carried_out", "decide.decline", "decide.pending", "decide.snooze",
        "decide.take", "down", "filter", "filter.clear", "find", "help", "help.close", "import",
        "import.cancel", "import.complete", "lookup.close", "pane.next", "pane.previous",
        "person.close", "person.link", "profile.copy", "profile.open", "prompt.cancel", "quit",
        "select.all", "select.toggle", "sort", "stats", "stats.close", "top", "undo", "up",
        "write.cancel",
    }
)  # fmt: skip


def unknown_binding(name: str) -> str:
    """Why `name` is no binding id: the close match when there is one, else every id."""
    close = difflib.get_close_matches(name, sorted(BINDING_IDS), n=1, cutoff=0.6)
    if close:
        return f'"{name}" is not a binding id: did you mean "{close[0]}"?'
    return f'"{name}" is not a binding id (known: {", ".join(sorted(BINDING_IDS))})'
