"""Whole-process start-up of the `linkvet` command, paired against a bare Python baseline.

    python bench/startup.py [--runs 9] [--db DIR] [--linkvet PATH] [--skip-decide]

Times, as whole processes (wall clock with time.perf_counter around subprocess.run, CPU from
resource.getrusage of the children), after one warm-up each:
- `linkvet --help` against `python -c 'import typer, rich'` (targets: <= 0.25 s wall and
  <= 2x the baseline, median of the runs, the two commands run in turn A B A B ...);
- a shell TAB (`_LINKVET_COMPLETE=complete_bash`) on the same baseline;
- `linkvet decide ID accept` on a 10,000-invitation database (target 0.3 s), generated with
  bench/generate_scale.py and imported once unless --db names one already imported.
Each figure is the median over the runs; ratios are the median of the per-pair ratios, so a
drift in the machine's speed during the run cancels out.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BASELINE = [sys.executable, "-c", "import typer, rich"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `command` as a whole process."""
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {proc.stderr.decode()[-500:]}")
    return wall, _children_cpu() - cpu


def paired(
    a: Sequence[str], b: Sequence[str], runs: int, env_a: dict[str, str] | None = None
) -> dict[str, float]:
    """Medians of A and B and of the A/B ratios, A and B run in turn after a warm-up."""
    timed(a, env_a), timed(b)
    walls_a, walls_b, cpus_a, ratios = [], [], [], []
    for _ in range(runs):
        wall_a, cpu_a = timed(a, env_a)
        wall_b, _ = timed(b)
        walls_a.append(wall_a)
        walls_b.append(wall_b)
        cpus_a.append(cpu_a)
        ratios.append(wall_a / wall_b)
    return {
        "wall": statistics.median(walls_a),
        "wall_min": min(walls_a),
        "wall_max": max(walls_a),
        "cpu": statistics.median(cpus_a),
        "baseline": statistics.median(walls_b),
        "ratio": statistics.median(ratios),
    }


def ten_thousand_db(linkvet: str, folder: Path) -> Path:
    """Generate LinkedIn-scale exports (10,000 pending invitations) and import them once."""
    from bench.generate_scale import generate

    info = generate(
        folder / "exports",
        connections=30_000,
        pending=10_000,
        messages=50_000,
        address_book=3_000,
        owners=50,
    )
    db = folder / "db"
    owners = [str(p) for p in info["paths"]["owners"]]
    subprocess.run([linkvet, "--db", str(db), "import", *owners], check=True, capture_output=True)
    return db


def decide_runs(linkvet: str, db: Path, runs: int) -> dict[str, float]:
    """`linkvet decide ID accept|decline` (alternating, so each run writes) on one pending
    invitation, paired with the baseline."""
    out = subprocess.run(
        [linkvet, "--db", str(db), "list", "--status", "pending", "--json"],
        check=True,
        capture_output=True,
    ).stdout
    invitations = json.loads(out)
    target = invitations[len(invitations) // 2]["id"]
    timings = []
    for n in range(runs + 1):  # the first is the warm-up
        decision = "accept" if n % 2 == 0 else "decline"
        wall, cpu = timed([linkvet, "--db", str(db), "decide", target, decision])
        wall_b, _ = timed(BASELINE)
        if n:
            timings.append((wall, cpu, wall / wall_b))
    return {
        "wall": statistics.median(t[0] for t in timings),
        "wall_min": min(t[0] for t in timings),
        "wall_max": max(t[0] for t in timings),
        "cpu": statistics.median(t[1] for t in timings),
        "ratio": statistics.median(t[2] for t in timings),
        "invitations": len(invitations),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="counted runs per figure (>= 7)")
    parser.add_argument("--db", type=Path, help="an imported 10,000-invitation database")
    default = shutil.which("linkvet", path=str(Path(sys.executable).parent)) or "linkvet"
    parser.add_argument("--linkvet", default=default, help="the linkvet executable")
    parser.add_argument("--skip-decide", action="store_true", help="start-up figures only")
    args = parser.parse_args(argv)

    help_ = paired([args.linkvet, "--help"], BASELINE, args.runs)
    complete_env = {
        **os.environ,
        "_LINKVET_COMPLETE": "complete_bash",
        "COMP_WORDS": "linkvet list --status p",
        "COMP_CWORD": "3",
    }
    tab = paired([args.linkvet], BASELINE, args.runs, env_a=complete_env)
    rows = [
        ("linkvet --help", help_, "<= 0.25 s, <= 2x"),
        ("shell TAB (complete --status)", tab, "cheap"),
    ]
    decide: dict[str, float] | None = None
    if not args.skip_decide:
        with tempfile.TemporaryDirectory(prefix="linkvet-startup-") as tmp:
            db = args.db or ten_thousand_db(args.linkvet, Path(tmp))
            decide = decide_runs(args.linkvet, db, args.runs)
    print(f"whole-process timings, median of {args.runs} runs each (min-max), paired with")
    print(f"the bare baseline `{' '.join(BASELINE[1:])}` run in turn:")
    print(f"  baseline: {help_['baseline'] * 1000:.0f} ms wall")
    for name, r, target in rows:
        print(
            f"  {name:<32} {r['wall'] * 1000:6.0f} ms wall ({r['wall_min'] * 1000:.0f}-"
            f"{r['wall_max'] * 1000:.0f}), {r['cpu'] * 1000:.0f} ms cpu, "
            f"{r['ratio']:.2f}x baseline   target {target}"
        )
    if decide is not None:
        print(
            f"  {'decide ID accept (' + str(int(decide['invitations'])) + ' pending)':<32} "
            f"{decide['wall'] * 1000:6.0f} ms wall ({decide['wall_min'] * 1000:.0f}-"
            f"{decide['wall_max'] * 1000:.0f}), {decide['cpu'] * 1000:.0f} ms cpu, "
            f"{decide['ratio']:.2f}x baseline   target <= 0.3 s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
