"""RecommendSettings: knobs of the built-in verdict (config `[recommend]`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from linkvet.core.ask import AskSettings
from linkvet.core.setting import Table, attached, setting


@dataclass(slots=True)
class RecommendSettings:
    """Switches for the built-in verdict table; the reply wait is `[ask] follow_up_days`."""

    TABLE: ClassVar[Table] = Table("recommend", "The built-in verdict (accept / decline / ask).")

    decision_memory: bool = setting(
        True, doc="Keep your earlier decision on a person unless the evidence changed."
    )
    decline_without_note: bool = setting(
        False, doc="Strict mode: an unknown sender with no note gets decline instead of ask."
    )
    accept_on_two_way: bool = setting(
        True, doc="Accept when you ticked two_way yourself and the note is personal."
    )
    recruiter_with_role: str = setting(
        "accept",
        doc="A recruiter whose note names the role and the company.",
        choices=("accept", "ask"),
    )
    generic_note: str = setting(
        "ask",
        doc="A note that says nothing (a generic line or LinkedIn's stock text).",
        choices=("ask", "decline"),
    )
    ask: AskSettings = attached(AskSettings)

    @property
    def follow_up_days(self) -> int:
        """Days an ask may go unanswered before the verdict is decline: `[ask] follow_up_days`."""
        return self.ask.follow_up_days
