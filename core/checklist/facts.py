"""Facts derived once per invitation and shared by several checks (dialogue, the note read).

The conversation's first message is the echoed invitation note when its text equals the note
and it came in: that echo is not dialogue (see LINKEDIN_FORMATS.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from linkvet.core.checklist.context import Context
from linkvet.core.checklist.dates import parse_iso
from linkvet.core.models import Pattern
from linkvet.core.notes import NoteReading, read_note
from linkvet.core.text import fold, same_text


@dataclass(slots=True)
class Dialogue:
    """Messages exchanged with the sender, the echoed invitation note excluded."""

    incoming: int = 0
    outgoing: int = 0
    echo: bool = False
    total: int = 0  # every message (sent + received), echo included

    @property
    def both_ways(self) -> bool:
        """True when messages went in both directions after the echo."""
        return self.incoming > 0 and self.outgoing > 0


def dialogue_of(ctx: Context) -> Dialogue:
    """Count messages in each direction, not counting the echoed invitation note."""
    conv = ctx.conversation
    if conv is None:
        return Dialogue()
    note = ctx.invitation.message or ""
    echo = bool(note.strip()) and conv.first_direction == "in" and same_text(conv.first_text, note)
    total = conv.sent + conv.received
    if conv.events:
        incoming = sum(1 for e in conv.events if len(e) > 1 and e[1] == "in")
        outgoing = sum(1 for e in conv.events if len(e) > 1 and e[1] == "out")
        if echo and incoming:
            incoming -= 1
        total = max(total, len(conv.events))
    else:
        incoming = max(conv.received - (1 if echo else 0), 0)
        outgoing = conv.sent
    return Dialogue(incoming=incoming, outgoing=outgoing, echo=echo, total=total)


def replies_after(ctx: Context, since: datetime, echo: bool) -> int:
    """Incoming messages dated after `since`, e.g. answers to an ask; `echo` (the caller's
    Dialogue.echo) says the first incoming one is the echoed note and does not count."""
    conv = ctx.conversation
    if conv is None or not conv.events:
        return 0
    count = 0
    skip_echo = echo
    for event in conv.events:
        if len(event) < 2 or event[1] != "in":
            continue
        if skip_echo:
            skip_echo = False
            continue
        at = parse_iso(event[0])
        if at is not None and at > since:
            count += 1
    return count


def member_patterns(ctx: Context) -> list[Pattern]:
    """The context's patterns that list the invitation as a member, in order (member lists
    can be thousands long: scanned once per evaluation, read by the note and mass checks)."""
    invitation_id = ctx.invitation.id
    return [p for p in ctx.patterns if invitation_id in p.members]


@dataclass(slots=True)
class Texts:
    """The sender's name, headline, company and the note, folded once, and the note read."""

    name: str
    headline: str
    company: str
    note: str
    reading: NoteReading


def texts_of(ctx: Context) -> Texts:
    """Fold the sender's fields and read the note once per evaluation."""
    sender = ctx.invitation.sender
    return Texts(
        name=fold(sender.name),
        headline=fold(sender.headline),
        company=fold(sender.company),
        note=fold(ctx.invitation.message),
        reading=read_note(ctx.invitation.message),
    )
