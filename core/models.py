"""Domain records shared by every part of linkvet (importers, store, analysis, front ends).

Plain dataclasses with `to_dict` / `from_dict` so the store can keep them as JSON documents.
Words follow DESIGN.md: owner, contact, connection, invitation, sender, match, pattern,
check, verdict, decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import cache
from typing import Any, Literal, Self, get_args

ExportStatus = Literal["pending", "accepted"]
CheckState = Literal["pass", "fail", "unknown"]
VerdictWord = Literal["accept", "decline", "ask"]
Confidence = Literal["certain", "likely", "possible"]
ContactSource = Literal["connection", "address_book", "correspondent", "invited"]
# The mass-invite pattern kinds (core.patterns detects them), most telling first: patterns of
# equal severity and size are listed in this order. The one list of them.
PatternKind = Literal["fanout", "campaign", "burst", "template", "reinvite"]
PATTERN_KINDS: tuple[str, ...] = get_args(PatternKind)

NO_NAME = "(no name)"

CHECK_IDS: tuple[str, ...] = (
    "known",
    "note",
    "network_tap",
    "two_way",
    "quality",
    "mass_invite",
    "rapport",
)


def _plain(value: Any) -> Any:
    """A JSON-ready copy of a field value: records become dicts, lists and dicts are copied."""
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@cache
def _field_set(cls: type) -> frozenset[str]:
    return frozenset(_field_names(cls))


class Record:
    """Mixin: JSON round trip that ignores unknown keys (newer schema) and fills defaults."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (nested records and lists copied); much faster than asdict()."""
        kind: type = type(self)  # classes hash by identity: a fine cache key
        return {name: _plain(getattr(self, name)) for name in _field_names(kind)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        kind: type = cls
        names = _field_set(kind)
        if data.keys() <= names:  # the usual case: written by this schema
            return cls(**data)
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Person(Record):
    """Someone on the other side of an invitation: sender, or the owner as recipient."""

    name: str
    profile_url: str | None = None
    headline: str | None = None
    company: str | None = None
    email: str | None = None
    urn: str | None = None  # LinkedIn member id from a URN column (Jul-Sep 2023 exports)

    @property
    def label(self) -> str:
        """The name to show: rows without one are kept, and shown as "(no name)"."""
        return self.name or NO_NAME


@dataclass(slots=True)
class Owner(Record):
    """The person whose LinkedIn export it is; several owners make team mode."""

    id: str  # short stable key, e.g. the profile slug or a slug of the name
    name: str
    profile_url: str | None = None
    company: str | None = None
    headline: str | None = None
    export_date: str | None = None  # ISO date of the newest export imported for this owner
    has_connections: bool = False  # a Connections.csv was imported for this owner
    invitations_export: str | None = None  # ISO date of the newest export with Invitations.csv
    url_identity: bool = True  # False when invitations carried no usable profile URLs
    # newest timestamp in the newest export's files: tells, on the export's own day, whether
    # it was made after a decision (see core.triage.status)
    export_newest: str | None = None
    provisional: bool = False  # "you", before any file said whose data this is


def merge_owners(base: Owner, extra: Owner) -> Owner:
    """One owner record from two views of the same person: `base`'s descriptive fields win,
    `extra` fills the gaps; connections known if either knew them; newest export dates."""
    merged = replace(base)
    for name in ("name", "profile_url", "company", "headline"):
        if not getattr(merged, name):
            setattr(merged, name, getattr(extra, name))
    merged.has_connections = base.has_connections or extra.has_connections
    if not base.invitations_export:
        merged.url_identity = extra.url_identity  # only an invitations file can tell
    merged.export_date = max(filter(None, [base.export_date, extra.export_date]), default=None)
    merged.export_newest = max(
        filter(None, [base.export_newest, extra.export_newest]), default=None
    )
    merged.provisional = base.provisional and extra.provisional
    merged.invitations_export = max(
        filter(None, [base.invitations_export, extra.invitations_export]), default=None
    )
    return merged


@dataclass(slots=True)
class Invitation(Record):
    """One invitation row. Only INCOMING ones are triaged; OUTGOING ones are 'people I invited'."""

    id: str  # short, stable across re-imports (see core.invitations)
    owner_id: str
    direction: Literal["INCOMING", "OUTGOING"]
    sender: Person  # for OUTGOING rows: the owner
    recipient: Person  # for INCOMING rows: the owner
    sent_at: str | None  # ISO 8601 with offset (US Pacific for LinkedIn exports)
    sent_at_raw: str
    message: str = ""
    export_status: ExportStatus = "pending"  # accepted = sender is a connection per the export
    mutual_connections: int | None = None  # None means unknown, never zero
    source: str = ""  # file it came from, for the data-health view
    # ISO date of the newest export whose Invitations.csv listed it (None: never in one)
    last_seen_export: str | None = None
    # when the sender was first seen as a connection: the export's date, and the
    # connection's own "Connected On" day (evidence for `done`, core.triage.status)
    accepted_seen: str | None = None
    connected_on: str | None = None
    legacy: bool = False  # stored by schema 1, whose ids merged same-name people

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Invitation:
        data = dict(data)
        data["sender"] = Person.from_dict(data["sender"])
        data["recipient"] = Person.from_dict(data["recipient"])
        return super(Invitation, cls).from_dict(data)


@dataclass(slots=True)
class Contact(Record):
    """Someone an owner knows: connection, address-book entry, correspondent, or invitee."""

    id: str
    owner_id: str
    source: ContactSource
    name: str
    first_name: str = ""
    last_name: str = ""
    emails: list[str] = field(default_factory=list)
    profile_url: str | None = None
    company: str | None = None
    title: str | None = None
    connected_on: str | None = None  # ISO date, connections only
    phones: list[str] = field(default_factory=list)
    urn: str | None = None  # member id, for invitees known only by URN
    aliases: list[str] = field(default_factory=list)  # other names rows of it carried
    files: list[str] = field(default_factory=list)  # the files it was read from
    legacy: bool = False  # stored by schema 1, which merged address-book rows by name


@dataclass(slots=True)
class Conversation(Record):
    """Per-counterpart message counts for one owner (for the rapport check).

    `events` holds [iso_timestamp, "in" | "out"] pairs in time order, sponsored/InMail rows
    excluded; `first_text` is the first message's text (to recognise the echoed invitation note).
    """

    id: str
    owner_id: str
    counterpart_name: str
    counterpart_url: str | None = None
    sent: int = 0  # owner -> counterpart
    received: int = 0  # counterpart -> owner
    first_at: str | None = None
    last_at: str | None = None
    first_text: str = ""
    first_direction: Literal["in", "out", ""] = ""
    events: list[list[str]] = field(default_factory=list)


@dataclass(slots=True)
class ImportedFile(Record):
    """The account of one imported file, kept so that `health` can name what an import
    could not read until the file is imported again without it."""

    id: str  # from the file's name and kind (a re-import of the same file replaces it)
    path: str
    kind: str
    at: str  # ISO timestamp of the import
    rows_read: int = 0
    imported: int = 0
    refused: int = 0  # rows not imported, each a row problem with its line
    refused_lines: list[list[Any]] = field(default_factory=list)  # [line, reason], first 20
    gaps: list[str] = field(default_factory=list)  # notes on rows kept with a gap
    ignored: str | None = None  # a LinkedIn file of an export that was not read, and why


@dataclass(slots=True)
class Match(Record):
    """A sender -> contact candidate with a 0-100 score and human-readable evidence."""

    contact_id: str
    name: str
    company: str | None
    email: str | None
    profile_url: str | None
    source: str
    score: int  # 0-100: the posterior in percent (100 for an identity key or a manual link)
    confidence: Confidence
    evidence: list[str] = field(default_factory=list)
    posterior: float | None = None  # P(the sender is this contact), all candidates competing
    owners: list[str] = field(default_factory=list)  # lookups: owner ids holding this person
    sources: list[str] = field(default_factory=list)  # lookups: every source holding them
    also: list[str] = field(default_factory=list)  # lookups: the person's other contact ids


@dataclass(slots=True)
class MatchResult(Record):
    """Who a sender is to the owner: best known contact, other candidates, warning flags."""

    known_contact: Match | None = None
    candidates: list[Match] = field(default_factory=list)
    ambiguous: bool = False  # two contacts tie: never auto-link
    flags: list[str] = field(default_factory=list)  # e.g. "possible_duplicate_profile"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MatchResult:
        known = data.get("known_contact")
        return cls(
            known_contact=Match.from_dict(known) if known else None,
            candidates=[Match.from_dict(c) for c in data.get("candidates", [])],
            ambiguous=bool(data.get("ambiguous", False)),
            flags=list(data.get("flags", [])),
        )


@dataclass(slots=True)
class Pattern(Record):
    """A detected mass-invite group of one of the PATTERN_KINDS."""

    id: str
    kind: PatternKind
    members: list[str]  # invitation ids
    company: str | None
    window_start: str | None  # ISO
    window_end: str | None
    evidence: list[str] = field(default_factory=list)
    severity: int = 1  # 1 (weak) .. 5 (strong)
    sender: str | None = None  # display name when the pattern is about one sender
    masked_note: str | None = None  # for template patterns
    counts: dict[str, int] = field(default_factory=dict)  # people, recruiters, senders, ...


@dataclass(slots=True)
class Check(Record):
    """One of the seven considerations evaluated for an invitation."""

    id: str
    state: CheckState
    evidence: list[str] = field(default_factory=list)
    manual: bool = False  # True when the user overrode the computed state


@dataclass(slots=True)
class Verdict(Record):
    """The recommendation, with a confidence 0..1 and the reasons that drove it."""

    verdict: VerdictWord
    confidence: float
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class HistoryEvent(Record):
    """One journal line: a decision change, an override, an undo marker, an ask reply, a
    manual link (`after` = the contact id the user says the sender is)."""

    seq: int
    at: str  # ISO timestamp, UTC
    kind: Literal["decision", "override", "undo", "reply", "snooze", "carried_out", "link"]
    invitation_id: str
    before: str | None = None
    after: str | None = None
    note: str | None = None
    who: str = ""  # OS user / owner acting
    batch: str | None = None  # bulk actions share a batch id so undo reverts them as one step
    undoes: int | None = None  # for kind == "undo": the seq it reverts
    check: str | None = None  # for kind == "override": which check
    context: dict[str, Any] | None = None  # evidence at decision time (known, dialogue count)


@dataclass(slots=True)
class Derived(Record):
    """What an import works out once per incoming invitation, so that one invitation's view
    reads only its own records: the match, the conversation with the sender, the other
    invitations from the same person, and the patterns it is part of (core.derived)."""

    id: str  # the invitation's id
    match: MatchResult = field(default_factory=MatchResult)
    conversation: str | None = None  # id of the conversation with the sender
    same_person: list[str] = field(default_factory=list)  # other invitations, same sender
    patterns: list[str] = field(default_factory=list)  # pattern ids, most severe first

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Derived:
        data = dict(data)
        data["match"] = MatchResult.from_dict(data.get("match") or {})
        return super(Derived, cls).from_dict(data)
