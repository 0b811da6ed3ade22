"""MergeCounts: how many records of one kind an import found new, changed or already there
(the numbers of the import summary), counted the same way for every kind of record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from linkvet.core.models import Record

T = TypeVar("T", bound=Record)


@dataclass(slots=True)
class MergeCounts:
    """How many records of one kind were new, changed, or already there."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0

    def count(self, old: object | None, new: object) -> bool:
        """Count `new` taking the place of `old` (None: nothing was there); True when the
        store changes, i.e. `new` must be written."""
        if old is None:
            self.imported += 1
        elif old == new:
            self.unchanged += 1
            return False
        else:
            self.updated += 1
        return True

    def upsert(self, existing: dict[str, T], incoming: Iterable[T]) -> list[T]:
        """Insert or replace records by id, counting each; returns the new or changed."""
        changed: list[T] = []
        for record in incoming:
            key = record.id  # type: ignore[attr-defined]
            if self.count(existing.get(key), record):
                existing[key] = record
                changed.append(record)
        return changed
