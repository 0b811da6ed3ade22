"""Triage service: queue, views, decisions, bulk, undo, imports and reconciliation."""

from core.triage.service import FLAGS, STATUSES, ImportReport, NotFound, Workspace
from core.triage.view import InvitationView

__all__ = ["FLAGS", "STATUSES", "ImportReport", "InvitationView", "NotFound", "Workspace"]
