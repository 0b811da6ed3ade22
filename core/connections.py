"""Who is a first-degree connection of which owner: the one rule every part applies.

Profile-URL identity first; the exact (normalised) name where a URL is missing on either
side. Used to mark incoming invitations accepted (importer, re-import) and to find sent
invitations still not accepted (action list).
"""

from __future__ import annotations

from collections.abc import Iterable

from linkvet.core.identity import name_key, profile_slug
from linkvet.core.models import Contact


class ConnectionIndex:
    """Per owner: connection slugs, names of URL-less connections, and all connection names."""

    def __init__(self) -> None:
        self._slugs: dict[str, set[str]] = {}
        self._bare: dict[str, set[str]] = {}
        self._names: dict[str, set[str]] = {}

    @classmethod
    def from_contacts(cls, contacts: Iterable[Contact]) -> ConnectionIndex:
        """The index of every `source == "connection"` contact."""
        index = cls()
        for contact in contacts:
            if contact.source == "connection":
                index.add(contact.owner_id, contact.name, contact.profile_url)
        return index

    def add(self, owner_id: str, name: str, url: str | None) -> None:
        """Record one connection of `owner_id`."""
        key = name_key(name)
        slug = profile_slug(url)
        self._names.setdefault(owner_id, set()).add(key)
        if slug:
            self._slugs.setdefault(owner_id, set()).add(slug)
        else:
            self._bare.setdefault(owner_id, set()).add(key)

    def contains(self, owner_id: str, name: str, url: str | None) -> bool:
        """True when this person is a connection of `owner_id`."""
        key = name_key(name)
        slug = profile_slug(url)
        if slug:
            return slug in self._slugs.get(owner_id, ()) or key in self._bare.get(owner_id, ())
        return key in self._names.get(owner_id, ())
