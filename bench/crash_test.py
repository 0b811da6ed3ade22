"""Crash test: decide and import in a loop while `kill -9` lands at random moments.

    python bench/crash_test.py [--rounds 200] [--seed 1]

Three writers take turns: decisions through the store API, decisions through the `linkvet`
CLI (a process per decision), and imports of the sample data. After every kill the database
must open, and every decision that was reported saved must be in it. Prints a summary line
per writer; exits 1 on the first violation.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from linkvet.core.sample import load_sample_data  # noqa: E402
from linkvet.core.store import Store  # noqa: E402
from linkvet.core.triage import Workspace  # noqa: E402

API_WRITER = """
import sys
from linkvet.core.store import Store
from linkvet.core.triage import Workspace
ws = Workspace(Store(sys.argv[1]))
ids = ws.invitation_ids()
n = 0
while True:
    inv = ids[n % len(ids)]
    (e,) = ws.decide([inv], ('accept', 'decline', 'ask', 'pending')[n % 4])
    print(f'saved {e.seq} {inv} {e.after}', flush=True)
    n += 1
"""

CLI_WRITER = """
import subprocess, sys
db, ids = sys.argv[1], sys.argv[2].split(',')
n = 0
while True:
    inv = ids[n % len(ids)]
    word = ('accept', 'decline', 'ask')[n % 3]
    out = subprocess.run([sys.executable, '-m', 'linkvet', '--db', db, 'decide', inv, word],
                         capture_output=True, text=True)
    if out.returncode == 0 and '(saved)' in out.stdout:
        print(f'saved {inv} {word}', flush=True)
    n += 1
"""

IMPORT_WRITER = """
import sys
from linkvet.core.store import Store
from linkvet.core.triage import Workspace
ws = Workspace(Store(sys.argv[1]))
files = sys.argv[2].split(',')
n = 0
while True:  # alternate two versions of one file: every import changes 60 notes
    ws.import_paths([files[n % 2]], kind='generic')
    print('imported', flush=True)
    n += 1
"""

VERSIONED_ROWS = 60


def _versioned_csvs(work: Path) -> list[Path]:
    """Two generic CSVs with the same invitations and different notes ("version A"/"B")."""
    paths = []
    for version in "AB":
        rows = ["Name,Profile URL,Message,Received,Recipient"]
        rows += [
            f"Crash Sender {n},https://www.linkedin.com/in/crash-sender-{n},version {version},"
            f"2026-10-{1 + n % 28:02d},Dana Whitfield"
            for n in range(VERSIONED_ROWS)
        ]
        path = work / f"version_{version}.csv"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _kill_after(args: list[str], seconds: float) -> list[str]:
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            start_new_session=True)  # fmt: skip
    time.sleep(seconds)
    os.killpg(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate()
    return out.splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="linkvet-crash-"))
    db = work / "db"
    try:
        load_sample_data(Workspace(Store(db)))
        versions = _versioned_csvs(work)
        Workspace(Store(db)).import_paths([versions[0]], kind="generic")
        pending = [v.id for v in Workspace(Store(db)).views() if v.status == "pending"]
        expected = len(Store(db).invitations())
        files = ",".join(str(p) for p in versions)
        stats = {"api": [0, 0], "cli": [0, 0], "import": [0, 0]}  # kills, saves checked
        api_saved: dict[int, tuple[str, str]] = {}
        for n in range(args.rounds):
            kind = ("api", "cli", "import")[n % 3]
            # each writer needs ~1 s to start (imports, loading the sample); kill after that
            base, spread = {"api": (0.9, 1.2), "cli": (1.2, 2.5), "import": (0.9, 2.0)}[kind]
            delay = base + rng.random() * spread
            if kind == "api":
                lines = _kill_after([sys.executable, "-c", API_WRITER, str(db)], delay)
                for line in lines:
                    _, seq, inv, after = line.split()
                    api_saved[int(seq)] = (inv, after)
            elif kind == "cli":
                lines = _kill_after(
                    [sys.executable, "-c", CLI_WRITER, str(db), ",".join(pending[:20])], delay
                )
            else:
                lines = _kill_after([sys.executable, "-c", IMPORT_WRITER, str(db), files], delay)
            stats[kind][0] += 1
            store = Store(db)  # must open after every kill
            if len(store.invitations()) != expected:
                print(
                    f"round {n}: {len(store.invitations())} invitations, not {expected}, "
                    f"after a kill during {kind}"
                )
                return 1
            notes = {
                i.message for i in store.invitations().values() if i.sender.name.startswith("Crash")
            }
            if len(notes) != 1:
                print(f"round {n}: a half-imported file: notes {sorted(notes)}")
                return 1
            journal = {e.seq: (e.invitation_id, e.after) for e in store.events()}
            for seq, value in api_saved.items():
                if journal.get(seq) != value:
                    print(f"round {n}: decision {seq} {value} reported saved but missing")
                    return 1
            if kind == "cli":
                states = store.states()
                last = {}
                for line in lines:
                    _, inv, word = line.split()
                    last[inv] = word
                journal_after = {e.invitation_id for e in store.events() if e.kind == "decision"}
                for inv in last:
                    if inv not in journal_after or inv not in states:
                        print(f"round {n}: CLI decision on {inv} reported saved but missing")
                        return 1
            stats[kind][1] += len(lines)
        print(f"{args.rounds} kill -9 rounds, database opened after every one:")
        print(
            f"  store API decisions: {stats['api'][0]} kills, {len(api_saved)} saved decisions "
            "all present"
        )
        print(
            f"  CLI decisions:       {stats['cli'][0]} kills, {stats['cli'][1]} saved decisions "
            "all present"
        )
        print(
            f"  imports:             {stats['import'][0]} kills, {stats['import'][1]} completed "
            f"imports (each rewrites {VERSIONED_ROWS} notes); never a half-imported state"
        )
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
