"""Contact-matching speed: 30,000 contacts x 10,000 senders, plus per-keystroke lookup latency.

Run: `python bench/match_speed.py`. Memory is the growth of the process peak RSS
(resource.getrusage ru_maxrss) from after the names were generated to after matching;
tracemalloc is not used for the timed run because it slows Python code 2-3x.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from linkvet.core.matching import ContactIndex  # noqa: E402
from linkvet.core.matching.normalize import normalize_name  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from bench.match_eval_data import build_world  # noqa: E402


def main(n_contacts: int, n_senders: int) -> dict:
    """Time index build, bulk matching, raw cdist reference and lookup latency."""
    world = build_world(7, n_contacts, n_senders, unique=False)
    items = [(lab.sender, world.owner_id) for lab in world.senders]
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    t0 = time.perf_counter()
    index = ContactIndex(world.contacts)
    t_build = time.perf_counter() - t0
    t1 = time.perf_counter()
    results = index.match_many(items)
    t_match = time.perf_counter() - t1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Reference: one raw cdist(token_sort_ratio) over the same names, chunked top-1.
    q = [normalize_name(lab.sender.name).full for lab in world.senders]
    c = [normalize_name(x.name).full for x in world.contacts]
    t2 = time.perf_counter()
    for start in range(0, len(q), 1000):
        m = process.cdist(q[start : start + 1000], c, scorer=fuzz.token_sort_ratio,
                          processor=None, dtype=np.uint8, workers=-1)  # fmt: skip
        m.argmax(axis=1)
    t_cdist = time.perf_counter() - t2
    # Keystroke-like lookups: growing prefixes of contact names.
    rng = random.Random(3)
    queries: list[str] = []
    while len(queries) < 200:
        name = rng.choice(world.contacts).name
        cut = rng.randint(2, len(name))
        queries.append(name[:cut])
    lat: list[float] = []
    for qs in queries:
        t = time.perf_counter()
        index.lookup(qs, owner_id=world.owner_id, limit=10)
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    known = sum(1 for r in results if r.known_contact)
    return {
        "contacts": n_contacts,
        "senders": n_senders,
        "build_s": round(t_build, 2),
        "match_s": round(t_match, 2),
        "total_s": round(t_build + t_match, 2),
        "peak_mib_above_baseline": round((peak - base) / 1024, 1),
        "raw_cdist_token_sort_s": round(t_cdist, 2),
        "lookup_p50_ms": round(statistics.median(lat), 2),
        "lookup_p95_ms": round(lat[int(0.95 * len(lat)) - 1], 2),
        "known": known,
    }


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--contacts", type=int, default=30_000)
    ap.add_argument("--senders", type=int, default=10_000)
    args = ap.parse_args()
    r = main(args.contacts, args.senders)
    lines = [
        f"{r['contacts']} contacts x {r['senders']} senders",
        f"index build           {r['build_s']:>8} s",
        f"match_many            {r['match_s']:>8} s   (build + match = {r['total_s']} s,"
        " target <= 10)",
        f"peak memory           {r['peak_mib_above_baseline']:>8} MiB above baseline"
        " (ru_maxrss delta; target <= 200)",
        f"raw cdist token_sort  {r['raw_cdist_token_sort_s']:>8} s   (reference, same names,"
        " same run)",
        f"lookup latency        p50 {r['lookup_p50_ms']} ms, p95 {r['lookup_p95_ms']} ms"
        " over 200 prefix queries (target p95 <= 30)",
        f"senders with a known contact: {r['known']}",
    ]
    print("\n".join(lines))
