"""Operating point and candidate counts of contact matching (chosen on febrl1-2, see README)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from linkvet.core.setting import Table, setting


def _percent(default: int, doc: str) -> int:
    return setting(default, doc=doc, minimum=1, maximum=100)


@dataclass(slots=True)
class MatchSettings:
    """The posterior bands, the prior and the amount of candidate search."""

    TABLE: ClassVar[Table] = Table("matching", "Contact matching thresholds and weights.")

    known_threshold: int = _percent(
        55, 'Posterior in percent at which a sender is linked ("likely").'
    )
    possible_threshold: int = _percent(
        5, 'Posterior in percent at which a contact is listed ("possible").'
    )
    decisive_threshold: int = _percent(
        99, "A disagreeing surname or given name links only from this posterior in percent."
    )
    duplicate_threshold: int = _percent(
        50, "Posterior in percent (profile URL aside) that flags a second profile."
    )
    prior_known: float = setting(
        0.5, doc="Share of senders who are someone in your contacts.", above=0, below=1
    )
    min_book: int = setting(
        250, doc="Smaller address books count as this large in the prior.", minimum=1
    )
    lookup_cutoff: float = setting(
        2.0,
        doc="Lookup rows below this posterior in percent are not shown.",
        minimum=0,
        maximum=100,
    )
    top_k: int = setting(
        10, doc="Fuzzy candidates per reading key taken from the similarity matrix.", minimum=1
    )
    block_cap: int = setting(
        20, doc="An exact given-name or surname block this small is scored whole.", minimum=0
    )
    max_candidates: int = setting(5, doc="Candidates listed for a sender.", minimum=1)
    fuzzy_floor: int = setting(
        60,
        doc="Name similarity in percent below which a contact is not a candidate.",
        minimum=0,
        maximum=100,
    )
    chunk_cells: int = setting(
        8_000_000,
        doc="Similarity matrix chunk size in cells (senders x contacts): memory against speed.",
        minimum=1,
    )
