"""Read-only media: every read-only command works on a database it cannot write (no lock
file, no file created or changed), and a write says so in one line.

The processes run with an audit hook that refuses, as a read-only file system does, every
attempt to create, change, rename or remove anything under the database folder (root
ignores permission bits, so `chmod -R a-w` would prove nothing here), and counts them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import db, run, sample_db  # noqa: F401 (fixtures)

READ_ONLY = r"""
import errno, os, sys
DB = os.path.realpath(sys.argv[1])
WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
attempts = []

def _under(arg):
    if isinstance(arg, int):
        return False
    try:
        return os.path.realpath(os.fsdecode(arg)).startswith(DB)
    except TypeError:
        return False

def hook(event, args):
    if event == "open":
        path, mode, flags = args
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            mode is None and isinstance(flags, int) and flags & WRITES
        )
        if not (writes and _under(path)):
            return
    elif event in ("os.mkdir", "os.rename", "os.remove", "os.rmdir", "os.chmod", "os.link",
                   "os.symlink", "os.truncate", "os.utime", "shutil.rmtree"):
        if not any(_under(a) for a in args[:2]):
            return
    else:
        return
    attempts.append(f"{event} {args[0]}")
    raise OSError(errno.EROFS, "Read-only file system", os.fsdecode(args[0]))

sys.addaudithook(hook)
import atexit
atexit.register(lambda: sys.stderr.write(f"\nWRITE-ATTEMPTS {len(attempts)} {attempts[:3]}\n"))
from linkvet.tui.cli import main
sys.argv = ["linkvet", "--db", sys.argv[1], *sys.argv[2:]]
main()
"""


def read_only(db: Path, *args: str) -> tuple[int, str, str, int]:
    """(exit code, stdout, stderr without the count, write attempts) of one process."""
    proc = subprocess.run(
        [sys.executable, "-c", READ_ONLY, str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    err, _, count = proc.stderr.rpartition("\nWRITE-ATTEMPTS ")
    return proc.returncode, proc.stdout, err, int(count.split()[0])


@pytest.fixture
def decided(db: Path) -> tuple[Path, str]:
    """The sample database with one decision, its lock file gone (a copy on a stick)."""
    code, out, err = run(db, "list", "--status", "pending", "--json")
    assert code == 0, err
    inv = json.loads(out)[0]["id"]
    assert run(db, "decide", inv, "accept")[0] == 0
    (db / ".lock").unlink(missing_ok=True)
    return db, inv


COMMANDS = [
    ["list"],
    ["list", "--json"],
    ["show", "{id}"],
    ["stats"],
    ["health"],
    ["actions"],
    ["export"],
    ["export", "--format", "json"],
    ["patterns"],
    ["match", "Ana"],
    ["locate"],
    ["repair"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_read_only_commands_work_and_write_nothing(
    decided: tuple[Path, str], command: list[str]
) -> None:
    db, inv = decided
    code, out, err, attempts = read_only(db, *(a.replace("{id}", inv) for a in command))
    assert code == 0, err
    assert out.strip()
    assert "Traceback" not in err
    assert attempts == 0, err
    assert not (db / ".lock").exists()


def test_the_decision_is_visible_read_only(decided: tuple[Path, str]) -> None:
    db, inv = decided
    code, out, err, _ = read_only(db, "show", inv)
    assert code == 0, err
    assert "decision: accept" in out


def test_a_write_on_read_only_media_fails_in_one_line(decided: tuple[Path, str]) -> None:
    db, inv = decided
    code, _, err, attempts = read_only(db, "decide", inv, "decline")
    assert code == 1 and attempts >= 1
    assert err.strip().count("\n") == 0 and "Read-only file system" in err
    assert "Traceback" not in err
