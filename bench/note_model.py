"""Re-derive core/notes/note_model.json, the learned note reader's counts (core.notes.learned).

    python -m bench.note_model [--check] [--cv]

Trains on the labelled notes of tests/notes/written_notes.json outside the `holdout` split
(the held-out round is never learned from; the real notes of ../shared/dev are never used, so
nothing of a real export ships). `--check` only says whether the shipped file is current;
`--cv` prints the table that chose `DECIDE_AT`: each round written blind (5-7)
in turn is read by a model trained on all the other notes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from linkvet.core.notes import learned  # noqa: E402

from bench.notes_eval import WRITTEN  # noqa: E402

SHIPPED = ROOT / "core" / "notes" / "note_model.json"


def labelled(path: Path = WRITTEN) -> list[dict[str, Any]]:
    """The written notes the model may learn from (not the held-out round)."""
    rows = json.loads(path.read_text(encoding="utf-8"))["notes"]
    return [r for r in rows if r["split"] != "holdout"]


def train(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Class counts and per-feature note counts, features seen in >= MIN_NOTES notes only."""
    rows = list(rows)
    decisions = Counter(r["decision"] for r in rows)
    categories = Counter(r["category"] for r in rows)
    dec_order = [d for d in learned.DECISIONS if d in decisions]
    cat_order = sorted(categories)
    per: dict[str, Counter[str]] = {}
    for r in rows:
        for f in learned.features(r["message"]):
            per.setdefault(f, Counter()).update([f"d:{r['decision']}", f"c:{r['category']}"])
    kept = {
        f: [c[f"d:{d}"] for d in dec_order] + [c[f"c:{k}"] for k in cat_order]
        for f, c in sorted(per.items())
        if sum(c[f"d:{d}"] for d in dec_order) >= learned.MIN_NOTES
    }
    model = {
        "about": "Built by bench/note_model.py from tests/notes/written_notes.json "
        f"(splits tune and seen, {len(rows)} notes); see core/notes/learned.py.",
        "decisions": {d: decisions[d] for d in dec_order},
        "categories": {k: categories[k] for k in cat_order},
        "features": kept,
    }
    absent = learned.model_from_json(model).absent
    model["absent"] = {"decisions": absent[0], "categories": absent[1]}
    return model


def dump(model: dict[str, Any]) -> str:
    """The file as shipped: one feature per line, so a retraining diffs readably."""
    head = {k: v for k, v in model.items() if k != "features"}
    lines = [json.dumps(head, ensure_ascii=True)[:-1] + ', "features": {']
    items = list(model["features"].items())
    for i, (f, row) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        lines.append(f"  {json.dumps(f, ensure_ascii=True)}: {json.dumps(row)}{comma}")
    lines.append("}}")
    return "\n".join(lines) + "\n"


# Rounds written blind, each by another writer who saw neither the rules nor the other notes:
# leaving one of these out says how the model does on a stranger's phrasing. (Rounds 0-4 share
# one writer, so leaving one of them out flatters the model.)
BLIND_ROUNDS = (5, 6, 7, 8)


def cross_validate(rows: list[dict[str, Any]], thresholds: Iterable[float]) -> list[str]:
    """Leave one blind round out: how often the model is right when it moves a note off
    "ask", on every note of that round. (Counting only the notes today's rules leave generic
    would favour "never move": the rules were tuned on these rounds, so what they leave is
    mostly what the reader asks about.)"""
    out = []
    for at in thresholds:
        moved = right = severe = 0
        for held in BLIND_ROUNDS:
            model = learned.model_from_json(train(r for r in rows if r["round"] != held))
            for r in (r for r in rows if r["round"] == held):
                result = learned.learned_reading(r["message"], model, decide_at=at)
                if result is None:
                    continue
                moved += 1
                right += result.decision == r["decision"]
                severe += {result.decision, r["decision"]} == {"accept", "decline"}
        share = right / moved if moved else 0.0
        out.append(f"decide at {at:.2f}: {moved} notes moved off ask, {right} right "
                   f"({share:.0%}), {severe} severe (accept <-> decline)")  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only say whether the file is current")
    ap.add_argument("--cv", action="store_true", help="print the leave-one-round-out table")
    args = ap.parse_args(argv)
    rows = labelled()
    if args.cv:
        print("\n".join(cross_validate(rows, (0.5, 0.7, 0.8, 0.9, 0.95, 0.99))))
        return 0
    text = dump(train(rows))
    if args.check:
        current = SHIPPED.exists() and SHIPPED.read_text(encoding="utf-8") == text
        print("current" if current else "stale: run python -m bench.note_model")
        return 0 if current else 1
    SHIPPED.write_text(text, encoding="utf-8")
    print(f"wrote {SHIPPED.relative_to(ROOT)} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
