"""Field-wise scoring of candidate pairs, vectorised: every reading of a name against every
reading of a contact, per-field agreement levels and weights, the best reading per pair."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from linkvet.core.matching.book import BookTables
from linkvet.core.matching.levels import EXACT, PREFIX, compare_ids
from linkvet.core.matching.model import GIVEN, READING_COST, SURNAME
from linkvet.core.matching.readings import Reading

TYPED_PART = 0.25  # lookups: how often a typed word is only the beginning of the name sought


@dataclass(slots=True)
class Queries:
    """Distinct names being matched, with all their readings in flat columns."""

    names: list[str]
    readings: list[tuple[Reading, ...]]
    start: np.ndarray  # name -> first flat reading
    size: np.ndarray  # name -> how many readings
    given: np.ndarray  # flat reading -> given name (object array of str)
    surname: np.ndarray
    cost: np.ndarray  # flat reading -> log2 reading cost
    flat: list[Reading]

    @classmethod
    def of(cls, names: list[str], readings: list[tuple[Reading, ...]]) -> Queries:
        """Flatten the readings of `names` (readings[i] belongs to names[i])."""
        size = np.fromiter(map(len, readings), dtype=np.int64, count=len(readings))
        start = np.zeros(len(readings), dtype=np.int64)
        if len(readings) > 1:
            np.cumsum(size[:-1], out=start[1:])
        flat = [r for rs in readings for r in rs]
        return cls(
            names=names,
            readings=readings,
            start=start,
            size=size,
            given=np.array([r.given for r in flat], dtype=object),
            surname=np.array([r.surname for r in flat], dtype=object),
            cost=np.array([READING_COST.get(r.kind, 0.0) for r in flat], dtype=np.float64),
            flat=flat,
        )


@dataclass(slots=True)
class PairScores:
    """The best reading of each (query, contact) pair: its weight and per-field levels."""

    query: np.ndarray
    entry: np.ndarray
    weight: np.ndarray  # log2 Bayes factor of the best reading (reading cost included)
    given_level: np.ndarray
    surname_level: np.ndarray
    given_weight: np.ndarray
    surname_weight: np.ndarray
    query_reading: np.ndarray  # flat index into Queries
    book_reading: np.ndarray  # index into BookTables

    def __len__(self) -> int:
        return len(self.query)


def _typed_prefix(
    book: BookTables,
    contacts: int,
    mine: list[str],
    theirs: list[str],
    levels: np.ndarray,
    weights: np.ndarray,
    given: bool,
) -> None:
    """Lookups: a typed word that begins the contact's (the query is typed as you go) agrees
    as strongly as the share of contacts whose name begins so allows, less the chance that
    the user stopped typing there (in place)."""
    model = GIVEN if given else SURNAME
    counts: dict[str, int] = {}
    for i, (a, b) in enumerate(zip(mine, theirs, strict=True)):
        if a and len(a) < len(b) and b.startswith(a) and levels[i] != EXACT:
            n = counts.get(a)
            if n is None:
                n = counts[a] = max(1, book.prefix_count(a, given))
            w = float(np.log2(TYPED_PART * (contacts + model.prior_count) / n))
            if w > weights[i]:
                weights[i] = w
                levels[i] = PREFIX


def _held(held: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """How many contacts have each sender value (ids past the book's vocabulary: none)."""
    known = ids < len(held)
    return np.where(known, held[np.where(known, ids, 0)], 0)


def score(
    book: BookTables,
    contacts: int,
    queries: Queries,
    q: np.ndarray,
    e: np.ndarray,
    typed: bool = False,
) -> PairScores:
    """Score the pairs (q[i], e[i]) (sorted by q, distinct) on given name and surname;
    `typed` (lookups) lets a word agree by its beginning (see levels.PREFIX)."""
    n_pairs = len(q)
    qs = queries.size[q]
    cs = book.size[e]
    rows = qs * cs
    pair = np.repeat(np.arange(n_pairs), rows)
    first = np.zeros(n_pairs + 1, dtype=np.int64)
    np.cumsum(rows, out=first[1:])
    offset = np.arange(first[-1]) - first[:-1][pair]
    width = cs[pair]
    qr = queries.start[q][pair] + offset // width
    br = book.start[e][pair] + offset % width
    given_vocab, surname_vocab = book.given_vocab.copy(), book.surname_vocab.copy()
    q_given = given_vocab.encode(queries.given.tolist())
    q_surname = surname_vocab.encode(queries.surname.tolist())
    lg = compare_ids(q_given[qr], book.given_ids[br], given_vocab, given=True)
    ls = compare_ids(q_surname[qr], book.surname_ids[br], surname_vocab, given=False)
    held_g = _held(book.held_g, q_given[qr])
    held_s = _held(book.held_s, q_surname[qr])
    wg = GIVEN.weights(lg, book.count_g[br], contacts, held_g)
    ws = SURNAME.weights(ls, book.count_s[br], contacts, held_s)
    if typed:
        qg, bg = queries.given[qr].tolist(), book.given[br].tolist()
        qs_, bs = queries.surname[qr].tolist(), book.surname[br].tolist()
        _typed_prefix(book, contacts, qg, bg, lg, wg, True)
        _typed_prefix(book, contacts, qs_, bs, ls, ws, False)
    total = wg + ws + queries.cost[qr] + book.cost[br]
    best = np.maximum.reduceat(total, first[:-1]) if n_pairs else total[:0]
    is_best = total == best[pair]
    rows_best = np.flatnonzero(is_best)
    _, take = np.unique(pair[rows_best], return_index=True)
    pick = rows_best[take]
    return PairScores(
        query=q, entry=e, weight=total[pick], given_level=lg[pick], surname_level=ls[pick],
        given_weight=wg[pick], surname_weight=ws[pick], query_reading=qr[pick],
        book_reading=br[pick],
    )  # fmt: skip
