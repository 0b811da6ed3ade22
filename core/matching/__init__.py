"""Contact matching: who a sender is to an owner (identity keys, then a field-wise posterior).

`ContactIndex` (numpy, rapidfuzz) is loaded on first use, so that showing or deciding one
invitation, which only reads stored matches, never pays for the matcher's imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from linkvet.core.matching.duplicate import DUPLICATE_PROFILE
from linkvet.core.matching.normalize import NormName, name_identity_key, normalize_name
from linkvet.core.matching.settings import MatchSettings

if TYPE_CHECKING:
    from linkvet.core.matching.index import ContactIndex

__all__ = [
    "DUPLICATE_PROFILE",
    "ContactIndex",
    "MatchSettings",
    "NormName",
    "name_identity_key",
    "normalize_name",
]


def __getattr__(name: str) -> Any:
    if name == "ContactIndex":
        from linkvet.core.matching.index import ContactIndex

        return ContactIndex
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
