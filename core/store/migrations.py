"""Schema versions of the database and the steps that upgrade an older one in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linkvet.core.store.database import Store

SCHEMA_VERSION = 1

# version N -> function upgrading a store from N to N + 1 (called under the write lock)
STEPS: dict[int, Callable[[Store], None]] = {}


def migrate(store: Store, version: int) -> None:
    """Upgrade `store` from `version` to SCHEMA_VERSION, one step at a time."""
    while version < SCHEMA_VERSION:
        STEPS[version](store)
        version += 1
