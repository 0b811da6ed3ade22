"""Thresholds and windows for mass-invite detection, filled from the `[patterns]` TOML table.

Fields are plain values (int, float, list[str]) so a config loader can set them from TOML;
`from_mapping` rejects unknown keys and wrong types, naming the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from linkvet.core.company import IGNORED_COMPANIES
from linkvet.core.roles import ATTACHED, RolesSettings


@dataclass(slots=True)
class PatternSettings:
    """Every threshold the detectors use; defaults follow ENGINEERING_NOTES section 5.2."""

    fanout_min_owners: int = 2
    """Fan-out: distinct owners at one company the same sender must reach inside the window."""

    fanout_window_days: float = 7.0
    """Fan-out: window length in days, measured from the first invitation (inclusive)."""

    campaign_min_senders: int = 3
    """Campaign: distinct senders from one company needed inside the window."""

    campaign_window_days: float = 14.0
    """Campaign: window length in days, measured from the first invitation (inclusive)."""

    burst_min_owners: int = 3
    """Burst: distinct owners one sender must reach inside the burst window."""

    burst_window_hours: float = 24.0
    """Burst: window length in hours, measured from the first invitation (inclusive)."""

    reinvite_min_dates: int = 2
    """Reinvite: invitations on this many different days from one sender to one owner."""

    template_similarity: float = 90.0
    """Template: rapidfuzz `ratio` (0-100) on masked notes at or above which notes match."""

    template_min_recipients: int = 2
    """Template (one sender): distinct recipients who got the same masked note."""

    template_min_senders: int = 2
    """Template (across senders): distinct senders who used the same masked note."""

    template_min_chars: int = 12
    """Template: letters/digits a masked note must keep (placeholders excluded) to count."""

    ignored_companies: list[str] = field(default_factory=lambda: list(IGNORED_COMPANIES))
    """Company values that say nothing about an employer (self-employed, confidential, ...)."""

    roles: RolesSettings = field(default_factory=RolesSettings, metadata=ATTACHED)
    """The recruiter lexicon marks recipients whose headline names a recruiting role."""

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> PatternSettings:
        """Build settings from a `[patterns]` table; unknown keys or bad values raise ValueError."""
        known = {f.name: f for f in fields(cls) if f.metadata.get("config", True)}
        defaults = cls()
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                allowed = ", ".join(sorted(known))
                raise ValueError(f"unknown [patterns] setting {key!r} (known: {allowed})")
            values[key] = _coerce(key, value, getattr(defaults, key))
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        """Raise ValueError naming the first field whose value is out of range."""
        for name in (
            "fanout_min_owners",
            "campaign_min_senders",
            "burst_min_owners",
            "reinvite_min_dates",
            "template_min_recipients",
            "template_min_senders",
        ):
            if getattr(self, name) < 2:
                raise ValueError(f"[patterns] {name} must be at least 2")
        for name in ("fanout_window_days", "campaign_window_days", "burst_window_hours"):
            if getattr(self, name) <= 0:
                raise ValueError(f"[patterns] {name} must be greater than 0")
        if not 0 < self.template_similarity <= 100:
            raise ValueError("[patterns] template_similarity must be in (0, 100]")
        if self.template_min_chars < 0:
            raise ValueError("[patterns] template_min_chars must not be negative")


def _coerce(key: str, value: Any, default: Any) -> Any:
    """Check `value` against the type of the field's default; ints are accepted for floats."""
    if isinstance(default, bool) or isinstance(value, bool):
        raise ValueError(f"[patterns] {key} must be a number, not {value!r}")
    if isinstance(default, int):
        if not isinstance(value, int):
            raise ValueError(f"[patterns] {key} must be an integer, not {value!r}")
        return value
    if isinstance(default, float):
        if not isinstance(value, int | float):
            raise ValueError(f"[patterns] {key} must be a number, not {value!r}")
        return float(value)
    if isinstance(default, list):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"[patterns] {key} must be a list of strings")
        return list(value)
    raise ValueError(f"[patterns] {key} has an unsupported type")  # pragma: no cover
