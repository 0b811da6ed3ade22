"""Invitation notes read for what they say (`read_note`), and LinkedIn's stock text."""

from linkvet.core.notes.reading import CATEGORIES, LEARNED, STANCES, NoteReading, read_note
from linkvet.core.notes.stock import STOCK_NOTES, is_stock_note

__all__ = [
    "CATEGORIES",
    "LEARNED",
    "STANCES",
    "STOCK_NOTES",
    "NoteReading",
    "is_stock_note",
    "read_note",
]
