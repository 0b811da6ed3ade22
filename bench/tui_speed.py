"""TUI speed at scale, Pilot-driven: 10,000 pending invitations and 30,000 contacts.

`python bench/tui_speed.py [--pending 10000] [--contacts 30000] [--presses 40]`

Builds the database directly with Store.save (no importers), then measures:
first interactive screen, cursor move -> detail and checks updated, decision keystroke ->
durable save and redraw, filter keystroke and filter run. Pilot waits for idle with short
sleeps, so every press has a floor; the "no-op" line measures that floor (a key bound to
nothing) and "work" figures subtract its median. Prints the figures; not a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from linkvet.core.config import Config  # noqa: E402
from linkvet.core.derived import derive  # noqa: E402
from linkvet.core.models import (  # noqa: E402
    Contact,
    Invitation,
    Match,
    MatchResult,
    Owner,
    Pattern,
    Person,
)
from linkvet.core.store import Store  # noqa: E402
from linkvet.core.triage import Workspace  # noqa: E402
from linkvet.tui.app import LinkvetApp, make_app  # noqa: E402
from linkvet.tui.widgets.queue_table import QueueTable  # noqa: E402

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
FIRST = "Anna Ben Carla David Emma Felix Greta Hugo Ines Jonas Kira Lars Mia Noah Olga Paul"
LAST = "Smith Müller Garcia Rossi Nowak Silva Kim Chen Okafor Dubois Jensen Novak Ivanova Patel"
HEADLINES = [
    "Software Engineer at Fabrikam",
    "Technical Recruiter at HireLoop",
    "LION | Open Networker | 30k+",
    "Account Executive at Northwind",
    "Product Manager at Contoso",
    "",
]
NOTES = [
    "",
    "Hi, we met at the meetup last week, would love to stay in touch!",
    "I'd like to add you to my professional network on LinkedIn.",
    "Hello! I came across your profile and I'm impressed by your background.",
]


def build(path: Path, pending: int, n_contacts: int, seed: int = 7) -> Store:
    """A database of `pending` incoming invitations over 5 owners and `n_contacts` contacts."""
    rng = random.Random(seed)
    first, last = FIRST.split(), LAST.split()
    owners = [Owner(id=f"o{n}", name=f"Owner {n}", company="Contoso") for n in range(5)]
    invitations = []
    for n in range(pending):
        owner = owners[n % len(owners)]
        name = f"{rng.choice(first)} {rng.choice(last)} {n}"
        when = (NOW - timedelta(minutes=rng.randint(0, 60 * 24 * 365))).isoformat()
        invitations.append(
            Invitation(
                id=f"i{n:05d}",
                owner_id=owner.id,
                direction="INCOMING",
                sender=Person(
                    name=name,
                    profile_url=f"https://www.linkedin.com/in/p{n:05d}",
                    headline=rng.choice(HEADLINES) or None,
                ),
                recipient=Person(name=owner.name),
                sent_at=when,
                sent_at_raw=when,
                message=rng.choice(NOTES),
            )
        )
    contacts = [
        Contact(
            id=f"c{n:05d}",
            owner_id=owners[n % len(owners)].id,
            source="connection",
            name=f"{rng.choice(first)} {rng.choice(last)} {n}",
            company="Fabrikam",
        )
        for n in range(n_contacts)
    ]
    matches = {}
    for inv in invitations[::7]:
        matches[inv.id] = MatchResult(
            known_contact=Match(
                contact_id="c00001",
                name=inv.sender.name,
                company=None,
                email=None,
                profile_url=inv.sender.profile_url,
                source="connection",
                score=97,
                confidence="certain",
                evidence=["profile URL"],
            )
        )
    patterns = [
        Pattern(
            id=f"p{k}",
            kind="fanout",
            members=[i.id for i in invitations[k * 50 : k * 50 + 5]],
            company="Contoso",
            window_start=None,
            window_end=None,
            evidence=["one sender invited 5 people at Contoso"],
        )
        for k in range(20)
    ]
    store = Store(path)
    with store.transaction():
        store.save(
            owners=owners,
            invitations=invitations,
            contacts=contacts,
            conversations=[],
            derived=derive(invitations, [], matches, patterns),
            patterns=patterns,
        )
    return store


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@dataclass(slots=True)
class Press:
    """One timed key press: Pilot wall time, process CPU time, and (when the key changed
    the screen) the in-app latency from the key reaching the app's bindings to the end of
    the last frame written for it (a cursor move shows the table first, the panes next)."""

    wall: float
    cpu: float
    shown: float | None


def line(label: str, presses: list[Press], floor: float) -> str:
    """One result line: wall p50/p95, work p95 (wall minus the no-op floor), CPU p95, and
    key -> frame shown p95 measured inside the app (no Pilot floor to subtract)."""
    wall = [p.wall for p in presses]
    work = [max(0.0, w - floor) for w in wall]
    text = (
        f"{label:<34} wall p50 {statistics.median(wall) * 1000:6.1f} ms  "
        f"p95 {p95(wall) * 1000:6.1f} ms | work p95 {p95(work) * 1000:6.1f} ms"
    )
    if any(p.cpu for p in presses):
        text += f" | cpu p95 {p95([p.cpu for p in presses]) * 1000:6.1f} ms"
    shown = [p.shown for p in presses if p.shown is not None]
    if shown:
        text += f" | key->screen p95 {p95(shown) * 1000:6.1f} ms"
    return text


def watch_frames(app: LinkvetApp) -> dict[str, float | None]:
    """Stamp when a key reaches the app's bindings and when each frame after it is written."""
    marks: dict[str, float | None] = {"key": None, "shown": None}
    check, display = app._check_bindings, app._display

    async def checked(key: str, priority: bool = False) -> bool:
        if marks["key"] is None:
            marks["key"] = time.perf_counter()
        return await check(key, priority)

    def displayed(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if marks["key"] is not None:
            marks["shown"] = time.perf_counter() - marks["key"]

    app._check_bindings = checked  # type: ignore[method-assign]
    app._display = displayed  # type: ignore[method-assign]
    return marks


async def measure(db: Path, presses: int) -> None:
    t0 = time.perf_counter()
    ws = Workspace(Store(db), Config(), clock=lambda: NOW)
    app: LinkvetApp = make_app(ws)
    async with app.run_test(size=(160, 48)) as pilot:
        table = app.screen.query_one("#queue", QueueTable)
        while not (app.triage.loaded and table.row_count):  # the first screenful is up
            await asyncio.sleep(0.01)
        first = time.perf_counter() - t0
        await app.workers.wait_for_complete()  # the rest of the queue streams in behind it
        await pilot.pause()
        full = time.perf_counter() - t0
        print(f"first interactive screen: {first:.2f} s (first rows shown; keys answered)")
        print(f"whole queue loaded: {full:.2f} s ({table.row_count} rows)")
        marks = watch_frames(app)

        async def timed(key: str) -> Press:
            marks["key"] = marks["shown"] = None
            w, c = time.perf_counter(), time.process_time()
            await pilot.press(key)
            return Press(time.perf_counter() - w, time.process_time() - c, marks["shown"])

        noop = [await timed("f12") for _ in range(presses)]
        floor = statistics.median(p.wall for p in noop)
        print(line("no-op key (Pilot floor)", noop, 0.0))

        moves = [await timed("j") for _ in range(presses)]
        current = app.triage.current_view()
        assert current is not None and app.triage._shown_id == current.id  # panes followed
        print(line("cursor move -> detail+checks", moves, floor))

        decide = [await timed("a" if n % 2 else "d") for n in range(presses)]
        decided = sum(1 for s in Store(db).states().values() if s.decision != "pending")
        print(line("decision -> durable save+redraw", decide, floor))
        print(f"  (store now holds {decided} decisions, read fresh)")

        undo = [await timed("u") for _ in range(presses // 2)]
        print(line("undo", undo, floor))

        await pilot.press("slash")
        keys = [await timed(ch) for ch in "anna smith"]
        print(line("filter keystroke (debounced)", keys, floor))
        screen = app.triage
        runs = []
        for query in ("anna", "recruiter", "meetup", "mül", "xyzzy", "open networker"):
            w = time.perf_counter()
            screen._run_filter(query)  # what the debounce timer calls
            await pilot.pause()
            runs.append(Press(time.perf_counter() - w, 0.0, None))
        print(line("filter run (match + show <=500)", runs, floor * 0.4))
        w = time.perf_counter()
        await pilot.press("escape")
        print(f"clear filter (escape): {(time.perf_counter() - w) * 1000:.1f} ms wall")

        await pilot.press("f")
        await pilot.pause()
        look = [await timed(ch) for ch in "anna mül"]
        print(line(f"contact lookup keystroke ({len(ws.store.contacts()):,})", look, floor))
        await pilot.press("escape")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pending", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--presses", type=int, default=40)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "db"
        t = time.perf_counter()
        build(db, args.pending, args.contacts)
        print(
            f"built {args.pending} invitations + {args.contacts} contacts in "
            f"{time.perf_counter() - t:.1f} s"
        )
        ws = Workspace(Store(db), Config(), clock=lambda: NOW)
        t = time.perf_counter()
        ws.queue()
        print(f"Workspace.queue() alone (core): {time.perf_counter() - t:.2f} s")
        asyncio.run(measure(db, args.presses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
