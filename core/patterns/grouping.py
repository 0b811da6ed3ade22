"""Two non-chaining grouping primitives: anchored time windows and centre-based text groups.

Neither merges transitively: a time window is measured from its first event, and a text group
admits only notes similar to the group's centre, so A~B and B~C never pull A and C together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence

import numpy as np
from linkvet.core.patterns.context import Item
from rapidfuzz import fuzz, process

_CHUNK = 1024
_WORD_PREFILTER = 60  # word-level ratio below which two notes cannot be near-duplicates


def anchored_windows(
    times: Sequence[float], keys: Sequence[Hashable], window: float, min_distinct: int
) -> list[tuple[int, int]]:
    """Greedy windows over time-sorted events: [i, j] with t[j] - t[i] <= window (inclusive).

    Scanning from the earliest event, the first window holding `min_distinct` distinct keys is
    taken whole and scanning resumes after it, so windows never overlap or chain. O(n).
    """
    n = len(times)
    out: list[tuple[int, int]] = []
    counts: Counter[Hashable] = Counter()
    i = 0
    j = -1  # events i..j are counted
    while i < n:
        if j < i:
            counts.clear()
            j = i - 1
        while j + 1 < n and times[j + 1] - times[i] <= window:
            j += 1
            counts[keys[j]] += 1
        if len(counts) >= min_distinct:
            out.append((i, j))
            i = j + 1
            continue
        counts[keys[i]] -= 1
        if counts[keys[i]] == 0:
            del counts[keys[i]]
        i += 1
    return out


def item_windows(
    items: Sequence[Item], key: Callable[[Item], Hashable], window: float, min_distinct: int
) -> list[list[Item]]:
    """The anchored windows of dated items (ordered by time, then id) holding `min_distinct`
    distinct `key` values; the detectors' shared "enough people inside the window" rule."""
    if len({key(it) for it in items}) < min_distinct:
        return []
    ordered = sorted(items, key=lambda it: (it.ts or 0.0, it.inv.id))
    spans = anchored_windows(
        [it.ts or 0.0 for it in ordered], [key(it) for it in ordered], window, min_distinct
    )
    return [ordered[i : j + 1] for i, j in spans]


def neighbours(texts: Sequence[str], threshold: float) -> list[list[int]]:
    """For each text, the indices of texts with rapidfuzz ratio >= threshold (itself first)."""
    n = len(texts)
    if n == 0:
        return []
    if n <= 24:
        return [
            [i, *(j for j in range(n) if j != i and fuzz.ratio(texts[i], texts[j]) >= threshold)]
            for i in range(n)
        ]
    # Prefilter on word sequences (one code point per distinct word: ~6x shorter strings),
    # generous enough that notes differing in a few words pass; then verify on characters.
    vocab: dict[str, int] = {}
    coded = [
        "".join(chr(0x10000 + vocab.setdefault(w, len(vocab))) for w in t.split()) for t in texts
    ]
    result: list[list[int]] = [[i] for i in range(n)]
    for start in range(0, n, _CHUNK):
        block = process.cdist(
            coded[start : start + _CHUNK],
            coded,
            scorer=fuzz.ratio,
            score_cutoff=_WORD_PREFILTER,
            dtype=np.uint8,
            workers=-1,
        )
        rows, cols = np.nonzero(block)
        rows += start
        keep = rows != cols
        rows, cols = rows[keep].tolist(), cols[keep].tolist()
        if not rows:
            continue
        scores = process.cpdist(
            [texts[i] for i in rows],
            [texts[j] for j in cols],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            workers=-1,
        )
        for i, j, score in zip(rows, cols, scores.tolist(), strict=True):
            if score >= threshold:
                result[i].append(j)
    return result


def centre_groups(
    texts: Sequence[str],
    threshold: float,
    strength: Callable[[list[int]], tuple[float, ...]],
    accept: Callable[[list[int]], bool],
) -> list[tuple[int, list[int]]]:
    """Group texts around centres: each text joins at most one accepted group.

    Candidate centres are tried strongest first (`strength` of their neighbourhood); a centre
    claims its still-free neighbours, and the group is kept when `accept(members)` holds.
    Members must be similar to the centre itself, never merely to another member.
    """
    near = neighbours(texts, threshold)
    order = sorted(range(len(texts)), key=lambda i: (strength(near[i]), -i), reverse=True)
    taken = [False] * len(texts)
    groups: list[tuple[int, list[int]]] = []
    for centre in order:
        if taken[centre]:
            continue
        members = sorted(j for j in near[centre] if not taken[j])
        if not accept(members):
            continue
        for j in members:
            taken[j] = True
        groups.append((centre, members))
    return groups
