"""The Fellegi-Sunter weights: m- and u-probabilities per field and agreement level.

Weights are log2 Bayes factors m/u: how much more often a level is seen when the sender is
the contact (m) than when it is someone else (u). The m numbers and the u numbers of the
non-exact levels were learned on labelled pairs of the FEBRL development sets febrl1 and
febrl2 (../shared/dev; `python bench/match_weights.py` re-derives them, febrl3 is never
used). The u of an exact agreement is not a constant: it is the value's frequency in this
owner's contacts ("the only Harrington" is strong evidence, "one of 47 Clarkes" weak), and a
near miss of a frequent value is likelier by chance than one of a rare value.

Company, headline and profile URL never occur in the development sets (names only, as in
real exports); their numbers are stated assumptions, kept mild.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from linkvet.core.matching.levels import EXACT, FUZZY_LEVELS, LEVEL_COUNT
from linkvet.core.matching.readings import MIDDLE_LEFT_OUT, SWAPPED


@dataclass(frozen=True, slots=True)
class FieldModel:
    """m and u per agreement level of one field (see core.matching.levels for the order)."""

    m: tuple[float, ...]
    u: tuple[float, ...]

    @property
    def prior_count(self) -> float:
        """Pseudo-count of the value-frequency estimate: 1 / (chance two people share a value).

        u(value) = count / (contacts + prior_count): the owner's own frequency in a large book,
        the development sets' average in a tiny one."""
        return 1.0 / self.u[EXACT]

    def table(self) -> np.ndarray:
        """log2(m/u) per level (the exact level's entry is replaced per value)."""
        return np.log2(np.array(self.m) / np.array(self.u))

    def exact_u(self, count: np.ndarray | float, book: int) -> np.ndarray | float:
        """u of an exact agreement on a value held by `count` of `book` contacts."""
        return np.maximum(count, 1) / (book + self.prior_count)

    def weights(
        self,
        levels: np.ndarray,
        counts: np.ndarray,
        book: int,
        sender_counts: np.ndarray | None = None,
    ) -> np.ndarray:
        """log2 Bayes factor of each pair, given its level and the count of the contact's value
        (and of the sender's own value, `sender_counts`, 0 where no contact has it)."""
        m_of, u_of, fuzzy_of = _arrays(self)
        freq = self.exact_u(counts.astype(np.float64), book)
        m, u = m_of[levels], u_of[levels]
        fuzzy = fuzzy_of[levels]
        u = np.where(fuzzy, u + m * freq, u)  # a misspelt frequent value: by chance
        if sender_counts is not None:
            u = np.where(fuzzy, u + self.sender_chance(sender_counts, book), u)
        u = np.where(levels == EXACT, freq, u)
        return np.log2(m / u)

    def sender_chance(self, sender_counts: np.ndarray, book: int) -> np.ndarray:
        """u added to a fuzzy level by the sender's own value: someone really called Jack,
        written correctly, is a short form of every Jacqueline (0 for a value no contact has)."""
        held = np.asarray(sender_counts, dtype=np.float64)
        return np.where(held > 0, self.m[EXACT] * held / (book + self.prior_count), 0.0)


_ARRAYS: dict[tuple[tuple[float, ...], tuple[float, ...]], tuple[np.ndarray, ...]] = {}


def _arrays(model: FieldModel) -> tuple[np.ndarray, ...]:
    """m, u and "is a fuzzy level" as arrays indexed by level (built once per model)."""
    key = (model.m, model.u)
    got = _ARRAYS.get(key)
    if got is None:
        fuzzy = np.zeros(len(model.m), dtype=bool)
        fuzzy[list(FUZZY_LEVELS)] = True
        got = _ARRAYS[key] = (np.array(model.m), np.array(model.u), fuzzy)
    return got


# Learned on febrl1 + febrl2 by bench/match_weights.py (754 true pairs, 60,000 random
# non-pairs). Levels: exact, short form, initial, 1 edit, close spelling, similar spelling,
# missing on one side, missing on both sides, different. Short forms and initials do not
# occur in those sets: their numbers are the script's stated assumptions; a part missing on
# one side says nothing (u = m).
GIVEN = FieldModel(
    m=(0.719, 0.0289, 0.00963, 0.107, 0.0019, 0.000635, 0.0197, 0.0171, 0.0958),
    u=(0.00359, 0.000603, 0.00067, 0.00145, 9.21e-05, 0.000327, 0.0197, 0.00133, 0.972),
)
SURNAME = FieldModel(
    m=(0.7, 0.0289, 0.00963, 0.172, 0.00698, 0.00317, 0.0121, 0.00952, 0.0578),
    u=(0.00392, 0.000634, 0.000705, 0.000855, 9.69e-05, 0.000167, 0.0121, 0.000767, 0.981),
)
assert len(GIVEN.m) == len(GIVEN.u) == len(SURNAME.m) == len(SURNAME.u) == LEVEL_COUNT

# Reading costs (log2): one more way to agree by chance. Not learned: the share of swapped
# names is the same for matches and non-matches, so it cancels out of the Bayes factor.
READING_COST = {SWAPPED: -1.0, MIDDLE_LEFT_OUT: -2.0}

# Assumptions (no development data): an employer agrees for 60% of true pairs where both
# sides name one (people move), and two strangers' employers agree as often as that
# employer's share of the owner's contacts; a current headline equals the position stored
# for the contact for 30% of true pairs; a member has a second profile (or renamed the URL)
# 1 time in 10, so another URL than the contact's weighs log2(0.1) (such a contact is never
# linked; see core.matching.duplicate for the second-profile flag).
COMPANY_M_AGREE, COMPANY_M_DIFFER, COMPANY_U_DIFFER = 0.6, 0.4, 0.95
HEADLINE_M_AGREE, HEADLINE_M_OTHER, HEADLINE_U_OTHER = 0.3, 0.7, 0.97
ATTRIBUTE_PRIOR_COUNT = 50.0


def attribute_agree(m_agree: float, count: int, holders: int) -> float:
    """log2 BF of an agreeing company or headline held by `count` of `holders` contacts."""
    return math.log2(m_agree * (holders + ATTRIBUTE_PRIOR_COUNT) / max(count, 1))


COMPANY_DIFFERS = math.log2(COMPANY_M_DIFFER / COMPANY_U_DIFFER)
URL_DIFFERS = math.log2(0.1)
HEADLINE_OTHER = math.log2(HEADLINE_M_OTHER / HEADLINE_U_OTHER)
