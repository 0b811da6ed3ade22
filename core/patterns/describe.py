"""One-line human summaries of patterns, for lists, the `show` view and the checklist."""

from __future__ import annotations

from linkvet.core.dates import timestamp
from linkvet.core.models import Pattern
from linkvet.core.patterns.evidence import plural, span_text


def _span(pattern: Pattern) -> str:
    """' within 2 days' from the pattern window, or '' when it has no dates."""
    start, end = timestamp(pattern.window_start), timestamp(pattern.window_end)
    if start is None or end is None:
        return ""
    return " " + span_text(end - start)


def _recruiters(pattern: Pattern) -> str:
    """' (2 recruiters)' when any recipient is a recruiter / hiring manager."""
    n = pattern.counts.get("recruiters", 0)
    return f" ({plural(n, 'recruiter')})" if n else ""


def describe(pattern: Pattern) -> str:
    """E.g. "Jo Bloggs invited 3 people at Contoso within 2 days (2 recruiters)"."""
    counts = pattern.counts
    sender = pattern.sender or "One sender"
    people = counts.get("people", len(pattern.members))
    who = plural(people, "person", "people")
    at = f" at {pattern.company}" if pattern.company else ""
    if pattern.kind == "fanout":
        return f"{sender} invited {who}{at}{_span(pattern)}{_recruiters(pattern)}"
    if pattern.kind == "burst":
        return f"{sender} invited {who}{_span(pattern)}{_recruiters(pattern)}"
    if pattern.kind == "campaign":
        senders = counts.get("senders", len(pattern.members))
        source = f" from {pattern.company}" if pattern.company else " from one company"
        return (
            f"{plural(senders, 'person', 'people')}{source} sent invitations to {who}"
            f"{_span(pattern)}{_recruiters(pattern)}"
        )
    if pattern.kind == "reinvite":
        times = counts.get("invitations", len(pattern.members))
        days = counts.get("days", times)
        return f"{sender} invited the same person {plural(times, 'time')} on {plural(days, 'day')}"
    if pattern.kind == "template":
        note = pattern.masked_note or ""
        short = note if len(note) <= 60 else note[:59].rstrip() + "…"
        senders = counts.get("senders", 1)
        if pattern.sender and senders <= 1:
            return f'{sender} sent the same note to {who}: "{short}"'
        return f'{plural(senders, "sender")} used the same note with {who}: "{short}"'
    return f"{pattern.kind}: {plural(len(pattern.members), 'invitation')}"
