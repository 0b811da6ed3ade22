"""Contact-matching quality: the external FEBRL development sets first, the generated set second.

Run: `python bench/match_quality.py [--small] [--tune] [--errors]`.

1. ../shared/dev/febrl1-3 (not made by linkvet): each address-book row a contact, each
   invitation a sender, scored like ../shared/dev/score_match.py. The operating point
   (`[matching] known_threshold`) is chosen on febrl1 + febrl2 pooled: the best F1 with
   precision >= 0.95 (`--tune` prints the sweep); febrl3 is reported at that point and never
   used to choose anything. The baseline is a bare token_sort_ratio, its cut-off chosen the
   same way. `--errors` counts febrl3's remaining errors per error class of issue 15 (for
   the closing report; develop with bench/match_errors.py, which reads febrl1-2 only).
2. The generated, labelled, open-set benchmark (bench/match_eval_data.py, dev/test seeds),
   reported per name variant; nothing is chosen on it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from linkvet.core.matching import ContactIndex, MatchSettings  # noqa: E402
from linkvet.core.models import MatchResult  # noqa: E402
from rapidfuzz import fuzz, process, utils  # noqa: E402

from bench.match_dev_data import (  # noqa: E402
    REPORT_SETS,
    TUNE_SETS,
    DevSet,
    available,
    counts,
    load,
    prf,
    score,
)
from bench.match_errors import classify  # noqa: E402
from bench.match_eval_data import World, build_world  # noqa: E402

SIZES = {"small": (900, 500), "full": (6000, 3000)}
DEV_SEED, TEST_SEED = 101, 202
TARGET_PRECISION = 0.95
SWEEP = range(20, 100, 5)  # known_threshold / token_sort cut-off candidates


# -- the external development sets ---------------------------------------------------------


def _pooled(parts: list[tuple[int, int, int]]) -> dict[str, float]:
    """P/R/F1 over several sets together (counts, not averages)."""
    return prf(*(sum(x) for x in zip(*parts, strict=True)))


def run_dev(ds: DevSet, settings: MatchSettings) -> list[MatchResult]:
    """Match every sender of a dev set against its address book."""
    return ContactIndex(ds.contacts, settings).match_many(ds.items())


def sweep(sets: list[DevSet], base: MatchSettings) -> list[tuple[int, dict[str, float]]]:
    """Pooled P/R/F1 on `sets` for each known_threshold of the sweep."""
    out = []
    for t in SWEEP:
        s = replace(base, known_threshold=t)
        out.append((t, _pooled([counts(ds, run_dev(ds, s)) for ds in sets])))
    return out


def operating_point(rows: list[tuple[int, dict[str, float]]]) -> int | None:
    """The threshold with the best F1 among those reaching the target precision."""
    ok = [(m["f1"], -t, t) for t, m in rows if m["precision"] >= TARGET_PRECISION]
    return max(ok)[2] if ok else None


def token_sort_baseline(ds: DevSet, cutoff: int) -> tuple[int, int, int]:
    """Best contact by a bare token_sort_ratio, linked at `cutoff` or above: counts."""
    names = [c.name for c in ds.contacts]
    email = [c.emails[0].lower() if c.emails else "" for c in ds.contacts]
    m = process.cdist(
        [s.name for s in ds.senders], names, scorer=fuzz.token_sort_ratio,
        processor=utils.default_process, dtype=np.uint8, workers=-1,
    )  # fmt: skip
    best, top = m.argmax(axis=1), m.max(axis=1)
    tp = fp = 0
    for truth, j, sc in zip(ds.truth, best.tolist(), top.tolist(), strict=True):
        if sc >= cutoff:
            hit = bool(truth) and email[j] == truth
            tp += hit
            fp += not hit
    return tp, fp, ds.positives


def baseline_cutoff(sets: list[DevSet]) -> int:
    """token_sort cut-off chosen like the operating point (pooled tune sets)."""
    rows = [(t, _pooled([token_sort_baseline(ds, t) for ds in sets])) for t in SWEEP]
    return operating_point(rows) or 90


def dev_report(settings: MatchSettings, tune: bool) -> dict:
    """Figures on every available dev set at the shipped threshold, plus the sweep."""
    names = [n for n in (*TUNE_SETS, *REPORT_SETS) if available(n)]
    sets = {n: load(n) for n in names}
    out: dict = {"sets": {}}
    tune_sets = [sets[n] for n in TUNE_SETS if n in sets]
    cut = baseline_cutoff(tune_sets) if tune_sets else 90
    out["baseline_cutoff"] = cut
    for n, ds in sets.items():
        t0 = time.perf_counter()
        results = run_dev(ds, settings)
        out["sets"][n] = {
            "contacts": len(ds.contacts),
            "senders": len(ds.senders),
            "linkvet": score(ds, results),
            "baseline": prf(*token_sort_baseline(ds, cut)),
            "seconds": round(time.perf_counter() - t0, 2),
            "role": "tuned on" if n in TUNE_SETS else "reported, never tuned on",
        }
    if tune and tune_sets:
        rows = sweep(tune_sets, settings)
        out["sweep"] = rows
        out["chosen"] = operating_point(rows)
    return out


# -- the generated set ---------------------------------------------------------------------


def score_results(world: World, results: list[MatchResult]) -> dict:
    """P/R/F1 of known_contact, per-variant recall, key accuracy, married/single-name outcomes."""
    tp = fp = positives = 0
    per_variant: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    key_ok = key_n = 0
    side: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # n, linked, in candidates
    false_links: dict[str, int] = defaultdict(int)
    for lab, res in zip(world.senders, results, strict=True):
        got = res.known_contact.contact_id if res.known_contact else None
        if lab.kind in ("married", "single_name"):
            row = side[lab.kind]
            row[0] += 1
            row[1] += got == lab.true_id
            row[2] += any(m.contact_id == lab.true_id for m in res.candidates)
            continue
        if lab.true_id is not None:
            positives += 1
            ok = got == lab.true_id
            tp += ok
            fp += got is not None and not ok
            v = per_variant[lab.variant]
            v[0] += 1
            v[1] += ok
            if lab.kind == "key":
                key_n += 1
                key_ok += (
                    ok
                    and res.known_contact is not None
                    and (res.known_contact.confidence == "certain")
                )
        else:
            if got is not None:
                fp += 1
                false_links[lab.variant] += 1
            v = per_variant["unknown:" + lab.variant]
            v[0] += 1
            v[1] += got is None
    out: dict = prf(tp, fp, positives)
    out["per_variant"] = {k: round(v[1] / v[0], 3) for k, v in sorted(per_variant.items())}
    out["variant_counts"] = {k: v[0] for k, v in sorted(per_variant.items())}
    out["key_accuracy"] = round(key_ok / key_n, 4) if key_n else 1.0
    out["key_count"] = key_n
    out["false_links"] = dict(false_links)
    out["side"] = {k: {"n": v[0], "linked": v[1], "in_candidates": v[2]} for k, v in side.items()}
    return out


def baseline(world: World, cutoff: int = 90) -> dict:
    """Name-only baseline: best contact by token_sort_ratio (default_process), linked if >= 90."""
    names = [c.name for c in world.contacts]
    tp = fp = positives = 0
    for lab in world.senders:
        if lab.kind in ("married", "single_name"):
            continue
        best = process.extractOne(
            lab.sender.name, names, scorer=fuzz.token_sort_ratio, processor=utils.default_process
        )
        got = world.contacts[best[2]].id if best and best[1] >= cutoff else None
        if lab.true_id is not None:
            positives += 1
            tp += got == lab.true_id
            fp += got is not None and got != lab.true_id
        else:
            fp += got is not None
    return prf(tp, fp, positives)


def _run(world: World, settings: MatchSettings) -> list[MatchResult]:
    index = ContactIndex(world.contacts, settings)
    return index.match_many([(lab.sender, world.owner_id) for lab in world.senders])


def evaluate(size: str = "small", settings: MatchSettings | None = None) -> dict:
    """The generated benchmark at the shipped settings (nothing is tuned on it)."""
    settings = settings or MatchSettings()
    n_contacts, n_senders = SIZES[size]
    dev = build_world(DEV_SEED, n_contacts, n_senders)
    test = build_world(TEST_SEED, n_contacts, n_senders)
    t0 = time.perf_counter()
    test_results = _run(test, settings)
    elapsed = time.perf_counter() - t0
    return {
        "size": size,
        "known_threshold": settings.known_threshold,
        "dev": score_results(dev, _run(dev, settings)),
        "test": score_results(test, test_results),
        "baseline_test": baseline(test),
        "test_seconds": round(elapsed, 3),
        "contacts": n_contacts,
        "senders": n_senders,
    }


# -- printing ------------------------------------------------------------------------------


def _prf_text(m: dict[str, float]) -> str:
    return f"P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}"


def _print_dev(report: dict) -> None:
    if not report["sets"]:
        print("External development sets: not found (expected in ../shared/dev)")
        return
    print("External development sets (../shared/dev; every row kept, scored as score_match.py)")
    cut = report["baseline_cutoff"]
    for name, r in report["sets"].items():
        print(
            f"  {name}  {r['contacts']:>5} contacts {r['senders']:>5} senders  "
            f"linkvet {_prf_text(r['linkvet'])}   token_sort>={cut} {_prf_text(r['baseline'])}"
            f"   ({r['role']}; {r['seconds']} s)"
        )
    if "sweep" in report:
        print("  known_threshold sweep on febrl1+2 pooled (precision target 0.95):")
        for t, m in report["sweep"]:
            print(f"    {t:>3}  {_prf_text(m)}")
        print(f"  chosen: known_threshold = {report['chosen']}")


def _print_generated(report: dict) -> None:
    t, b = report["test"], report["baseline_test"]
    print(
        f"Generated set (bench/match_eval_data.py, nothing chosen on it): size={report['size']}"
        f" contacts={report['contacts']} senders={report['senders']}"
        f" (test matched in {report['test_seconds']} s)"
    )
    print(f"{'':18}{'linkvet':>10}{'baseline':>10}")
    for k in ("precision", "recall", "f1"):
        print(f"{k:18}{t[k]:>10.4f}{b[k]:>10.4f}")
    print(
        f"dev: P={report['dev']['precision']} R={report['dev']['recall']} F1={report['dev']['f1']}"
    )
    print(f"exact-key accuracy: {t['key_accuracy']:.4f} over {t['key_count']} senders")
    print("per-variant (recall for known senders; 'unknown:*' = share correctly left unknown):")
    for k, v in t["per_variant"].items():
        print(f"  {k:32}{v:>7.3f}  n={t['variant_counts'][k]}")
    print(f"false links by variant: {t['false_links']}")
    print(f"married / single-name (candidates; linked only on strong evidence): {t['side']}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--small", action="store_true", help="small generated split (seconds)")
    ap.add_argument("--tune", action="store_true", help="print the threshold sweep on febrl1-2")
    ap.add_argument("--errors", action="store_true", help="febrl3's errors per error class")
    args = ap.parse_args()
    shipped = MatchSettings()
    _print_dev(dev_report(shipped, args.tune))
    if args.errors:
        for name in REPORT_SETS:
            if available(name):
                print(f"  {name} remaining errors per class:")
                for cls, n in sorted(classify(load(name), shipped)[0].items()):
                    print(f"    {n:>5}  {cls}")
    print()
    _print_generated(evaluate("small" if args.small else "full", shipped))
