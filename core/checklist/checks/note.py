"""Check 2, `note`: does the note give a reason to connect (read by `core.notes`)?

Pass for a shared context (an event, a former colleague, a named mutual person, a shared
school, the recipient's own work), a job seeker or a recruiter naming the role, or a benign
specific question; fail for no note, stock text, a template, a pitch, spam or a staffing
blast; unknown when the note says nothing checkable.
"""

from __future__ import annotations

from linkvet.core.checklist.context import Context
from linkvet.core.models import Check, Pattern
from linkvet.core.notes import LEARNED, NoteReading

# Fixed-wording answers, shared by every evaluation (checks are read-only; see evaluate)
_NO_NOTE = Check("note", "fail", ["no note"])
_STOCK_NOTE = Check("note", "fail", ["LinkedIn's stock invitation text, not a personal note"])

_PASS_WORDS = {
    ("event", "met"): "met you at an event",
    ("personal", "mutual"): "names someone you both know",
    ("personal", "colleague"): "says you worked together",
    ("personal", "school"): "about a school you share or attended",
    ("personal", "your_work"): "refers to your own work",
    ("generic", "request"): "asks you something specific",
}
_FAIL_WORDS = {"sales": "a sales pitch", "spam": "spam or a scam", "recruiter": "a staffing blast"}


def _said(reading: NoteReading) -> str:
    """The reading's evidence in brackets, or nothing."""
    return f": {reading.evidence}" if reading.evidence else ""


def note_check(reading: NoteReading) -> Check:
    """The `note` check for a reading (no template pattern involved)."""
    category, kind, stance = reading.category, reading.kind, reading.stance
    if category == "empty":
        return _NO_NOTE
    if category == "stock":
        return _STOCK_NOTE
    if kind == LEARNED:  # no cue matched: the model's words, never a rule's claim
        said = [f"no cue phrase; {reading.evidence}"]
        return Check("note", "pass", said) if stance == "accept" else Check("note", "fail", said)
    if stance == "decline":
        what = _FAIL_WORDS.get(category, "no reason to connect")
        if category == "recruiter" and kind in ("visa", "bench", "unpaid"):
            what = {"visa": "a visa-staffing blast", "bench": "a bench-sales blast"}.get(
                kind, "an unpaid position"
            )
        return Check("note", "fail", [f"{what}{_said(reading)}"])
    if category == "recruiter" and stance == "role":
        return Check("note", "pass", [f"a recruiter naming the role and company{_said(reading)}"])
    if category == "candidate" and stance == "accept":
        return Check("note", "pass", [f"a job seeker naming the role{_said(reading)}"])
    if stance == "accept":
        words = _PASS_WORDS.get((category, kind), "gives a personal reason")
        return Check("note", "pass", [f"personal note: {words}{_said(reading)}"])
    if category == "generic":
        return Check(
            "note",
            "unknown",
            [f"a generic networking line{_said(reading)}: it says nothing about why"],
        )
    return Check("note", "unknown", [f"a note to check ({category}){_said(reading)}"])


def check_note(ctx: Context, reading: NoteReading, member_of: list[Pattern]) -> Check:
    """Fail on a template (a template pattern in `member_of`, the patterns listing the
    invitation), else the reading's answer."""
    for pattern in member_of:
        if pattern.kind == "template":
            who = f" by {pattern.sender}" if pattern.sender else ""
            return Check(
                "note",
                "fail",
                [f"a template note{who}, sent to {len(pattern.members)} people"],
            )
    return note_check(reading)
