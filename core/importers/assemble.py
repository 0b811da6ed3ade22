"""From parsed files to model records: settle each export's owner, assign stable ids, mark
invitations whose sender is already a connection, and fold messages into conversations."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from linkvet.core.identity import name_key, person_key, profile_slug, short_id
from linkvet.core.importers.batch import ImportBatch, InputError
from linkvet.core.importers.dates import local_day
from linkvet.core.importers.parsed import (
    Parsed,
    RawConnection,
    RawContact,
    RawInvitation,
    RawMessage,
)
from linkvet.core.importers.sources import Unit
from linkvet.core.invitations import new_invitation_id
from linkvet.core.models import Contact, Conversation, Invitation, Owner, Person, merge_owners

NO_CONNECTIONS = (
    "no Connections.csv: every incoming invitation is treated as pending; "
    "import Connections.csv to fix"
)
_ERA_TEXT = {
    "none": "Invitations.csv has no profile URL columns (export made before mid-2023)",
    "urns": "Invitations.csv carries member URNs, not profile URLs (Jul-Sep 2023 export)",
    "bare": "Invitations.csv has only bare 'https://www.linkedin.com/in' URLs (export bug)",
}
_URL_FIX = (
    "senders are matched by name only; import a newer LinkedIn export (Dec 2023 or later, "
    "Invitations.csv with inviterProfileUrl) to fix"
)


def owner_id_for(name: str) -> str:
    """Owner ids come from the normalised name, so re-imports and team merges agree."""
    return short_id("owner", name_key(name), length=6)


PROVISIONAL_OWNER_ID = short_id("owner", "\x00you", length=6)


def provisional_owner() -> Owner:
    """ "You", for files that do not say whose they are (an address book imported first);
    the first export that names its owner takes this owner over (core.ingest)."""
    return Owner(id=PROVISIONAL_OWNER_ID, name="", provisional=True)


@dataclass(slots=True)
class _Conv:
    """Messages exchanged with one counterpart, before they become a Conversation."""

    name: str
    url: str | None
    events: list[tuple[datetime, str, str]] = field(default_factory=list)


@dataclass(slots=True)
class _OwnerState:
    """Per-owner accumulators: URL eras, messages."""

    owner: Owner
    eras: set[str] = field(default_factory=set)
    incoming: int = 0
    seen_messages: set[tuple[str, str, str]] = field(default_factory=set)
    convs: dict[str, _Conv] = field(default_factory=dict)


def _most_common(values: list[str]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _most_common_name(values: list[str]) -> str | None:
    keys = Counter(name_key(v) for v in values if name_key(v))
    if not keys:
        return None
    best = keys.most_common(1)[0][0]
    return next(v.strip() for v in values if name_key(v) == best)


def _message_owner(messages: list[RawMessage]) -> str | None:
    """The participant who talks with the most distinct people (the owner is in every
    conversation); None when that is a tie, e.g. a file with a single conversation."""
    partners: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for m in messages:
        a, b = name_key(m.from_name), name_key(m.to_name)
        if not a or not b or a == b:
            continue
        spelled.setdefault(a, m.from_name.strip())
        spelled.setdefault(b, m.to_name.strip())
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    ranked = sorted(partners.items(), key=lambda kv: len(kv[1]), reverse=True)
    if not ranked or (len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1])):
        return None
    return spelled[ranked[0][0]]


class Assembler:
    """Accumulates units into one ImportBatch; call `finish()` once at the end."""

    def __init__(
        self,
        batch: ImportBatch,
        owner_name: str | None,
        owner_company: str | None,
        default_owner: Owner | None = None,
        several_owners: bool = False,
    ) -> None:
        self.batch = batch
        self.several_owners = several_owners
        self.owner_name = owner_name.strip() if owner_name and owner_name.strip() else None
        self.default_owner = default_owner
        self.owner_company = owner_company.strip() if owner_company else None
        self.states: dict[str, _OwnerState] = {}
        self.taken: set[str] = set()  # invitation ids given in this batch
        self.derived: dict[str, Contact] = {}  # correspondents and invitees, one per person
        self.files = 0  # files read so far: rows of one file never merge with each other

    # ---- owners -------------------------------------------------------------------------

    def _state(self, owner: Owner) -> _OwnerState:
        state = self.states.get(owner.id)
        if state is None:
            state = self.states[owner.id] = _OwnerState(owner)
            return state
        state.owner = merge_owners(state.owner, owner)  # the first unit's details win
        return state

    def _unit_owner(self, unit: Unit, parsed: list[Parsed]) -> Owner | None:
        invitations = [i for p in parsed for i in p.invitations if not i.recipient]
        incoming = [i for i in invitations if i.direction == "INCOMING"]
        outgoing = [i for i in invitations if i.direction == "OUTGOING"]
        messages = [m for p in parsed for m in p.messages]
        name = (
            self.owner_name
            or next((p.profile_name for p in parsed if p.profile_name), None)
            or _most_common_name([i.to_name for i in incoming])
            or _most_common_name([i.from_name for i in outgoing])
            or _message_owner(messages)
        )
        if not name:
            return None
        key = name_key(name)
        url = (
            _most_common([i.to_url or "" for i in incoming])
            or _most_common([i.from_url or "" for i in outgoing])
            or _most_common([m.from_url or "" for m in messages if name_key(m.from_name) == key])
        )
        newest = [p.newest for p in parsed if p.newest is not None]
        export_date = unit.export_date or (local_day(max(newest)) if newest else None)
        has_invitations = any(p.summary.kind == "invitations" for p in parsed)
        default = self.default_owner
        if default is not None and not default.provisional and name_key(default.name) == key:
            name = default.name
        return Owner(
            id=owner_id_for(name),
            name=name,
            profile_url=url,
            company=self.owner_company
            or next((p.current_company for p in parsed if p.current_company), None),
            headline=next((p.profile_headline for p in parsed if p.profile_headline), None),
            export_date=export_date,
            has_connections=any(p.summary.kind == "connections" for p in parsed),
            invitations_export=export_date if has_invitations else None,
            export_newest=max(newest).isoformat() if newest else None,
        )

    def _fallback_owner(self, unit: Unit, parsed: list[Parsed]) -> Owner:
        """Whose data a file is when it does not say: the database's single owner, else
        "you" (provisional); with several owners in the database, the user must say."""
        if self.default_owner is not None:
            return self.default_owner
        if self.several_owners:
            first = unit.label or (parsed[0].summary.path if parsed else "input")
            raise InputError(
                first,
                "this file does not say whose it is and the database holds several owners: "
                "give the owner's name with --owner NAME",
            )
        return provisional_owner()

    def _recipient_owner(self, name: str, export_date: str | None) -> Owner:
        return Owner(
            id=owner_id_for(name), name=name, company=self.owner_company, export_date=export_date
        )

    # ---- records ------------------------------------------------------------------------

    def _contact(
        self, owner_id: str, source: str, raw: RawContact, file: str, file_no: int
    ) -> None:
        """One contact row. Address-book rows and connections stay one record per row here;
        core.contacts merges them (with each other and the store) by the identity rule.
        Correspondents and invitees are one per person already."""
        record = Contact(
            id="",
            owner_id=owner_id,
            source=source,  # type: ignore[arg-type]
            name=raw.name,
            first_name=raw.first,
            last_name=raw.last,
            emails=list(raw.emails),
            phones=list(raw.phones),
            profile_url=raw.url,
            urn=raw.urn,
            company=raw.company,
            title=raw.title,
            files=[file] if file else [],
        )
        if source in ("address_book", "connection"):
            self.batch.contacts.append(record)
            self.batch.contact_files.append(file_no)
            return
        record.id = short_id("contact", owner_id, source, person_key(raw.name, raw.url, raw.urn))
        known = self.derived.get(record.id)
        if known is None:
            self.derived[record.id] = record
        else:
            known.profile_url = known.profile_url or raw.url
            known.urn = known.urn or raw.urn

    def add_unit(self, unit: Unit, parsed: list[Parsed]) -> None:
        """Turn one export's parsed files into records under its owner."""
        owner = self._unit_owner(unit, parsed)
        needs_owner = any(
            p.connections or p.messages or p.contacts or any(not i.recipient for i in p.invitations)
            for p in parsed
        )
        if owner is None and needs_owner:
            if any(p.messages for p in parsed) and self.default_owner is None:
                first = unit.label or parsed[0].summary.path
                raise InputError(
                    first,
                    "cannot tell whose messages these are (which side is you): "
                    "give the owner's name with --owner NAME",
                )
            # the database's single owner, else "you" until an export names its owner
            owner = self._fallback_owner(unit, parsed)
        state = self._state(owner) if owner is not None else None
        recipients: dict[str, _OwnerState] = {}  # generic CSVs name an owner on every row
        for p in parsed:
            self.files += 1
            file_no = self.files
            label = p.summary.path.rsplit("!", 1)[-1].replace("\\", "/").rsplit("/", 1)[-1]
            if state is not None and p.url_era:
                state.eras.add(p.url_era)
            for conn in p.connections:
                assert state is not None
                self._add_connection(state, conn, label, file_no)
            listed = p.summary.kind == "invitations"  # a generic CSV is no export listing
            for inv in p.invitations:
                target = state
                if inv.recipient:
                    target = recipients.get(inv.recipient)
                    if target is None:
                        target = recipients[inv.recipient] = self._state(
                            self._recipient_owner(inv.recipient, unit.export_date)
                        )
                if target is None:  # a generic CSV with no Recipient column, nobody known
                    target = self._state(self._fallback_owner(unit, parsed))
                self._add_invitation(target, inv, p.summary.path, file_no, listed)
            for contact in p.contacts:
                assert state is not None
                self._contact(state.owner.id, "address_book", contact, label, file_no)
        if state is not None:
            self._add_messages(state, [m for p in parsed for m in p.messages])

    def _add_connection(
        self, state: _OwnerState, conn: RawConnection, file: str, file_no: int
    ) -> None:
        raw = RawContact(
            name=conn.name,
            first=conn.first,
            last=conn.last,
            emails=[conn.email] if conn.email else [],
            url=conn.url,
            company=conn.company,
            title=conn.position,
        )
        self._contact(state.owner.id, "connection", raw, file, file_no)
        self.batch.contacts[-1].connected_on = conn.connected_on

    def _add_invitation(
        self, state: _OwnerState, raw: RawInvitation, source: str, file_no: int, listed: bool
    ) -> None:
        """One invitation per row: core.ingest decides which stored record a row is."""
        owner = state.owner
        me = Person(owner.name, owner.profile_url, owner.headline, owner.company)
        if raw.direction == "INCOMING":
            state.incoming += 1
            other = Person(raw.from_name, raw.from_url, raw.headline, raw.company, urn=raw.from_urn)
            sender, recipient = other, me
            me.urn = raw.to_urn
        else:
            other = Person(raw.to_name, raw.to_url, urn=raw.to_urn)
            sender, recipient = me, other
            me.urn = raw.from_urn
            invitee = RawContact(name=raw.to_name, url=raw.to_url, urn=raw.to_urn)
            self._contact(owner.id, "invited", invitee, "", file_no)
        inv = Invitation(
            id="",
            owner_id=owner.id,
            direction=raw.direction,  # type: ignore[arg-type]
            sender=sender,
            recipient=recipient,
            sent_at=raw.sent_at.isoformat() if raw.sent_at else None,
            sent_at_raw=raw.sent_at_raw,
            message=raw.message,
            mutual_connections=raw.mutual,
            source=source,
            last_seen_export=owner.export_date if listed else None,
        )
        inv.id = new_invitation_id(inv, self.taken)
        self.taken.add(inv.id)
        self.batch.invitations.append(inv)
        self.batch.invitation_files.append(file_no)

    def _add_messages(self, state: _OwnerState, messages: list[RawMessage]) -> None:
        owner = state.owner
        owner_slug = profile_slug(owner.profile_url)
        owner_key = name_key(owner.name)

        def is_owner(name: str, url: str | None) -> bool:
            slug = profile_slug(url)
            if slug and owner_slug:
                return slug == owner_slug
            return name_key(name) == owner_key

        # name -> URL learnt from rows that carry both, so URL-less rows join the same person
        learnt: dict[str, set[str]] = {}
        written: dict[str, str] = {}  # name key -> the name as first written (for labels)

        def learn(name: str, url: str) -> None:
            key = name_key(name)
            learnt.setdefault(key, set()).add(url)
            written.setdefault(key, name)

        for m in messages:
            if m.from_url:
                learn(m.from_name, m.from_url)
            if len(m.to_urls) == 1:
                learn(m.to_name, m.to_urls[0])
        slug_name = {profile_slug(u): written[n] for n, urls in learnt.items() for u in urls}

        def url_for(name: str, url: str | None) -> str | None:
            if url:
                return url
            urls = learnt.get(name_key(name), set())
            return next(iter(urls)) if len(urls) == 1 else None

        for m in messages:
            dedupe = (m.at.isoformat(), name_key(m.from_name), m.text[:200])
            if dedupe in state.seen_messages:
                continue
            state.seen_messages.add(dedupe)
            direction = m.direction_hint or ("out" if is_owner(m.from_name, m.from_url) else "in")
            if direction == "in":
                people = [(m.from_name, m.from_url)]
            elif len(m.to_urls) <= 1:
                people = [(m.to_name, m.to_urls[0] if m.to_urls else None)]
            else:
                names = [n.strip() for n in m.to_name.split(",")]
                if len(names) != len(m.to_urls):
                    names = [slug_name.get(profile_slug(u)) or "" for u in m.to_urls]
                people = list(zip(names, m.to_urls, strict=True))
            for name, url in people:
                if not name and not url:
                    continue
                if is_owner(name, url):
                    continue
                url = url_for(name, url)
                key = person_key(name, url)
                conv = state.convs.get(key)
                if conv is None:
                    label = name or slug_name.get(profile_slug(url)) or profile_slug(url) or ""
                    conv = state.convs[key] = _Conv(label, url)
                conv.events.append((m.at, direction, m.text))

    # ---- finish -------------------------------------------------------------------------

    def finish(self) -> None:
        """Conversations, owners and warnings; fills the batch. Which incoming invitations
        are accepted is decided when the batch meets the store (core.ingest)."""
        batch = self.batch
        for state in self.states.values():
            oid = state.owner.id
            for ckey, conv in state.convs.items():
                conv.events.sort(key=lambda e: e[0])
                first = conv.events[0]
                batch.conversations.append(
                    Conversation(
                        id=short_id("conv", oid, ckey),
                        owner_id=oid,
                        counterpart_name=conv.name,
                        counterpart_url=conv.url,
                        sent=sum(1 for e in conv.events if e[1] == "out"),
                        received=sum(1 for e in conv.events if e[1] == "in"),
                        first_at=first[0].isoformat(),
                        last_at=conv.events[-1][0].isoformat(),
                        first_text=first[2][:400],
                        first_direction=first[1],  # type: ignore[arg-type]
                        events=[[e[0].isoformat(), e[1]] for e in conv.events],
                    )
                )
                correspondent = RawContact(name=conv.name, url=conv.url)
                self._contact(oid, "correspondent", correspondent, "messages.csv", 0)
            owner = state.owner
            who = owner.name or "you"
            if state.eras and "urls" not in state.eras:
                owner.url_identity = False
                era = next(e for e in ("bare", "urns", "none") if e in state.eras)
                batch.warnings.append(f"{who}: {_ERA_TEXT[era]}: {_URL_FIX}")
            if state.incoming and not owner.has_connections:
                batch.warnings.append(f"{who}: {NO_CONNECTIONS}")
            batch.owners.append(owner)
        for contact in self.derived.values():
            batch.contacts.append(contact)
            batch.contact_files.append(0)
