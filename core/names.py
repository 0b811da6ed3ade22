"""A person's given name as they write it, for greetings ("Hi Jane") and note reading.

The parsing rule (honorifics, credentials, pronouns, "Last, First") is linkvet's own name
normalisation (`core.matching.normalize`); this module only maps its folded given name back
to the spelling in the display name, so "Dr. José García, MBA" greets "José".
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from linkvet.core.matching.normalize import normalize_name
from linkvet.core.text import fold

_STRIP = ",.;:()[]\"'"


@lru_cache(maxsize=8192)
def first_name(name: str | None) -> str:
    """The given name of a display name ("Dr. Jane Doe, MBA" -> "Jane"); "" when none."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).strip()
    tokens = [t.strip(_STRIP) for t in text.replace(",", " ").split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return ""
    given = normalize_name(text).given
    if given:
        for token in tokens:
            if fold(token).replace("-", " ") == given:
                return token
    return tokens[0]
