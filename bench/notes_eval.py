"""How well linkvet reads invitation notes: agreement with a careful reader, from the note alone.

Two labelled sets, each split once into a part the rules were tuned on and a part they were
not (`holdout`):
- `../shared/dev/notes_dev.json`: real notes from real exports (not in the repository). Split
  by a hash of `set:row_index` (sha1, even -> holdout).
- `tests/notes/written_notes.json`: notes written for linkvet in the style of real ones, in
  several languages; the split is stored with each note: `tune`, `seen` (a first held-out
  round, measured once and then tuned on) and `holdout` (written after the rules were frozen).

Every note is judged as the verdict sees it for a stranger (no match, no headline, no
connections imported), with the default settings. Prints agreement, severe errors (accept vs
decline), the confusion matrix and per-category precision / recall of the note reading.

    python -m bench.notes_eval [--json] [--part tune|holdout|all] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from linkvet.core.checklist import ChecklistSettings, Context, evaluate
from linkvet.core.models import Invitation, MatchResult, Owner, Person
from linkvet.core.notes import read_note
from linkvet.core.recommend import RecommendSettings, recommend

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev" / "notes_dev.json"
WRITTEN = ROOT / "tests" / "notes" / "written_notes.json"
# The reader's categories (notes_dev.json) in linkvet's words; "other" has no counterpart.
DEV_CATEGORY = {"networking-generic": "generic"}
NOW = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Labelled:
    """One note with the careful reader's decision and category."""

    source: str  # "dev" or "written"
    key: str
    part: str  # "tune", "seen" or "holdout"
    message: str
    decision: str
    category: str
    lang: str = ""


def dev_part(row: dict[str, Any]) -> str:
    """The fixed split of notes_dev.json: a hash of set and row, even -> holdout."""
    digest = hashlib.sha1(f"{row['set']}:{row['row_index']}".encode()).hexdigest()
    return "holdout" if int(digest, 16) % 2 == 0 else "tune"


def load(dev: Path = DEV, written: Path = WRITTEN) -> list[Labelled]:
    """Both labelled sets (the real one only when ../shared is there)."""
    out: list[Labelled] = []
    if dev.exists():
        for row in json.loads(dev.read_text(encoding="utf-8")):
            out.append(
                Labelled(
                    "dev",
                    f"{row['set'].split('/')[-1]}:{row['row_index']}",
                    dev_part(row),
                    row["message"],
                    row["decision"],
                    DEV_CATEGORY.get(row["category"], row["category"]),
                )
            )
    for row in json.loads(written.read_text(encoding="utf-8"))["notes"]:
        out.append(
            Labelled(
                "written",
                row["id"],
                row["split"],
                row["message"],
                row["decision"],
                row["category"],
                row["lang"],
            )
        )
    return out


def verdict_of(message: str) -> str:
    """The built-in verdict for a stranger whose only evidence is this note."""
    owner = Owner(id="me", name="Pat Owner")
    invitation = Invitation(
        id="n1",
        owner_id="me",
        direction="INCOMING",
        sender=Person(name="Sam Sender"),
        recipient=Person(name="Pat Owner"),
        sent_at=NOW.isoformat(),
        sent_at_raw="1/1/26, 12:00 AM",
        message=message,
    )
    ctx = Context(invitation, owner, MatchResult(), [], None, now=NOW)
    checks = evaluate(ctx, ChecklistSettings())
    return recommend(ctx, checks, RecommendSettings(), []).verdict


def score(notes: Iterable[Labelled]) -> dict[str, Any]:
    """Agreement, severe errors, confusion and per-category precision / recall."""
    rows = list(notes)
    confusion: Counter[tuple[str, str]] = Counter()
    pairs: list[tuple[str, str]] = []
    misses: list[dict[str, str]] = []
    for note in rows:
        got = verdict_of(note.message)
        reading = read_note(note.message)
        confusion[(note.decision, got)] += 1
        pairs.append((note.category, reading.category))
        if got != note.decision or reading.category != note.category:
            misses.append(
                {
                    "key": note.key,
                    "reader": f"{note.category}/{note.decision}",
                    "linkvet": f"{reading.category}/{got}",
                    "evidence": reading.evidence,
                }
            )
    n = len(rows)
    agree = sum(c for (h, r), c in confusion.items() if h == r)
    severe = sum(c for (h, r), c in confusion.items() if {h, r} == {"accept", "decline"})
    categories = sorted({c for pair in pairs for c in pair})
    per_category = {}
    for cat in categories:
        tp = sum(1 for h, r in pairs if h == cat and r == cat)
        predicted = sum(1 for _, r in pairs if r == cat)
        actual = sum(1 for h, _ in pairs if h == cat)
        per_category[cat] = {
            "n": actual,
            "precision": round(tp / predicted, 3) if predicted else None,
            "recall": round(tp / actual, 3) if actual else None,
        }
    return {
        "n": n,
        "agree": agree,
        "agreement": round(agree / n, 3) if n else None,
        "severe": severe,
        "severe_rate": round(severe / n, 3) if n else None,
        "category_agreement": round(sum(1 for h, r in pairs if h == r) / n, 3) if n else None,
        "confusion": {f"{h}->{r}": c for (h, r), c in sorted(confusion.items())},
        "per_category": per_category,
        "misses": misses,
    }


def report(notes: list[Labelled], part: str) -> dict[str, Any]:
    """Scores per source and part."""
    out: dict[str, Any] = {}
    for source in ("dev", "written"):
        for p in ("tune", "seen", "holdout") if part == "all" else (part,):
            chosen = [x for x in notes if x.source == source and x.part == p]
            if chosen:
                out[f"{source}/{p}"] = score(chosen)
        whole = [x for x in notes if x.source == source]
        if whole and part == "all":
            out[f"{source}/all"] = score(whole)
    return out


def _lines(results: dict[str, Any], show: bool) -> list[str]:
    lines = []
    for name, r in results.items():
        lines.append(
            f"{name}: {r['agree']}/{r['n']} agree ({r['agreement']:.0%}), {r['severe']} severe "
            f"({r['severe_rate']:.1%}); category {r['category_agreement']:.0%}"
        )
        lines.append("  confusion (reader->linkvet): " + ", ".join(
            f"{k} {v}" for k, v in r["confusion"].items()
        ))  # fmt: skip
        cats = ", ".join(
            f"{c} P {_pct(v['precision'])} R {_pct(v['recall'])} (n {v['n']})"
            for c, v in r["per_category"].items()
        )
        lines.append(f"  per category: {cats}")
        if show:
            lines.extend(f"    miss {m['key']}: {m['reader']} -> {m['linkvet']} | {m['evidence']}"
                         for m in r["misses"])  # fmt: skip
    return lines


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--part", choices=("tune", "seen", "holdout", "all"), default="all")
    ap.add_argument("--show", action="store_true", help="list every disagreement")
    args = ap.parse_args(argv)
    results = report(load(), args.part)
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        print("\n".join(_lines(results, args.show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
