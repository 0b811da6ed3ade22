"""Re-derive the m- and u-probabilities shipped in core/matching/model.py.

Run: `python bench/match_weights.py`. Uses the labelled FEBRL development sets febrl1 and
febrl2 only (../shared/dev; febrl3 is kept for reporting). For every invitation whose truth
is a contact, the pair (sender, true contact) is read in its best reading and its agreement
level per field is counted (m); for 40 contacts drawn at random that the sender is not,
the same is counted (u). The best reading depends on the weights, so this is repeated a few
times from a flat start (hard EM); it settles after two rounds.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from linkvet.core.matching import levels as lv  # noqa: E402
from linkvet.core.matching.model import READING_COST, FieldModel  # noqa: E402
from linkvet.core.matching.readings import contact_readings, sender_readings  # noqa: E402

from bench.match_dev_data import TUNE_SETS, available, load  # noqa: E402

RANDOM_PAIRS = 40
ROUNDS = 4
SMOOTHING = 0.5  # pseudo-count per level
MIN_SEEN = 5  # a level seen less often among the true pairs keeps the stated assumption
# Assumptions for levels the FEBRL sets do not contain (no nicknames, hardly any initials):
# m = how often a true sender writes it so, u = that share times the chance that a stranger's
# name agrees at that level (1 in 15 for an initial letter, 1 in 50 for a short form).
ASSUMED = {lv.SHORT_FORM: (0.03, 0.03 / 50), lv.INITIAL: (0.01, 0.01 / 15)}


@dataclass(slots=True)
class Rows:
    """Every (sender reading x contact reading) row of the labelled pairs, levels precomputed."""

    pair: np.ndarray  # which pair the row belongs to
    match: np.ndarray  # per pair: True for (sender, its true contact)
    given: np.ndarray
    surname: np.ndarray
    count_g: np.ndarray  # the contact value's count in its book
    count_s: np.ndarray
    held_g: np.ndarray  # the sender value's count in the book (0: no contact has it)
    held_s: np.ndarray
    book: np.ndarray  # book size per row
    cost: np.ndarray  # reading cost per row


def collect(names: tuple[str, ...]) -> Rows:
    """Rows for the labelled pairs of the named sets (true pairs and random non-pairs)."""
    rng = random.Random(0)
    pair: list[int] = []
    match: list[bool] = []
    sg: list[str] = []
    cg: list[str] = []
    ss: list[str] = []
    cs: list[str] = []
    count_g: list[int] = []
    count_s: list[int] = []
    held_g: list[int] = []
    held_s: list[int] = []
    book: list[int] = []
    cost: list[float] = []
    for name in names:
        ds = load(name)
        readings = [contact_readings(c.first_name, c.last_name, c.name) for c in ds.contacts]
        gcount = Counter(r[0].given for r in readings if r and r[0].given)
        scount = Counter(r[0].surname for r in readings if r and r[0].surname)
        pos = {c.emails[0].lower(): i for i, c in enumerate(ds.contacts)}
        for sender, truth in zip(ds.senders, ds.truth, strict=True):
            todo: list[tuple[int, bool]] = []
            if truth:
                todo.append((pos[truth], True))
            while len(todo) < RANDOM_PAIRS + bool(truth):
                j = rng.randrange(len(ds.contacts))
                if not truth or j != pos[truth]:
                    todo.append((j, False))
            for j, is_match in todo:
                p = len(match)
                match.append(is_match)
                for r in sender_readings(sender.name):
                    for c in readings[j]:
                        pair.append(p)
                        sg.append(r.given)
                        ss.append(r.surname)
                        cg.append(c.given)
                        cs.append(c.surname)
                        count_g.append(gcount.get(c.given, 1))
                        count_s.append(scount.get(c.surname, 1))
                        held_g.append(gcount.get(r.given, 0))
                        held_s.append(scount.get(r.surname, 0))
                        book.append(len(ds.contacts))
                        cost.append(READING_COST.get(r.kind, 0.0) + READING_COST.get(c.kind, 0.0))
    return Rows(
        np.array(pair), np.array(match), lv.compare(sg, cg, True), lv.compare(ss, cs, False),
        np.array(count_g), np.array(count_s), np.array(held_g), np.array(held_s),
        np.array(book), np.array(cost),
    )  # fmt: skip


def _best_rows(rows: Rows, given: FieldModel, surname: FieldModel) -> np.ndarray:
    """Index of the best-weighted row of every pair."""
    total = rows.cost.copy()
    for book in np.unique(rows.book):
        sel = rows.book == book
        n = int(book)
        total[sel] += given.weights(rows.given[sel], rows.count_g[sel], n, rows.held_g[sel])
        total[sel] += surname.weights(rows.surname[sel], rows.count_s[sel], n, rows.held_s[sel])
    order = np.lexsort((-total, rows.pair))
    first = np.unique(rows.pair[order], return_index=True)[1]
    return order[first]


def _estimate(levels: np.ndarray) -> tuple[float, ...]:
    counts = np.bincount(levels, minlength=lv.LEVEL_COUNT) + SMOOTHING
    return tuple(float(x) for x in counts / counts.sum())


def _finish(m: tuple[float, ...], u: tuple[float, ...], seen: np.ndarray) -> FieldModel:
    """Apply the stated rules: a missing part says nothing (its u is set to its m: with one
    word the reading decides which part is missing, so its raw u is an artefact of the max),
    and unseen levels keep their assumption."""
    mm, uu = list(m), list(u)
    for level, (am, au) in ASSUMED.items():
        if seen[level] < MIN_SEEN:
            mm[level], uu[level] = am, au
    mm = [x / sum(mm) for x in mm]
    missing = mm[lv.ONE_MISSING]
    rest = sum(uu) - uu[lv.ONE_MISSING]
    uu = [missing if i == lv.ONE_MISSING else x * (1 - missing) / rest for i, x in enumerate(uu)]
    return FieldModel(m=tuple(mm), u=tuple(uu))


def derive(rows: Rows) -> tuple[FieldModel, FieldModel]:
    """Hard-EM estimate of the given-name and surname models."""
    flat = tuple([1.0 / lv.LEVEL_COUNT] * lv.LEVEL_COUNT)
    given = surname = FieldModel(m=(0.8, *flat[1:]), u=(0.003, *flat[1:]))
    for _ in range(ROUNDS):
        best = _best_rows(rows, given, surname)
        is_match = rows.match[rows.pair[best]]
        fields = []
        for levels in (rows.given[best], rows.surname[best]):
            seen = np.bincount(levels[is_match], minlength=lv.LEVEL_COUNT)
            fields.append(_finish(_estimate(levels[is_match]), _estimate(levels[~is_match]), seen))
        given, surname = fields
    return given, surname


def _fmt(values: tuple[float, ...]) -> str:
    return "(" + ", ".join(f"{v:.3g}" for v in values) + ")"


def main() -> None:
    missing = [n for n in TUNE_SETS if not available(n)]
    if missing:
        sys.exit(f"development sets not found: {', '.join(missing)} (expected in ../shared/dev)")
    rows = collect(TUNE_SETS)
    given, surname = derive(rows)
    print(f"# {int(rows.match.sum())} true pairs, {int((~rows.match).sum())} random non-pairs")
    print(f"# levels: {', '.join(lv.LEVEL_NAMES[: lv.LEVEL_COUNT])}")
    for name, model in (("GIVEN", given), ("SURNAME", surname)):
        print(f"{name} = FieldModel(\n    m={_fmt(model.m)},\n    u={_fmt(model.u)},\n)")
        weights = ", ".join(f"{w:+.1f}" for w in model.table())
        print(f"# log2(m/u): {weights}")


if __name__ == "__main__":
    main()
