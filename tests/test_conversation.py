"""The conversation vocabulary: the echo rule, dialogue, a reply after the ask, follow-ups.

The reply rule used to live twice (reconcile and the rapport check): only the check skipped
the echoed note, so a note echoed after the ask was a "reply" for reconcile and the action
list and no reply for the checklist. These tests pin the one rule each of them now applies.
"""

from __future__ import annotations

from linkvet.core.conversation import (
    Dialogue,
    answered,
    dialogue,
    follow_up_due,
    is_echo,
    messages,
    reply_after,
    reply_recorded,
)
from linkvet.core.models import Conversation

NOTE = "Hi Jane, great to meet you at the Lisbon meetup!"
ASKED = "2026-11-01T10:00:00+00:00"


def conv(*events: tuple[str, str], first_text: str | None = None) -> Conversation:
    """A conversation from (timestamp, direction) pairs; the first message's text is the
    note (an echo when it came in) unless `first_text` says otherwise."""
    first = events[0][1] if events else ""
    return Conversation(
        id="c",
        owner_id="o",
        counterpart_name="X",
        sent=sum(1 for _, d in events if d == "out"),
        received=sum(1 for _, d in events if d == "in"),
        first_text=NOTE if first_text is None else first_text,
        first_direction=first,  # type: ignore[arg-type]
        events=[[at, d] for at, d in events],
    )


# ----- the echo ---------------------------------------------------------------------------


def test_the_echo_is_the_note_coming_back_first_from_the_sender() -> None:
    echoed = conv(("2026-10-30T09:00:00+00:00", "in"))
    assert is_echo(echoed, NOTE)
    assert is_echo(echoed, "  hi jane,  GREAT to meet you at the Lisbon meetup! ")  # spacing, case
    assert not is_echo(echoed, "Hello Jane")  # another text
    assert not is_echo(echoed, "")  # no note, nothing to echo
    assert not is_echo(echoed, None)
    assert not is_echo(conv(("2026-10-30T09:00:00+00:00", "out")), NOTE)  # the owner wrote it
    assert not is_echo(None, NOTE)


def test_messages_leave_out_the_echo_only() -> None:
    c = conv(
        ("2026-10-30T09:00:00+00:00", "in"),
        ("2026-10-30T10:00:00+00:00", "out"),
        ("2026-10-31T10:00:00+00:00", "in"),
    )
    assert list(messages(c, NOTE)) == [
        ("2026-10-30T10:00:00+00:00", "out"),
        ("2026-10-31T10:00:00+00:00", "in"),
    ]
    assert len(list(messages(c, "another note"))) == 3  # not an echo: every message counts
    assert list(messages(None, NOTE)) == []


# ----- dialogue ---------------------------------------------------------------------------


def test_dialogue_means_both_ways_after_the_echo() -> None:
    only_echo = dialogue(conv(("2026-10-30T09:00:00+00:00", "in")), NOTE)
    assert only_echo == Dialogue(incoming=0, outgoing=0, echo=True, total=1)
    assert not only_echo.both_ways
    echo_and_answer = conv(
        ("2026-10-30T09:00:00+00:00", "in"), ("2026-10-30T10:00:00+00:00", "out")
    )
    assert not dialogue(echo_and_answer, NOTE).both_ways  # the echo is not their half
    talked = conv(
        ("2026-10-30T09:00:00+00:00", "in"),
        ("2026-10-30T10:00:00+00:00", "out"),
        ("2026-10-31T10:00:00+00:00", "in"),
    )
    assert dialogue(talked, NOTE) == Dialogue(incoming=1, outgoing=1, echo=True, total=3)
    assert dialogue(talked, NOTE).both_ways
    assert dialogue(None, NOTE) == Dialogue()


def test_dialogue_from_counts_alone_still_takes_the_echo_off() -> None:
    c = conv(("2026-10-30T09:00:00+00:00", "in"), ("2026-10-30T10:00:00+00:00", "out"))
    c.events = []
    assert dialogue(c, NOTE) == Dialogue(incoming=0, outgoing=1, echo=True, total=2)
    c.received = 2
    assert dialogue(c, NOTE).both_ways


# ----- a reply after the ask -------------------------------------------------------------


def test_reply_after_counts_only_incoming_messages_after_the_ask() -> None:
    assert reply_after(None, NOTE, ASKED) is None
    assert (
        reply_after(conv(("2026-11-02T10:00:00+00:00", "in"), first_text="x"), NOTE, None) is None
    )
    before_ask = conv(
        ("2026-10-31T10:00:00+00:00", "in"), ("2026-11-02T10:00:00+00:00", "out"), first_text="x"
    )
    assert reply_after(before_ask, NOTE, ASKED) is None
    # 04:00 Pacific on Nov 1 is 11:00 UTC: after the ask, and given as written
    later = conv(("2026-11-01T04:00:00-07:00", "in"), first_text="x")
    assert reply_after(later, NOTE, ASKED) == "2026-11-01T04:00:00-07:00"
    same_moment_other_zone = conv(("2026-11-01T03:00:00-07:00", "in"), first_text="x")
    assert reply_after(same_moment_other_zone, NOTE, ASKED) is None


def test_an_echo_dated_after_the_ask_is_no_reply() -> None:
    """The case the two old copies disagreed on: the owner answers the invitation after
    deciding to ask, so LinkedIn's echo of the note is dated after the ask. Reconcile's copy
    called it a reply; the check's copy did not. It is no reply."""
    echo_late = conv(("2026-11-02T09:00:00+00:00", "in"))
    assert reply_after(echo_late, NOTE, ASKED) is None
    assert not answered(echo_late, NOTE, ASKED, None)
    real = conv(("2026-11-02T09:00:00+00:00", "in"), ("2026-11-03T09:00:00+00:00", "in"))
    assert reply_after(real, NOTE, ASKED) == "2026-11-03T09:00:00+00:00"
    # the same first message is a reply when it is not the note
    assert reply_after(echo_late, "a different note", ASKED) == "2026-11-02T09:00:00+00:00"


def test_answered_by_hand_needs_words() -> None:
    assert reply_recorded("we met at the meetup")
    assert not reply_recorded("   ")
    assert not reply_recorded(None)
    assert answered(None, NOTE, ASKED, "by phone: a former colleague")
    assert not answered(None, NOTE, ASKED, "  ")


# ----- a follow-up is due ------------------------------------------------------------------


def test_a_follow_up_is_due_after_whole_calendar_days_without_an_answer() -> None:
    assert follow_up_due("2026-11-01T23:30:00+00:00", "2026-11-15", 14, False) == 14
    assert follow_up_due("2026-11-01T23:30:00+00:00", "2026-11-14", 14, False) is None
    assert follow_up_due("2026-11-01T00:10:00+00:00", "2026-12-01", 14, False) == 30
    assert follow_up_due("2026-11-01T00:10:00+00:00", "2026-12-01", 14, True) is None  # answered
    assert follow_up_due(None, "2026-12-01", 14, False) is None  # never asked
    assert follow_up_due("not a date", "2026-12-01", 14, False) is None
