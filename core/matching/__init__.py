"""Contact matching: who a sender is to an owner (exact keys first, then explainable fuzzy)."""

from core.matching.index import DUPLICATE_PROFILE, ContactIndex
from core.matching.normalize import NormName, name_identity_key, normalize_name
from core.matching.settings import MatchSettings

__all__ = [
    "DUPLICATE_PROFILE",
    "ContactIndex",
    "MatchSettings",
    "NormName",
    "name_identity_key",
    "normalize_name",
]
