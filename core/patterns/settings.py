"""Thresholds and windows for mass-invite detection, config `[patterns]`.

Every field is one declared setting (`core.setting`): the config loader reads and checks
them, and writes them with their doc into the commented config file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from linkvet.core.company import IGNORED_COMPANIES
from linkvet.core.roles import RolesSettings
from linkvet.core.setting import Table, attached, setting


def _count(default: int, doc: str) -> int:
    """A number of distinct owners, senders or days: two at least make a pattern."""
    return setting(default, doc=doc, minimum=2)


def _window(default: float, doc: str) -> float:
    return setting(default, doc=doc, above=0)


@dataclass(slots=True)
class PatternSettings:
    """Every threshold the detectors use; defaults follow ENGINEERING_NOTES section 5.2."""

    TABLE: ClassVar[Table] = Table("patterns", "Mass-invite detection thresholds.")

    fanout_min_owners: int = _count(
        2, "Fan-out: distinct owners at one company the same sender must reach inside the window."
    )
    fanout_window_days: float = _window(
        7.0, "Fan-out: window length in days, measured from the first invitation (inclusive)."
    )
    campaign_min_senders: int = _count(
        3, "Campaign: distinct senders from one company needed inside the window."
    )
    campaign_window_days: float = _window(
        14.0, "Campaign: window length in days, measured from the first invitation (inclusive)."
    )
    burst_min_owners: int = _count(
        3, "Burst: distinct owners one sender must reach inside the burst window."
    )
    burst_window_hours: float = _window(
        24.0, "Burst: window length in hours, measured from the first invitation (inclusive)."
    )
    reinvite_min_dates: int = _count(
        2, "Reinvite: invitations on this many different days from one sender to one owner."
    )
    template_similarity: float = setting(
        90.0,
        doc="Template: rapidfuzz `ratio` on masked notes at or above which notes match.",
        above=0,
        maximum=100,
    )
    template_min_recipients: int = _count(
        2, "Template (one sender): distinct recipients who got the same masked note."
    )
    template_min_senders: int = _count(
        2, "Template (across senders): distinct senders who used the same masked note."
    )
    template_min_chars: int = setting(
        12,
        doc="Template: letters/digits a masked note must keep (placeholders excluded) to count.",
        minimum=0,
    )
    ignored_companies: list[str] = setting(
        list(IGNORED_COMPANIES),
        doc="Company values that say nothing about an employer (self-employed, confidential, ...).",
    )
    # the recruiter lexicon marks recipients whose headline names a recruiting role
    roles: RolesSettings = attached(RolesSettings)
