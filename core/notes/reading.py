"""Read an invitation note for what it says: its category, the words that decided it, and
what it names (role, company, event, person, school).

Categories: `empty`, `stock` (LinkedIn's own text), `personal` (a shared context: worked
together, a named mutual person, a shared school, the recipient's own work or school asked
about), `event` (met at or came from an event), `candidate` (a job seeker), `recruiter` (a
recruiter's approach, from a concrete role at a named company down to a staffing blast),
`sales` (a sales, service, course or booking pitch), `spam` (scams, pay-for-a-job offers,
network padding, the bare "how are you?" opener), `generic` (a networking line that says
nothing about the sender's reason). A pitch is never "personal" because it asks a question or
greets the recipient by name: only the context phrases in `core.notes.cues` make a note
personal.

The reading's `stance` is what the note alone suggests to the verdict: `decline`, `accept`,
`ask`, `role` (a recruiter naming role and company: the owner's setting decides) or
`generic` (a line that says nothing, or stock text: the owner's setting decides), `none`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from linkvet.core.notes.cues import CUES, GREETING_WORDS, HOW_ARE_YOU
from linkvet.core.notes.entities import (
    find_company,
    find_event,
    find_event_near,
    find_person,
    find_role,
    find_school,
    written,
)
from linkvet.core.notes.learned import learned_reading
from linkvet.core.notes.matcher import CueMatcher
from linkvet.core.notes.stock import is_stock_note
from linkvet.core.roles import DEFAULT_ROLES
from linkvet.core.text import fold, plain_words

CATEGORIES: Final = (
    "empty",
    "stock",
    "personal",
    "event",
    "candidate",
    "recruiter",
    "sales",
    "spam",
    "generic",
)
STANCES: Final = ("none", "generic", "accept", "ask", "role", "decline")
_ARTICLE: Final = {c: "an" if c[0] in "aeiou" else "a" for c in CATEGORIES}
LEARNED: Final = "learned"  # the kind of a reading made by the learned model, not a cue rule

_CUES: Final = CueMatcher(CUES)
_TIME_WORDS = re.compile(
    r"\b(?:today|yesterday|last (?:week|month|night|weekend|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|this (?:morning|week)|earlier today|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|hier|gestern|ayer|ontem|"
    r"kal|(?:la )?semana pasada|semana passada|la semaine derniere|letzte woche|"
    r"(?:la )?semaine passee|on (?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)|vorige week|gisteren|"
    r"(?:el|este|o|no|na|neste|nesta) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|seg"
    r"unda|terca|quarta|quinta|sexta)|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) dernier|ieri|settimana "
    r"scorsa|el finde|el fin de semana|(?:this|last) weekend|le week-end dernier|am wochenende|no "
    r"fim de semana)\b"
)
# "I think we worked together?? maybe": a context the writer is unsure of is not checkable yet.
_HEDGE = re.compile(
    r"\b(?:i think|maybe|not sure|if i remember|perhaps|probably|might have|je crois|peut-etre|"
    r"vielleicht|glaube ich|creo que|quizas|talvez|acho que)\b"
)
# "I'm a technical recruiter at", "this is Kavya from ...": the writer says what they are.
_SELF = re.compile(
    r"(?<![a-z])(?:i am|i'm|im|i m|i work as|we are|we're|this is [a-z]+,?|my name is [a-z]+,?"
    r"(?: and)? i(?:'m| am)|je suis|ich bin|wir sind|soy|somos|sou|somos|main|mai) "
    r"(?:a |an |the |un |une |ein |eine |einer |uma? |una? )?((?:\S+ ){0,3}\S+)"
)
_RECRUITER_ONLY = frozenset(
    {"resume", "blast", "bench", "staffing", "visa", "self", "client", "paid_call", "unpaid"}
)
# Contexts a cold pitch uses as its hook: a compliment on the recipient's work, a shared school.
_HOOKS = frozenset({"your_work", "school"})
_REQUEST_WORDS = 12  # a question shorter than this ("can you help me?") says too little
_CLIENT_NAMED = re.compile(
    r"(?:client,?|im auftrag von|on behalf of|pour le compte de|en nombre de|em nome de)\s+"
    r"([A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+){0,2})"
)

_LABELS: Final[dict[str, str]] = {
    "spam.pay_for_job": "pays-for-a-job offer",
    "spam.money": "money or crypto scheme",
    "spam.contact_elsewhere": "moves you to another app",
    "spam.group": "group or channel spam",
    "spam.padding": "network padding",
    "spam.romance": "a stranger's personal opener",
    "sales.service": "service pitch",
    "sales.product": "product pitch",
    "sales.career_service": "career-service pitch",
    "sales.event_marketing": "event marketing",
    "sales.promo": "self-promotion",
    "sales.finance": "financial-product pitch",
    "sales.booking": "asks for a call",
    "sales.opener": "sales opener",
    "sales.contact": "contact details",
    "recruiter.approach": "recruiter approach",
    "recruiter.self": "says they recruit",
    "recruiter.bench": "bench-sales blast",
    "sales.self": "says they sell",
    "recruiter.resume": "asks for your resume",
    "recruiter.blast": "staffing blast",
    "recruiter.staffing": "staffing agency",
    "recruiter.visa": "visa or sponsorship offer",
    "recruiter.paid_call": "paid consultation",
    "recruiter.unpaid": "unpaid position",
    "recruiter.client": "for an unnamed client",
    "candidate.seeking": "looking for a job",
    "candidate.applied": "applied or interested in a role",
    "candidate.referral": "asks for a referral",
    "candidate.mine": "sends their resume",
    "event.met": "met you",
    "event.invitation": "invites you to speak",
    "event.noun": "an event",
    "personal.colleague": "worked with you",
    "personal.school": "shared school",
    "personal.school_word": "your school",
    "personal.your_work": "your work",
    "personal.mutual": "a mutual contact",
    "request.advice": "asks you something specific",
    "request.press": "a press request",
    "generic.line": "generic networking line",
}


@dataclass(frozen=True, slots=True)
class NoteReading:
    """What one note says: category, finer kind, stance, the deciding cues and named things."""

    category: str
    kind: str
    stance: str
    cues: tuple[tuple[str, str], ...] = ()  # (cue group, the words as found), deciding first
    role: str | None = None
    company: str | None = None
    event: str | None = None
    person: str | None = None
    school: str | None = None
    checkable: bool = False  # names something the owner can verify (an event, a person...)
    extra: tuple[str, ...] = field(default=())  # further plain-word facts for the evidence

    @property
    def evidence(self) -> str:
        """One line quoting the words that decided the reading."""
        parts = [f'{_LABELS.get(group, group)} ("{words}")' for group, words in self.cues[:3]]
        for label, value in (
            ("role", self.role),
            ("company", self.company),
            ("event", self.event),
            ("person", self.person),
            ("school", self.school),
        ):
            if value:
                parts.append(f'{label} "{value}"')
        parts.extend(self.extra)
        return "; ".join(parts)


_EMPTY = NoteReading("empty", "none", "none")
_NO_WORDS = NoteReading("generic", "empty", "generic", extra=("no words, only punctuation",))
_STOCK = NoteReading("stock", "stock", "generic", extra=("LinkedIn's stock invitation text",))


def _quote(note: str, folded_hit: str) -> str:
    """The hit as written in the note when it can be found there, else as folded."""
    text = written(note)
    lowered = text.casefold()
    at = lowered.find(folded_hit) if len(lowered) == len(text) else -1
    return text[at : at + len(folded_hit)] if at >= 0 else folded_hit


@lru_cache(maxsize=16384)
def read_note(note: str | None) -> NoteReading:
    """Read a note (untrusted text, any language linkvet knows) for what it says: the cue
    rules first; a note they find nothing in is read by the learned model when it is sure."""
    reading = read_rules(note)
    if (reading.category, reading.kind) != ("generic", "line") or not note:
        return reading
    found = learned_reading(note)
    if found is None:
        return reading
    said = ", ".join(f'"{w}"' for w in found.words)
    return NoteReading(
        found.category,
        LEARNED,
        found.decision,
        extra=(f"reads like {_ARTICLE[found.category]} {found.category} note "
               f"({found.probability:.0%} sure, learned from labelled notes; words {said})",),
    )  # fmt: skip


@lru_cache(maxsize=16384)
def read_rules(note: str | None) -> NoteReading:
    """The cue rules' reading alone (no learned model): what `read_note` starts from."""
    if not note or not note.strip():
        return _EMPTY
    if not plain_words(note):
        return _NO_WORDS
    if is_stock_note(note):
        return _STOCK
    folded = fold(note)
    hits = {group: _quote(note, words) for group, words in _CUES.hits(folded).items()}
    for m in _SELF.finditer(folded):
        said = m.group(1)
        for group, matcher in (
            ("recruiter.self", DEFAULT_ROLES.recruiter_words),
            ("sales.self", DEFAULT_ROLES.seller_words),
        ):
            word = matcher.find(said)
            if word and group not in hits:
                hits[group] = _quote(note, word)
    return _decide(note, folded, hits)


def _cues(hits: dict[str, str], *groups: str) -> tuple[tuple[str, str], ...]:
    """The hits of these groups, in the order given."""
    return tuple((g, hits[g]) for g in groups if g in hits)


def _any(hits: dict[str, str], prefix: str, *names: str) -> bool:
    return any(f"{prefix}.{n}" in hits for n in names)


def _is_opener(folded: str) -> bool:
    """A whole note of greeting words with "how are you": the scam accounts' first line."""
    words = plain_words(folded).split()
    if not words or len(words) > 10 or not any(h in folded for h in HOW_ARE_YOU):
        return False
    unknown = [w for w in words if w not in GREETING_WORDS]
    return len(unknown) <= 1  # the recipient's name


def _decide(note: str, folded: str, hits: dict[str, str]) -> NoteReading:
    """The category rules, in order; see the module docstring."""
    spam = ("pay_for_job", "money", "contact_elsewhere", "group", "padding", "romance")
    if _any(hits, "spam", *spam):
        found = _cues(hits, *(f"spam.{n}" for n in spam))
        kind = found[0][0].split(".")[1]
        return NoteReading("spam", kind, "decline", found)
    if _is_opener(folded):
        return NoteReading("spam", "opener", "decline", extra=('only "how are you?"',))
    strong = ("service", "product", "career_service", "event_marketing", "promo", "finance")
    if "recruiter.paid_call" in hits and not _any(hits, "sales", *strong):
        # "$300/hr for a call" is an expert network; "devs at $35/hr" is a staffing pitch
        return NoteReading(
            "recruiter",
            "paid_call",
            "ask",
            _cues(hits, "recruiter.paid_call"),
            company=find_company(note),
        )
    if "request.press" in hits and not _any(hits, "sales", *strong):
        # a reporter asking for a quote: plausible, but who they write for needs checking
        return NoteReading("generic", "press", "ask", _cues(hits, "request.press"))
    if "event.invitation" in hits:
        return NoteReading(
            "event", "invitation", "ask", _cues(hits, "event.invitation"), event=find_event(note)
        )
    context = _context(note, hits)
    if "recruiter.self" in hits and "sales.self" not in hits and _role(note, folded):
        # "soy reclutadora en X y buscamos un Responsable ... para nuestra plataforma": a
        # recruiter naming the role, whatever product words the job itself has
        hits = {g: w for g, w in hits.items() if not g.startswith("sales.")}
    if _any(hits, "sales", *strong):
        found = _cues(hits, *(f"sales.{n}" for n in (*strong, "opener", "booking")))
        kind = found[0][0].split(".")[1]
        if context is not None and context.kind not in _HOOKS:
            # a pitch from someone who also names a context the owner can check (met them,
            # worked together, a named person): worth a question before a decline
            return NoteReading(
                "sales", kind, "ask", found + context.cues, extra=("mixed with a shared context",)
            )
        if context is not None:  # "loved your post", "fellow alum": the hook of a cold pitch
            return NoteReading(
                "sales", kind, "decline", found + context.cues, extra=("a pitch behind a hook",)
            )
        return NoteReading("sales", kind, "decline", found)
    if context is not None and context.kind in _HOOKS and _any(hits, "sales", "opener", "booking"):
        found = _cues(hits, "sales.opener", "sales.booking")
        return NoteReading(
            "sales", "opener", "ask", found + context.cues, extra=("a hook before an offer",)
        )
    recruiter = [g for g in hits if g.startswith("recruiter.")]
    candidate = [g for g in hits if g.startswith("candidate.")]
    # An approach phrase alone ("open positions") may be a job seeker's or an event contact's
    # words; these say a recruiter wrote the note.
    written_by_recruiter = any(g.split(".")[1] in _RECRUITER_ONLY for g in recruiter)
    if recruiter and len(recruiter) > len(candidate) and (written_by_recruiter or context is None):
        return _recruiter(note, folded, hits)
    if context is not None and context.checkable:
        # met at a named event, a former colleague, a fellow student: a checkable shared
        # context decides, even when the sender also asks about jobs (point 7 of the brief)
        return context
    if candidate:
        role = _role(note, folded)
        found = _cues(hits, *candidate)
        # A job seeker naming a role they applied for (or a posted one) is specific; one who
        # only says what they look for is not yet.
        specific = bool(role) and "candidate.applied" in hits
        return NoteReading(
            "candidate",
            found[0][0].split(".")[1],
            "accept" if specific else "ask",
            found,
            role=role,
            company=find_company(note),
        )
    if context is not None:
        return context
    if "sales.self" in hits and not _any(hits, "sales", "booking", "opener"):
        return NoteReading("sales", "self", "ask", _cues(hits, "sales.self", "generic.line"))
    if _any(hits, "sales", "booking", "opener"):
        return NoteReading(
            "sales", "booking", "decline", _cues(hits, "sales.opener", "sales.booking")
        )
    if "request.advice" in hits and "sales.contact" not in hits:
        specific = len(plain_words(folded).split()) >= _REQUEST_WORDS
        return NoteReading(
            "generic", "request", "accept" if specific else "ask", _cues(hits, "request.advice")
        )
    return NoteReading("generic", "line", "generic", _cues(hits, "generic.line"))


def _context(note: str, hits: dict[str, str]) -> NoteReading | None:
    """A shared context the note names (event, colleague, person, school, your work)."""
    met = "event.met" in hits
    event = (find_event(note) or find_event_near(note, hits["event.met"])) if met else None
    timed = met and bool(_TIME_WORDS.search(fold(note)))
    if met and (event or timed):
        return NoteReading(
            "event",
            "met",
            "accept",
            _cues(hits, "event.met", "event.noun"),
            event=event,
            checkable=True,
        )
    person = find_person(note)
    if "personal.mutual" in hits or person:
        return NoteReading(
            "personal",
            "mutual",
            "accept" if person else "ask",
            _cues(hits, "personal.mutual"),
            person=person,
            checkable=bool(person),
        )
    if "personal.colleague" in hits:
        hedged = bool(_HEDGE.search(fold(note)))
        return NoteReading(
            "personal",
            "colleague",
            "ask" if hedged else "accept",
            _cues(hits, "personal.colleague"),
            company=find_company(note),
            checkable=not hedged,
            extra=("the writer is not sure of it",) if hedged else (),
        )
    school = find_school(note)
    if "personal.school" in hits or (
        "request.advice" in hits and (school or "personal.school_word" in hits)
    ):
        return NoteReading(
            "personal",
            "school",
            "accept",
            _cues(hits, "personal.school", "request.advice", "personal.school_word"),
            school=school,
            checkable=True,
        )
    if "personal.your_work" in hits:
        return NoteReading(
            "personal",
            "your_work",
            "accept",
            _cues(hits, "personal.your_work"),
            checkable=True,
        )
    if "event.met" in hits:  # met somewhere unnamed: nothing to check it against
        return NoteReading("event", "met", "ask", _cues(hits, "event.met", "event.noun"))
    return None


def _role(note: str, folded: str) -> str | None:
    """The role the note names, as written in it."""
    role = find_role(folded)
    return _quote(note, role) if role else None


def _recruiter(note: str, folded: str, hits: dict[str, str]) -> NoteReading:
    """A recruiter's approach: how concrete it is decides between accept, ask and decline."""
    role = _role(note, folded)
    company = find_company(note)
    if "recruiter.client" in hits or "recruiter.staffing" in hits:
        named = _CLIENT_NAMED.search(written(note))
        company = named.group(1) if named else None  # the employer is the agency's client
    order = ("visa", "bench", "unpaid", "blast", "staffing", "resume", "approach", "self", "client")
    found = _cues(hits, *(f"recruiter.{n}" for n in order))
    for kind in ("visa", "bench"):
        if f"recruiter.{kind}" in hits:
            return NoteReading("recruiter", kind, "decline", found, role=role, company=company)
    if "recruiter.unpaid" in hits:
        return NoteReading("recruiter", "unpaid", "decline", found, role=role, company=company)
    if not role:
        if company and not _any(hits, "recruiter", "blast", "staffing", "resume"):
            return NoteReading("recruiter", "company", "ask", found, company=company)
        return NoteReading(
            "recruiter", "blast", "decline", found, company=company, extra=("no role named",)
        )
    if company:
        return NoteReading(
            "recruiter", "role_and_company", "role", found, role=role, company=company
        )
    return NoteReading(
        "recruiter", "role", "ask", found, role=role, extra=("no company or client named",)
    )
