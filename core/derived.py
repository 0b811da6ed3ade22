"""What an import works out once per incoming invitation (`Derived`), kept in the store so
that showing or deciding one invitation reads its own records only, never the whole
database: which conversation is with the sender and which other invitations are from the
same person (both by the identity rule of core.identity), and its patterns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from linkvet.core.identity import PersonIndex, PersonRef
from linkvet.core.models import Conversation, Derived, Invitation, MatchResult, Pattern


def sender_ref(inv: Invitation) -> PersonRef:
    """The identity of an invitation's sender."""
    s = inv.sender
    return PersonRef.of(s.name, s.profile_url, s.urn)


def derive(
    invitations: Iterable[Invitation],
    conversations: Iterable[Conversation],
    matches: Mapping[str, MatchResult],
    patterns: Sequence[Pattern],
) -> dict[str, Derived]:
    """A `Derived` record for every incoming invitation (matches only for pending ones)."""
    incoming = [inv for inv in invitations if inv.direction == "INCOMING"]
    talks: dict[str, PersonIndex[str]] = {}
    for conv in conversations:
        ref = PersonRef.of(conv.counterpart_name, conv.counterpart_url)
        talks.setdefault(conv.owner_id, PersonIndex()).add(ref, conv.id)
    senders: PersonIndex[str] = PersonIndex()
    refs = {inv.id: sender_ref(inv) for inv in incoming}
    for inv in incoming:
        senders.add(refs[inv.id], inv.id)
    member_of: dict[str, list[str]] = {}
    for pattern in patterns:
        for member in dict.fromkeys(pattern.members):
            member_of.setdefault(member, []).append(pattern.id)
    out: dict[str, Derived] = {}
    for inv in incoming:
        ref = refs[inv.id]
        people = talks.get(inv.owner_id)
        found = people.find(ref) if people is not None else []
        out[inv.id] = Derived(
            id=inv.id,
            match=matches.get(inv.id) or MatchResult(),
            conversation=found[0] if found else None,
            same_person=[i for i in senders.find(ref) if i != inv.id],
            patterns=member_of.get(inv.id, []),
        )
    return out
