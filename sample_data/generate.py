"""Generate linkvet's bundled team scenario: three Contoso Ltd recruiters' LinkedIn exports.

Writes one export folder per owner, the first owner's address books, a generic invitations CSV
and `manifest.json` listing every planted case. Deterministic (`random.Random(2026)`): running
`python sample_data/generate.py` must reproduce the committed files byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from linkvet.sample_data import synth as s  # noqa: E402

SEED = 2026
COMPANY = "Contoso Ltd"
WINDOW_START = dt.date(2026, 1, 12)  # Invitations.csv holds roughly the last 10 months
LAST_DAY = s.EXPORT_DATE - dt.timedelta(days=1)
HERE = Path(__file__).resolve().parent


@dataclass
class OwnerData:
    """One owner's export as it is being built."""

    person: s.Person
    folder: str
    title: str
    headline: str
    location: str
    zip_code: str
    excel: bool = False
    connections: list[s.Connection] = field(default_factory=list)
    invites: list[s.InviteRow] = field(default_factory=list)
    messages: list[s.MessageRow] = field(default_factory=list)

    @property
    def first(self) -> str:
        """Owner's first name (for notes that address them)."""
        return self.person.first


def at(y: int, m: int, d: int, hh: int, mm: int) -> dt.datetime:
    """Shorthand for a Pacific wall-clock time."""
    return dt.datetime(y, m, d, hh, mm)


class Scenario:
    """Builds the whole team scenario from one seeded random generator."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.people = s.People(self.rng, unique_names=True)
        self.cases: list[dict[str, Any]] = []
        self.google: list[s.AddressContact] = []
        self.vcard: list[s.AddressContact] = []
        self.generic: list[list[str]] = []
        self.owners = [
            self._owner(
                "Dana",
                "Whitfield",
                "dana-whitfield-3b71a920",
                "dana-whitfield",
                "Senior Technical Recruiter",
                "Senior Technical Recruiter at Contoso Ltd | Hiring engineers across North America",
                "Seattle, Washington, United States",
                "98109",
            ),
            self._owner(
                "Lee",
                "Okafor",
                "lee-okafor-8d24c6e1",
                "lee-okafor",
                "Talent Acquisition Partner",
                "Talent Acquisition Partner @ Contoso Ltd · Cloud & SRE hiring",
                "Bellevue, Washington, United States",
                "98004",
            ),
            self._owner(
                "Priya",
                "Raman",
                "priyaraman",
                "priya-raman",
                "Recruiting Manager, Engineering",
                "Recruiting Manager, Engineering at Contoso Ltd | Data, ML & Platform",
                "Redmond, Washington, United States",
                "98052",
                excel=True,
            ),
        ]
        self.dana, self.lee, self.priya = self.owners

    # --- primitives ---------------------------------------------------------------------------

    def _owner(
        self,
        first: str,
        last: str,
        slug: str,
        folder: str,
        title: str,
        headline: str,
        location: str,
        zip_code: str,
        excel: bool = False,
    ) -> OwnerData:
        self.people.reserve(slug)
        self.people.reserve_name(f"{first} {last}")
        person = s.Person(first, last, slug, COMPANY, title)
        return OwnerData(person, folder, title, headline, location, zip_code, excel)

    def planted(
        self, first: str, last: str, slug: str | None = None, company: str = "", position: str = ""
    ) -> s.Person:
        """A hand-written person whose name no generated person may reuse."""
        self.people.reserve_name(f"{first} {last}")
        slug = self.people.reserve(slug) if slug else self.people.slug(first, last, "hex")
        return s.Person(first, last, slug, company, position)

    def connect(self, owner: OwnerData, person: s.Person | None, on: dt.date) -> None:
        """Add a Connections.csv row (None = hidden member)."""
        owner.connections.append(s.Connection(person, on))

    def incoming(
        self,
        owner: OwnerData,
        sender: s.Person,
        sent: dt.datetime,
        note: str = "",
        accepted: bool = False,
        name: str | None = None,
        url: str | None = None,
    ) -> s.InviteRow:
        """An INCOMING invitation; accepted ones also become connections a day or two later."""
        assert len(note) <= 300 and "\n" not in note, note
        row = s.InviteRow(
            name or sender.name,
            owner.person.name,
            sent,
            note,
            "INCOMING",
            sender.url if url is None else url,
            owner.person.url,
        )
        owner.invites.append(row)
        if accepted:
            on = min(sent.date() + dt.timedelta(days=self.rng.choice((0, 0, 0, 1, 2))), LAST_DAY)
            self.connect(owner, sender, on)
        return row

    def outgoing(
        self, owner: OwnerData, to: s.Person, sent: dt.datetime, accepted: bool, note: str = ""
    ) -> None:
        """An OUTGOING invitation from the owner."""
        owner.invites.append(
            s.InviteRow(
                owner.person.name, to.name, sent, note, "OUTGOING", owner.person.url, to.url
            )
        )
        if accepted:
            on = min(sent.date() + dt.timedelta(days=self.rng.randint(0, 6)), LAST_DAY)
            self.connect(owner, to, on)

    def conversation(
        self,
        owner: OwnerData,
        other: s.Person,
        turns: list[tuple[bool, str]],
        start_utc: dt.datetime,
        title: str = "",
        gap_hours: tuple[int, int] = (1, 60),
    ) -> list[s.MessageRow]:
        """A 1:1 conversation; each turn is (sent_by_owner, text), spaced by random gaps."""
        conv = s.conversation_id(self.rng)
        rows: list[s.MessageRow] = []
        t = start_utc
        for by_owner, text in turns:
            frm, to = (owner.person, other) if by_owner else (other, owner.person)
            rows.append(
                s.MessageRow(conv, title, frm.name, frm.url, [to.name], [to.url], t, "", text)
            )
            t = t + dt.timedelta(
                hours=self.rng.randint(*gap_hours),
                minutes=self.rng.randint(0, 59),
                seconds=self.rng.randint(0, 59),
            )
        owner.messages.extend(rows)
        return rows

    def echo(
        self,
        owner: OwnerData,
        sender: s.Person,
        sent: dt.datetime,
        note: str,
        replies: list[tuple[bool, str]] = (),
    ) -> list[s.MessageRow]:
        """The invitation note reappearing as a conversation's first message (+ any replies)."""
        start = s.pacific_to_utc(sent) + dt.timedelta(seconds=self.rng.randint(1, 40))
        return self.conversation(owner, sender, [(False, note), *replies], start, gap_hours=(2, 30))

    def case(
        self,
        case_id: str,
        kind: str,
        expected: str,
        senders: list[str],
        owners: list[OwnerData],
        detail: str,
        **extra: Any,
    ) -> None:
        """Record a planted case in the manifest."""
        entry: dict[str, Any] = {
            "id": case_id,
            "kind": kind,
            "expected": expected,
            "senders": senders,
            "owners": [o.person.name for o in owners],
        }
        entry.update(extra)
        entry["detail"] = detail
        self.cases.append(entry)

    def generic_row(
        self, row: s.InviteRow, sender: s.Person, headline: str, mutual: int, slash: bool = False
    ) -> None:
        """The same invitation as `row` in the generic (scraped, headline-rich) invitations CSV,
        adding the headline, the sender's company and mutual connections; `slash` ends the URL
        with "/"."""
        self.generic.append(
            [
                row.sender,
                row.sender_url + ("/" if slash else ""),
                headline,
                sender.company,
                row.message,
                row.sent.date().isoformat(),
                str(mutual),
                row.recipient,
            ]
        )

    def window_time(self, start: dt.date = WINDOW_START, end: dt.date = LAST_DAY) -> dt.datetime:
        """A random invitation time inside the export's invitation window."""
        return s.random_time(self.rng, start, end)

    # --- background ---------------------------------------------------------------------------

    def background(self) -> None:
        """Ordinary network: shared pool, colleagues, accepted and pending invitations, chats."""
        rng = self.rng
        pool = [self.people.person() for _ in range(1000)]
        colleagues = []
        for _ in range(60):
            p = self.people.person(quirks=False)
            p.company = COMPANY
            p.position = rng.choice(s.TITLES[:22])
            colleagues.append(p)
        for owner in self.owners:
            for other in self.owners:
                if other is not owner:
                    self.connect(
                        owner, other.person, dt.date(2022, 5, 3 + self.owners.index(other))
                    )
            for p in rng.sample(colleagues, 42):
                self.connect(owner, p, self._old_date())
            for p in rng.sample(pool, rng.randint(395, 425)):
                self.connect(owner, p, self._old_date())
            for _ in range(6):
                self.connect(owner, None, self._old_date())
            self._accepted_incoming(owner)
            self._outgoing(owner)
            self._pending_background(owner)
            self._chats(owner)
            self._sponsored(owner)
        self._group_thread()

    def _group_thread(self) -> None:
        """One group conversation between the three owners, present in each one's export."""
        rng = self.rng
        conv = s.conversation_id(rng)
        t = s.pacific_to_utc(s.random_time(rng, dt.date(2026, 9, 1), dt.date(2026, 10, 30)))
        for i, text in enumerate(GROUP_LINES):
            who = self.owners[i % 3]
            rest = [m for m in self.owners if m is not who]
            row = s.MessageRow(
                conv,
                "Q4 hiring sync",
                who.person.name,
                who.person.url,
                [m.person.name for m in rest],
                [m.person.url for m in rest],
                t,
                "",
                text,
            )
            for owner in self.owners:
                owner.messages.append(row)
            t += dt.timedelta(minutes=rng.randint(3, 300))

    def _old_date(self) -> dt.date:
        span = (WINDOW_START - dt.date(2012, 3, 1)).days
        return dt.date(2012, 3, 1) + dt.timedelta(days=int(span * self.rng.triangular(0, 1, 0.85)))

    def _accepted_incoming(self, owner: OwnerData) -> None:
        rng = self.rng
        for _ in range(rng.randint(73, 76)):
            p = self.people.person()
            sent = self.window_time(end=dt.date(2026, 11, 17))
            note = ""
            if rng.random() < 0.14:
                note = rng.choice(CANDIDATE_NOTES).format(first=owner.first, role=self._role())
            self.incoming(owner, p, sent, note, accepted=True)
            if note and rng.random() < 0.8:
                replies: list[tuple[bool, str]] = []
                if rng.random() < 0.5:
                    replies = [
                        (
                            True,
                            rng.choice(OWNER_LINES).format(
                                first=p.first.strip(), role=self._role()
                            ),
                        ),
                        (False, rng.choice(OTHER_LINES).format(first=owner.first)),
                    ]
                self.echo(owner, p, sent, note, replies)

    def _outgoing(self, owner: OwnerData) -> None:
        rng = self.rng
        for i in range(12):
            p = self.people.person()
            sent = self.window_time()
            note = ""
            if rng.random() < 0.4:
                note = (
                    f"Hi {p.first.strip()}, I'm a recruiter at Contoso and we're hiring for a "
                    f"{self._role()} role that fits your background. Open to a chat?"
                )
            self.outgoing(owner, p, sent, accepted=i < 8, note=note)

    def _pending_background(self, owner: OwnerData) -> None:
        rng = self.rng
        for i in range({"dana-whitfield": 32, "lee-okafor": 44}.get(owner.folder, 42)):
            p = self.people.person()
            if i < 2:  # very old invitations that were never answered
                sent = s.random_time(rng, dt.date(2025, 2, 1), dt.date(2025, 9, 30))
            else:
                sent = self.window_time()
            note = ""
            if rng.random() < 0.12:
                note = rng.choice(CANDIDATE_NOTES).format(first=owner.first, role=self._role())
            row = self.incoming(owner, p, sent, note)
            if rng.random() < 0.25:
                slash = rng.random() < 0.3
                self.generic_row(row, p, self._headline(p), rng.randint(0, 25), slash)

    def _role(self) -> str:
        return self.rng.choice(
            (
                "Senior Backend Engineer",
                "Data Engineer",
                "Site Reliability Engineer",
                "Staff ML Engineer",
                "Product Designer",
                "Platform Engineering Manager",
                "Security Engineer",
                "Frontend Engineer",
            )
        )

    def _headline(self, p: s.Person) -> str:
        if p.position and p.company:
            return f"{p.position} at {p.company}"
        return p.position or "Open to work"

    def _chats(self, owner: OwnerData) -> None:
        """Conversations with existing connections (both directions, some multi-line)."""
        rng = self.rng
        known = [
            c.person
            for c in owner.connections
            if c.person is not None and c.person.company != COMPANY
        ]
        for p in rng.sample(known[:400], 36):
            turns: list[tuple[bool, str]] = []
            by_owner = rng.random() < 0.6
            for _ in range(rng.randint(1, 6)):
                bank = OWNER_LINES if by_owner else OTHER_LINES
                first = p.first.strip() if by_owner else owner.first
                turns.append((by_owner, rng.choice(bank).format(first=first, role=self._role())))
                by_owner = not by_owner
            start = s.pacific_to_utc(s.random_time(rng, dt.date(2024, 6, 1), dt.date(2026, 11, 1)))
            self.conversation(owner, p, turns, start)

    def _sponsored(self, owner: OwnerData) -> None:
        """Sponsored/InMail rows: not dialogue (no sender URL, HTML content)."""
        rng = self.rng
        ads = [
            (
                "LinkedIn Member",
                "Unlock top talent with Recruiter Lite",
                f"<p>Hi {owner.first},</p><p>Recruiters like you fill roles 2x faster with "
                '<strong>Recruiter Lite</strong>. <a href="https://www.linkedin.com/premium">'
                "Start your free month</a>.</p>",
            ),
            (
                "LinkedIn Member",
                "You're invited: Talent Connect 2026",
                f"<p>{owner.first}, join 5,000 talent leaders at <b>Talent Connect</b> this fall."
                '</p><p><a href="https://business.linkedin.com/talent-solutions">Register now'
                "</a></p>",
            ),
        ]
        if owner is self.lee:
            ads.append(
                (
                    "Woodgrove Bank",
                    "A smarter way to pay your team",
                    '<p>Payroll, benefits and HR in one place.</p><p><a href="https://'
                    'woodgrovebank.example/hr">Learn more</a></p>',
                )
            )
        for sender, subject, html in ads:
            t = s.pacific_to_utc(s.random_time(rng, dt.date(2026, 3, 1), dt.date(2026, 11, 15)))
            owner.messages.append(
                s.MessageRow(
                    s.conversation_id(rng),
                    "",
                    sender,
                    "",
                    [owner.person.name],
                    [owner.person.url],
                    t,
                    subject,
                    html,
                )
            )

    # --- planted cases ------------------------------------------------------------------------

    def plant(self) -> None:
        """Every case later features must detect, each recorded in the manifest."""
        self._known()
        self._notes()
        self._network_tap()
        self._open_networkers()
        self._fanouts()
        self._campaign()
        self._templates()
        self._rapport_and_echo()
        self._crossed_homonyms_duplicates()
        self._reinvites()

    def _known(self) -> None:
        d = self.dana
        rng = self.rng

        def known(
            case_id: str,
            sender: s.Person,
            sent: dt.datetime,
            contact: s.AddressContact,
            book: str,
            how: str,
            note: str = "",
        ) -> None:
            """Dana's pending sender, in one of her address books under another spelling."""
            self.people.reserve_name(contact.formatted)
            self.incoming(d, sender, sent, note)
            (self.google if book == "google_contacts" else self.vcard).append(contact)
            self.case(
                case_id,
                "known_variant",
                "known",
                [sender.name],
                [d],
                how,
                contact=contact.formatted,
                source=book,
                sender_url=sender.url,
                checks={"known": "pass"},
            )

        bob = self.planted(
            "Bob", "Müller", "bob-müller-7c21e9a4", "Northwind Traders", "Director of Supply Chain"
        )
        known(
            "known-nickname-umlaut",
            bob,
            at(2026, 10, 28, 8, 41),
            s.AddressContact(
                "Robert",
                "Mueller",
                org="Northwind Traders",
                title="Director of Supply Chain",
                email="robert.mueller@northwindtraders.example",
                phone=s.fake_phone(rng),
                note="Met at the 2019 ops offsite",
            ),
            "google_contacts",
            "nickname Bob~Robert and ü~ue",
        )
        zoe = self.planted("Zoe", "Martinez", "zoe-martinez-41c8b0e7")
        known(
            "known-accents",
            zoe,
            at(2026, 11, 2, 14, 5),
            s.AddressContact(
                "Zoë",
                "Martínez",
                org="Trey Research",
                title="UX Researcher",
                email="zoe.martinez@treyresearch.example",
                phone=s.fake_phone(rng),
                note="Met at the UX research meetup in Portland; introduced by "
                "Tomás. Interested in research ops roles at Contoso in 2027.",
            ),
            "vcard",
            "accents Zoë Martínez ~ Zoe Martinez",
        )
        an = self.planted("An", "Nguyen", "an-nguyen-4b2a91c7")
        known(
            "known-name-order",
            an,
            at(2026, 9, 17, 10, 22),
            s.AddressContact(
                "Văn An",
                "Nguyễn",
                display="Nguyễn Văn An",
                org="Wide World Importers",
                title="Logistics Analyst",
                email="an.nguyen@wideworldimporters.example",
            ),
            "vcard",
            "Vietnamese family-first order and diacritics: Nguyễn Văn An ~ An Nguyen",
            note=f"Hi {d.first}, good to see you at the alumni dinner. Let's keep in touch!",
        )
        jane = self.planted("Jane", "Doe, MBA", "jane-doe-mba-0c9d3e52")
        known(
            "known-credential",
            jane,
            at(2026, 8, 11, 16, 30),
            s.AddressContact(
                "Jane",
                "Doe",
                org="Adventure Works",
                title="Finance Manager",
                email="jane.doe@adventure-works.example",
                email_label="* Work",
            ),
            "google_contacts",
            "credential suffix ', MBA' (name contains a comma)",
        )
        aisha = self.planted("Aisha", "Bello (she/her)", "aisha-bello-8e14a2f0")
        known(
            "known-pronouns",
            aisha,
            at(2026, 7, 29, 9, 2),
            s.AddressContact(
                "Aisha",
                "Bello",
                org="Lamna Healthcare",
                title="Nurse Manager",
                email="aisha.bello@gmail.com",
                email_label="* Home",
                phone=s.fake_phone(rng),
            ),
            "google_contacts",
            "pronouns '(she/her)' appended to the name",
        )
        tomas = self.planted("Tomás", "Reyes 🚀", "tomás-reyes-27f0c4b9")
        known(
            "known-emoji",
            tomas,
            at(2026, 10, 9, 18, 47),
            s.AddressContact(
                "Tomás",
                "Reyes",
                org="Relecloud",
                title="Founder",
                email="tomas@relecloud.example",
                phone=s.fake_phone(rng),
            ),
            "vcard",
            "emoji appended to the name",
        )
        sarah = self.planted("𝐒𝐚𝐫𝐚𝐡", "𝐊𝐢𝐦", "sarah-kim-5e3b0d21")
        known(
            "known-math-bold",
            sarah,
            at(2026, 11, 12, 7, 55),
            s.AddressContact(
                "Sarah",
                "Kim",
                org="Fourth Coffee",
                title="Marketing Lead",
                email="sarah.kim@fourthcoffee.example",
            ),
            "google_contacts",
            "mathematical bold letters (NFKC gives Sarah Kim)",
        )
        kate = self.planted("Kate", "O'Brien", "kate-obrien-5d0e12a3")
        known(
            "known-profile-url",
            kate,
            at(2026, 6, 22, 12, 14),
            s.AddressContact(
                "Katherine",
                "Walsh",
                org="Lucerne Publishing",
                title="Editor",
                email="kwalsh@lucernepublishing.example",
                url=kate.url,
                note="Married name O'Brien since 2024",
            ),
            "vcard",
            "different name (married), same LinkedIn URL stored in the vCard",
        )
        obi = self.planted('Chukwuemeka "Emeka"', "Obi", "emeka-obi-93d1f6a8")
        known(
            "known-quoted-nickname",
            obi,
            at(2026, 5, 6, 11, 38),
            s.AddressContact(
                "Chukwuemeka",
                "Obi",
                nickname="Emeka",
                org="Tailspin Toys",
                title="QA Lead",
                email="emeka.obi@tailspintoys.example",
            ),
            "google_contacts",
            "quoted nickname inside the name (CSV field has doubled quotes)",
        )

    def _notes(self) -> None:
        d, lee, pr = self.owners
        for owner, lang, when in (
            (lee, "en", at(2026, 4, 14, 10, 3)),
            (pr, "en", at(2026, 9, 2, 13, 51)),
            (lee, "de", at(2026, 6, 30, 8, 12)),
            (pr, "fr", at(2026, 10, 15, 15, 26)),
        ):
            p = self.people.person(culture={"en": None, "de": "de", "fr": "fr"}[lang], quirks=False)
            self.incoming(owner, p, when, s.STOCK_NOTES[lang])
            self.case(
                f"stock-note-{lang}-{owner.folder}",
                "stock_note",
                "decline",
                [p.name],
                [owner],
                f"LinkedIn's stock invitation text ({lang}) counts as no note",
                checks={"note": "fail"},
            )
        personal = [
            (
                d,
                at(2026, 11, 14, 17, 20),
                "Hi Dana, we met at the Seattle Talent Summit last week\u00a0\u2014 I enjoyed your "
                "panel on structured interviews and would love to stay in touch!",
                "names the owner and a shared event; contains U+00A0 and an em dash",
                "accept",
            ),
            (
                lee,
                at(2026, 10, 26, 21, 4),
                "Hi Lee, I\u2019m a backend engineer (Go, Kubernetes) and I\u2019ve followed "
                "Contoso\u2019s platform work for a while. Any chance we could chat about the SRE "
                "openings?",
                "names the owner and Contoso; curly apostrophes",
                "accept",
            ),
            (
                pr,
                at(2026, 11, 6, 9, 45),
                "Hello Priya,    I applied to the Data Engineer role at Contoso last month and "
                "wanted to introduce myself.    Thanks for considering my application!",
                "paragraphs arrive as runs of spaces",
                "accept",
            ),
        ]
        for owner, when, note, detail, expected in personal:
            p = self.people.person(quirks=False)
            self.incoming(owner, p, when, note)
            self.case(
                f"personal-note-{owner.folder}",
                "personal_note",
                expected,
                [p.name],
                [owner],
                detail,
                checks={"note": "pass"},
            )

    def _network_tap(self) -> None:
        d, lee, pr = self.owners
        agency = self.planted(
            "Curtis", "Langford", company="BrightPath Staffing", position="Founder & CEO"
        )
        sent = at(2026, 10, 1, 11, 17)
        note = (
            "Hi Dana, I run a team of technical sourcers at BrightPath Staffing \u2014 we "
            "place senior engineers within 10 days. Happy to support Contoso's hiring!"
        )
        self.generic_row(
            self.incoming(d, agency, sent, note),
            agency,
            "Founder & CEO at BrightPath Staffing | Tech Recruitment | We place engineers in "
            "10 days",
            34,
        )
        self.case(
            "network-tap-agency",
            "recruiter",
            "decline",
            [agency.name],
            [d],
            "staffing agency recruiter pitching in the note (and generic CSV headline)",
            checks={"network_tap": "fail"},
        )
        seller = self.planted(
            "Brianna", "Kessler", company="Relecloud", position="Account Executive"
        )
        sent = at(2026, 8, 19, 7, 36)
        note = (
            "Hi Lee, I help talent teams cut time-to-hire by 40% with AI screening. Open to a "
            "quick 15-min call next week?"
        )
        self.generic_row(
            self.incoming(lee, seller, sent, note),
            seller,
            "Account Executive @ Relecloud | AI hiring platform | Helping TA teams hire faster",
            12,
        )
        self.case(
            "network-tap-seller",
            "seller",
            "decline",
            [seller.name],
            [lee],
            "vendor selling a product in the note",
            checks={"network_tap": "fail"},
        )
        sourcer = self.planted(
            "Marcus",
            "Oyelaran",
            company="Keystone Tech Staffing",
            position="Senior Technical Sourcer",
        )
        sent = at(2026, 9, 8, 14, 2)
        self.generic_row(
            self.incoming(pr, sourcer, sent),
            sourcer,
            "Sr. Technical Sourcer | Keystone Tech Staffing | Hiring Java, .NET, React devs",
            58,
            slash=True,
        )
        self.case(
            "network-tap-sourcer",
            "recruiter",
            "decline",
            [sourcer.name],
            [pr],
            "empty note; the occupation is only in the generic CSV headline",
            checks={"network_tap": "fail"},
        )

    def _open_networkers(self) -> None:
        d, lee, pr = self.owners
        mark = self.planted("Mark", "Stone (LION) 30K+", "markstone-lion")
        sent = at(2026, 7, 7, 6, 58)
        self.generic_row(
            self.incoming(lee, mark, sent),
            mark,
            "LION | 30K+ | Open networker | Business coach",
            214,
        )
        self.case(
            "lion-name",
            "open_networker",
            "lion",
            [mark.name],
            [lee],
            "LION and a connection count in the name",
            checks={"quality": "fail"},
        )
        pv = self.planted("Priscilla", "Vance")
        self.incoming(
            d,
            pv,
            at(2026, 5, 21, 20, 13),
            "I accept all invites! Let's grow our networks together. LION \U0001f981",
        )
        self.case(
            "lion-note",
            "open_networker",
            "lion",
            [pv.name],
            [d],
            "'I accept all invites' in the note",
            checks={"quality": "fail"},
        )
        rd = self.planted("Rafael", "Duarte")
        sent = at(2026, 10, 22, 12, 40)
        self.generic_row(
            self.incoming(pr, rd, sent),
            rd,
            "LION\u00ae | Open Networker | 28,000+ connections | I never IDK",
            187,
        )
        self.case(
            "lion-headline",
            "open_networker",
            "lion",
            [rd.name],
            [pr],
            "open networker only visible in the generic CSV headline",
            checks={"quality": "fail"},
        )

    def _fanouts(self) -> None:
        d, lee, pr = self.owners
        alex = self.planted("Alexandra", "Petrova", "alexandra-petrova-2f9c7e14")
        self.people.reserve_name("Aleksandra Petrova")
        self.incoming(d, alex, at(2026, 10, 5, 9, 12))
        self.incoming(lee, alex, at(2026, 10, 6, 16, 47))
        self.incoming(
            pr, alex, at(2026, 10, 7, 11, 3), name="Aleksandra Petrova", url=s.BARE_PROFILE_URL
        )
        self.case(
            "fanout-three-owners",
            "fanout",
            "fanout",
            ["Alexandra Petrova", "Aleksandra Petrova"],
            [d, lee, pr],
            "same sender invited all three owners within 3 days; spelled 'Aleksandra' "
            "and with a bare URL (no slug) in Priya's file",
            sender_url=alex.url,
            checks={"mass_invite": "fail"},
        )
        derek = self.planted(
            "Derek", "Hollis", company="HireLoop Recruiting", position="Talent Partner"
        )
        tmpl = (
            "Hi {first}, I partner with hiring teams at companies like Contoso to fill "
            "hard-to-find tech roles. Let's connect!"
        )
        for i, owner in enumerate(self.owners):
            sent = at(2026, 9, 22, 10, 5) + dt.timedelta(minutes=37 * i)
            note = tmpl.format(first=owner.first)
            self.generic_row(
                self.incoming(owner, derek, sent, note),
                derek,
                "Talent Partner at HireLoop Recruiting | IT staffing",
                9,
            )
        self.case(
            "fanout-agency-burst",
            "fanout",
            "fanout",
            [derek.name],
            [d, lee, pr],
            "agency recruiter, three owners within 75 minutes, templated note",
            also=["template", "decline"],
            checks={"mass_invite": "fail", "network_tap": "fail"},
        )

    def _campaign(self) -> None:
        d, lee, pr = self.owners
        team = [
            (
                "Ethan",
                "Caldwell",
                "Account Executive",
                d,
                at(2026, 9, 14, 9, 31),
                "Hi Dana, Fabrikam Cloud helps recruiting teams like Contoso's source "
                "candidates 3x faster. Worth a quick chat?",
            ),
            (
                "Mariana",
                "Costa",
                "Sales Development Representative",
                lee,
                at(2026, 9, 15, 10, 2),
                "",
            ),
            (
                "Kenji",
                "Watanabe",
                "Enterprise Account Executive",
                pr,
                at(2026, 9, 16, 15, 44),
                "Hi Priya \u2014 curious how Contoso handles candidate sourcing today? We're "
                "helping teams automate it at Fabrikam Cloud.",
            ),
            ("Olivia", "Brandt", "Sales Development Representative", d, at(2026, 9, 18, 8, 19), ""),
        ]
        names = []
        for first, last, title, owner, sent, note in team:
            p = self.planted(first, last, company="Fabrikam Cloud", position=title)
            self.generic_row(
                self.incoming(owner, p, sent, note),
                p,
                f"{title} at Fabrikam Cloud | Cloud recruiting automation",
                self.rng.randint(2, 15),
            )
            names.append(p.name)
        self.case(
            "campaign-fabrikam",
            "campaign",
            "campaign",
            names,
            [d, lee, pr],
            "four Fabrikam Cloud sellers invited the team within 5 days (company in "
            "the generic CSV)",
            company="Fabrikam Cloud",
            checks={"mass_invite": "fail"},
        )

    def _templates(self) -> None:
        d, lee, pr = self.owners
        hw = self.planted("Hannah", "Whitaker")
        tmpl = (
            "Hi {first}, I came across your profile and was impressed by your work at "
            "Contoso. I'd love to connect and exchange ideas on talent strategy."
        )
        for owner, sent in (
            (d, at(2026, 6, 3, 9, 0)),
            (lee, at(2026, 6, 12, 13, 22)),
            (pr, at(2026, 6, 24, 10, 48)),
        ):
            self.incoming(owner, hw, sent, tmpl.format(first=owner.first))
        self.case(
            "template-same-sender",
            "template",
            "template",
            [hw.name],
            [d, lee, pr],
            "identical note except the first name, three owners over three weeks (not a burst)",
            template=tmpl,
        )
        senders = []
        for first, last, owner, sent in (
            ("Gabriel", "Souza", d, at(2026, 3, 4, 11, 11)),
            ("Nadia", "Rahman", lee, at(2026, 4, 19, 19, 5)),
            ("Tyler", "Brennan", pr, at(2026, 5, 27, 7, 49)),
            ("Hiroshi", "Sato", d, at(2026, 7, 8, 16, 33)),
        ):
            p = self.planted(first, last)
            self.incoming(owner, p, sent, s.AUTOMATION_NOTES[0].format(first=owner.first))
            senders.append(p.name)
        self.case(
            "template-automation",
            "template",
            "template",
            senders,
            [d, lee, pr],
            "automation-tool text shared by four unrelated senders",
            template=s.AUTOMATION_NOTES[0],
        )

    def _rapport_and_echo(self) -> None:
        _, lee, pr = self.owners
        fa = self.planted("Felipe", "Andrade")
        sent = at(2026, 10, 20, 18, 6)
        note = (
            "Hi Lee, thanks for the chat at the Contoso career fair on Thursday! As promised, "
            "here is my profile."
        )
        self.incoming(lee, fa, sent, note)
        self.echo(
            lee,
            fa,
            sent,
            note,
            [
                (
                    True,
                    "Great meeting you, Felipe! Could you send me your resume? The SRE II role "
                    "we discussed is still open.",
                ),
                (
                    False,
                    "Sure, just sent it to your email.\nHappy to do a call any afternoon "
                    "this week.",
                ),
                (True, "Got it, thanks. I'll set up a screen with the hiring manager."),
            ],
        )
        self.case(
            "rapport-dialogue",
            "rapport",
            "rapport",
            [fa.name],
            [lee],
            "note echoed as first message, then messages in both directions",
            checks={"rapport": "pass"},
        )
        iv = self.planted("Irina", "Volkova")
        sent = at(2026, 9, 30, 10, 27)
        note = (
            "Hello Priya, I'm a QA lead with 8 years of experience and would love to hear "
            "about openings at Contoso."
        )
        self.incoming(pr, iv, sent, note)
        self.echo(pr, iv, sent, note)
        self.case(
            "echo-only",
            "echo",
            "echo",
            [iv.name],
            [pr],
            "the note reappears as the only message; no reply, so no rapport",
            checks={"rapport": "fail"},
        )

    def _crossed_homonyms_duplicates(self) -> None:
        d, lee, pr = self.owners
        sam = self.planted(
            "Samuel", "Osei", company="Blue Yonder Airlines", position="Staff Engineer"
        )
        self.outgoing(
            d,
            sam,
            at(2026, 8, 2, 15, 40),
            accepted=False,
            note="Hi Samuel, I'm hiring staff engineers at Contoso. Open to a chat?",
        )
        self.incoming(d, sam, at(2026, 8, 3, 8, 9))
        self.case(
            "crossed",
            "crossed",
            "accept",
            [sam.name],
            [d],
            "Dana invited Samuel (OUTGOING) and Samuel invited Dana (INCOMING)",
        )
        self.people.reserve_name("John Smith")
        js_a = s.Person(
            "John",
            "Smith",
            self.people.reserve("john-smith-4f8a2c1b"),
            "Northwind Traders",
            "Data Engineer",
        )
        js_b = s.Person(
            "John",
            "Smith",
            self.people.reserve("johnsmith-dev"),
            "Proseware, Inc.",
            "Frontend Developer",
        )
        self.connect(lee, js_a, dt.date(2021, 4, 16))
        self.incoming(pr, js_a, at(2026, 7, 14, 12, 30))
        self.incoming(d, js_b, at(2026, 7, 15, 9, 55))
        self.case(
            "homonym-john-smith",
            "homonym",
            "homonym",
            ["John Smith"],
            [pr, d],
            "two different John Smiths (different URLs) invite Priya and Dana a day "
            "apart: not a fan-out; only the one inviting Priya is Lee's connection",
            sender_urls=[js_a.url, js_b.url],
            team_connection=lee.person.name,
        )
        grace = s.Person(
            "Grace",
            "Liu",
            self.people.reserve("grace-liu-2b9e4d17"),
            "Woodgrove Bank",
            "Risk Analyst",
        )
        self.people.reserve_name("Grace Liu")
        clone = s.Person("Grace", "Liu", self.people.reserve("grace-liu-7a0f3c55"))
        self.connect(d, grace, dt.date(2019, 9, 12))
        self.incoming(d, clone, at(2026, 11, 9, 22, 17))
        self.case(
            "duplicate-profile",
            "duplicate_profile",
            "duplicate_profile",
            ["Grace Liu"],
            [d],
            "same name as a current connection, different profile "
            "URL: second account or a cloned profile",
            sender_url=clone.url,
            connection_url=grace.url,
        )
        renamed = self.planted(
            "Claire", "Bennett", company="Humongous Insurance", position="Actuary"
        )
        self.incoming(lee, renamed, at(2026, 2, 17, 9, 40), accepted=True)
        lee.connections[-1].person = s.Person(
            "Claire", "Bennett-Hayes", renamed.slug, renamed.company, renamed.position
        )
        self.case(
            "renamed-connection",
            "renamed_connection",
            "accepted",
            [renamed.name],
            [lee],
            "accepted: Connections.csv shows 'Claire Bennett-Hayes' (name changed) with "
            "the same URL, so the invitation is not pending",
        )

    def _reinvites(self) -> None:
        d, lee, pr = self.owners
        vl = self.planted("Viktor", "Lindqvist")
        self.incoming(pr, vl, at(2026, 3, 10, 8, 25))
        self.incoming(
            pr, vl, at(2026, 8, 21, 17, 2), "Hi Priya, trying again \u2014 would love to connect."
        )
        self.case(
            "reinvite",
            "reinvite",
            "reinvite",
            [vl.name],
            [pr],
            "invited the same owner twice, five months apart",
        )
        om = self.planted("Oksana", "Melnyk")
        self.incoming(d, om, at(2026, 4, 2, 10, 10))
        self.incoming(lee, om, at(2026, 8, 5, 14, 55))
        self.case(
            "fanout-decoy",
            "fanout_decoy",
            "not_fanout",
            [om.name],
            [d, lee],
            "two owners four months apart: not a fan-out",
        )

    # --- address books and extras ------------------------------------------------------------

    def address_books(self) -> None:
        """Dana's address books: planted contacts, acquaintances and non-LinkedIn people."""
        rng = self.rng
        d = self.dana
        conns = [
            c.person
            for c in d.connections
            if c.person is not None and c.person.slug not in (o.person.slug for o in self.owners)
        ]
        picks = rng.sample(conns, 45)
        for i, p in enumerate(picks):
            first = p.first.strip().title() if p.first.isupper() else p.first.strip()
            last = p.last.split(",")[0].replace(" (she/her)", "").strip()
            for tail in (" 🚀", " 🌍", " ✨"):
                last = last.replace(tail, "")
            domain = (
                p.company.split(",")[0]
                .lower()
                .replace(" ", "")
                .replace("'", "")
                .replace(".", "")
                .replace("&", "")
                or "gmail"
            ) + ".example"
            contact = s.AddressContact(
                first,
                last,
                org=p.company,
                title=p.position,
                email=f"{s.ascii_fold(first)}.{s.ascii_fold(last)}@{domain}",
                phone=s.fake_phone(rng) if rng.random() < 0.6 else "",
                url=p.url if i % 4 == 0 else "",
            )
            (self.google if i < 28 else self.vcard).append(contact)
            if 25 <= i < 28:  # the same people kept in both books
                self.vcard.append(contact)
        for i in range(22):
            p = self.people.person(quirks=False)
            contact = s.AddressContact(
                p.first,
                p.last,
                email=f"{s.ascii_fold(p.first)}.{s.ascii_fold(p.last)}"
                f"@{rng.choice(s.MAIL_DOMAINS)}",
                email_label="* Home",
                phone=s.fake_phone(rng),
                labels="* myContacts ::: Family" if i < 3 else "* myContacts",
                birthday=f"19{rng.randint(60, 99)}-{rng.randint(1, 12):02d}-"
                f"{rng.randint(1, 28):02d}"
                if i < 6
                else "",
            )
            (self.google if i % 2 else self.vcard).append(contact)
        self.google.append(
            s.AddressContact(
                "Alan",
                "Foster",
                prefix="Dr.",
                org="Lamna Healthcare",
                title="Dentist",
                phone=s.fake_phone(rng),
                file_as="Foster, Alan",
            )
        )

    # --- output ------------------------------------------------------------------------------

    def write(self, out: Path) -> list[Path]:
        """Write every file under `out`; returns the written paths."""
        written: list[Path] = []
        for o in self.owners:
            folder = out / o.folder
            conns = sorted(o.connections, key=lambda c: -c.on.toordinal())
            written.append(
                s.write_text(
                    folder / "Connections.csv",
                    s.render_connections(
                        conns, excel=o.excel, drop=("Email Address",) if o.excel else ()
                    ),
                    bom=o.excel,
                )
            )
            written.append(
                s.write_text(
                    folder / "Invitations.csv",
                    s.render_invitations(o.invites, excel=o.excel),
                    bom=o.excel,
                )
            )
            written.append(s.write_text(folder / "messages.csv", s.render_messages(o.messages)))
            written.append(s.write_text(folder / "Profile.csv", self._profile(o)))
            written.append(s.write_text(folder / "Positions.csv", self._positions(o)))
        books = out / "address_books"
        written.append(s.write_text(books / "google_contacts.csv", s.render_google(self.google)))
        written.append(s.write_text(books / "contacts.vcf", s.render_vcard(self.vcard)))
        generic = sorted(self.generic, key=lambda r: (r[5], r[0], r[7]), reverse=True)
        written.append(
            s.write_text(
                out / "generic_invitations.csv", s.render_simple(s.GENERIC_HEADER, generic)
            )
        )
        written.append(
            s.write_text(
                out / "manifest.json",
                json.dumps(self.manifest(), ensure_ascii=False, indent=2) + "\n",
            )
        )
        return written

    def _profile(self, o: OwnerData) -> str:
        p = o.person
        summary = (
            "I partner with Contoso engineering leaders to hire great engineers. Fair, "
            "fast and candid processes. Always happy to talk to people exploring their "
            "next step."
        )
        row = [
            p.first,
            p.last,
            "",
            "",
            "",
            o.headline,
            summary,
            "Software Development",
            o.zip_code,
            o.location,
            "",
            "[COMPANY:https://www.contoso.com/careers]",
            "",
        ]
        return s.render_simple(s.PROFILE_HEADER, [row])

    def _positions(self, o: OwnerData) -> str:
        rows = [
            [
                COMPANY,
                o.title,
                "Full-cycle recruiting for engineering, from intake to offer.",
                "Redmond, Washington, United States",
                "Mar 2022",
                "",
            ],
            [
                "Apex Talent Partners",
                "Technical Recruiter",
                "Agency recruiting for cloud, data and security roles; 60+ hires a year.",
                "Seattle, Washington, United States",
                "Jun 2018",
                "Feb 2022",
            ],
            ["Bellows College", "Career Services Coordinator", "", "", "Sep 2015", "May 2018"],
        ]
        return s.render_simple(s.POSITIONS_HEADER, rows)

    def manifest(self) -> dict[str, Any]:
        """Machine-readable description of the scenario and every planted case."""
        owners = []
        for o in self.owners:
            conn_slugs = {c.person.slug for c in o.connections if c.person is not None}
            incoming = [r for r in o.invites if r.direction == "INCOMING"]
            pending = [r for r in incoming if _slug(r.sender_url) not in conn_slugs]
            owners.append(
                {
                    "name": o.person.name,
                    "folder": o.folder,
                    "profile_url": o.person.url,
                    "company": COMPANY,
                    "headline": o.headline,
                    "excel_resave": o.excel,
                    "counts": {
                        "connections_rows": len(o.connections),
                        "hidden_members": sum(1 for c in o.connections if c.person is None),
                        "incoming": len(incoming),
                        "outgoing": len(o.invites) - len(incoming),
                        "pending_incoming": len(pending),
                        "message_rows": len(o.messages),
                    },
                }
            )
        return {
            "scenario": "Three Contoso Ltd recruiters (team mode); generated by "
            "sample_data/generate.py with random.Random(2026)",
            "export_date": s.EXPORT_DATE.isoformat(),
            "timezone_of_sent_at": "America/Los_Angeles",
            "owners": owners,
            "address_books": {
                "owner": self.dana.person.name,
                "google_contacts": "address_books/google_contacts.csv",
                "vcard": "address_books/contacts.vcf",
                "google_contacts_count": len(self.google),
                "vcard_count": len(self.vcard),
            },
            "generic_invitations": {
                "file": "generic_invitations.csv",
                "rows": len(self.generic),
                "overlaps_linkedin_rows": True,
            },
            "excel_resave": {
                "owner": self.priya.person.name,
                "files": ["Connections.csv", "Invitations.csv"],
                "changes": [
                    "UTF-8 BOM",
                    "CRLF",
                    "';' separators",
                    "'Notes:;;;;;' preamble padded to the column count",
                    "Connected On rewritten as d-mmm-yy (13-Mar-24)",
                    "Email Address column dropped",
                    "Sent At no longer quoted",
                ],
            },
            "stock_notes": dict(s.STOCK_NOTES),
            "background": "Rows not listed in cases have empty notes or ordinary candidate "
            "notes; generated names never repeat a planted name.",
            "cases": self.cases,
        }


def _slug(url: str) -> str:
    return (
        url.removeprefix(s.LINKEDIN_IN).rstrip("/").casefold()
        if url.startswith(s.LINKEDIN_IN)
        else ""
    )


CANDIDATE_NOTES = (
    "Hi {first}, I saw Contoso is hiring a {role}. I'd love to learn more about the team.",
    "Hello {first}! I'm exploring new {role} opportunities and would value connecting.",
    "Hi {first}, thanks for the quick reply on my application. Looking forward to staying in "
    "touch.",
    "{first}, a former colleague recommended I reach out about {role} roles at Contoso.",
    "Hi {first}, I enjoyed your post about inclusive hiring at Contoso \u2014 very insightful.",
)
OWNER_LINES = (
    "Hi {first}, thanks for connecting! Are you open to hearing about a {role} role at Contoso?",
    "Hi {first}, just following up on my note from last week \u2014 would Thursday 10am work "
    "for a quick call?",
    "Great speaking with you today, {first}. I'll send the details over by email.",
    "Congrats on the new role, {first}! Let me know if I can ever help.",
    "Hi {first},\n\nThe hiring manager loved your interview. Can we talk about next steps "
    "tomorrow?\n\nBest,\nContoso Talent",
    "Thanks {first}, noted. I'll keep you posted.",
)
OTHER_LINES = (
    "Thanks {first}! Happy to chat. I'm free Tuesday afternoon.",
    "Not looking right now, but please keep me in mind for next year.",
    "Thanks for reaching out!\nI'm interested. Could you share the salary range?",
    "Sounds good, talk then.",
    "Appreciate it, {first}. I've sent my updated resume.",
    "Sorry for the slow reply \u2014 busy quarter. Still keen to hear more.",
)
GROUP_LINES = (
    "Can we sync on the Q4 req list before Friday?",
    "Works for me. I'll bring the SRE pipeline numbers.",
    "Adding the data platform roles too.\nShould we invite the hiring managers?",
    "Let's keep it to us three for now.",
)


def generate(out_dir: Path) -> list[Path]:
    """Build the scenario and write it under `out_dir`; returns the written file paths."""
    sc = Scenario()
    sc.plant()  # first, so generated people never take a planted name
    sc.background()
    sc.address_books()
    return sc.write(Path(out_dir))


def main(argv: list[str] | None = None) -> int:
    """CLI: `python sample_data/generate.py [--out DIR]` (default: this folder)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="output folder")
    args = parser.parse_args(argv)
    paths = generate(args.out)
    print(f"wrote {len(paths)} files under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
