"""Colours for Rich text from the app's theme: each role (good, bad, warn, ...) is one of the
theme's text colours, so list, detail and stats text stays readable on light and dark themes
alike instead of fixed ANSI names that some themes wash out.

The app calls `use_theme` when it starts and whenever the theme changes; render functions
ask `colour(role)` at the moment they build a Text.
"""

from __future__ import annotations

from collections.abc import Mapping

# role -> the theme variable it takes its colour from
ROLES: dict[str, str] = {
    "good": "text-success",  # accept, pass, known
    "bad": "text-error",  # decline, fail, mass invite
    "warn": "text-warning",  # ask, unknown, candidates
    "info": "text-primary",  # selection, manual ticks, replies
    "other": "text-secondary",  # recruiter
}
# before a theme is known (and for a theme that lacks a variable): the ANSI colours
_FALLBACK: dict[str, str] = {
    "good": "green",
    "bad": "red",
    "warn": "yellow",
    "info": "cyan",
    "other": "magenta",
}
_current: dict[str, str] = dict(_FALLBACK)


def _rich_colour(value: str) -> str:
    """A theme value as a Rich colour: `ansi_bright_red` -> `bright_red`, `#8AD4A1` as is."""
    return value.removeprefix("ansi_")


def use_theme(variables: Mapping[str, str]) -> None:
    """Take the colours of a theme (its generated CSS variables)."""
    for role, variable in ROLES.items():
        value = variables.get(variable)
        _current[role] = _rich_colour(value) if value else _FALLBACK[role]


def colour(role: str) -> str:
    """The Rich colour of `role` in the current theme."""
    return _current[role]


def tone(role: str | None, extra: str = "") -> str:
    """A Rich style: `extra` attributes (bold, underline ...) in the colour of `role`, or
    dim when there is no role."""
    if role is None:
        return " ".join(part for part in (extra, "dim") if part)
    return f"{extra} {_current[role]}".strip()
