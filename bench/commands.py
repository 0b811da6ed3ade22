"""What each command costs at 1k, 10k (and optionally 100k) invitations, as whole processes.

    python bench/commands.py [--sizes 1000 10000] [--runs 5]

For each size N the generator (bench/generate_scale.py) writes N pending invitations, 3N
connections and a 0.3N address book (one owner holds the network, as at the LinkedIn cap
for N = 10,000). Then, each a fresh process timed from outside (median of `--runs`, peak
memory the largest of them): the import (exports, then the address book), `decide ID
accept`, `show ID`, `undo`, and `list | head -1` (the reader leaves after one line). Targets
(issue 18, at the LinkedIn cap): decide, undo, show <= 0.4 s and <= 150 MiB; list | head -1
<= 0.5 s. The database size is compared with the input's.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LINKVET = [sys.executable, "-m", "linkvet"]


def run(args: list[str], shell: bool = False) -> tuple[float, float]:
    """(wall seconds, the child's peak MiB) of one whole process."""
    start = time.perf_counter()
    if shell:
        proc = subprocess.Popen(args[0], shell=True, stdout=subprocess.DEVNULL)
    else:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, _, usage = _wait(proc)
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def _wait(proc: subprocess.Popen[bytes]) -> tuple[int, int, resource.struct_rusage]:
    import os

    pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return pid, status, usage


def size(path: Path) -> int:
    """Bytes on disk below `path`, each hard-linked file once."""
    seen: set[int] = set()
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and (st := p.stat()).st_ino not in seen:
            seen.add(st.st_ino)
            total += st.st_size
    return total


def median(values: list[float]) -> float:
    return statistics.median(values)


GENERATE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from bench.generate_scale import generate
n = int(sys.argv[3])
info = generate(sys.argv[2], owners=1, connections=3 * n, pending=n,
                messages=min(50_000, 5 * n), address_book=max(10, n * 3 // 10))
print(json.dumps(info["paths"]))
"""


def measure(n: int, runs: int, work: Path) -> dict[str, str]:
    import json

    data = work / f"data{n}"
    # generated in its own process: a child's peak memory counts the parent's pages at fork,
    # so this process stays small
    made = subprocess.run([sys.executable, "-c", GENERATE, str(ROOT), str(data), str(n)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    info = {"paths": json.loads(made.stdout)}
    db = work / f"db{n}"
    base = [*LINKVET, "--db", str(db)]
    owner = (Path(info["paths"]["owners"][0]) / "Profile.csv").read_text().splitlines()[1]
    name = " ".join(owner.split(",")[:2])
    t1, m1 = run([*base, "import", *info["paths"]["owners"]])
    t2, m2 = run([*base, "import", info["paths"]["address_book"], "--owner", name])
    listing = subprocess.run([*base, "list", "--status", "pending"], capture_output=True,
                             text=True, check=True).stdout.splitlines()  # fmt: skip
    target = listing[0].split()[0]
    out = {"import": f"{t1 + t2:.1f} s ({max(m1, m2):.0f} MiB)"}
    for label, args in (
        ("decide ID accept", [*base, "decide", target, "accept"]),
        ("undo", [*base, "undo"]),
        ("show ID", [*base, "show", target]),
    ):
        times, peaks = zip(*(run(args) for _ in range(runs)), strict=True)
        out[label] = f"{median(list(times)):.2f} s ({max(peaks):.0f} MiB)"
    pipe = " ".join(base) + " list | head -1"
    times, peaks = zip(*(run([pipe], shell=True) for _ in range(runs)), strict=True)
    out["list | head -1"] = f"{median(list(times)):.2f} s"
    out["database / input"] = f"{size(db) / size(data):.2f}x"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="linkvet-commands-"))
    try:
        columns = {n: measure(n, a.runs, work) for n in a.sizes}
        rows = list(next(iter(columns.values())))
        print("| | " + " | ".join(f"{n:,}" for n in a.sizes) + " |")
        print("|---|" + "---|" * len(a.sizes))
        for row in rows:
            print(f"| {row} | " + " | ".join(columns[n][row] for n in a.sizes) + " |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
