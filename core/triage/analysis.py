"""Derived data for the queue: who each sender is (matching) and mass-invite patterns.

Runs on import. Matching is incremental: only new or changed invitations, and pending ones
whose result may change because contacts were added, are matched again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from linkvet.core.matching import ContactIndex, MatchSettings
from linkvet.core.models import Contact, Invitation, MatchResult, Owner, Pattern
from linkvet.core.patterns import PatternSettings, detect_patterns

Progress = Callable[[str, int, int], None]


def needs_match(inv: Invitation) -> bool:
    """Only incoming invitations still pending on LinkedIn are matched."""
    return inv.direction == "INCOMING" and inv.export_status == "pending"


def analyze(
    invitations: Mapping[str, Invitation],
    owners: Mapping[str, Owner],
    contacts: Iterable[Contact],
    previous: Mapping[str, MatchResult],
    changed: set[str],
    new_contacts: list[Contact],
    match_settings: MatchSettings | None = None,
    pattern_settings: PatternSettings | None = None,
    progress: Progress | None = None,
    previous_patterns: list[Pattern] | None = None,
    loaded: set[str] | None = None,
) -> tuple[dict[str, MatchResult], list[Pattern]]:
    """Return (matches by invitation id, patterns) after an import.

    Patterns depend only on invitations and owners: pass `previous_patterns` when neither
    changed (e.g. an address-book import) to keep them instead of recomputing. `loaded`
    names the owners whose contacts were read (all when None): only their senders can be
    matched again; the others keep their stored matches.
    """
    pending = [inv for inv in invitations.values() if needs_match(inv)]
    todo: list[Invitation] = []
    stale: list[Invitation] = []
    for inv in pending:
        if loaded is not None and inv.owner_id not in loaded:
            continue
        if inv.id in changed or inv.id not in previous:
            todo.append(inv)
        else:
            stale.append(inv)
    # Senders are matched only against their own owner's contacts, so the index needs only
    # the owners with something to (re)match: an address book for one owner of fifty
    # indexes that owner's contacts, not everyone's.
    gained = {c.owner_id for c in new_contacts}
    stale = [inv for inv in stale if inv.owner_id in gained]
    needed = {inv.owner_id for inv in todo} | gained
    index = ContactIndex((c for c in contacts if c.owner_id in needed), match_settings)
    if new_contacts and stale:
        items = [(inv.sender, inv.owner_id) for inv in stale]
        todo.extend(stale[i] for i in index.affected_by(new_contacts, items))
    matches = {inv.id: previous[inv.id] for inv in pending if inv.id in previous}
    total = len(todo)
    step = 1000
    for start in range(0, total, step):
        chunk = todo[start : start + step]
        results = index.match_many([(inv.sender, inv.owner_id) for inv in chunk])
        for inv, result in zip(chunk, results, strict=True):
            matches[inv.id] = result
        if progress:
            progress("matching senders", min(start + step, total), total)
    if previous_patterns is not None:
        return matches, previous_patterns
    if progress:
        progress("finding mass-invite patterns", 0, 1)
    incoming = [inv for inv in invitations.values() if inv.direction == "INCOMING"]
    patterns = detect_patterns(incoming, owners, pattern_settings)
    if progress:
        progress("finding mass-invite patterns", 1, 1)
    return matches, patterns
