"""Facts derived once per invitation and shared by several checks: the patterns it is in, its
texts folded and the note read. Dialogue with the sender is core.conversation's."""

from __future__ import annotations

from dataclasses import dataclass

from linkvet.core.checklist.context import Context
from linkvet.core.models import Pattern
from linkvet.core.notes import NoteReading, read_note
from linkvet.core.text import fold


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
