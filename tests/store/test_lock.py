"""One writer at a time: a clear refusal when busy, and no lost updates between processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from linkvet.core.store import Store, StoreBusy

from .conftest import seed

ROOT = Path(__file__).resolve().parents[2]


def test_second_writer_gets_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "db"
    seed(Store(db), 2)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom linkvet.core.store import Store\ns = Store(sys.argv[1])\n"
            "with s.transaction():\n    print('locked', flush=True)\n    time.sleep(30)\n",
            str(db),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        busy = Store(db, lock_timeout=0.2)
        with pytest.raises(StoreBusy, match="another linkvet process"):
            busy.record("decision", ["i0000"], after="accept")
        assert Store(db).states() == {}  # nothing written by the refused writer
    finally:
        holder.kill()
        holder.wait()


def test_two_processes_deciding_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "db"
    ids = seed(Store(db), 4)
    script = (
        "import sys\nfrom linkvet.core.store import Store\ns = Store(sys.argv[1])\n"
        "for n in range(40):\n"
        "    s.record('decision', [sys.argv[2]], after='accept', note=str(n))\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(db), inv], cwd=ROOT) for inv in ids[:2]
    ]
    for proc in procs:
        assert proc.wait(timeout=60) == 0
    events = Store(db).events()
    assert len(events) == 80
    assert len({e.seq for e in events}) == 80  # sequence numbers never collide
