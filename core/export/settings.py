"""Config `[actions]`: how old a sent invitation or an export may get before linkvet says so."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from linkvet.core.setting import Table, setting


@dataclass(slots=True)
class ActionSettings:
    """Thresholds for the action list (stale sent invitations) and the data-health notes."""

    TABLE: ClassVar[Table] = Table(
        "actions",
        "The action list and data-health notes: when sent invitations and exports get old.",
    )

    stale_sent_days: int = setting(
        21,
        doc="Your own pending invitations older than this: consider withdrawing.",
        minimum=1,
    )
    stale_export_days: int = setting(
        28, doc="An export older than this many days may be out of date.", minimum=1
    )
