"""Blocking: the top k keys per query by fuzz.ratio, as a full cdist would rank them."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from linkvet.core.matching.candidates import top_keys
from rapidfuzz import fuzz, process

words = st.text(alphabet="abcdeklmnorsy ", min_size=1, max_size=10)


def brute(queries: list[str], keys: list[str], k: int, floor: int) -> set[tuple[int, int]]:
    m = process.cdist(queries, keys, scorer=fuzz.ratio, processor=None, dtype=np.uint8)
    out: set[tuple[int, int]] = set()
    for qi, row in enumerate(m):
        order = sorted(range(len(keys)), key=lambda j: (-int(row[j]), j))
        out |= {(qi, j) for j in order[:k] if row[j] >= floor}
    return out


@settings(max_examples=60, deadline=None)
@given(
    st.lists(words, min_size=1, max_size=12),
    st.lists(words, min_size=1, max_size=40, unique=True),
    st.integers(1, 6),
    st.sampled_from([16, 64, 8_000_000]),
)
def test_top_keys_equal_a_brute_force_ranking(
    queries: list[str], keys: list[str], k: int, chunk: int
) -> None:
    q, c = top_keys(queries, keys, k, 40, chunk)
    assert set(zip(q.tolist(), c.tolist(), strict=True)) == brute(queries, keys, k, 40)


def test_nothing_to_compare_gives_nothing() -> None:
    q, c = top_keys([], ["a"], 3, 50, 100)
    assert len(q) == len(c) == 0
    q, c = top_keys(["a"], [], 3, 50, 100)
    assert len(q) == len(c) == 0
