"""Triage service: queue, views, decisions, bulk, undo, imports and reconciliation.

`ImportReport` (and with it the importers) is loaded on first use: a command that only
reads or decides never imports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from linkvet.core.triage.service import (
    FLAGS,
    STATUSES,
    NotFound,
    RepairReport,
    StoreBusy,
    Workspace,
)
from linkvet.core.triage.view import InvitationView

if TYPE_CHECKING:
    from linkvet.core.triage.importing import ImportReport

__all__ = [
    "FLAGS",
    "STATUSES",
    "ImportReport",
    "InvitationView",
    "NotFound",
    "RepairReport",
    "StoreBusy",
    "Workspace",
]


def __getattr__(name: str) -> Any:
    if name == "ImportReport":
        from linkvet.core.triage.importing import ImportReport

        return ImportReport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
