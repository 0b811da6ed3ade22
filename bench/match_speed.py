"""Contact-matching speed: 30,000 contacts x 10,000 senders against a bare cdist, plus lookup.

Run: `python bench/match_speed.py [--contacts N] [--senders N] [--owners K]`.

In one process: the index build and the full match (ContactIndex.match_many), next to the
bare reference measured in the same run on the same names: a chunked rapidfuzz cdist
(token_sort_ratio, all cores) with the best choice per row, and the same with the top 10 per
row. Target: build + match <= 2x the bare cdist. With `--owners K` the senders are spread
over K owners who each have their own contacts (team mode): each owner's senders meet only
that owner's people, so the time grows with the owners, not with their square; the
reference is then the sum of the per-owner bare cdists.

For whole-process timings, `--write DIR` stores the names as CSV and `--from DIR --only
match|reference` runs one side alone (read the CSV, then match or cdist), e.g. under
`/usr/bin/time -v`. Memory is the growth of the process peak RSS (ru_maxrss).
"""

from __future__ import annotations

import argparse
import csv
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
from linkvet.core.models import Contact, Person  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from bench.match_eval_data import build_world  # noqa: E402

CHUNK = 1000  # reference rows per cdist call
TOP = 10


def world(
    n_contacts: int, n_senders: int, owners: int
) -> tuple[list[Contact], list[Person], list[str]]:
    """Contacts of `owners` owners (n_contacts each) and n_senders senders spread over them."""
    contacts: list[Contact] = []
    senders: list[Person] = []
    owner_of: list[str] = []
    for k in range(owners):
        w = build_world(7 + k, n_contacts, n_senders // owners, owner=f"o{k}", unique=False)
        contacts.extend(w.contacts)
        senders.extend(lab.sender for lab in w.senders)
        owner_of.extend([w.owner_id] * len(w.senders))
    return contacts, senders, owner_of


def reference(
    contacts: list[Contact], senders: list[Person], owner_of: list[str], top: bool
) -> float:
    """Seconds of the bare chunked cdist per owner: best (or top 10) choice per row."""
    by_owner: dict[str, tuple[list[str], list[str]]] = {}
    for c in contacts:
        by_owner.setdefault(c.owner_id, ([], []))[0].append(normalize_name(c.name).full)
    for s, o in zip(senders, owner_of, strict=True):
        by_owner.setdefault(o, ([], []))[1].append(normalize_name(s.name).full)
    t0 = time.perf_counter()
    for names, queries in by_owner.values():
        for start in range(0, len(queries), CHUNK):
            m = process.cdist(
                queries[start : start + CHUNK], names, scorer=fuzz.token_sort_ratio,
                processor=None, dtype=np.uint8, workers=-1,
            )  # fmt: skip
            if top:
                np.argpartition(m, m.shape[1] - TOP, axis=1)[:, -TOP:]
            else:
                m.argmax(axis=1)
    return time.perf_counter() - t0


def full_match(
    contacts: list[Contact], senders: list[Person], owner_of: list[str]
) -> tuple[float, float, int]:
    """(build seconds, match seconds, senders linked)."""
    t0 = time.perf_counter()
    index = ContactIndex(contacts)
    for book in index.owners.values():
        book.tables()
    t1 = time.perf_counter()
    results = index.match_many(list(zip(senders, owner_of, strict=True)))
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, sum(1 for r in results if r.known_contact)


def lookups(contacts: list[Contact]) -> list[float]:
    """Milliseconds per keystroke-like lookup (growing prefixes of contact names)."""
    index = ContactIndex(contacts)
    owner = contacts[0].owner_id
    rng = random.Random(3)
    lat: list[float] = []
    for _ in range(200):
        name = rng.choice(contacts).name
        query = name[: rng.randint(2, len(name))]
        t = time.perf_counter()
        index.lookup(query, owner_id=owner, limit=10)
        lat.append((time.perf_counter() - t) * 1000)
    return sorted(lat)


def write(
    folder: Path, contacts: list[Contact], senders: list[Person], owner_of: list[str]
) -> None:
    """The names as CSV, for whole-process runs of one side."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "contacts.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "owner", "source", "name", "first", "last"])
        w.writerows(
            [c.id, c.owner_id, c.source, c.name, c.first_name, c.last_name] for c in contacts
        )
    with (folder / "senders.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["owner", "name"])
        w.writerows([o, s.name] for s, o in zip(senders, owner_of, strict=True))


def read(folder: Path) -> tuple[list[Contact], list[Person], list[str]]:
    """What `write` stored."""
    with (folder / "contacts.csv").open(encoding="utf-8", newline="") as f:
        contacts = [
            Contact(id=r["id"], owner_id=r["owner"], source=r["source"], name=r["name"],  # type: ignore[arg-type]
                    first_name=r["first"], last_name=r["last"])
            for r in csv.DictReader(f)
        ]  # fmt: skip
    with (folder / "senders.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return contacts, [Person(name=r["name"]) for r in rows], [r["owner"] for r in rows]


def main(n_contacts: int, n_senders: int, owners: int) -> dict:
    """Build + match against the bare references, in one process, plus lookup latency."""
    contacts, senders, owner_of = world(n_contacts, n_senders, owners)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    build_s, match_s, known = full_match(contacts, senders, owner_of)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    bare = reference(contacts, senders, owner_of, top=False)
    bare_top = reference(contacts, senders, owner_of, top=True)
    lat = lookups([c for c in contacts if c.owner_id == contacts[0].owner_id])
    return {
        "owners": owners,
        "contacts": len(contacts),
        "senders": len(senders),
        "build_s": round(build_s, 2),
        "match_s": round(match_s, 2),
        "total_s": round(build_s + match_s, 2),
        "bare_s": round(bare, 2),
        "bare_top_s": round(bare_top, 2),
        "ratio": round((build_s + match_s) / bare, 2),
        "peak_mib": round((peak - base) / 1024, 1),
        "lookup_p50_ms": round(statistics.median(lat), 2),
        "lookup_p95_ms": round(lat[int(0.95 * len(lat)) - 1], 2),
        "known": known,
    }


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--contacts", type=int, default=30_000, help="contacts per owner")
    ap.add_argument("--senders", type=int, default=10_000, help="senders in all")
    ap.add_argument("--owners", type=int, default=1)
    ap.add_argument("--write", type=Path, help="store the names as CSV in this folder and stop")
    ap.add_argument("--from", dest="source", type=Path, help="read the names from this folder")
    ap.add_argument("--only", choices=("match", "reference"), help="with --from: one side")
    args = ap.parse_args()
    if args.write:
        write(args.write, *world(args.contacts, args.senders, args.owners))
        sys.exit(0)
    if args.source:
        data = read(args.source)
        if args.only == "reference":
            print(f"bare cdist {reference(*data, top=False):.2f} s")
        else:
            b, m, k = full_match(*data)
            print(f"build {b:.2f} s, match {m:.2f} s, {k} linked")
        sys.exit(0)
    r = main(args.contacts, args.senders, args.owners)
    print(
        "\n".join(
            [
                f"{r['owners']} owner(s), {r['contacts']} contacts, {r['senders']} senders",
                f"index build           {r['build_s']:>8} s",
                f"match_many            {r['match_s']:>8} s   (build + match = {r['total_s']} s)",
                f"bare cdist            {r['bare_s']:>8} s   (token_sort, all cores, best per row;"
                " same names, same run)",
                f"bare cdist + top {TOP}   {r['bare_top_s']:>8} s   (argpartition per row)",
                f"ratio                 {r['ratio']:>8}     (build + match / bare cdist;"
                " target <= 2)",
                f"peak memory           {r['peak_mib']:>8} MiB above baseline (ru_maxrss delta)",
                f"lookup latency        p50 {r['lookup_p50_ms']} ms, p95 {r['lookup_p95_ms']} ms"
                " over 200 prefix queries (target p95 <= 30)",
                f"senders with a known contact: {r['known']}",
            ]
        )
    )
