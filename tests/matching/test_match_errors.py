"""bench/match_errors.py: the matcher's errors on a dev set, per error class of issue 15."""

from __future__ import annotations

import sys
from pathlib import Path

from linkvet.core.models import Contact, Person

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.match_dev_data import OWNER, DevSet  # noqa: E402
from bench.match_errors import classify, level_of  # noqa: E402


def contact(n: int, first: str, last: str) -> Contact:
    return Contact(
        id=f"c{n}", owner_id=OWNER, source="address_book", name=f"{first} {last}",
        first_name=first, last_name=last, emails=[f"p{n}@x.example"],
    )  # fmt: skip


def test_each_error_lands_in_its_class() -> None:
    book = [
        contact(0, "Kayla", "Harrington"),
        contact(1, "Noah", "Bishop"),
        contact(2, "Noah", "Bishop"),
        contact(3, "Oliver", "Twist"),
        *(contact(10 + i, f"Given{i}", f"Surname{i}") for i in range(300)),
    ]
    senders = [
        ("Brooke Harrington", "p0@x.example"),  # another given name: kept possible
        ("Noah Bishop", "p1@x.example"),  # two contacts of that name: a tie
        ("Oliver Twist", None),  # a stranger named exactly like a contact
        ("Kayla Harrington", "p0@x.example"),  # right: no error
        ("Someone Else", None),  # right: nobody
    ]
    ds = DevSet(
        "tiny", book, [Person(name=n) for n, _ in senders], [t for _, t in senders],
        sum(1 for _, t in senders if t),
    )  # fmt: skip
    classes, examples = classify(ds)
    assert classes == {
        "FN: a name part replaced or different (kept possible)": 1,
        "FN: a tie (never linked)": 1,
        "FP: a stranger named exactly like a contact": 1,
    }
    (line,) = examples["FN: a name part replaced or different (kept possible)"]
    assert "'Brooke Harrington' ~ 'Kayla Harrington'" in line and "[different / exact]" in line


def test_level_of_reads_the_evidence_line() -> None:
    lines = ["read as Imog En | Vinxent", "given name: 1 edit (Imogen~Imogene) +6.0", "surname: x"]
    assert level_of(lines, "given name") == "1 edit"
    assert level_of(lines, "surname") == "?"
    assert level_of(lines, "company") == "?"
