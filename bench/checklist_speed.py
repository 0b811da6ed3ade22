"""Time the checklist + recommendation over 10,000 varied invitations (target <= 1 s).

Run: `.venv/bin/python bench/checklist_speed.py [--n 10000] [--seed 7]`. Contexts are
generated from a fixed seed (unique names, companies and notes; headlines in six languages,
matches, patterns, conversations, asks, overrides, prior decisions, user rules) and built
before timing starts, so no per-text cache is warm.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from linkvet.core.checklist import ChecklistSettings, Context, PriorDecision, evaluate
from linkvet.core.models import (
    Conversation,
    Invitation,
    Match,
    MatchResult,
    Owner,
    Pattern,
    Person,
)
from linkvet.core.recommend import RecommendSettings, parse_rules, recommend

NOW = datetime(2024, 6, 1, tzinfo=UTC)
FIRST = ["Alex", "Maria", "Jürgen", "Sofía", "Li", "Priya", "Tom", "Anne", "João", "Fatima"]
LAST = ["Miller", "Schmidt", "García", "Nguyen", "de Vries", "Silva", "Okafor", "Dupont"]
HEADLINES = [
    "Senior Software Engineer", "IT-Recruiterin bei Hays", "Chargée de recrutement",
    "Reclutadora IT | Talent Acquisition", "Account Executive at SalesCo",
    "LION | 30K+ connections", "Data Scientist, machine learning",
    "Wervingsspecialist bij Randstad", "Recrutadora Tech", "Product Manager, fintech",
    "Business Development Manager", "Open networker, I accept all invitations",
    "Founder & CEO", "Vertriebsleiter DACH", None,
]  # fmt: skip
NOTES = [
    "", "I'd like to add you to my professional network on LinkedIn.",
    "Hi Jane, I enjoyed your talk at PyCon about typing. Would love to connect.",
    "Let's connect!", "Hi, I have an exciting opportunity for you. Open to a quick call?",
    "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    "We met at the Berlin Python meetup last week, great chat about async IO.",
    "Hi Jane, I'm hiring for a staff role at Fabrikam and I can help with a referral.",
    "Follow me for daily growth tips!",
    "Bonjour, nous nous sommes rencontrés au salon VivaTech, ravi de garder le contact.",
]  # fmt: skip
WORDS = [
    "Blue", "North", "Apex", "Nova", "Pine", "River", "Quantum", "Silver", "Delta", "Orbit",
    "Maple", "Cedar", "Harbor", "Summit", "Vertex", "Atlas", "Lumen", "Falcon", "Bright", "Iron",
]  # fmt: skip
SUFFIXES = ["GmbH", "Ltd", "Inc.", "AG", "B.V.", "S.A.", "LLC", ""]
TAILS = [
    "", " Looking forward to it.", " Cheers!", " Best regards.", " Have a great week.",
    " I work on payments infrastructure.", " Based in Lisbon.", " Thanks.",
]  # fmt: skip
RULES = [
    {"name": "crypto spam", "when": {"headline_matches": "crypto|forex|MLM", "note": "none"},
     "then": "decline"},
    {"name": "my company", "when": {"email_domain_in": ["contoso.com"]}, "then": "accept"},
    {"name": "well connected", "when": {"mutual_connections_gte": 40}, "then": "ask"},
]  # fmt: skip


def make_contexts(n: int, seed: int) -> list[Context]:
    """n varied contexts from a fixed seed."""
    rnd = random.Random(seed)
    owner = Owner(id="jane", name="Jane Doe", company="Contoso GmbH", headline="Software Engineer")
    out = []
    for i in range(n):
        name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}-{i}"
        inv_id = f"inv{i}"
        base = rnd.choice(NOTES)
        note = f"{base}{rnd.choice(TAILS)} #{i}" if base and rnd.random() < 0.7 else base
        company = f"{rnd.choice(WORDS)} {rnd.choice(WORDS)} {i} {rnd.choice(SUFFIXES)}".strip()
        if rnd.random() < 0.05:
            company = "Contoso AG"
        headline = rnd.choice(HEADLINES)
        sender = Person(
            name=name,
            headline=f"{headline} at {company}" if headline else None,
            company=rnd.choice([None, company, company]),
            email=rnd.choice([None, None, "x@contoso.com", "y@gmail.com"]),
        )
        inv = Invitation(
            id=inv_id, owner_id="jane", direction="INCOMING", sender=sender,
            recipient=Person(name="Jane Doe"), sent_at=NOW.isoformat(), sent_at_raw="",
            message=note, mutual_connections=rnd.choice([None, 0, 3, 12, 50]),
        )  # fmt: skip
        known = None
        if rnd.random() < 0.3:
            known = Match(
                contact_id="c", name=name, company=None, email=None, profile_url=None,
                source=rnd.choice(["connection", "address_book", "invited"]), score=90,
                confidence=rnd.choice(["certain", "likely", "possible"]), evidence=["email"],
            )  # fmt: skip
        flags = ["possible_duplicate_profile"] if rnd.random() < 0.03 else []
        match = MatchResult(known_contact=known, ambiguous=rnd.random() < 0.05, flags=flags)
        patterns = []
        if rnd.random() < 0.15:
            kind = rnd.choice(["fanout", "campaign", "template", "burst", "reinvite"])
            patterns.append(
                Pattern(id="p", kind=kind, members=[inv_id, "a", "b"], company="Contoso",
                        window_start=None, window_end=None, evidence=["3 people", "2 days"])
            )  # fmt: skip
        conv = None
        if rnd.random() < 0.3:
            dirs = [rnd.choice(["in", "out"]) for _ in range(rnd.randint(1, 8))]
            events = [[(NOW - timedelta(days=40 - d)).isoformat(), x] for d, x in enumerate(dirs)]
            conv = Conversation(
                id="c", owner_id="jane", counterpart_name=name, sent=dirs.count("out"),
                received=dirs.count("in"), first_text=note if rnd.random() < 0.5 else "hello",
                first_direction=dirs[0], events=events,  # type: ignore[arg-type]
            )  # fmt: skip
        asked = (
            (NOW - timedelta(days=rnd.randint(1, 30))).isoformat() if rnd.random() < 0.2 else None
        )
        overrides = {"two_way": "pass"} if rnd.random() < 0.05 else {}
        prior = None
        if rnd.random() < 0.05:
            prior = PriorDecision("decline", "2023-01-01T00:00:00+00:00", "old", "", False, 0)
        out.append(Context(inv, owner, match, patterns, conv, asked, None, overrides, prior, NOW))
    return out


def main() -> None:
    """Build contexts, then time evaluate + recommend over all of them."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    contexts = make_contexts(args.n, args.seed)
    checklist, rec, rules = ChecklistSettings(), RecommendSettings(), parse_rules(RULES)
    started, cpu = time.perf_counter(), time.process_time()
    verdicts: Counter[str] = Counter()
    for ctx in contexts:
        checks = evaluate(ctx, checklist)
        verdicts[recommend(ctx, checks, rec, rules).verdict] += 1
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"{args.n} contexts: {elapsed:.3f} s wall, {cpu:.3f} s CPU "
        f"({elapsed / args.n * 1e6:.0f} us each); verdicts {dict(verdicts)}"
    )


if __name__ == "__main__":
    main()
