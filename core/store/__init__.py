"""Durable storage for linkvet: TinyDB files replaced atomically plus a fsync'd journal."""

from core.store.atomic import CorruptDatabase
from core.store.database import Store, now_iso
from core.store.decisions import TriageState
from core.store.lock import StoreBusy

__all__ = ["CorruptDatabase", "Store", "StoreBusy", "TriageState", "now_iso"]
