"""From Bayes factors to "who is this sender": all candidates compete in one posterior.

P(contact j) is proportional to BF_j (the prior per contact is the same for all), and
P(nobody in the book) to N(1 - prior)/prior, N the book size (at least `min_book`). Contacts
not scored (every field different, or the tail of a huge exact-value block) add their
expected mass to the denominator, so a name shared by many stays weak evidence.
"""

from __future__ import annotations

import numpy as np
from linkvet.core.matching.levels import DIFFERENT, EXACT
from linkvet.core.matching.model import GIVEN, SURNAME
from linkvet.core.matching.settings import MatchSettings

_NOTHING_IN_COMMON = float(GIVEN.table()[DIFFERENT] + SURNAME.table()[DIFFERENT])


def none_mass(contacts: int, s: MatchSettings) -> float:
    """The weight of "someone not in the book", in the units of the Bayes factors."""
    return max(contacts, s.min_book) * (1.0 - s.prior_known) / s.prior_known


def unscored_mass(contacts: int) -> float:
    """The expected Bayes-factor mass of contacts with nothing in common with the sender."""
    return contacts * 2.0**_NOTHING_IN_COMMON


def block_overflow(count: int, cap: int, contacts: int, given: bool) -> float:
    """Mass of the contacts of an exact-value block beyond those scored: each agrees on this
    field and (at best) differs on the other."""
    extra = count - cap
    if extra <= 0:
        return 0.0
    same, other = (GIVEN, SURNAME) if given else (SURNAME, GIVEN)
    w = float(np.log2(same.m[EXACT] / same.exact_u(count, contacts))) + float(
        other.table()[DIFFERENT]
    )
    return extra * 2.0**w


def posteriors(
    weights: np.ndarray, query: np.ndarray, extra: np.ndarray, contacts: int, s: MatchSettings
) -> tuple[np.ndarray, np.ndarray]:
    """(posterior per pair, denominator per query) for pairs grouped by `query`; `extra` is
    the per-query mass of contacts that were not scored."""
    bf = np.exp2(weights)
    total = np.bincount(query, weights=bf, minlength=len(extra))
    denom = none_mass(contacts, s) + unscored_mass(contacts) + extra + total
    return bf / denom[query], denom
