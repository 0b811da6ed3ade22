"""Who is a first-degree connection of which owner: the one rule every part applies.

The identity rule of core.identity: a profile URL decides where both sides have one; a name
decides only where URLs cannot be compared (an invitation that carries a URN or nothing, a
Connections.csv from before URLs), and only while that name is not carried by two people
(two profile URLs, or two URNs among the owner's invitations). Used to mark incoming
invitations accepted (core.ingest) and to find sent invitations still not accepted (the
action list).
"""

from __future__ import annotations

from collections.abc import Iterable

from linkvet.core.identity import PersonIndex, PersonRef
from linkvet.core.models import Contact, Invitation


def _ref(contact: Contact) -> PersonRef:
    return PersonRef.of(contact.name, contact.profile_url, contact.urn)


class ConnectionIndex:
    """Per owner: the connections, filed by person."""

    def __init__(self) -> None:
        self._people: dict[str, PersonIndex[Contact]] = {}

    @classmethod
    def from_contacts(
        cls, contacts: Iterable[Contact], invitations: Iterable[Invitation] = ()
    ) -> ConnectionIndex:
        """The index of every `source == "connection"` contact; `invitations` (both
        directions) tell which names several people carry."""
        index = cls()
        for contact in contacts:
            if contact.source == "connection":
                index.add(contact)
        for inv in invitations:
            p = inv.sender if inv.direction == "INCOMING" else inv.recipient
            index.note(inv.owner_id, PersonRef.of(p.name, p.profile_url, p.urn))
        return index

    def _of(self, owner_id: str) -> PersonIndex[Contact]:
        people = self._people.get(owner_id)
        if people is None:
            people = self._people[owner_id] = PersonIndex()
        return people

    def add(self, contact: Contact) -> None:
        """Record one connection of `contact.owner_id`."""
        self._of(contact.owner_id).add(_ref(contact), contact)

    def note(self, owner_id: str, ref: PersonRef) -> None:
        """Someone the owner exchanged invitations with (evidence of who carries a name)."""
        self._of(owner_id).note(ref)

    def find(self, owner_id: str, ref: PersonRef) -> list[Contact]:
        """The connections of `owner_id` that are the person `ref`."""
        people = self._people.get(owner_id)
        return people.find(ref) if people is not None else []

    def contains(self, owner_id: str, name: str, url: str | None, urn: str | None = None) -> bool:
        """True when this person is a connection of `owner_id`."""
        return bool(self.find(owner_id, PersonRef.of(name, url, urn)))
