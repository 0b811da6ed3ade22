"""Config `[ui]`: the terminal UI's own settings, kept in the config file with the rest.

core names no theme itself (it never imports textual): the TUI checks the name against the
themes it has and falls back to its default for one it does not know.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from linkvet.core.setting import Table, setting


@dataclass
class UiSettings:
    """Config `[ui]`."""

    TABLE: ClassVar[Table] = Table("ui", "The terminal UI.")

    theme: str = setting(
        "textual-dark",
        doc='Colour theme; the one picked in the command palette (ctrl+p, "Theme") is kept.',
    )
