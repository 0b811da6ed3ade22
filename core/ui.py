"""Config `[ui]`: the terminal UI's own settings, kept in the config file with the rest.

core names no theme itself (it never imports textual): the TUI checks the name against the
themes it has and falls back to its default for one it does not know.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class UiSettings:
    """Config `[ui]`."""

    theme: str = "textual-dark"  # Colour theme; the one picked with ctrl+p "Change theme" is kept.
