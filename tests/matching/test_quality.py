"""Matching quality on the external FEBRL development sets (../shared/dev; skipped when absent)
and on the generated benchmark. The thresholds come from febrl1-2 only (bench/match_quality.py
--tune); febrl3 is never tuned on, and nothing is chosen on the generated set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from linkvet.core.matching import MatchSettings

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.match_dev_data import TUNE_SETS, available, counts, load, prf  # noqa: E402
from bench.match_quality import (  # noqa: E402
    TARGET_PRECISION,
    evaluate,
    operating_point,
    run_dev,
    sweep,
    token_sort_baseline,
)

needs_dev = pytest.mark.skipif(
    not all(available(n) for n in (*TUNE_SETS, "febrl3")),
    reason="../shared/dev FEBRL sets not present",
)


@needs_dev
def test_the_shipped_threshold_is_the_operating_point_of_the_tune_sets() -> None:
    tune = [load(n) for n in TUNE_SETS]
    rows = sweep(tune, MatchSettings())
    assert operating_point(rows) == MatchSettings().known_threshold
    chosen = dict(rows)[MatchSettings().known_threshold]
    assert chosen["precision"] >= TARGET_PRECISION


@needs_dev
def test_held_out_febrl3_precision_and_f1_against_a_bare_token_sort() -> None:
    ds = load("febrl3")
    ours = prf(*counts(ds, run_dev(ds, MatchSettings())))
    bare = max(
        (prf(*token_sort_baseline(ds, cut)) for cut in range(80, 100)), key=lambda m: m["f1"]
    )
    assert ours["precision"] >= TARGET_PRECISION
    assert ours["f1"] > bare["f1"]  # better than the best bare cut-off, even chosen on febrl3


def test_generated_split_meets_targets() -> None:
    report = evaluate("small")
    test = report["test"]
    assert test["precision"] >= 0.97
    assert test["recall"] >= 0.90
    assert test["key_accuracy"] == 1.0
    assert report["dev"]["precision"] >= 0.95
    assert test["f1"] > report["baseline_test"]["f1"]
