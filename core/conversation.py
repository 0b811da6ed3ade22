"""The conversation with a sender: the echoed note, dialogue, a reply after the ask, follow-ups.

When an invitation with a note is accepted (or answered), LinkedIn puts the note back as the
first message of the conversation, from the sender (LINKEDIN_FORMATS.md). That echo is
neither dialogue nor a reply, whatever its date: it can be dated after the owner's ask,
because it appears when the owner answers the invitation. Every part of linkvet that reads a
conversation (the known and rapport checks, decision memory, reconcile, the action list)
applies these rules, and only these.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from linkvet.core.dates import days_since, parse_iso
from linkvet.core.models import Conversation
from linkvet.core.text import same_text


def is_echo(conversation: Conversation | None, note: str | None) -> bool:
    """True when the conversation opens with the invitation note coming back from the sender."""
    if conversation is None or not (note or "").strip():
        return False
    return conversation.first_direction == "in" and same_text(conversation.first_text, note)


def messages(conversation: Conversation | None, note: str | None) -> Iterator[tuple[str, str]]:
    """(ISO timestamp, "in" | "out") of every dated message, in time order, the echo left out."""
    if conversation is None:
        return
    skip = is_echo(conversation, note)
    for event in conversation.events:
        if len(event) < 2 or event[1] not in ("in", "out"):
            continue
        if skip and event[1] == "in":
            skip = False  # the echo: the conversation's first message, from the sender
            continue
        yield event[0], event[1]


@dataclass(frozen=True, slots=True)
class Dialogue:
    """Messages exchanged with the sender, the echoed invitation note excluded."""

    incoming: int = 0
    outgoing: int = 0
    echo: bool = False
    total: int = 0  # every message (sent + received), echo included

    @property
    def both_ways(self) -> bool:
        """True when messages went in both directions after the echo: that is dialogue."""
        return self.incoming > 0 and self.outgoing > 0


_NO_DIALOGUE = Dialogue()


def dialogue(conversation: Conversation | None, note: str | None) -> Dialogue:
    """Count the messages each way after the echo. A conversation read without dated events
    (counts only) still knows its first message, so the echo is taken off the counts."""
    if conversation is None:
        return _NO_DIALOGUE
    echo = is_echo(conversation, note)
    total = conversation.sent + conversation.received
    if conversation.events:
        incoming = outgoing = 0
        for _, direction in messages(conversation, note):
            if direction == "in":
                incoming += 1
            else:
                outgoing += 1
        total = max(total, len(conversation.events))
    else:
        incoming = max(conversation.received - (1 if echo else 0), 0)
        outgoing = conversation.sent
    return Dialogue(incoming=incoming, outgoing=outgoing, echo=echo, total=total)


def reply_after(
    conversation: Conversation | None, note: str | None, asked_at: str | None
) -> str | None:
    """Timestamp of the sender's first message after the ask at `asked_at` (the echo is no
    reply, even when dated after the ask), as written; None when there is none."""
    asked = parse_iso(asked_at)
    if asked is None:
        return None
    for stamp, direction in messages(conversation, note):
        when = parse_iso(stamp)
        if direction == "in" and when is not None and when > asked:
            return stamp
    return None


def reply_recorded(reply_note: str | None) -> bool:
    """True when the owner recorded a reply by hand (one that came by e-mail or phone)."""
    return bool(reply_note and reply_note.strip())


def answered(
    conversation: Conversation | None,
    note: str | None,
    asked_at: str | None,
    reply_note: str | None,
) -> bool:
    """The sender answered the ask: a reply recorded by hand, or a message after the ask."""
    return reply_recorded(reply_note) or reply_after(conversation, note, asked_at) is not None


def follow_up_due(asked_at: str | None, today: str, after_days: int, answered: bool) -> int | None:
    """Days waited when an unanswered ask is due for a follow-up: asked `after_days` or more
    calendar days before `today` (an ISO day) with no answer; None otherwise."""
    if answered:
        return None
    waited = days_since(asked_at, today)
    return waited if waited is not None and waited >= after_days else None
