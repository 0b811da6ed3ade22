"""Duplicate-profile flag rate on a LinkedIn-scale network with realistic repeated names.

Run: `python bench/match_duplicates.py [--connections 30000] [--pending 10000] [--clones 50]`.

bench/generate_scale.py writes one owner's export (connections drawn from per-culture name
lists, so common names repeat as in a real network, plus an address book); it is read back
through linkvet's parsers. Every pending invitation is matched against that owner's people
and the share flagged `possible_duplicate_profile` is counted (target: at most 2%). Then
clones are planted: for connections whose name is unique in the network, a sender with the
same name and the connection's position as headline but another profile URL; each must be
flagged and never advised accept.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from linkvet.core.checklist import ChecklistSettings, Context, evaluate  # noqa: E402
from linkvet.core.identity import profile_slug  # noqa: E402
from linkvet.core.matching import DUPLICATE_PROFILE, ContactIndex  # noqa: E402
from linkvet.core.matching.normalize import name_identity_key  # noqa: E402
from linkvet.core.models import Contact, Invitation, Person  # noqa: E402
from linkvet.core.recommend import RecommendSettings, recommend  # noqa: E402

from bench.generate_scale import generate  # noqa: E402
from bench.match_dev_data import book_contact, parse  # noqa: E402

OWNER = "owner"
TARGET_SHARE = 0.02


def network(connections: int, pending: int, seed: int) -> tuple[list[Contact], list[Person]]:
    """(the owner's connections and address book, the pending senders) of a generated export."""
    with tempfile.TemporaryDirectory() as tmp:
        out = generate(
            Path(tmp), seed=seed, owners=1, connections=connections, pending=pending,
            messages=10, address_book=max(100, connections // 10),
        )  # fmt: skip
        folder = Path(out["paths"]["owners"][0])
        conns = parse(folder / "Connections.csv", "connections").connections
        book = parse(Path(out["paths"]["address_book"]), "vcard").contacts
        invitations = parse(folder / "Invitations.csv", "invitations").invitations
    contacts = [
        Contact(
            id=f"c{i}", owner_id=OWNER, source="connection", name=r.name, first_name=r.first,
            last_name=r.last, emails=[r.email] if r.email else [], profile_url=r.url,
            company=r.company, title=r.position,
        )
        for i, r in enumerate(conns)
    ]  # fmt: skip
    contacts += [book_contact(f"b{i}", r, OWNER) for i, r in enumerate(book)]
    connected = {profile_slug(c.profile_url) for c in contacts if c.source == "connection"}
    senders = [
        Person(name=r.from_name, profile_url=r.from_url)
        for r in invitations
        if r.direction == "INCOMING" and profile_slug(r.from_url) not in connected
    ]
    return contacts, senders


def plant_clones(contacts: list[Contact], count: int, seed: int) -> list[Person]:
    """Senders copying a connection with a unique name: same name and headline, another URL."""
    names = Counter(name_identity_key(c.name) for c in contacts)
    rare = [
        c
        for c in contacts
        if c.source == "connection" and c.title and c.profile_url
        and names[name_identity_key(c.name)] == 1
    ]  # fmt: skip
    picked = random.Random(seed).sample(rare, min(count, len(rare)))
    return [
        Person(
            name=c.name,
            profile_url=f"https://www.linkedin.com/in/{profile_slug(c.profile_url)}-{n:04x}x",
            headline=c.title,
        )
        for n, c in enumerate(picked)
    ]


def advice(sender: Person, result_match) -> str:  # type: ignore[no-untyped-def]
    """The built-in verdict for a pending invitation from `sender` with this match result."""
    inv = Invitation(
        id="x", owner_id=OWNER, direction="INCOMING", sender=sender, recipient=Person("Owner"),
        sent_at="2026-01-20T10:00:00-08:00", sent_at_raw="1/20/26, 10:00 AM",
    )  # fmt: skip
    ctx = Context(inv, None, result_match, [], None, now=datetime(2026, 1, 21, tzinfo=UTC))
    checks = evaluate(ctx, ChecklistSettings())
    return recommend(ctx, checks, RecommendSettings(), []).verdict


def main(connections: int, pending: int, clones: int, seed: int) -> dict:
    """Flag rate on the pending invitations; flags and advice for the planted clones."""
    contacts, senders = network(connections, pending, seed)
    t0 = time.perf_counter()
    index = ContactIndex(contacts)
    results = index.match_many([(s, OWNER) for s in senders])
    seconds = time.perf_counter() - t0
    flagged = sum(DUPLICATE_PROFILE in r.flags for r in results)
    planted = plant_clones(contacts, clones, seed)
    clone_results = index.match_many([(s, OWNER) for s in planted])
    verdicts = Counter(advice(s, r) for s, r in zip(planted, clone_results, strict=True))
    repeated = Counter(name_identity_key(c.name) for c in contacts if c.source == "connection")
    return {
        "connections": sum(c.source == "connection" for c in contacts),
        "address_book": sum(c.source == "address_book" for c in contacts),
        "pending": len(senders),
        "names_shared": sum(n for n in repeated.values() if n > 1),
        "flagged": flagged,
        "share": flagged / max(1, len(senders)),
        "linked": sum(r.known_contact is not None for r in results),
        "clones": len(planted),
        "clones_flagged": sum(DUPLICATE_PROFILE in r.flags for r in clone_results),
        "clone_verdicts": dict(verdicts),
        "seconds": round(seconds, 2),
    }


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--connections", type=int, default=30_000)
    ap.add_argument("--pending", type=int, default=10_000)
    ap.add_argument("--clones", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    r = main(a.connections, a.pending, a.clones, a.seed)
    print(
        f"{r['connections']} connections ({r['names_shared']} share their name with another), "
        f"{r['address_book']} address-book contacts, {r['pending']} pending invitations"
    )
    print(
        f"flagged possible_duplicate_profile: {r['flagged']} ({r['share']:.2%}; target <= "
        f"{TARGET_SHARE:.0%}); linked to a contact: {r['linked']}; matched in {r['seconds']} s"
    )
    print(
        f"planted clones (unique name + headline, another URL): {r['clones_flagged']} of "
        f"{r['clones']} flagged; advice {r['clone_verdicts']}"
    )
