"""The "ask" message: a polite question to an invitation's sender that fits what the note says.

The note is read (`core.notes`) and one of the `[ask]` templates is chosen: it acknowledges
what the note names (an event, a person, a school, a role, a company) and asks the one thing
still unknown (how you know each other, which company the role is with, which role a job
seeker means...). Placeholders are filled as plain data, never as a format string: `{{`/`}}`
give literal braces; sender text stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from linkvet.core.checklist.context import Context
from linkvet.core.names import first_name
from linkvet.core.notes import NoteReading, read_note

BASE_PLACEHOLDERS = ("first_name", "owner_name", "note")
_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_VALUE_CHARS = 60  # a quoted role, company or event longer than this is cut

DEFAULT_TEMPLATE = (
    "Hi {first_name}, thanks for the invitation. I keep my network to people I know or have "
    "worked with. How do we know each other, or what would you like to talk about?\n"
    "Best, {owner_name}"
)
_SIGN = "\nBest, {owner_name}"


@dataclass(slots=True)
class AskSettings:
    """Config `[ask]`: the message templates, one per situation, and the reply wait."""

    template: str = DEFAULT_TEMPLATE
    """When the note says nothing to go on. Placeholders: {first_name}, {owner_name}, {note}."""
    event_template: str = (
        "Hi {first_name}, thanks for the invitation and for mentioning {event}. Remind me where "
        "we talked, and what would you like to discuss?" + _SIGN
    )
    """The note names an event ({event})."""
    person_template: str = (
        "Hi {first_name}, thanks for the invitation. How do you know {person}, and what would "
        "you like to talk about?" + _SIGN
    )
    """The note names someone you may both know ({person})."""
    school_template: str = (
        "Hi {first_name}, thanks for reaching out about {school}. What would you like to know? "
        "Happy to help if I can." + _SIGN
    )
    """The note asks about a school ({school})."""
    question_template: str = (
        "Hi {first_name}, thanks for the invitation. Happy to help: what exactly would you "
        "like to know?" + _SIGN
    )
    """The note asks you something specific."""
    role_template: str = (
        "Hi {first_name}, thanks for reaching out about the {role} role. Which company is it "
        "with, and could you send me the job description?" + _SIGN
    )
    """A recruiter names a role ({role}) but no company."""
    company_template: str = (
        "Hi {first_name}, thanks for reaching out from {company}. Which role do you have in "
        "mind for me?" + _SIGN
    )
    """A recruiter names a company ({company}) but no role."""
    job_template: str = (
        "Hi {first_name}, thanks for reaching out about the {role} role at {company}. Could "
        "you send me the job description?" + _SIGN
    )
    """A recruiter names the role ({role}) and the company ({company})."""
    candidate_template: str = (
        "Hi {first_name}, thanks for your interest in the {role} role. Have you applied yet? "
        "Send me the job reference and I will take a look." + _SIGN
    )
    """A job seeker names the role ({role})."""
    seeker_template: str = (
        "Hi {first_name}, thanks for reaching out. Which role or team are you interested in, "
        "and have you applied yet?" + _SIGN
    )
    """A job seeker names no role."""
    call_template: str = (
        "Hi {first_name}, thanks for the invitation. Which firm and which client is the "
        "consultation for, and on what topic?" + _SIGN
    )
    """A paid consultation or expert-network call."""
    speak_template: str = (
        "Hi {first_name}, thanks for the invitation to speak. Could you send me the event, the "
        "date, the audience and the format?" + _SIGN
    )
    """An invitation to speak, judge or mentor."""
    follow_up_days: int = 14  # An ask with no reply after this many days becomes decline.
    fallback_first_name: str = "there"  # Used for {first_name} when the sender's name has none.
    max_note_chars: int = 300  # {note} is cut to this many characters.

    def validate(self) -> None:
        """Raise ValueError for an unknown placeholder, a stray brace or bad numbers."""
        for name, extra in VARIANTS.values():
            template = getattr(self, name)
            allowed = (*BASE_PLACEHOLDERS, *extra)
            for match in _FIELD.finditer(template):
                token = match.group(0)
                if token in ("{{", "}}"):
                    continue
                if match.group(1) is None:
                    raise ValueError(
                        f"{name} has a stray {token!r} (write {token * 2} for a brace)"
                    )
                if match.group(1) not in allowed:
                    raise ValueError(
                        f"{name} placeholder {{{match.group(1)}}} is unknown "
                        f"(known here: {', '.join('{' + p + '}' for p in allowed)})"
                    )
        if self.follow_up_days < 1:
            raise ValueError("follow_up_days must be at least 1")
        if self.max_note_chars < 0:
            raise ValueError("max_note_chars must not be negative")


# situation -> (template field, the placeholders it fills besides the base ones)
VARIANTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "unknown": ("template", ()),
    "event": ("event_template", ("event",)),
    "person": ("person_template", ("person",)),
    "school": ("school_template", ("school",)),
    "question": ("question_template", ()),
    "role": ("role_template", ("role",)),
    "company": ("company_template", ("company",)),
    "job": ("job_template", ("role", "company")),
    "candidate": ("candidate_template", ("role",)),
    "seeker": ("seeker_template", ()),
    "call": ("call_template", ("company",)),
    "speak": ("speak_template", ("event",)),
}
TEMPLATE_FIELDS = tuple(f.name for f in fields(AskSettings) if f.name.endswith("template"))

# What each situation still needs to know, for the verdict's reasons.
QUESTIONS: dict[str, str] = {
    "unknown": "ask them how you know each other",
    "event": "ask where you talked and what they would like to discuss",
    "person": "ask how they know the person they name",
    "school": "ask what they would like to know",
    "question": "ask what exactly they would like to know",
    "role": "ask which company the role is with",
    "company": "ask which role they have in mind",
    "job": "ask for the job description",
    "candidate": "ask whether they have applied",
    "seeker": "ask which role they are interested in",
    "call": "ask which firm and client the consultation is for",
    "speak": "ask for the event, date, audience and format",
}


def situation(reading: NoteReading) -> str:
    """Which ask variant fits a note reading (see VARIANTS)."""
    category, kind = reading.category, reading.kind
    if category == "event":
        return "speak" if kind == "invitation" else "event"
    if category == "personal":
        if reading.person:
            return "person"
        if kind == "school" and reading.school:
            return "school"
        return "question" if kind == "school" else "unknown"
    if category == "generic" and kind == "request":
        return "question"
    if category == "recruiter":
        if kind == "paid_call":
            return "call"
        if reading.stance == "decline":
            return "unknown"
        if reading.role and reading.company:
            return "job"
        if reading.role:
            return "role"
        return "company" if reading.company else "unknown"
    if category == "candidate":
        return "candidate" if reading.role else "seeker"
    return "unknown"


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


def _value(text: str | None, fallback: str) -> str:
    """A named thing from the note, on one line and not too long."""
    words = " ".join((text or "").split())
    if len(words) > _VALUE_CHARS:
        words = words[: _VALUE_CHARS - 1].rstrip() + "…"
    return words or fallback


def ask_message(ctx: Context, settings: AskSettings, owner_name: str | None) -> str:
    """The message to send the sender; owner name from the argument, else the Context's owner."""
    reading = read_note(ctx.invitation.message)
    name, _ = VARIANTS[situation(reading)]
    sender_first = first_name(ctx.invitation.sender.name) or settings.fallback_first_name
    owner = owner_name or ctx.owner_name
    note = " ".join((ctx.invitation.message or "").split())
    if len(note) > settings.max_note_chars:
        note = note[: max(settings.max_note_chars - 1, 0)].rstrip() + "…"
    template = getattr(settings, name)
    if not owner:
        template = re.sub(r",?[ \t]*\{owner_name\}", "", template)
    values = {
        "first_name": sender_first,
        "owner_name": owner or "",
        "note": note,
        "event": _value(reading.event, "the event"),
        "person": _value(reading.person, "the person you mention"),
        "school": _value(reading.school, "the school"),
        "role": _value(reading.role, "the"),
        "company": _value(reading.company, "your company"),
    }
    text = render(template, values)
    return "\n".join(line.rstrip() for line in text.splitlines()).strip()
