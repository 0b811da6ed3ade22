"""Go back to the newest generation that verifies completely, and say what that costs.

`repair` checks the live generation and the older ones, newest first, file by file (manifest
size and hash, and the shape of every table); it points CURRENT at the first that passes and
moves the damaged newer ones aside (`damaged-gNNNNNN`, kept for inspection, never read),
so that no later write builds on or prunes toward them. Nothing changes when the live
generation is good or when no generation is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from linkvet.core.store.atomic import CorruptDatabase, fsync_dir, write_atomic
from linkvet.core.store.shape import HINT
from linkvet.core.store.verify import imported_files, invitation_ids, verify_generation

GENERATION = re.compile(r"g\d{6}")


@dataclass(slots=True)
class Damage:
    """One generation that did not verify."""

    generation: str
    problem: str
    kept_as: str | None = None  # the folder it was moved to, when it was set aside


@dataclass(slots=True)
class RepairReport:
    """What `repair` found and did."""

    live: str | None  # the generation CURRENT named before (None: missing or unreadable)
    restored: str | None  # the generation live now (None: there was none to go back to)
    changed: bool  # whether CURRENT was rewritten
    damaged: list[Damage] = field(default_factory=list)  # newest first
    lost_invitations: int | None = 0  # in the newest damaged copy, not in the restored one
    lost_files: list[str] = field(default_factory=list)  # imported there, not in the restored
    invitations: int | None = None  # how many the restored generation holds


def generations(path: Path) -> list[str]:
    """The generation folders of a database, oldest first."""
    try:
        names = [c.name for c in path.iterdir() if c.is_dir()]
    except FileNotFoundError:
        return []
    return sorted(n for n in names if GENERATION.fullmatch(n))


def named_by_current(path: Path) -> str | None:
    """The generation CURRENT names, when it names an existing one."""
    try:
        text = (path / "CURRENT").read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if GENERATION.fullmatch(text) and (path / text).is_dir() else None


def needed(report: RepairReport) -> bool:
    """Whether a check-only `repair` found something to restore."""
    return report.restored is not None and (report.restored != report.live or bool(report.damaged))


def repair(path: Path, write: bool = True) -> RepairReport:
    """Restore the newest fully verified generation (caller holds the write lock);
    `write=False` only checks (no lock, nothing written: a good database on read-only
    media is reported good)."""
    live = named_by_current(path)
    gens = generations(path)
    candidates = [g for g in reversed(gens) if live is None or g <= live]
    report = RepairReport(live=live, restored=None, changed=False)
    for gen in candidates:
        try:
            verify_generation(path / gen, parse=True)
        except CorruptDatabase as exc:
            problem = str(exc).removesuffix(f"; {HINT}").removeprefix(f"{path / gen}/")
            report.damaged.append(Damage(gen, problem))
            continue
        report.restored = gen
        break
    restored = report.restored
    if restored is None:
        return report
    if not needed(report) or not write:
        ids = invitation_ids(path / restored)
        report.invitations = len(ids) if ids is not None else None
        return report
    good = path / restored
    kept = invitation_ids(good) or set()
    report.invitations = len(kept)
    if report.damaged:
        newest = path / report.damaged[0].generation
        ids = invitation_ids(newest)
        report.lost_invitations = None if ids is None else len(ids - kept)
        files = imported_files(newest)
        report.lost_files = sorted((files or set()) - (imported_files(good) or set()))
    for damage in report.damaged:
        damage.kept_as = _set_aside(path, damage.generation)
    write_atomic(path / "CURRENT", restored.encode("ascii") + b"\n")
    fsync_dir(path)
    report.changed = True
    return report


def _set_aside(path: Path, gen: str) -> str:
    """Move a damaged generation out of the generations (a free `damaged-` name)."""
    target = f"damaged-{gen}"
    n = 1
    while (path / target).exists():
        n += 1
        target = f"damaged-{gen}-{n}"
    (path / gen).rename(path / target)
    return target
