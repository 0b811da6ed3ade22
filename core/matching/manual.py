"""Manual links: the user confirmed "this sender is that contact" (kept in the journal).

A link you made outranks whatever the matcher concluded: the contact becomes the certain
known contact, shown as "linked by you", with the matcher's own lines for that contact kept
after it; the matcher's other candidates stay listed. A duplicate-profile warning about that
person is lifted, because you looked and said who it is. Undoing the journal event removes
the link.
"""

from __future__ import annotations

from linkvet.core.matching.duplicate import DUPLICATE_PROFILE
from linkvet.core.matching.evidence import LINKED_BY_YOU
from linkvet.core.models import Contact, Match, MatchResult

MAX_CANDIDATES = 5


def linked(result: MatchResult, contact: Contact) -> MatchResult:
    """`result` with `contact` as the certain known contact, linked by the user."""
    before = [m for m in (result.known_contact, *result.candidates) if m is not None]
    mine = next((m for m in before if m.contact_id == contact.id), None)
    lines = [LINKED_BY_YOU, *(mine.evidence if mine else [])]
    known = Match(
        contact_id=contact.id,
        name=contact.name,
        company=contact.company,
        email=contact.emails[0] if contact.emails else None,
        profile_url=contact.profile_url,
        source=contact.source,
        score=100,
        confidence="certain",
        evidence=lines,
        posterior=None,
    )
    others = [m for m in before if m.contact_id != contact.id][:MAX_CANDIDATES]
    flags = [f for f in result.flags if f != DUPLICATE_PROFILE]
    return MatchResult(known_contact=known, candidates=others, ambiguous=False, flags=flags)
