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
from typing import ClassVar

from linkvet.core.checklist.context import Context
from linkvet.core.names import first_name
from linkvet.core.notes import NoteReading, read_note
from linkvet.core.setting import Table, setting

BASE_PLACEHOLDERS = ("first_name", "owner_name", "note")
_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_VALUE_CHARS = 60  # a quoted role, company or event longer than this is cut

DEFAULT_TEMPLATE = (
    "Hi {first_name}, thanks for the invitation. I keep my network to people I know or have "
    "worked with. How do we know each other, or what would you like to talk about?\n"
    "Best, {owner_name}"
)
_SIGN = "\nBest, {owner_name}"


def check_template(key: str, template: str) -> str | None:
    """What is wrong with an `[ask]` template: a placeholder it does not fill, a stray brace."""
    allowed = (*BASE_PLACEHOLDERS, *PLACEHOLDERS[key])
    for match in _FIELD.finditer(template):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        if match.group(1) is None:
            return f"has a stray {token!r} (write {token * 2} for a brace)"
        if match.group(1) not in allowed:
            known = ", ".join("{" + p + "}" for p in allowed)
            return f"placeholder {{{match.group(1)}}} is unknown (known here: {known})"
    return None


def _template(default: str, doc: str) -> str:
    return setting(default, doc=doc, check=check_template)


@dataclass(slots=True)
class AskSettings:
    """Config `[ask]`: the message templates, one per situation, and the reply wait."""

    TABLE: ClassVar[Table] = Table(
        "ask",
        "The message you send when you ask: one template per situation the note shows "
        "(nothing to go on, an event, a person, a school, a role...). {first_name}, "
        "{owner_name} and {note} work everywhere; the others where the comment says.",
    )

    template: str = _template(
        DEFAULT_TEMPLATE,
        "When the note says nothing to go on. Placeholders: {first_name}, {owner_name}, {note}.",
    )
    event_template: str = _template(
        "Hi {first_name}, thanks for the invitation and for mentioning {event}. Remind me where "
        "we talked, and what would you like to discuss?" + _SIGN,
        "The note names an event ({event}).",
    )
    person_template: str = _template(
        "Hi {first_name}, thanks for the invitation. How do you know {person}, and what would "
        "you like to talk about?" + _SIGN,
        "The note names someone you may both know ({person}).",
    )
    school_template: str = _template(
        "Hi {first_name}, thanks for reaching out about {school}. What would you like to know? "
        "Happy to help if I can." + _SIGN,
        "The note asks about a school ({school}).",
    )
    question_template: str = _template(
        "Hi {first_name}, thanks for the invitation. Happy to help: what exactly would you "
        "like to know?" + _SIGN,
        "The note asks you something specific.",
    )
    role_template: str = _template(
        "Hi {first_name}, thanks for reaching out about the {role} role. Which company is it "
        "with, and could you send me the job description?" + _SIGN,
        "A recruiter names a role ({role}) but no company.",
    )
    company_template: str = _template(
        "Hi {first_name}, thanks for reaching out from {company}. Which role do you have in "
        "mind for me?" + _SIGN,
        "A recruiter names a company ({company}) but no role.",
    )
    job_template: str = _template(
        "Hi {first_name}, thanks for reaching out about the {role} role at {company}. Could "
        "you send me the job description?" + _SIGN,
        "A recruiter names the role ({role}) and the company ({company}).",
    )
    candidate_template: str = _template(
        "Hi {first_name}, thanks for your interest in the {role} role. Have you applied yet? "
        "Send me the job reference and I will take a look." + _SIGN,
        "A job seeker names the role ({role}).",
    )
    seeker_template: str = _template(
        "Hi {first_name}, thanks for reaching out. Which role or team are you interested in, "
        "and have you applied yet?" + _SIGN,
        "A job seeker names no role.",
    )
    call_template: str = _template(
        "Hi {first_name}, thanks for the invitation. Which firm and which client is the "
        "consultation for, and on what topic?" + _SIGN,
        "A paid consultation or expert-network call ({company}).",
    )
    speak_template: str = _template(
        "Hi {first_name}, thanks for the invitation to speak. Could you send me the event, the "
        "date, the audience and the format?" + _SIGN,
        "An invitation to speak, judge or mentor ({event}).",
    )
    follow_up_days: int = setting(
        14, doc="An ask with no reply after this many days becomes decline.", minimum=1
    )
    fallback_first_name: str = setting(
        "there", doc="Used for {first_name} when the sender's name has none."
    )
    max_note_chars: int = setting(300, doc="{note} is cut to this many characters.", minimum=0)


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
# template field -> the placeholders it fills besides the base ones
PLACEHOLDERS: dict[str, tuple[str, ...]] = dict(VARIANTS.values())
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
