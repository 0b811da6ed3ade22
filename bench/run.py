"""linkvet's benchmark suite at LinkedIn scale, with a reference measured in the same run.

    python bench/run.py [--quick] [--keep DIR]

Generates 30,000 connections, 10,000 pending invitations over 50 owners, 50,000 messages and a
3,000-card address book (fixed seed), then prints one table: import time and peak memory,
matching, pattern analysis, recommendation, decision save latency, TUI figures, each next to
its target and, where one exists, a bare reference (plain `csv` read of the same files, plain
rapidfuzz `cdist` over the same names) as a ratio. Every step runs in a fresh subprocess so
its peak RSS is its own. `--quick` runs a tenth of the scale (a smoke run).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


# ----- steps (each runs in its own process) ------------------------------------------------
def step_generate(out: Path, scale: float) -> dict[str, Any]:
    from bench.generate_scale import generate

    info = generate(
        out,
        connections=int(30_000 * scale),
        pending=int(10_000 * scale),
        messages=int(50_000 * scale),
        address_book=int(3_000 * scale),
        owners=50 if scale >= 1 else 10,
    )
    return {"seconds": info["seconds"], "paths": info["paths"], "counts": info["counts"]}


def step_bare_read(paths: dict[str, Any]) -> dict[str, Any]:
    """Reference: read every CSV row of the same files with the stdlib csv module."""
    start = time.perf_counter()
    rows = 0
    files = [p for folder in paths["owners"] for p in Path(folder).glob("*.csv")]
    for path in files:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for _ in csv.reader(handle):
                rows += 1
    with open(paths["address_book"], encoding="utf-8") as handle:
        rows += sum(1 for line in handle if line.startswith("END:VCARD"))
    return {"seconds": time.perf_counter() - start, "rows": rows, "peak_mib": _peak_mib()}


def _names(paths: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Pending-ish sender names and all contact names, read plainly (for the cdist reference)."""
    senders: list[str] = []
    contacts: list[str] = []
    for folder in paths["owners"]:
        with (Path(folder) / "Invitations.csv").open(encoding="utf-8-sig", newline="") as h:
            senders += [r["From"] for r in csv.DictReader(h) if r["Direction"] == "INCOMING"]
        with (Path(folder) / "Connections.csv").open(encoding="utf-8-sig", newline="") as h:
            lines = h.read().splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("First Name"))
        for row in csv.DictReader(lines[start:]):
            contacts.append(f"{row['First Name']} {row['Last Name']}".strip())
    return senders, contacts


def step_bare_cdist(paths: dict[str, Any]) -> dict[str, Any]:
    """Reference: chunked cdist(token_sort_ratio) of every sender against every contact."""
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    senders, contacts = _names(paths)
    senders = [utils.default_process(s) for s in senders]
    contacts = [utils.default_process(c) for c in contacts]
    start = time.perf_counter()
    for i in range(0, len(senders), 1000):
        matrix = process.cdist(
            senders[i : i + 1000], contacts, scorer=fuzz.token_sort_ratio, dtype=np.uint8,
            workers=-1,
        )  # fmt: skip
        matrix.argmax(axis=1)
    return {
        "seconds": time.perf_counter() - start,
        "pairs": len(senders) * len(contacts),
        "peak_mib": _peak_mib(),
    }


def step_import(paths: dict[str, Any], db: Path) -> dict[str, Any]:
    from linkvet.core.sample import first_owner_name
    from linkvet.core.store import Store
    from linkvet.core.triage import Workspace
    from linkvet.core.triage.analysis import analyze

    ws = Workspace(Store(db))
    phases: dict[str, float] = {}
    started = time.perf_counter()
    ws.import_paths(paths["owners"])
    phases["exports"] = time.perf_counter() - started
    t0 = time.perf_counter()
    owner = first_owner_name(Path(paths["owners"][0]))
    ws.import_paths([paths["address_book"]], owner_name=owner)
    phases["address book"] = time.perf_counter() - t0
    total = time.perf_counter() - started
    import_peak = _peak_mib()  # before the separate measurements below allocate more
    # matching and patterns on their own, over the imported data (same code as the import)
    store = Store(db)
    invitations, owners = store.invitations(), store.owners()
    t0 = time.perf_counter()
    matches, patterns = analyze(invitations, owners, store.contacts(), {}, set(), [])
    both = time.perf_counter() - t0
    from linkvet.core.patterns import detect_patterns

    t0 = time.perf_counter()
    detect_patterns([i for i in invitations.values() if i.direction == "INCOMING"], owners)
    pattern_seconds = time.perf_counter() - t0
    return {
        "seconds": total,
        "phases": phases,
        "peak_mib": import_peak,
        "matched": len(matches),
        "patterns": len(patterns),
        "match_seconds": both - pattern_seconds,
        "pattern_seconds": pattern_seconds,
        "incoming": sum(1 for i in invitations.values() if i.direction == "INCOMING"),
    }


def step_triage(db: Path) -> dict[str, Any]:
    from linkvet.core.store import Store
    from linkvet.core.triage import Workspace

    ws = Workspace(Store(db))
    t0 = time.perf_counter()
    ws.invitation_ids()  # opens the database and builds the derived indexes
    load_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    views = ws.views()
    evaluate_seconds = time.perf_counter() - t0
    pending = [v.id for v in views if v.status == "pending"]
    times = []
    for inv_id in pending[:200]:
        t0 = time.perf_counter()
        ws.decide([inv_id], "decline")
        times.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    ws.undo()
    undo_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    ws.contact_index()  # what the TUI builds in the background after loading the queue
    index_seconds = time.perf_counter() - t0
    lookups = []
    typed = ("anna mu", "john s", "maria g", "sarah k")  # every prefix, as if typed
    for name in (word[:n] for word in typed for n in range(1, len(word) + 1)):
        t0 = time.perf_counter()
        ws.lookup(name)
        lookups.append((time.perf_counter() - t0) * 1000)
    return {
        "views": len(views),
        "pending": len(pending),
        "evaluate_seconds": evaluate_seconds,
        "load_seconds": load_seconds,
        "decide_p50_ms": statistics.median(times),
        "decide_p95_ms": _p95(times),
        "undo_ms": undo_ms,
        "lookup_p95_ms": _p95(lookups),
        "index_seconds": index_seconds,
    }


_CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
HOSTILE_ROWS = {
    # kind -> (row written a million times, what ends the file)
    "hidden members (skipped, counted)": (",,,,,,08 Feb 2024\n", ""),
    "rows without a name (row problems)": (",,,,Acme,,08 Feb 2024\n", ""),
    "valid rows, a non-UTF-8 byte at the end": ("Ann,Lee,,,Acme,,08 Feb 2024\n", "\udcff"),
}


def step_hostile(kind: str, folder: Path, rows: int) -> dict[str, Any]:
    """Import a Connections.csv of `rows` hostile rows into a database that already holds
    the sample data: time, peak RSS, and whether the database is unchanged when refused."""
    from linkvet.core.importers import InputError
    from linkvet.core.sample import load_sample_data
    from linkvet.core.store import Store
    from linkvet.core.triage import Workspace

    row, tail = HOSTILE_ROWS[kind]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Connections.csv"
    with path.open("w", encoding="utf-8", errors="surrogateescape") as handle:
        handle.write(_CONNECTIONS_HEADER)
        for _ in range(rows):
            handle.write(row)
        handle.write(tail)
    ws = Workspace(Store(folder / "db"))
    load_sample_data(ws)
    before = sorted((folder / "db").rglob("*.json"))
    snapshot = {p: p.read_bytes() for p in before}
    base_peak = _peak_mib()
    start = time.perf_counter()
    outcome = ""
    try:
        report = ws.import_paths([path], owner_name="Dana Whitfield")
        summary = next(f for f in report.files if f.kind == "connections")
        outcome = f"imported {summary.imported}, {summary.skipped} skipped"
    except InputError as err:
        unchanged = sorted((folder / "db").rglob("*.json")) == before and all(
            p.read_bytes() == b for p, b in snapshot.items()
        )
        state = "unchanged" if unchanged else "CHANGED"
        outcome = f"refused at line {err.line} ({err.reason.split(':')[0]}); database {state}"
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mib": _peak_mib(), "base_mib": base_peak, "outcome": outcome}


def step_tui(scale: float) -> dict[str, Any]:
    """The Pilot-driven TUI benchmark (its own 10,000-invitation store); its lines verbatim."""
    pending, contacts = int(10_000 * scale), int(30_000 * scale)
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "tui_speed.py"), "--pending", str(pending),
         "--contacts", str(contacts), "--presses", "30"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    if result.returncode != 0:
        return {"skipped": result.stderr.strip().splitlines()[-1:]}
    return {"lines": result.stdout.strip().splitlines()}


STEPS = {
    "generate": step_generate,
    "bare_read": step_bare_read,
    "bare_cdist": step_bare_cdist,
    "import": step_import,
    "triage": step_triage,
    "tui": step_tui,
    "hostile": step_hostile,
}


def _child(step: str, *args: Any) -> dict[str, Any]:
    payload = json.dumps([str(a) if isinstance(a, Path) else a for a in args])
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--step", step, payload],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"step {step} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _row(name: str, value: str, target: str, reference: str = "") -> str:
    return f"| {name} | {value} | {target} | {reference} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the scale")
    parser.add_argument("--keep", type=Path, help="keep generated data and database here")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("payload", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        raw = json.loads(args.payload)
        conv = [Path(a) if isinstance(a, str) and "/" in a else a for a in raw]
        print(json.dumps(STEPS[args.step](*conv)))
        return
    scale = 0.1 if args.quick else 1.0
    work = args.keep or Path(tempfile.mkdtemp(prefix="linkvet-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        gen = _child("generate", work / "data", scale)
        paths = gen["paths"]
        bare = _child("bare_read", paths)
        cdist = _child("bare_cdist", paths)
        imp = _child("import", paths, work / "db")
        tri = _child("triage", work / "db")
        tui = _child("tui", scale)
        rows = int(1_000_000 * scale)
        hostile = {k: _child("hostile", k, work / f"hostile{n}", rows) for n, k in
                   enumerate(HOSTILE_ROWS)}  # fmt: skip
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    ref = bare["seconds"] + cdist["seconds"]
    counts = gen["counts"]
    print(
        f"linkvet benchmark ({'quick, 1/10 scale' if args.quick else 'LinkedIn scale'}): "
        f"{counts.get('first_owner_connections')} connections, "
        f"{counts.get('pending_incoming')} pending of {imp['incoming']} incoming invitations, "
        f"{counts.get('first_owner_messages')} messages, {counts.get('address_book')} "
        f"address-book cards, {counts.get('owners')} owners"
    )
    print()
    print("| figure | measured | target | reference (same run) |")
    print("|---|---|---|---|")
    print(_row("generate data", f"{gen['seconds']:.1f} s", "-"))
    print(
        _row(
            "import everything",
            f"{imp['seconds']:.1f} s",
            "<= 15 s, <= 3x reference",
            f"bare csv read {bare['seconds']:.1f} s + bare cdist {cdist['seconds']:.1f} s = "
            f"{ref:.1f} s; ratio {imp['seconds'] / ref:.2f}x",
        )
    )
    phases = ", ".join(f"{k} {v:.1f} s" for k, v in imp["phases"].items())
    print(_row("  of which", phases, "-"))
    print(
        _row(
            "import peak RSS",
            f"{imp['peak_mib']:.0f} MiB",
            "<= 500 MiB",
            f"bare read {bare['peak_mib']:.0f} MiB, bare cdist {cdist['peak_mib']:.0f} MiB",
        )
    )
    print(
        _row(
            "matching (all pending senders)",
            f"{imp['match_seconds']:.1f} s",
            "<= 10 s",
            f"bare cdist {cdist['seconds']:.1f} s; ratio "
            f"{imp['match_seconds'] / cdist['seconds']:.2f}x",
        )
    )
    print(_row("pattern analysis", f"{imp['pattern_seconds']:.2f} s", "<= 2 s"))
    print(_row("open the database for triage", f"{tri['load_seconds']:.2f} s", "-"))
    per10k = tri["evaluate_seconds"] * 10_000 / max(tri["views"], 1)
    print(
        _row(
            f"checks + verdict, all {tri['views']} incoming invitations",
            f"{tri['evaluate_seconds']:.2f} s ({per10k:.2f} s per 10,000)",
            "<= 1 s per 10,000",
        )
    )
    print(
        _row(
            "decision, durable (p50 / p95)",
            f"{tri['decide_p50_ms']:.1f} / {tri['decide_p95_ms']:.1f} ms",
            "p95 <= 30 ms",
        )
    )
    print(_row("undo", f"{tri['undo_ms']:.1f} ms", "-"))
    print(_row("contact index for lookups (built once)", f"{tri['index_seconds']:.2f} s", "-"))
    print(_row("contact lookup keystroke p95", f"{tri['lookup_p95_ms']:.1f} ms", "<= 30 ms"))
    print()
    print("TUI (bench/tui_speed.py, Pilot-driven; targets: first screen <= 2 s, cursor move and")
    print("decision <= 50 ms p95, filter keystroke <= 100 ms p95; 'work' = wall minus the")
    print("Pilot's fixed per-key floor):")
    for line in tui.get("lines", [f"skipped: {tui.get('skipped')}"]):
        print(f"    {line}")
    print()
    print(f"Hostile input: a {rows:,}-row Connections.csv imported over the sample database")
    print("(target: no traceback, no hang, memory bounded, nothing written when refused):")
    for kind, h in hostile.items():
        grew = h["peak_mib"] - h["base_mib"]
        print(f"    {kind:<44} {h['seconds']:5.1f} s, peak RSS +{grew:.0f} MiB: {h['outcome']}")
    print()
    print(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
