"""Thresholds and weights for contact matching (defaults chosen on the bench dev split)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class MatchSettings:
    """Tunable knobs: score bands, candidate counts, and the field weights of the scorer."""

    known_threshold: int = 84  # >= this (and not ambiguous) -> known_contact, band "likely"
    possible_threshold: int = 60  # >= this -> listed as a "possible" candidate
    top_k: int = 8  # fuzzy candidates per sender taken from the cdist matrix
    max_candidates: int = 5  # candidates listed in a MatchResult
    tie_margin: int = 2  # two different people within this many points -> ambiguous
    fuzzy_floor: int = 50  # cdist cells below this are not candidates
    block_cap: int = 40  # max surname-block candidates re-scored per sender
    chunk_cells: int = 8_000_000  # cdist chunk size in matrix cells (rows x contacts)
    given_weight: float = 0.6  # score loss per point of given-name dissimilarity
    surname_weight: float = 0.7  # score loss per point of surname dissimilarity
    company_bonus: int = 6
    company_penalty: int = 3
    url_mismatch_penalty: int = 8  # both vanity slugs present and different (non-connection)
    married_base: int = 56  # same given, different surname: below "possible" on its own...
    married_cap: int = 72  # ...and at most "possible" with company agreement
