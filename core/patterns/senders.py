"""Sender identity across owners: profile slug first, normalised name where URLs are missing.

A name-only invitation joins a slug group only when exactly one slug group carries that
name; two different people who share a name but have different profile URLs stay apart, and a
name-only invitation whose name belongs to several slug groups is left on its own.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from linkvet.core.identity import name_key, profile_slug
from linkvet.core.matching.normalize import name_identity_key, normalize_name
from linkvet.core.models import Invitation


@dataclass(slots=True)
class SenderIndex:
    """Who sent what: invitation id -> sender key, and per-key display name and details."""

    key_of: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    profile: dict[str, str | None] = field(default_factory=dict)  # a slug when known
    spellings: dict[str, list[str]] = field(default_factory=dict)  # distinct raw names
    name_only: dict[str, int] = field(default_factory=dict)  # invitations joined by name


def _identity_name(name: str) -> str:
    """name_identity_key with a fallback for names it reduces to nothing (emoji-only)."""
    return name_identity_key(name or "") or name_key(name or "")


_SPLIT = re.compile(r"[^a-z0-9]+")


def _raw_tokens(name: str) -> list[str]:
    """Cheap ASCII tokens of a name, a superset of its name_identity_key tokens."""
    text = name.casefold().replace("'", "").replace("\u2019", "").replace(".", "")
    return _SPLIT.split(text)


def resolve_senders(invitations: Sequence[Invitation]) -> SenderIndex:
    """Group invitations by the person who sent them (see module docstring for the rules)."""
    name_cache: dict[str, str] = {}

    def identity(raw: str) -> str:
        nk = name_cache.get(raw)
        if nk is None:
            nk = name_cache[raw] = _identity_name(raw)
        return nk

    slugs = [profile_slug(inv.sender.profile_url) for inv in invitations]
    # Name keys are needed for name-only invitations, and for slug invitations only when they
    # could share a name with one (same surname token): normalising every name is slow.
    anchors: set[str] = set()
    for inv, slug in zip(invitations, slugs, strict=True):
        if not slug:
            identity(inv.sender.name or "")
            parsed_name = normalize_name(inv.sender.name or "")
            tokens = (parsed_name.surname or parsed_name.full).split()
            if tokens:
                anchors.add(tokens[-1])
    slugs_by_name: dict[str, set[str]] = defaultdict(set)
    parsed: list[tuple[Invitation, str | None, str]] = []
    for inv, slug in zip(invitations, slugs, strict=True):
        raw = inv.sender.name or ""
        if slug and raw.isascii() and anchors.isdisjoint(_raw_tokens(raw)):
            parsed.append((inv, slug, ""))
            continue
        nk = identity(raw)
        if slug and nk:
            slugs_by_name[nk].add(slug)
        parsed.append((inv, slug, nk))

    index = SenderIndex()
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for inv, slug, nk in parsed:
        if slug:
            key = f"in:{slug}"
        else:
            slugs = slugs_by_name.get(nk, set())
            if len(slugs) == 1:
                key = f"in:{next(iter(slugs))}"
                index.name_only[key] = index.name_only.get(key, 0) + 1
            elif not slugs and nk:
                key = f"name:{nk}"
            else:  # ambiguous between several people, or no usable name: on its own
                key = f"inv:{inv.id}"
        index.key_of[inv.id] = key
        # Spellings that came with a profile URL outrank name-only ones for display.
        names[key][(inv.sender.name or "").strip()] += 1000 if slug else 1
        if key.startswith("in:"):
            index.profile[key] = key[3:]
    for key, counter in names.items():
        ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        index.display[key] = ranked[0][0] or "(no name)"
        index.spellings[key] = [n for n, _ in ranked if n]
        index.profile.setdefault(key, None)
    return index
