"""Team mode at scale: N owners, each with a LinkedIn-cap network, imported into one database.

    python bench/team.py [--owners 10] [--connections 30000] [--book 3000] [--pending 1000]

Each owner's export is generated on its own (bench/generate_scale.py, one owner, its own
seed): `connections` connections, an address book of `book` cards and `pending` pending
invitations. Whole processes, timed from outside with the standard library:
- the import of every export and address book into one fresh database (`linkvet import`);
- the reference: per owner, a plain `csv` read of its files and a chunked rapidfuzz `cdist`
  (token_sort_ratio, workers=-1, top match per row) of its senders against its own people;
- the first triage screen: the queue's first rows (what the TUI shows first).
Prints the figures, the ratio to the reference, the database size against the input, and
whether each target of issue 18 is met (import <= 3x the reference; first screen <= 3 s).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.commands import size  # noqa: E402  (found through ROOT, set just above)

REFERENCE = r"""
import csv, sys
from pathlib import Path
import numpy as np
from rapidfuzz import fuzz, process, utils
for folder in map(Path, sys.argv[1:]):
    with (folder / "Invitations.csv").open(encoding="utf-8-sig", newline="") as h:
        senders = [r["From"] for r in csv.DictReader(h) if r["Direction"] == "INCOMING"]
    with (folder / "Connections.csv").open(encoding="utf-8-sig", newline="") as h:
        lines = h.read().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("First Name"))
    people = [f"{r['First Name']} {r['Last Name']}" for r in csv.DictReader(lines[start:])]
    book = folder.parent / (folder.name + ".vcf")
    people += [l[3:].strip() for l in book.read_text(encoding="utf-8").splitlines()
               if l.startswith("FN:")]
    with (folder / "messages.csv").open(encoding="utf-8-sig", newline="") as h:
        sum(1 for _ in csv.reader(h))
    a = [utils.default_process(s) for s in senders]
    b = [utils.default_process(p) for p in people]
    for i in range(0, len(a), 1000):
        m = process.cdist(a[i:i + 1000], b, scorer=fuzz.token_sort_ratio, dtype=np.uint8,
                          workers=-1)
        m.argmax(axis=1)
"""

FIRST_SCREEN = r"""
import itertools, sys
from linkvet.core.triage import Workspace
ws = Workspace.open(sys.argv[1])
rows = list(itertools.islice(ws.iter_queue(), 200))
print(len(rows))
"""


def timed(args: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak MiB of the child, stdout) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return wall, peak, done.stdout


def generate(out: Path, owners: int, connections: int, book: int, pending: int) -> list[Path]:
    """One export folder (and a `<folder>.vcf` address book beside it) per owner."""
    from bench.generate_scale import generate as one

    folders = []
    for n in range(owners):
        info = one(
            out / f"o{n:02d}",
            seed=100 + n,
            owners=1,
            connections=connections,
            pending=pending,
            messages=2_000,
            address_book=book,
        )
        folder = Path(info["paths"]["owners"][0])
        shutil.move(info["paths"]["address_book"], folder.parent / (folder.name + ".vcf"))
        folders.append(folder)
    return folders


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--owners", type=int, default=10)
    ap.add_argument("--connections", type=int, default=30_000)
    ap.add_argument("--book", type=int, default=3_000)
    ap.add_argument("--pending", type=int, default=1_000)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="linkvet-team-"))
    try:
        t0 = time.perf_counter()
        folders = generate(work / "data", a.owners, a.connections, a.book, a.pending)
        print(
            f"generated {a.owners} owners x ({a.connections:,} connections, {a.book:,} "
            f"address book, {a.pending:,} pending) in {time.perf_counter() - t0:.1f} s"
        )
        exe = [sys.executable, "-m", "linkvet", "--db", str(work / "db")]
        wall, peak, _ = timed([*exe, "import", *map(str, folders)])
        books = []
        for folder in folders:  # each address book for its owner, as a user would
            owner = (folder / "Profile.csv").read_text(encoding="utf-8").splitlines()[1]
            name = " ".join(owner.split(",")[:2])
            w, p, _ = timed(
                [*exe, "import", str(folder.parent / (folder.name + ".vcf")), "--owner", name]
            )
            books.append(w)
            peak = max(peak, p)
        total = wall + sum(books)
        ref, ref_peak, _ = timed([sys.executable, "-c", REFERENCE, *map(str, folders)])
        first, first_peak, shown = timed([sys.executable, "-c", FIRST_SCREEN, str(work / "db")])
        data = size(work / "data")
        db = size(work / "db")
        print(
            f"import: exports {wall:.1f} s + address books {sum(books):.1f} s = {total:.1f} s, "
            f"peak {peak:.0f} MiB"
        )
        print(
            f"reference (per owner csv read + cdist, workers=-1): {ref:.1f} s, "
            f"peak {ref_peak:.0f} MiB; ratio {total / ref:.2f}x (target <= 3x: "
            f"{'met' if total <= 3 * ref else 'MISSED'})"
        )
        print(
            f"first triage screen ({shown.strip()} rows): {first:.2f} s, peak "
            f"{first_peak:.0f} MiB (target <= 3 s: {'met' if first <= 3 else 'MISSED'})"
        )
        print(
            f"database {db / 2**20:.0f} MiB for {data / 2**20:.0f} MiB of input: "
            f"{db / data:.2f}x (target <= 3x: {'met' if db <= 3 * data else 'MISSED'})"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
