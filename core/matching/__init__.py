"""Contact matching: who a sender is to an owner (exact keys first, then explainable fuzzy)."""

from linkvet.core.matching.index import DUPLICATE_PROFILE, ContactIndex
from linkvet.core.matching.normalize import NormName, name_identity_key, normalize_name
from linkvet.core.matching.settings import MatchSettings

__all__ = [
    "DUPLICATE_PROFILE",
    "ContactIndex",
    "MatchSettings",
    "NormName",
    "name_identity_key",
    "normalize_name",
]
