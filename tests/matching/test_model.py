"""The Fellegi-Sunter weights: value frequency in the owner's book, and the shipped numbers."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from linkvet.core.matching import levels as lv
from linkvet.core.matching.model import GIVEN, SURNAME, FieldModel

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.match_dev_data import TUNE_SETS, available  # noqa: E402


def weight(model: FieldModel, level: int, count: int, book: int) -> float:
    return float(model.weights(np.array([level]), np.array([count]), book)[0])


def test_an_exact_agreement_weighs_more_the_rarer_the_value() -> None:
    ws = [weight(SURNAME, lv.EXACT, n, 30_000) for n in (1, 10, 100, 1000)]
    assert ws == sorted(ws, reverse=True)
    assert ws[0] - ws[1] == pytest.approx(np.log2(10))  # ten times as common: log2(10) less


def test_a_tiny_book_falls_back_to_the_development_sets_average_frequency() -> None:
    u = GIVEN.exact_u(1, 1)
    assert u == pytest.approx(1 / (1 + GIVEN.prior_count))
    assert u == pytest.approx(GIVEN.u[lv.EXACT], rel=0.01)


def test_a_near_miss_of_a_frequent_value_is_weaker_than_of_a_rare_one() -> None:
    rare = weight(SURNAME, lv.ONE_EDIT, 1, 30_000)
    common = weight(SURNAME, lv.ONE_EDIT, 3000, 30_000)
    assert rare > common > weight(SURNAME, lv.DIFFERENT, 1, 30_000)


def test_a_near_miss_by_a_value_many_contacts_have_is_weaker() -> None:
    # the sender writes Jack: a short form of Jacqueline, but also the name of 40 Jacks
    def short(held: int) -> float:
        levels, counts = np.array([lv.SHORT_FORM]), np.array([1])
        return float(GIVEN.weights(levels, counts, 500, np.array([held]))[0])

    assert short(0) == pytest.approx(weight(GIVEN, lv.SHORT_FORM, 1, 500))  # no contact has it
    assert short(0) > short(1) > short(40)
    assert short(40) < weight(GIVEN, lv.EXACT, 40, 500)  # the 40 Jacks' own exact agreement
    exact = GIVEN.weights(np.array([lv.EXACT]), np.array([3]), 500, np.array([40]))
    assert float(exact[0]) == pytest.approx(weight(GIVEN, lv.EXACT, 3, 500))  # exact: unchanged


def test_the_levels_are_ordered_as_evidence() -> None:
    for model in (GIVEN, SURNAME):
        table = model.table()
        assert table[lv.ONE_EDIT] > 0 > table[lv.DIFFERENT]
        assert table[lv.ONE_MISSING] == pytest.approx(0.0)  # a missing part says nothing
        assert sum(model.m) == pytest.approx(1.0, abs=1e-3)
        assert sum(model.u) == pytest.approx(1.0, abs=1e-3)


@pytest.mark.skipif(
    not all(available(n) for n in TUNE_SETS), reason="../shared/dev FEBRL sets not present"
)
def test_the_shipped_numbers_are_what_the_bench_script_derives() -> None:
    from bench.match_weights import collect, derive

    given, surname = derive(collect(TUNE_SETS))
    for shipped, derived in ((GIVEN, given), (SURNAME, surname)):
        for a, b in zip(shipped.m + shipped.u, derived.m + derived.u, strict=True):
            assert a == pytest.approx(b, rel=5e-3)  # printed with three significant digits
