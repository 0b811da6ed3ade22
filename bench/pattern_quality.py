"""Precision, recall and speed of core.patterns on labelled synthetic data.

Run from the repo root: `python bench/pattern_quality.py [--n 10000] [--owners 50] [--seed 7]`.
`evaluate()` is importable so a test can run it small and assert the targets.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from linkvet.core.models import PATTERN_KINDS
from linkvet.core.patterns import detect_patterns

from bench.pattern_eval_data import generate

KINDS = PATTERN_KINDS
MATCH_JACCARD = 0.5


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two member sets."""
    return len(a & b) / len(a | b) if a or b else 1.0


def evaluate(n_invitations: int, n_owners: int, seed: int) -> dict:
    """Generate, detect, and score: per-kind precision/recall, detection time in seconds.

    A detected pattern counts as correct when a planted pattern of the same kind shares at
    least half of the union of their members (Jaccard >= 0.5); recall counts planted patterns
    found that way.
    """
    data = generate(n_invitations, n_owners, seed)
    t0 = time.perf_counter()
    patterns = detect_patterns(data.invitations, data.owners)
    seconds = time.perf_counter() - t0
    per_kind: dict[str, dict[str, float | int]] = {}
    false_positives: list[dict] = []
    for kind in KINDS:
        truth = [m for k, m in data.truth if k == kind]
        found = [p for p in patterns if p.kind == kind]
        found_sets = [frozenset(p.members) for p in found]
        tp_found = 0
        for p, members in zip(found, found_sets, strict=True):
            if any(_jaccard(members, t) >= MATCH_JACCARD for t in truth):
                tp_found += 1
            elif len(false_positives) < 10:
                false_positives.append({"kind": kind, "evidence": p.evidence[:2]})
        hit_truth = sum(
            1 for t in truth if any(_jaccard(t, m) >= MATCH_JACCARD for m in found_sets)
        )
        per_kind[kind] = {
            "planted": len(truth),
            "detected": len(found),
            "precision": round(tp_found / len(found), 4) if found else 1.0,
            "recall": round(hit_truth / len(truth), 4) if truth else 1.0,
        }
    return {
        "n_invitations": len(data.invitations),
        "n_owners": len(data.owners),
        "seed": seed,
        "seconds": round(seconds, 3),
        "kinds": per_kind,
        "false_positive_examples": false_positives,
    }


def main() -> int:
    """CLI: print the evaluation as JSON; exit 1 when a target (0.95 / 2 s) is missed."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--owners", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    result = evaluate(args.n, args.owners, args.seed)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    ok = result["seconds"] <= 2.0 and all(
        k["precision"] >= 0.95 and k["recall"] >= 0.95 for k in result["kinds"].values()
    )
    print("targets met" if ok else "TARGETS MISSED", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
