"""Hostile sizes, as whole `linkvet import` processes: how long each takes to import or refuse.

    python bench/hostile.py [--python PY] [--timeout 120] [--cases note-1M zip-bomb ...]

Each case writes one file (a one-word note, name, headline or URL of 80 kB / 1 MB / 10 MB;
a 200,000-row Invitations.csv; a zip of 20,000 entries of 64 KiB), imports it into a fresh
temporary database in a fresh process and prints wall seconds, exit code and the last line
the command printed. `--python` runs another checkout's interpreter (e.g. main's venv, to
get the "before" figure); a case past `--timeout` is killed and shown as `>TIMEOUT`. The
`mask-*` cases time `mask_text` on a 1 MB / 10 MB field of several shapes in one process.
Issue 19 asks each of these to finish in time proportional to its size.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

INVITATIONS = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
GENERIC = "Name,Profile URL,Headline,Company,Message,Received\n"
OWNER_URL = "https://www.linkedin.com/in/olivia-owner"


def _invitation(sender: str, note: str, url: str = "https://www.linkedin.com/in/ada-l") -> str:
    return f'"{sender}",Olivia Owner,"2/8/24, 7:00 PM","{note}",INCOMING,{url},{OWNER_URL}\n'


def note(size: int) -> Callable[[Path], list[str]]:
    """One invitation whose note is a single word of `size` characters."""

    def make(work: Path) -> list[str]:
        path = work / "Invitations.csv"
        path.write_text(INVITATIONS + _invitation("Ada Lovelace", "x" * size), encoding="utf-8")
        return [str(path)]

    return make


def name(size: int) -> Callable[[Path], list[str]]:
    """One invitation whose sender's name is a single word of `size` characters."""

    def make(work: Path) -> list[str]:
        path = work / "Invitations.csv"
        path.write_text(INVITATIONS + _invitation("A" * size, "hi"), encoding="utf-8")
        return [str(path)]

    return make


def url(size: int) -> Callable[[Path], list[str]]:
    """One invitation whose sender's profile URL is `size` characters long."""

    def make(work: Path) -> list[str]:
        path = work / "Invitations.csv"
        long_url = "https://www.linkedin.com/in/" + "x" * size
        path.write_text(INVITATIONS + _invitation("Ada Lovelace", "hi", long_url), encoding="utf-8")
        return [str(path)]

    return make


def headline(size: int) -> Callable[[Path], list[str]]:
    """A generic invitations CSV whose one sender has a headline of `size` characters."""

    def make(work: Path) -> list[str]:
        path = work / "received.csv"
        title = "Recruiter " * (size // 10)
        row = f'Ada Lovelace,https://www.linkedin.com/in/ada-l,"{title}",Acme,hi,2024-02-08\n'
        path.write_text(GENERIC + row, encoding="utf-8")
        return [str(path), "--kind", "generic", "--owner", "Olivia Owner"]

    return make


def rows(count: int) -> Callable[[Path], list[str]]:
    """An Invitations.csv of `count` incoming invitations from distinct senders."""

    def make(work: Path) -> list[str]:
        path = work / "Invitations.csv"
        with path.open("w", encoding="utf-8") as out:
            out.write(INVITATIONS)
            for i in range(count):
                sender, url = (
                    f"Sender{i} Person{i % 977}",
                    f"https://www.linkedin.com/in/sender-{i}",
                )
                out.write(_invitation(sender, f"Hello {i}, let us connect", url))
        return [str(path)]

    return make


def zip_bomb(entries: int, entry_bytes: int) -> Callable[[Path], list[str]]:
    """A zip of `entries` Connections-like CSVs of `entry_bytes` each (every one passes the
    per-entry size and ratio checks)."""

    def make(work: Path) -> list[str]:
        path = work / "bomb.zip"
        head = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        body = head + b",,,,,,08 Feb 2024\n" * ((entry_bytes - len(head)) // 18)
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for i in range(entries):
                archive.writestr(f"part{i}/Connections.csv", body)
        return [str(path)]

    return make


CASES: dict[str, Callable[[Path], list[str]]] = {
    "note-80k": note(80_000),
    "note-1M": note(1_000_000),
    "note-10M": note(10_000_000),
    "name-1M": name(1_000_000),
    "name-10M": name(10_000_000),
    "headline-1M": headline(1_000_000),
    "url-1M": url(1_000_000),
    "rows-50k": rows(50_000),
    "rows-200k": rows(200_000),
    "zip-bomb": zip_bomb(20_000, 64 * 1024),
}

MASK = """
import sys, time
from linkvet.core.patterns.masking import mask_text
size = int(sys.argv[1])
for label, unit in (("word", "x"), ("a-a-a", "a-"), ("a.a.a", "a."), ("1.1.1", "1."),
                    ("a@a@a", "a@"), ("words", "ab ")):
    text = unit * (size // len(unit))
    start = time.perf_counter()
    mask_text(text, names=["Olivia Owner"], companies=["Acme"], titles=["Recruiter"])
    print(f"{label}={time.perf_counter() - start:.2f}s", end=" ", flush=True)
"""
MASK_CASES = {"mask-80k": 80_000, "mask-1M": 1_000_000, "mask-10M": 10_000_000}


def run(python: str, case: str, timeout: float, work: Path, mib: int) -> tuple[str, str, str]:
    """(seconds, exit code, last output line) of one case in a fresh process, its address
    space capped at `mib` (a zip bomb on an unguarded build would take the machine's memory)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env["LINKVET_DB"], env["LINKVET_CONFIG"] = str(work / "db"), str(work / "config.toml")
    if case in MASK_CASES:
        args = [python, "-c", MASK, str(MASK_CASES[case])]
    else:
        args = [python, "-m", "linkvet", "import", *CASES[case](work)]
    start = time.perf_counter()
    try:
        done = subprocess.run(args, cwd=work, env=env, capture_output=True, text=True,
                              timeout=timeout, errors="replace",
                              preexec_fn=lambda: _cap_memory(mib))  # fmt: skip
    except subprocess.TimeoutExpired as err:
        out = err.stdout.decode(errors="replace") if isinstance(err.stdout, bytes) else ""
        return f">{timeout:.0f}", "killed", (out.strip().splitlines() or [""])[-1][:100]
    seconds = time.perf_counter() - start
    lines = (done.stdout + done.stderr).strip().splitlines() or [""]
    last = lines[-1] if case in MASK_CASES else _headline(lines)
    return f"{seconds:.1f}", str(done.returncode), last[:110]


def _cap_memory(mib: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (mib << 20, mib << 20))


def _headline(lines: list[str]) -> str:
    """The import's headline or error line (not the progress or note lines)."""
    for line in lines:
        if line.startswith(("Imported", "Error", "linkvet:", "Traceback")) or ": refused" in line:
            return line
    return lines[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--cases", nargs="+", default=[*MASK_CASES, *CASES])
    ap.add_argument("--memory-mib", type=int, default=3072, help="address-space cap per case")
    a = ap.parse_args()
    print("| case | seconds | exit | output |")
    print("|---|---|---|---|")
    for case in a.cases:
        work = Path(tempfile.mkdtemp(prefix="linkvet-hostile-"))
        try:
            seconds, code, last = run(a.python, case, a.timeout, work, a.memory_mib)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(f"| {case} | {seconds} | {code} | {last.replace('|', '/')} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
