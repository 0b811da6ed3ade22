"""Mass-invite patterns (checklist point 6): fan-outs, campaigns, templates, bursts, reinvites.

`detect_patterns` finds them among INCOMING invitations; each Pattern carries plain-sentence
evidence a person can check, and `describe` gives a one-line summary. The detectors (numpy,
rapidfuzz) load on first use: reading the settings or showing a stored pattern needs none.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from linkvet.core.patterns.describe import describe  # numpy-free: shown patterns need it
from linkvet.core.patterns.settings import PatternSettings

if TYPE_CHECKING:
    from linkvet.core.patterns.detect import detect_patterns, patterns_by_invitation
    from linkvet.core.patterns.masking import mask_note

__all__ = [
    "PatternSettings",
    "describe",
    "detect_patterns",
    "mask_note",
    "patterns_by_invitation",
]

_LAZY = {
    "detect_patterns": "linkvet.core.patterns.detect",
    "patterns_by_invitation": "linkvet.core.patterns.detect",
    "mask_note": "linkvet.core.patterns.masking",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)
