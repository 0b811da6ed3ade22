"""The remaining errors of the matcher on a FEBRL development set, per error class of issue 15.

Run: `python bench/match_errors.py [SET ...] [--examples N]` (default: the tune sets febrl1
and febrl2 only, so developing never shows febrl3's records). A wrong link is classed by who
the sender really is; a miss by what stood in the way: a tie, a true contact that never was
a candidate (blocking miss; most would differ in a name part anyway), a one-word sender, a
name part that differs (kept "possible" by rule), a part missing, a typo in both fields, a
short form, inner spaces, a swapped name, a close rival, or a posterior too low on its own
(a name this common is no proof).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from linkvet.core.matching import ContactIndex, MatchSettings  # noqa: E402
from linkvet.core.matching import levels as lv  # noqa: E402
from linkvet.core.matching.normalize import normalize_name  # noqa: E402
from linkvet.core.matching.prepared import prepare_person  # noqa: E402
from linkvet.core.models import Match  # noqa: E402

from bench.match_dev_data import TUNE_SETS, DevSet, available, load  # noqa: E402

FUZZY = {lv.LEVEL_NAMES[x] for x in lv.FUZZY_LEVELS}
MISSING = {lv.LEVEL_NAMES[lv.ONE_MISSING], lv.LEVEL_NAMES[lv.BOTH_MISSING]}
CLOSE_RIVAL = 3.0  # a rival with a third of the true contact's posterior or more is close


def level_of(evidence: list[str], field: str) -> str:
    """The level named on a Match's evidence line for `field` ("given name" or "surname")."""
    for line in evidence:
        if line.startswith(field + ": "):
            rest = line[len(field) + 2 :]
            return max((n for n in lv.LEVEL_NAMES if rest.startswith(n)), key=len, default="?")
    return "?"


def _miss_class(
    index: ContactIndex, ds: DevSet, sender_pos: int, true_id: str, candidates: list[Match]
) -> tuple[str, str]:
    """(class, one-line example) of a sender whose true contact was not linked."""
    sender = ds.senders[sender_pos]
    book = index.owners[ds.items()[0][1]]
    p = prepare_person(sender)
    scored = index.score_names(book, [p.display], [p])
    entry = next(i for i, e in enumerate(book.entries) if e.contact and e.contact.id == true_id)
    detail = index.compare(sender, ds.items()[0][1], true_id)
    lines = detail.evidence if detail else []
    post = (detail.posterior or 0.0) if detail else 0.0
    g, s = level_of(lines, "given name"), level_of(lines, "surname")
    words = len(normalize_name(sender.name).tokens)
    reading = lines[0] if lines else ""
    rival = next((m for m in candidates if m.contact_id != true_id), None)
    if entry not in set(scored.scores.entry.tolist()):
        differs = "different" in (g, s) and words > 1
        cls = "FN: blocking miss" + (", and a name part differs anyway" if differs else "")
    elif words == 1:
        cls = "FN: one-word sender"
    elif "different" in (g, s):
        cls = "FN: a name part replaced or different (kept possible)"
    elif g in MISSING or s in MISSING:
        cls = "FN: a part missing on one side"
    elif g in FUZZY and s in FUZZY:
        cls = "FN: a typo in each field"
    elif lv.LEVEL_NAMES[lv.SHORT_FORM] in (g, s):
        cls = "FN: nickname (short form)"
    elif words > 2:
        cls = "FN: inner spaces"
    elif "swapped" in reading:
        cls = "FN: swapped given name and surname"
    elif rival is not None and (rival.posterior or 0.0) * CLOSE_RIVAL >= post:
        cls = "FN: posterior too low, a rival is close"
    else:
        cls = "FN: posterior too low (a common name, no close rival)"
    contact = detail.name if detail else "?"
    return cls, f"{sender.name!r} ~ {contact!r} ({reading}) posterior {post:.2f} [{g} / {s}]"


def classify(
    ds: DevSet, settings: MatchSettings | None = None
) -> tuple[Counter[str], dict[str, list[str]]]:
    """Error counts per class and one example line per error, for one dev set."""
    index = ContactIndex(ds.contacts, settings or MatchSettings())
    results = index.match_many(ds.items())
    email = {c.id: (c.emails[0].lower() if c.emails else "") for c in ds.contacts}
    contact_of = {e: cid for cid, e in email.items()}
    classes: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for pos, (sender, truth, res) in enumerate(zip(ds.senders, ds.truth, results, strict=True)):
        k = res.known_contact
        if k is not None and truth and email[k.contact_id] == truth:
            continue
        if k is None and not truth:
            continue
        if k is not None:
            if truth:
                cls = "FP: another contact outranked the true one"
            elif normalize_name(sender.name).key == normalize_name(k.name).key:
                cls = "FP: a stranger named exactly like a contact"
            else:
                cls = "FP: a stranger with a similar name"
            line = f"{sender.name!r} -> {k.name!r} posterior {k.posterior}"
        elif res.ambiguous:
            cls, line = "FN: a tie (never linked)", f"{sender.name!r}"
        else:
            assert truth is not None
            cls, line = _miss_class(index, ds, pos, contact_of[truth], res.candidates)
        classes[cls] += 1
        examples.setdefault(cls, []).append(line)
    return classes, examples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("sets", nargs="*", default=list(TUNE_SETS), help="dev sets (default febrl1-2)")
    ap.add_argument("--examples", type=int, default=0, help="example lines per class")
    args = ap.parse_args()
    total: Counter[str] = Counter()
    for name in args.sets:
        if not available(name):
            sys.exit(f"development set not found: {name} (expected in ../shared/dev)")
        classes, examples = classify(load(name))
        total.update(classes)
        print(f"{name}: {sum(classes.values())} errors")
        for cls, n in sorted(classes.items()):
            print(f"  {n:>5}  {cls}")
            for line in examples[cls][: args.examples]:
                print(f"           {line}")
    if len(args.sets) > 1:
        print("together:")
        for cls, n in sorted(total.items()):
            print(f"  {n:>5}  {cls}")


if __name__ == "__main__":
    main()
