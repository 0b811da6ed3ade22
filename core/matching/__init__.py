"""Contact matching: who a sender is to an owner (identity keys, then a field-wise posterior)."""

from linkvet.core.matching.duplicate import DUPLICATE_PROFILE
from linkvet.core.matching.index import ContactIndex
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
