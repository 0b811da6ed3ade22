"""Config `[actions]`: how old a sent invitation or an export may get before linkvet says so."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class ActionSettings:
    """Thresholds for the action list (stale sent invitations) and the data-health notes."""

    stale_sent_days: int = 21  # Your own pending invitations older than this: consider withdrawing.
    stale_export_days: int = 28  # An export older than this many days may be out of date.

    def validate(self) -> None:
        """Raise ValueError for a threshold below one day."""
        for name in ("stale_sent_days", "stale_export_days"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
