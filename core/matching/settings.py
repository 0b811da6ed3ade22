"""Operating point and candidate counts of contact matching (chosen on febrl1-2, see README)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class MatchSettings:
    """The posterior bands, the prior and the amount of candidate search."""

    known_threshold: int = 55  # posterior in percent at which a sender is linked ("likely")
    possible_threshold: int = 5  # posterior in percent at which a contact is listed ("possible")
    decisive_threshold: int = 99  # a disagreeing surname or given name links only from here
    duplicate_threshold: int = 50  # posterior (URL aside) that flags a second profile
    prior_known: float = 0.5  # share of senders who are someone in the owner's contacts
    min_book: int = 250  # smaller address books count as this large in the prior
    lookup_cutoff: float = 2.0  # lookup rows below this posterior in percent are not shown
    top_k: int = 10  # fuzzy candidates per reading key taken from the cdist matrix
    block_cap: int = 20  # an exact given-name or surname block this small is scored whole
    max_candidates: int = 5  # candidates listed in a MatchResult
    fuzzy_floor: int = 60  # cdist cells below this are not candidates
    chunk_cells: int = 8_000_000  # cdist chunk size in matrix cells (rows x contacts)

    def validate(self) -> None:
        """Reject settings that cannot work (the config loader reports the key)."""
        for name in ("known_threshold", "possible_threshold", "decisive_threshold"):
            value = getattr(self, name)
            if not 0 < value <= 100:
                raise ValueError(f"{name} must be between 1 and 100")
        if not 0 < self.prior_known < 1:
            raise ValueError("prior_known must be between 0 and 1 (exclusive)")
