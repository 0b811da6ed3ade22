"""The posterior: candidates and "nobody in the book" share one probability."""

from __future__ import annotations

import numpy as np
import pytest
from linkvet.core.matching.posterior import (
    block_overflow,
    none_mass,
    posteriors,
    unscored_mass,
)
from linkvet.core.matching.settings import MatchSettings


def test_candidates_and_nobody_share_one_probability() -> None:
    s = MatchSettings()
    weights = np.array([10.0, 8.0, 12.0])
    query = np.array([0, 0, 1])
    extra = np.array([5.0, 0.0])
    post, denom = posteriors(weights, query, extra, 1000, s)
    nobody = (none_mass(1000, s) + unscored_mass(1000) + extra) / denom
    assert post[0] + post[1] + nobody[0] == pytest.approx(1.0)
    assert post[2] + nobody[1] == pytest.approx(1.0)
    assert post[0] > post[1]


def test_a_tiny_book_counts_as_min_book_in_the_prior() -> None:
    s = MatchSettings(min_book=250, prior_known=0.5)
    assert none_mass(3, s) == none_mass(250, s) == 250
    assert none_mass(1000, s) == 1000
    assert none_mass(1000, MatchSettings(prior_known=0.2)) == pytest.approx(4000)


def test_only_the_unscored_tail_of_a_block_adds_mass() -> None:
    assert block_overflow(20, 20, 3000, True) == 0.0
    assert block_overflow(300, 20, 3000, False) > block_overflow(100, 20, 3000, False) > 0
