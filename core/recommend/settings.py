"""RecommendSettings: knobs of the built-in verdict (config `[recommend]`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class RecommendSettings:
    """Switches for the built-in verdict table; `follow_up_days` comes from `[ask]`."""

    decision_memory: bool = True  # keep an earlier decision for the same person
    decline_without_note: bool = False  # strict: unknown sender with no note -> decline, not ask
    accept_on_two_way: bool = True  # your own two_way tick + a personal note -> accept
    follow_up_days: int = 14  # an ask unanswered this many days -> decline (set by [ask])

    def validate(self) -> None:
        """Raise ValueError for out-of-range values."""
        if self.follow_up_days < 1:
            raise ValueError("follow_up_days must be at least 1")
