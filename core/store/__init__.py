"""Durable storage for linkvet: TinyDB files replaced atomically plus a fsync'd journal."""

from linkvet.core.store.atomic import CorruptDatabase
from linkvet.core.store.database import Store, now_iso
from linkvet.core.store.decisions import TriageState
from linkvet.core.store.lock import StoreBusy

__all__ = ["CorruptDatabase", "Store", "StoreBusy", "TriageState", "now_iso"]
