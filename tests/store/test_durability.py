"""kill -9 at random moments: the database opens and every reported decision is there."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from linkvet.core.store import Store

from .conftest import seed

ROOT = Path(__file__).resolve().parents[2]

DECIDER = """
import sys
from linkvet.core.store import Store
store = Store(sys.argv[1])
ids = sys.argv[2].split(',')
n = 0
while True:
    inv = ids[n % len(ids)]
    (event,) = store.record('decision', [inv], after=('accept', 'decline', 'ask')[n % 3])
    print(f'saved {event.seq} {inv} {event.after}', flush=True)
    n += 1
"""

IMPORTER = """
import sys
from linkvet.core.models import Invitation, Person
from linkvet.core.store import Store
store = Store(sys.argv[1])
n = 0
while True:
    invs = [Invitation(id=f'g{n}-{k}', owner_id='o1', direction='INCOMING', sender=Person(f'S {k}'),
                       recipient=Person('O'), sent_at=None, sent_at_raw='x') for k in range(300)]
    with store.transaction():
        store.save(invitations=invs)
    print(f'committed {n}', flush=True)
    n += 1
"""


def _run_and_kill(script: str, db: Path, *args: str, after: float) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(db), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(after)
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate()
    return out.splitlines()


def test_decisions_reported_saved_survive_kill_9(tmp_path: Path) -> None:
    db = tmp_path / "db"
    ids = seed(Store(db), 7)
    rng = random.Random(5)
    reported: dict[int, tuple[str, str]] = {}
    for _ in range(6):
        for line in _run_and_kill(DECIDER, db, ",".join(ids), after=0.25 + rng.random() * 0.4):
            _, seq, inv, after = line.split()
            reported[int(seq)] = (inv, after)
        store = Store(db)  # opens after every kill
        journal = {e.seq: (e.invitation_id, e.after) for e in store.events()}
        for seq, value in reported.items():
            assert journal.get(seq) == value
    assert len(reported) > 20  # the loop really ran


def test_import_commit_killed_leaves_old_or_new_state(tmp_path: Path) -> None:
    db = tmp_path / "db"
    seed(Store(db), 3)
    rng = random.Random(9)
    for _ in range(5):
        lines = _run_and_kill(IMPORTER, db, after=0.3 + rng.random() * 0.5)
        invs = Store(db).invitations()
        prefixes = {i.split("-")[0] for i in invs}
        assert len(prefixes) == 1  # never a mix of two generations
        assert len(invs) in (3, 300)
        if lines:
            last = int(lines[-1].split()[1])
            assert prefixes <= {f"g{last}", f"g{last + 1}"}
