"""The small split of bench/match_quality.py must meet the quality targets."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.match_quality import evaluate  # noqa: E402


def test_small_split_meets_targets() -> None:
    report = evaluate("small")
    test = report["test"]
    assert test["precision"] >= 0.97
    assert test["recall"] >= 0.90
    assert test["key_accuracy"] == 1.0
    assert report["dev"]["precision"] >= 0.95  # the split thresholds were not chosen on
    assert test["f1"] > report["baseline_test"]["f1"]
