"""Candidate generation (blocking): a chunked cdist of reading keys and the top k per key.

Each distinct reading key of the senders is compared with each distinct reading key of the
owner's contacts (fuzz.ratio on sorted, space-folded words, all cores); cells under the floor
are zeroed by rapidfuzz, the few survivors are found with a word-wise scan and ranked per
row. Exact given-name and surname blocks are added by the index (a replaced given name).
"""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process

PARALLEL_CELLS = 1_000_000  # cells from which the cdist uses all cores


def _survivors(m: np.ndarray) -> np.ndarray:
    """Flat positions of the non-zero cells of a uint8 matrix (scanned 8 cells at a time)."""
    flat = m.reshape(-1)
    cut = len(flat) // 8 * 8
    words = np.flatnonzero(flat[:cut].view(np.uint64))
    pos = (words[:, None] * 8 + np.arange(8)).reshape(-1)
    pos = pos[flat[pos] != 0]
    tail = cut + np.flatnonzero(flat[cut:])
    return np.concatenate([pos, tail]) if len(tail) else pos


def top_keys(
    queries: list[str], keys: list[str], top_k: int, floor: int, chunk_cells: int
) -> tuple[np.ndarray, np.ndarray]:
    """(query index, key index) of the `top_k` most similar keys per query, at least `floor`."""
    n = len(keys)
    if not queries or not n:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    rows = max(16, min(2000, chunk_cells // n))
    out_q: list[np.ndarray] = []
    out_k: list[np.ndarray] = []
    for start in range(0, len(queries), rows):
        chunk = queries[start : start + rows]
        workers = -1 if len(chunk) * n >= PARALLEL_CELLS else 1  # a keystroke: one core
        m = process.cdist(
            chunk, keys, scorer=fuzz.ratio, processor=None, dtype=np.uint8,
            workers=workers, score_cutoff=floor,
        )  # fmt: skip
        pos = _survivors(m)
        r, c = np.divmod(pos, n)
        score = m.reshape(-1)[pos]
        del m
        order = np.lexsort((c, -score.astype(np.int16), r))  # best first within each row
        r, c = r[order], c[order]
        row_start = np.searchsorted(r, r, side="left")
        keep = np.arange(len(r)) - row_start < top_k
        out_q.append(r[keep] + start)
        out_k.append(c[keep])
    return np.concatenate(out_q), np.concatenate(out_k)
