"""The external FEBRL development sets (../shared/dev/febrl1-3), read through linkvet's parsers.

Every address-book row is its own contact and every invitation row its own sender (the
import's identity rules are not what is measured here), so the matcher is scored on all of
them exactly as ../shared/dev/score_match.py scores a `linkvet list --json`: a link is right
when the linked contact's e-mail is the truth of that invitation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from linkvet.core.importers.parsed import Parsed, RawContact
from linkvet.core.importers.reader import read_file
from linkvet.core.importers.streams import SourceFile
from linkvet.core.models import Contact, MatchResult, Person

ROOT = Path(__file__).resolve().parent.parent
DEV_DIR = ROOT.parent / "shared" / "dev"
TUNE_SETS = ("febrl1", "febrl2")  # the operating point and m-probabilities come from these
REPORT_SETS = ("febrl3",)  # never tuned on
OWNER = "pat"
START = datetime(2024, 1, 1)


@dataclass(slots=True)
class DevSet:
    """One FEBRL set: contacts (one per row), senders in file order, truth e-mails."""

    name: str
    contacts: list[Contact]
    senders: list[Person]
    truth: list[str | None]  # per sender read (rows without a name are rejected on import)
    positives: int  # invitations of the file that truly are a contact (recall's base)

    def items(self) -> list[tuple[Person, str]]:
        """(sender, owner id) pairs for ContactIndex.match_many."""
        return [(s, OWNER) for s in self.senders]


def available(name: str) -> bool:
    """True when ../shared/dev/NAME is present (tests skip otherwise)."""
    return (DEV_DIR / name / "truth.json").is_file()


def parse(path: Path, kind: str) -> Parsed:
    """One file through linkvet's own reader and parser for that kind."""
    src = SourceFile(str(path), path.name, path.stat().st_size, lambda: path.open("rb"))
    return read_file(src, kind, in_bundle=False, progress=None)


def book_contact(cid: str, raw: RawContact, owner: str = OWNER) -> Contact:
    """One address-book row as its own contact (no merging by name or e-mail)."""
    return Contact(
        id=cid, owner_id=owner, source="address_book", name=raw.name, first_name=raw.first,
        last_name=raw.last, emails=list(raw.emails), profile_url=raw.url, company=raw.company,
        title=raw.title,
    )  # fmt: skip


def load(name: str) -> DevSet:
    """Read one set: Contacts.csv rows become address-book contacts, invitation rows senders."""
    folder = DEV_DIR / name
    book = parse(folder / "Contacts.csv", "contacts")
    contacts = [book_contact(f"c{n:05d}", raw) for n, raw in enumerate(book.contacts)]
    invitations = parse(folder / "Invitations.csv", "invitations").invitations
    truth = json.loads((folder / "truth.json").read_text())["truth"]
    senders: list[Person] = []
    mine: list[str | None] = []
    for r in invitations:  # invitation k was sent k minutes after the first minute
        assert r.sent_at is not None
        k = int((r.sent_at.replace(tzinfo=None) - START).total_seconds() // 60)
        senders.append(Person(name=r.from_name, profile_url=r.from_url))
        mine.append(truth[k])
    return DevSet(name, contacts, senders, mine, sum(1 for t in truth if t))


def prf(tp: int, fp: int, positives: int) -> dict[str, float]:
    """Precision, recall and F1 (score_match.py's conventions)."""
    p = tp / max(1, tp + fp)
    r = tp / max(1, positives)
    f = 2 * p * r / max(1e-9, p + r)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def counts(ds: DevSet, results: list[MatchResult]) -> tuple[int, int, int]:
    """(right links, wrong links, invitations that truly are a contact)."""
    email_of = {c.id: (c.emails[0].lower() if c.emails else "") for c in ds.contacts}
    tp = fp = 0
    for truth, res in zip(ds.truth, results, strict=True):
        k = res.known_contact
        if k is None:
            continue
        hit = bool(truth) and email_of.get(k.contact_id) == truth
        tp += hit
        fp += not hit
    return tp, fp, ds.positives


def score(ds: DevSet, results: list[MatchResult]) -> dict[str, float]:
    """P/R/F1 of the known_contact links against the truth e-mails."""
    return prf(*counts(ds, results))
