"""Triage service: queue, views, decisions, bulk, undo, imports and reconciliation."""

from linkvet.core.triage.service import FLAGS, STATUSES, ImportReport, NotFound, Workspace
from linkvet.core.triage.view import InvitationView

__all__ = ["FLAGS", "STATUSES", "ImportReport", "InvitationView", "NotFound", "Workspace"]
