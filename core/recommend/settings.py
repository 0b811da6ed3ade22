"""RecommendSettings: knobs of the built-in verdict (config `[recommend]`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class RecommendSettings:
    """Switches for the built-in verdict table; `follow_up_days` comes from `[ask]`."""

    decision_memory: bool = True
    """Keep your earlier decision on a person unless the evidence changed."""
    decline_without_note: bool = False
    """Strict mode: an unknown sender with no note gets decline instead of ask."""
    accept_on_two_way: bool = True
    """Accept when you ticked two_way yourself and the note is personal."""
    recruiter_with_role: str = "accept"
    """A recruiter whose note names the role and the company: "accept" or "ask"."""
    generic_note: str = "ask"
    """A note that says nothing (a generic line or LinkedIn's stock text): "ask" or "decline"."""
    follow_up_days: int = 14  # an ask unanswered this many days -> decline (set by [ask])

    def validate(self) -> None:
        """Raise ValueError for out-of-range values."""
        if self.follow_up_days < 1:
            raise ValueError("follow_up_days must be at least 1")
        if self.recruiter_with_role not in ("accept", "ask"):
            raise ValueError('recruiter_with_role must be "accept" or "ask"')
        if self.generic_note not in ("ask", "decline"):
            raise ValueError('generic_note must be "ask" or "decline"')
