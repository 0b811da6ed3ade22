"""Decision save latency at LinkedIn scale: 30k contacts, 10k invitations, 20k history events.

Run: python bench/store_speed.py   (prints p50/p95/max of one durable decision, in ms)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from linkvet.core.models import Contact, HistoryEvent, Invitation, Owner, Person
from linkvet.core.store import Store


def build(
    db: Path, contacts: int = 30_000, invitations: int = 10_000, history: int = 20_000
) -> Store:
    """A realistic store written through the public API."""
    store = Store(db)
    invs = [
        Invitation(
            id=f"i{n:06d}",
            owner_id="o1",
            direction="INCOMING",
            sender=Person(f"Sender Number {n}", f"https://www.linkedin.com/in/sender-{n}"),
            recipient=Person("Owner One"),
            sent_at="2026-11-01T10:00:00-07:00",
            sent_at_raw="11/1/26, 10:00 AM",
            message="Hello, I would like to connect " * 3,
        )
        for n in range(invitations)
    ]
    people = [
        Contact(
            id=f"c{n:06d}",
            owner_id="o1",
            source="connection",
            name=f"Contact Person {n}",
            first_name="Contact",
            last_name=f"Person {n}",
            profile_url=f"https://www.linkedin.com/in/contact-{n}",
            company="Contoso",
            title="Engineer",
            connected_on="2024-02-08",
        )
        for n in range(contacts)
    ]
    with store.transaction():
        store.save(
            owners=[Owner("o1", "Owner One")], invitations=invs, contacts=people, conversations=[]
        )
        events = [
            HistoryEvent(
                seq=n + 1,
                at="2026-11-20T10:00:00+00:00",
                kind="decision",
                invitation_id=f"i{n % invitations:06d}",
                after="accept",
            )
            for n in range(history)
        ]
        store.journal.append(events)
    return Store(db)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store = build(Path(tmp) / "db")
        print(f"build realistic store: {time.perf_counter() - t0:.2f} s")
        t0 = time.perf_counter()
        store.events()
        print(f"open + replay 20k journal events: {(time.perf_counter() - t0) * 1000:.1f} ms")
        times = []
        for n in range(200):
            t0 = time.perf_counter()
            store.record("decision", [f"i{n:06d}"], after="decline")
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(
            f"durable decision (append + fsync), n=200: p50 {statistics.median(times):.2f} ms, "
            f"p95 {p95:.2f} ms, max {times[-1]:.2f} ms  (target p95 <= 30 ms)"
        )


if __name__ == "__main__":
    main()
