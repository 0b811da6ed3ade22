"""Scoring keeps, per pair, the best of every sender reading against every contact reading."""

from __future__ import annotations

import numpy as np
import pytest
from linkvet.core.matching import levels as lv
from linkvet.core.matching.book import OwnerBook
from linkvet.core.matching.model import GIVEN, READING_COST, SURNAME
from linkvet.core.matching.prepared import prepare_contact, prepare_person
from linkvet.core.matching.scoring import Queries, score
from linkvet.core.models import Contact, Person

NAMES = ["Mary Ann Smith", "Imogen Vincent", "John Smith", "Ann Mary", "Vincent Imogen"]
SENDERS = ["Imog En Vinxent", "Smith Mary", "Mary Smith", "Vincent", "Ann Smith Mary"]


def test_each_pair_gets_the_best_reading_of_all() -> None:
    book = OwnerBook()
    for i, n in enumerate(NAMES):
        book.add(prepare_contact(Contact(id=f"c{i}", owner_id="me", source="address_book", name=n)))
    tables = book.tables()
    senders = [prepare_person(Person(n)) for n in SENDERS]
    queries = Queries.of(SENDERS, [p.readings for p in senders])
    q = np.repeat(np.arange(len(SENDERS)), len(NAMES))
    e = np.tile(np.arange(len(NAMES)), len(SENDERS))
    got = score(tables, len(NAMES), queries, q, e)
    for i, (qi, ei) in enumerate(zip(q.tolist(), e.tolist(), strict=True)):
        best = -np.inf
        for r in senders[qi].readings:
            for cr in book.entries[ei].readings:
                lg = lv.compare([r.given], [cr.given], True)
                ls = lv.compare([r.surname], [cr.surname], False)
                cg = np.array([book.given_counts.get(cr.given, 1)])
                cs = np.array([book.surname_counts.get(cr.surname, 1)])
                hg = np.array([book.given_counts.get(r.given, 0)])  # the sender's own value
                hs = np.array([book.surname_counts.get(r.surname, 0)])
                w = float(GIVEN.weights(lg, cg, 5, hg)[0] + SURNAME.weights(ls, cs, 5, hs)[0])
                w += READING_COST.get(r.kind, 0.0) + READING_COST.get(cr.kind, 0.0)
                best = max(best, w)
        assert got.weight[i] == pytest.approx(best)
