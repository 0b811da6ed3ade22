"""Which invitations a listing covers: a window of days sent and one owner (`list`,
`export` and `actions` take `--since`, `--until` and `--owner`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from linkvet.core.errors import Refused
from linkvet.core.identity import name_key
from linkvet.core.models import Invitation, Owner


@dataclass(frozen=True, slots=True)
class Selection:
    """Invitations sent from `since` to `until` (ISO days, both included, as the export wrote
    the day) and received or sent by one of `owner_ids`; None means no limit. An invitation
    without a readable date is outside any window."""

    since: str | None = None
    until: str | None = None
    owner_ids: frozenset[str] | None = None

    @classmethod
    def build(
        cls,
        owners: Mapping[str, Owner],
        since: str | None = None,
        until: str | None = None,
        owner: str | None = None,
    ) -> Selection:
        """A selection from command-line words; ValueError (one line) for a date that is not
        YYYY-MM-DD, a window that ends before it starts, or an owner nobody is called."""
        first, last = _day(since, "--since"), _day(until, "--until")
        if first and last and last < first:
            raise Refused(f"--until {last} is before --since {first}")
        return cls(first, last, None if owner is None else _owner_ids(owners, owner))

    @property
    def everything(self) -> bool:
        """True when nothing is narrowed."""
        return self.since is None and self.until is None and self.owner_ids is None

    def keeps(self, invitation: Invitation) -> bool:
        """True when the invitation is inside the window and belongs to the owner."""
        if self.owner_ids is not None and invitation.owner_id not in self.owner_ids:
            return False
        if self.since is None and self.until is None:
            return True
        day = (invitation.sent_at or "")[:10]
        if not day:
            return False
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )


def _day(text: str | None, option: str) -> str | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise Refused(f"{option} {text!r} is not a date like 2026-12-31") from None


def _owner_ids(owners: Mapping[str, Owner], given: str) -> frozenset[str]:
    """Owners named `given` (any case and spacing) or with that id."""
    key = name_key(given)
    found = frozenset(o.id for o in owners.values() if o.id == given or name_key(o.name) == key)
    if not found:
        known = ", ".join(sorted(o.name for o in owners.values())) or "none imported yet"
        raise Refused(f"no owner named {given!r} (owners: {known})")
    return found
