"""The seven-point checklist: pass / fail / unknown with plain-word evidence per invitation.

`evaluate(ctx, settings)` is a pure function of the Context, so overrides recompute at once.
"""

from linkvet.core.checklist.context import Context, PriorDecision
from linkvet.core.checklist.evaluate import apply_override, evaluate
from linkvet.core.checklist.settings import ChecklistSettings

__all__ = ["ChecklistSettings", "Context", "PriorDecision", "apply_override", "evaluate"]
