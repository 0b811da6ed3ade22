"""The duplicate-profile rule: a sender who looks like a second profile of someone you know.

A profile URL is an identity key: a sender whose URL is another one than the one stored for a
contact (a connection, someone you invited or messaged) is never linked to that contact; it
is either a homonym or a second (cloned or forgotten) account. A second profile is suspected
only on evidence: the name is rare enough in the owner's network, or company and headline
agree, so that the posterior (profile URL left aside) reaches `duplicate_threshold`. A
common name alone never raises it.
"""

from __future__ import annotations

from linkvet.core.matching.prepared import Prepared
from linkvet.core.matching.settings import MatchSettings

DUPLICATE_PROFILE = "possible_duplicate_profile"
SUSPECTED = "a second profile of this person? not linked"


def other_profile(sender: Prepared, contact: Prepared) -> bool:
    """Both have a member-chosen profile URL and they differ."""
    mine, theirs = sender.vanity, contact.vanity
    return bool(mine) and bool(theirs) and mine != theirs


def suspected(posterior: float, s: MatchSettings) -> bool:
    """Strong enough evidence that the other profile is the same person as the connection."""
    return posterior * 100.0 >= s.duplicate_threshold
