"""Mass-invite patterns (checklist point 6): fan-outs, campaigns, templates, bursts, reinvites.

`detect_patterns` finds them among INCOMING invitations; each Pattern carries plain-sentence
evidence a person can check, and `describe` gives a one-line summary.
"""

from linkvet.core.patterns.describe import describe
from linkvet.core.patterns.detect import detect_patterns, patterns_by_invitation
from linkvet.core.patterns.masking import mask_note
from linkvet.core.patterns.settings import PatternSettings

__all__ = [
    "PatternSettings",
    "describe",
    "detect_patterns",
    "mask_note",
    "patterns_by_invitation",
]
