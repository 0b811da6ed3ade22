"""Sender identity across owners, by the one identity rule of core.identity.

A sender with a profile URL (or a member URN) is that key. A name-only invitation joins the
one sender who carries that name with a key; when two keys carry the name it stays on its
own (two different people who share a name never become one sender), and a name nobody
carries with a key groups the name-only invitations of that name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from linkvet.core.identity import PersonIndex, PersonRef
from linkvet.core.models import Invitation


@dataclass(slots=True)
class SenderIndex:
    """Who sent what: invitation id -> sender key, and per-key display name and details."""

    key_of: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    profile: dict[str, str | None] = field(default_factory=dict)  # a slug when known
    spellings: dict[str, list[str]] = field(default_factory=dict)  # distinct raw names
    name_only: dict[str, int] = field(default_factory=dict)  # invitations joined by name


def own_key(inv: Invitation) -> str | None:
    """The strong key the invitation's own row carries (profile URL, else member URN)."""
    s = inv.sender
    return PersonRef.of(s.name, s.profile_url, s.urn).strong


def resolve_senders(invitations: Sequence[Invitation]) -> SenderIndex:
    """Group invitations by the person who sent them (see module docstring for the rules)."""
    refs = [PersonRef.of(i.sender.name, i.sender.profile_url, i.sender.urn) for i in invitations]
    keyed: PersonIndex[str] = PersonIndex()  # strong keys, findable by an unambiguous name
    for ref in refs:
        if ref.strong:
            keyed.add(ref, ref.strong)
    index = SenderIndex()
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for inv, ref in zip(invitations, refs, strict=True):
        if ref.strong:
            key = ref.strong
        elif not ref.name_key:
            key = f"inv:{inv.id}"  # no name and no key: nobody to group with
        else:
            found = set(keyed.find(ref))
            if len(found) == 1:
                key = next(iter(found))
                index.name_only[key] = index.name_only.get(key, 0) + 1
            elif not found and not keyed.ambiguous(ref):
                key = f"name:{ref.name_key}"
            else:  # the name belongs to several people: on its own
                key = f"inv:{inv.id}"
        index.key_of[inv.id] = key
        # Spellings that came with a key outrank name-only ones for display.
        names[key][(inv.sender.name or "").strip()] += 1000 if ref.strong else 1
        index.profile[key] = key[3:] if key.startswith("in:") else index.profile.get(key)
    for key, counter in names.items():
        ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        index.display[key] = ranked[0][0] or "(no name)"
        index.spellings[key] = [n for n, _ in ranked if n]
        index.profile.setdefault(key, None)
    return index
