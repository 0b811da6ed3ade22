"""The "ask" message: a polite question to an invitation's sender, from a config template.

Only the placeholders {first_name}, {owner_name} and {note} are filled (`{{`/`}}` give literal
braces); sender text is inserted as plain data, never interpreted as a format string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linkvet.core.checklist.context import Context
from linkvet.core.checklist.text import first_name

PLACEHOLDERS = ("first_name", "owner_name", "note")
_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")

DEFAULT_TEMPLATE = (
    "Hi {first_name}, thanks for the invitation. I keep my network to people I know or have "
    "worked with. How do we know each other, or what would you like to talk about?\n"
    "Best, {owner_name}"
)


@dataclass(slots=True)
class AskSettings:
    """Config `[ask]`: the message template and how long to wait for a reply."""

    template: str = DEFAULT_TEMPLATE
    """The ask message. Placeholders: {first_name}, {owner_name}, {note}."""
    follow_up_days: int = 14  # An ask with no reply after this many days becomes decline.
    fallback_first_name: str = "there"  # Used for {first_name} when the sender's name has none.
    max_note_chars: int = 300  # {note} is cut to this many characters.

    def validate(self) -> None:
        """Raise ValueError for an unknown placeholder, a stray brace or bad numbers."""
        for match in _FIELD.finditer(self.template):
            token = match.group(0)
            if token in ("{{", "}}"):
                continue
            if match.group(1) is None:
                raise ValueError(f"template has a stray {token!r} (write {token * 2} for a brace)")
            if match.group(1) not in PLACEHOLDERS:
                raise ValueError(
                    f"template placeholder {{{match.group(1)}}} is unknown "
                    f"(known: {', '.join('{' + p + '}' for p in PLACEHOLDERS)})"
                )
        if self.follow_up_days < 1:
            raise ValueError("follow_up_days must be at least 1")
        if self.max_note_chars < 0:
            raise ValueError("max_note_chars must not be negative")


def render(template: str, values: dict[str, str]) -> str:
    """Fill {name} placeholders from `values` without str.format; unknown ones stay as written."""

    def repl(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        if name is not None and name in values:
            return values[name]
        return token

    return _FIELD.sub(repl, template)


def ask_message(ctx: Context, settings: AskSettings, owner_name: str | None) -> str:
    """The message to send the sender; owner name from the argument, else the Context's owner."""
    sender_first = first_name(ctx.invitation.sender.name) or settings.fallback_first_name
    owner = owner_name or ctx.owner_name
    note = " ".join((ctx.invitation.message or "").split())
    if len(note) > settings.max_note_chars:
        note = note[: max(settings.max_note_chars - 1, 0)].rstrip() + "…"
    template = settings.template
    if not owner:
        template = re.sub(r",?[ \t]*\{owner_name\}", "", template)
    text = render(template, {"first_name": sender_first, "owner_name": owner or "", "note": note})
    return "\n".join(line.rstrip() for line in text.splitlines()).strip()
