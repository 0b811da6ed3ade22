"""Write LinkedIn-format export folders at LinkedIn scale for linkvet's benchmarks.

`python bench/generate_scale.py OUT_DIR [--seed 7] [--owners 50] [--connections 30000]
[--pending 10000] [--messages 50000] [--address-book 3000] [--address-format vcf|google]`

The first owner gets `connections` connections, `messages` message rows and an address book of
`address_book` contacts; invitations are spread over all owners (team mode) so that exactly
`pending` INCOMING rows have a sender who is not in that owner's Connections.csv. A share of
them are fan-outs, template notes and known senders with name variations. Deterministic per
seed; `generate()` is the entry point for bench/run.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from linkvet.sample_data import synth as s  # noqa: E402

COMPANY = "Contoso Ltd"
WINDOW_START = dt.date(2026, 1, 12)
LAST_DAY = s.EXPORT_DATE - dt.timedelta(days=1)
FANOUT_SHARE = 0.05  # of pending rows
TEMPLATE_SHARE = 0.08
NICKNAMES = (
    ("Robert", "Bob"),
    ("William", "Bill"),
    ("Elizabeth", "Liz"),
    ("Katherine", "Kate"),
    ("Michael", "Mike"),
    ("James", "Jim"),
    ("Daniel", "Dan"),
    ("Thomas", "Tom"),
    ("Andrew", "Andy"),
    ("Matthew", "Matt"),
    ("Alexander", "Alex"),
    ("Jennifer", "Jen"),
    ("Christopher", "Chris"),
    ("Nicholas", "Nick"),
    ("Margaret", "Maggie"),
    ("Patrick", "Pat"),
    ("Rebecca", "Becky"),
    ("Jonathan", "Jon"),
    ("Samuel", "Sam"),
    ("Benjamin", "Ben"),
)
TEMPLATES = (
    *s.AUTOMATION_NOTES,
    "Hi {first}, I came across your profile and was impressed by your work at Contoso. I'd love "
    "to connect and exchange ideas on talent strategy.",
    "Hi {first}, I partner with hiring teams at companies like Contoso to fill hard-to-find "
    "tech roles. Let's connect!",
    "Hello {first}, we help recruiting teams source candidates 3x faster. Worth a quick chat?",
    s.STOCK_NOTES["en"],
    s.STOCK_NOTES["de"],
)
CHAT_LINES = (
    "Hi {first}, thanks for connecting! Are you open to hearing about a new role at Contoso?",
    "Thanks! Happy to chat. I'm free Tuesday afternoon.",
    "Just following up on my note from last week \u2014 would Thursday work?",
    "Not looking right now, but please keep me in mind.",
    "Great speaking with you today, {first}.\n\nI'll send the details by email.\n\nBest",
    "Sounds good, talk then.",
    "Could you share the salary range?",
    "Congrats on the new role, {first}!",
)


class ScaleBuilder:
    """Accumulates rows per owner, then writes them with the shared synth writers."""

    def __init__(self, seed: int, owners: int) -> None:
        self.rng = random.Random(seed)
        self.people = s.People(self.rng)
        self.owner_people = [self.people.person(quirks=False) for _ in range(owners)]
        for p in self.owner_people:
            p.company, p.position = COMPANY, "Technical Recruiter"
        self.connections: list[list[s.Connection]] = [[] for _ in range(owners)]
        self.invites: list[list[s.InviteRow]] = [[] for _ in range(owners)]
        self.messages: list[list[s.MessageRow]] = [[] for _ in range(owners)]
        self.book: list[s.AddressContact] = []
        self.pending_rows = 0
        self.kinds = {"fanout_senders": 0, "fanout_rows": 0, "template_rows": 0, "known_senders": 0}

    # --- helpers ------------------------------------------------------------------------------

    def when(self, start: dt.date = WINDOW_START, end: dt.date = LAST_DAY) -> dt.datetime:
        """A random Pacific time in the invitation window."""
        return s.random_time(self.rng, start, end)

    def old_date(self) -> dt.date:
        """A connection date between 2008 and the invitation window, skewed to recent years."""
        span = (WINDOW_START - dt.date(2008, 1, 1)).days
        return dt.date(2008, 1, 1) + dt.timedelta(days=int(span * self.rng.triangular(0, 1, 0.8)))

    def invite(
        self,
        owner: int,
        sender: s.Person,
        sent: dt.datetime,
        note: str = "",
        name: str | None = None,
        accepted: bool = False,
    ) -> None:
        """An INCOMING row; accepted ones also become connections."""
        me = self.owner_people[owner]
        self.invites[owner].append(
            s.InviteRow(name or sender.name, me.name, sent, note, "INCOMING", sender.url, me.url)
        )
        if accepted:
            on = min(sent.date() + dt.timedelta(days=self.rng.randint(0, 2)), LAST_DAY)
            self.connections[owner].append(s.Connection(sender, on))
        else:
            self.pending_rows += 1

    def note(self, owner: int) -> str:
        """Mostly empty, like real invitations; sometimes stock text or a short personal note."""
        r = self.rng.random()
        first = self.owner_people[owner].first
        if r < 0.78:
            return ""
        if r < 0.84:
            return s.STOCK_NOTES["en"]
        return f"Hi {first}, I'd like to learn more about opportunities at Contoso."

    # --- building ----------------------------------------------------------------------------

    def fanouts(self, rows: int) -> None:
        """Senders inviting 3-8 owners within two days, half with a templated note."""
        rng, n = self.rng, len(self.owner_people)
        made = 0
        while made < rows and n >= 3:
            sender = self.people.person()
            k = min(rng.randint(3, 8), n, rows - made) if rows - made >= 3 else rows - made
            if k < 3 and made:
                break
            base = self.when(end=LAST_DAY - dt.timedelta(days=2))
            tmpl = rng.choice(TEMPLATES) if rng.random() < 0.5 else ""
            for j, owner in enumerate(rng.sample(range(n), k)):
                sent = base + dt.timedelta(minutes=rng.randint(0, 48 * 60))
                name = sender.name
                if j == 1 and rng.random() < 0.2:  # spelling variation in one owner's file
                    name = (
                        s.strip_accents(name).replace("ph", "f")
                        if name != s.strip_accents(name)
                        else name.replace(" ", "  ", 1)
                    )
                self.invite(
                    owner,
                    sender,
                    sent,
                    tmpl.format(first=self.owner_people[owner].first),
                    name=name,
                )
                self.kinds["template_rows"] += bool(tmpl)
            made += k
            self.kinds["fanout_senders"] += 1
        self.kinds["fanout_rows"] += made

    def known(self, count: int) -> None:
        """Owner 0's pending senders who are in the address book under a variant name."""
        rng = self.rng
        for i in range(count):
            kind = i % 8
            if kind == 0:
                formal, nick = rng.choice(NICKNAMES)
                last = rng.choice(s.CULTURES["en"][1] + s.CULTURES["de"][1])
                sender = s.Person(nick, last, self.people.slug(nick, last, "hex"))
                contact = s.AddressContact(formal, last)
            else:
                base = self.people.person(quirks=False)
                first, last = base.first, base.last
                contact = s.AddressContact(first, last)
                shown = {
                    1: (s.strip_accents(first), s.strip_accents(last)),
                    2: (first, last + ", MBA"),
                    3: (first, last + " (she/her)"),
                    4: (first, last + " \U0001f680"),
                    5: (s.math_bold(first), s.math_bold(last)),
                    6: (last, first),  # family name first
                    7: (first.upper(), last.upper()),
                }[kind]
                sender = s.Person(shown[0], shown[1], base.slug)
            contact.org = rng.choice(s.COMPANIES)
            contact.email = (
                f"{s.ascii_fold(contact.first)}.{s.ascii_fold(contact.last)}"
                f"@{rng.choice(s.MAIL_DOMAINS)}"
            )
            if i % 10 == 9:
                contact.url = sender.url
            self.book.append(contact)
            self.invite(0, sender, self.when(), self.note(0))
            self.kinds["known_senders"] += 1

    def templates(self, rows: int) -> None:
        """Unrelated senders sharing automation text (recipient's first name substituted)."""
        n = len(self.owner_people)
        for _ in range(rows):
            owner = self.rng.randrange(n)
            tmpl = self.rng.choice(TEMPLATES[:5])
            self.invite(
                owner,
                self.people.person(),
                self.when(),
                tmpl.format(first=self.owner_people[owner].first),
            )
        self.kinds["template_rows"] += rows

    def plain_pending(self, total: int) -> None:
        """Fill the remaining pending rows round-robin; about 1 in 50 is very old."""
        n = len(self.owner_people)
        for i in range(max(total, 0)):
            owner = i % n
            old = self.rng.random() < 0.02
            sent = self.when(dt.date(2024, 6, 1), dt.date(2025, 10, 1)) if old else self.when()
            self.invite(owner, self.people.person(), sent, self.note(owner))

    def accepted_and_outgoing(self, first_accepted: int, other_accepted: int) -> None:
        """Already-accepted incoming rows (most of the file) and some outgoing ones."""
        for owner, me in enumerate(self.owner_people):
            for _ in range(first_accepted if owner == 0 else other_accepted):
                self.invite(
                    owner,
                    self.people.person(),
                    self.when(end=LAST_DAY - dt.timedelta(days=2)),
                    self.note(owner),
                    accepted=True,
                )
            for i in range(40 if owner == 0 else 10):
                p = self.people.person()
                sent = self.when()
                self.invites[owner].append(
                    s.InviteRow(me.name, p.name, sent, "", "OUTGOING", me.url, p.url)
                )
                if i % 3:
                    self.connections[owner].append(
                        s.Connection(p, min(sent.date() + dt.timedelta(days=3), LAST_DAY))
                    )

    def fill_connections(self, owner: int, target: int, book_links: int = 0) -> None:
        """Top up the owner's Connections.csv to `target` rows (1.4% hidden members).

        For owner 0, `book_links` of them also go into the address book (some with a URL).
        """
        rng = self.rng
        rows = self.connections[owner]
        hidden = round(target * 0.014)
        for _ in range(hidden):
            rows.append(s.Connection(None, self.old_date()))
        linked = 0
        while len(rows) < target:
            p = self.people.person()
            rows.append(s.Connection(p, self.old_date()))
            if linked < book_links:
                first = p.first.strip().title() if p.first.isupper() else p.first.strip()
                last = p.last.split(",")[0].split(" (")[0].strip()
                self.book.append(
                    s.AddressContact(
                        first,
                        last,
                        org=p.company,
                        title=p.position,
                        email=f"{s.ascii_fold(first)}.{s.ascii_fold(last)}@"
                        f"{rng.choice(s.MAIL_DOMAINS)}",
                        phone=s.fake_phone(rng) if rng.random() < 0.5 else "",
                        url=p.url if rng.random() < 0.2 else "",
                    )
                )
                linked += 1

    def fill_book(self, target: int) -> None:
        """People the owner knows outside LinkedIn."""
        rng = self.rng
        while len(self.book) < target:
            first, last = self.people.names()
            self.book.append(
                s.AddressContact(
                    first,
                    last,
                    email=f"{s.ascii_fold(first)}.{s.ascii_fold(last)}"
                    f"{rng.randint(1, 999)}@{rng.choice(s.MAIL_DOMAINS)}",
                    email_label="* Home",
                    phone=s.fake_phone(rng),
                )
            )
        del self.book[target:]

    def chats(self, owner: int, target: int) -> None:
        """Exactly `target` message rows: 1:1 threads with connections plus sponsored rows."""
        rng = self.rng
        me = self.owner_people[owner]
        people = [c.person for c in self.connections[owner] if c.person is not None]
        rows = self.messages[owner]
        while len(rows) < target:
            left = target - len(rows)
            if rng.random() < 0.01:
                t = s.pacific_to_utc(self.when(dt.date(2023, 1, 1)))
                rows.append(
                    s.MessageRow(
                        s.conversation_id(rng),
                        "",
                        "LinkedIn Member",
                        "",
                        [me.name],
                        [me.url],
                        t,
                        "Grow your team faster",
                        f"<p>Hi {me.first},</p><p>Try <b>Recruiter Lite</b> free for a month.</p>",
                    )
                )
                continue
            other = rng.choice(people)
            conv = s.conversation_id(rng)
            t = s.pacific_to_utc(self.when(dt.date(2019, 1, 1)))
            by_me = rng.random() < 0.6
            for _ in range(min(rng.randint(1, 12), left)):
                frm, to = (me, other) if by_me else (other, me)
                line = rng.choice(CHAT_LINES).format(first=to.first.strip())
                rows.append(
                    s.MessageRow(conv, "", frm.name, frm.url, [to.name], [to.url], t, "", line)
                )
                by_me = not by_me if rng.random() < 0.8 else by_me
                t += dt.timedelta(minutes=rng.randint(2, 3000), seconds=rng.randint(0, 59))


def _folder(index: int, person: s.Person) -> str:
    return f"owner-{index:02d}-{s.ascii_fold(person.first)}-{s.ascii_fold(person.last)}"


def generate(
    out_dir: Path,
    seed: int = 7,
    owners: int = 50,
    connections: int = 30_000,
    pending: int = 10_000,
    messages: int = 50_000,
    address_book: int = 3_000,
    address_format: str = "vcf",
) -> dict[str, Any]:
    """Write the scale exports under `out_dir`; returns paths, counts and elapsed seconds."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    b = ScaleBuilder(seed, max(owners, 1))
    n = len(b.owner_people)
    fan_rows = int(pending * FANOUT_SHARE) if n >= 3 else 0
    known_count = min(address_book // 20, pending // 20)
    tmpl_rows = int(pending * TEMPLATE_SHARE)
    b.fanouts(fan_rows)
    b.known(known_count)
    b.templates(max(0, min(tmpl_rows, pending - b.pending_rows)))
    b.plain_pending(pending - b.pending_rows)
    other_conn = max(100, connections // 60)
    b.accepted_and_outgoing(
        first_accepted=min(400, connections // 10), other_accepted=min(150, other_conn // 3)
    )
    book_links = min(address_book // 2, connections // 2)
    for owner in range(n):
        b.fill_connections(
            owner, connections if owner == 0 else other_conn, book_links if owner == 0 else 0
        )
    b.fill_book(address_book)
    for owner in range(n):
        b.chats(owner, messages if owner == 0 else min(100, messages // 500))

    paths: dict[str, Any] = {"owners": []}
    owner_counts = []
    for owner, me in enumerate(b.owner_people):
        folder = out_dir / _folder(owner, me)
        conns = sorted(b.connections[owner], key=lambda c: -c.on.toordinal())
        s.write_text(folder / "Connections.csv", s.render_connections(conns))
        s.write_text(folder / "Invitations.csv", s.render_invitations(b.invites[owner]))
        s.write_text(folder / "messages.csv", s.render_messages(b.messages[owner]))
        s.write_text(
            folder / "Profile.csv",
            s.render_simple(
                s.PROFILE_HEADER,
                [
                    [
                        me.first,
                        me.last,
                        "",
                        "",
                        "",
                        f"Technical Recruiter at {COMPANY}",
                        "",
                        "Software Development",
                        "",
                        "Seattle, Washington, United States",
                        "",
                        "",
                        "",
                    ]
                ],
            ),
        )
        paths["owners"].append(str(folder))
        incoming = [r for r in b.invites[owner] if r.direction == "INCOMING"]
        owner_counts.append(
            {
                "name": me.name,
                "connections": len(conns),
                "incoming": len(incoming),
                "messages": len(b.messages[owner]),
            }
        )
    if address_format == "google":
        book_path = s.write_text(
            out_dir / "address_books" / "google_contacts.csv", s.render_google(b.book)
        )
    else:
        book_path = s.write_text(out_dir / "address_books" / "contacts.vcf", s.render_vcard(b.book))
    paths["address_book"] = str(book_path)
    return {
        "out_dir": str(out_dir),
        "paths": paths,
        "counts": {
            "owners": n,
            "first_owner_connections": owner_counts[0]["connections"],
            "first_owner_messages": owner_counts[0]["messages"],
            "address_book": len(b.book),
            "pending_incoming": b.pending_rows,
            "incoming": sum(o["incoming"] for o in owner_counts),
            **b.kinds,
            "per_owner": owner_counts,
        },
        "seconds": round(time.perf_counter() - started, 2),
    }


def _size(path: Path) -> int:
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        if path.is_dir()
        else path.stat().st_size
    )


def main(argv: list[str] | None = None) -> int:
    """CLI entry point; prints counts, elapsed time and the biggest file sizes."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--owners", type=int, default=50)
    ap.add_argument("--connections", type=int, default=30_000)
    ap.add_argument("--pending", type=int, default=10_000)
    ap.add_argument("--messages", type=int, default=50_000)
    ap.add_argument("--address-book", type=int, default=3_000)
    ap.add_argument("--address-format", choices=("vcf", "google"), default="vcf")
    a = ap.parse_args(argv)
    result = generate(
        a.out_dir,
        seed=a.seed,
        owners=a.owners,
        connections=a.connections,
        pending=a.pending,
        messages=a.messages,
        address_book=a.address_book,
        address_format=a.address_format,
    )
    counts = {k: v for k, v in result["counts"].items() if k != "per_owner"}
    print(f"generated in {result['seconds']} s: {counts}")
    first = Path(result["paths"]["owners"][0])
    for p in [*sorted(first.iterdir()), Path(result["paths"]["address_book"])]:
        print(f"  {p.relative_to(a.out_dir)}: {p.stat().st_size / 1e6:.2f} MB")
    print(f"  total: {_size(a.out_dir) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
