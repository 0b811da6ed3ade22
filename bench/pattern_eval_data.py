"""Deterministic, labelled invitation data for measuring core.patterns (precision / recall).

Plants fan-outs (name spelling variants, missing URLs), campaigns (company from field,
headline or e-mail domain), same-sender and cross-sender templates, bursts and reinvites among
background traffic, plus decoys that must NOT be reported: one sender inviting two owners of a
company four months apart, homonyms with different profile URLs (and a name-only homonym), an
organic phrase ("Great to meet you at the conference") opening otherwise different notes, and
LinkedIn stock text in several languages.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from anyascii import anyascii
from linkvet.core.identity import legacy_invitation_id
from linkvet.core.models import Invitation, Owner, Person

FIRST = [
    "James", "Mary", "Robert", "Patricia", "Michael", "Linda", "David", "Barbara", "Richard",
    "Susan", "Thomas", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Sandra",
    "Mark", "Ashley", "Steven", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kevin",
    "Laura", "Brian", "Sarah", "Lukas", "Leonie", "Jürgen", "Sören", "Hélène", "Amélie",
    "François", "Chloé", "José", "María", "Álvaro", "Lucía", "João", "Conceição", "Giulia",
    "Niccolò", "Sanne", "Daan", "Priya", "Arjun", "Wei", "Mei", "Hiroshi", "Yuki", "Olga",
    "Dmitri", "Fatima", "Omar", "Aisha", "Kwame", "Ngozi", "Zoë", "Noémie", "Björn", "Åsa",
]  # fmt: skip
SYL = [
    "ber", "gan", "lo", "mar", "tin", "son", "ric", "hol", "fer", "nan", "dez", "vel", "kow",
    "ski", "sch", "mid", "ler", "bau", "man", "ros", "si", "ta", "no", "vic", "pet", "ra",
    "gu", "mon", "dal", "ey", "wor", "th", "al", "den", "bro", "ok", "ha", "yes", "ly", "ke",
]  # fmt: skip
TEAM_COMPANIES = [
    ("Contoso", ["Contoso Ltd", "Contoso", "CONTOSO LIMITED"]),
    ("Fabrikam", ["Fabrikam, Inc.", "Fabrikam", "Fabrikam Inc"]),
    ("Northwind Traders", ["Northwind Traders GmbH", "Northwind Traders"]),
    ("Müller Logistik", ["Müller Logistik AG", "Muller Logistik"]),
    ("Tailspin Toys", ["Tailspin Toys LLC", "Tailspin Toys"]),
    ("Woodgrove Bank", ["Woodgrove Bank plc", "Woodgrove Bank"]),
    ("Lamna Healthcare", ["Lamna Healthcare Company", "Lamna Healthcare"]),
    ("Société Générique", ["Société Générique SA", "Societe Generique"]),
    ("Adatum", ["Adatum Corporation", "Adatum Corp."]),
    ("Litware", ["Litware, Inc.", "Litware"]),
    ("Proseware", ["Proseware Ltd.", "Proseware"]),
    ("Wide World Importers", ["Wide World Importers", "Wide World Importers Ltd"]),
]
RECRUITER_TITLES = [
    "Senior Recruiter", "Talent Acquisition Partner", "Technical Sourcer", "Hiring Manager",
    "Head of People", "HR Business Partner", "Personalreferentin", "Chargée de recrutement",
]  # fmt: skip
OTHER_TITLES = [
    "Software Engineer", "Product Manager", "Data Scientist", "Account Director",
    "Finance Controller", "Operations Lead", "UX Designer", "Solutions Architect",
]  # fmt: skip
SENDER_TITLES = [
    "Account Executive", "Founder", "Consultant", "Engineering Manager", "Sales Director",
    "Business Development Rep", "Product Owner", "Analyst", "Marketing Lead", "Developer",
]  # fmt: skip
TOPICS = [
    "kubernetes", "payments", "supply chains", "climate data", "open source", "robotics",
    "accessibility", "compilers", "fraud detection", "retail analytics", "genomics", "edge AI",
    "observability", "design systems", "fintech regulation", "battery storage", "ed-tech",
    "clinical trials", "game engines", "logistics routing", "privacy engineering", "SRE",
]  # fmt: skip
OPENERS = [
    "I enjoyed your post about {t}.", "We both spoke at the {t} meetup last spring.",
    "Your article on {t} was really useful for my team.", "I am moving into {t} this year.",
    "A colleague recommended I talk to you about {t}.", "I saw your comment on {t} yesterday.",
    "Our teams both work on {t}, small world.", "Loved your podcast episode on {t}.",
    "I am writing a thesis about {t} and admire your work.", "I run a small {t} study group.",
]  # fmt: skip
CLOSERS = [
    "Would be glad to swap notes on {u} sometime.", "Maybe coffee when I am in {c}?",
    "Happy to share what we learned about {u}.", "Let me know if you are going to {c} in May.",
    "I would value your view on {u}.", "Keen to hear how you approach {u}.",
    "Hoping to learn from your experience with {u}.", "Shall we compare notes on {u}?",
]  # fmt: skip
MIDDLES = [
    "My team at {a} just shipped {b}.",
    "I still remember the {a} demo you gave with {b}.",
    "We met through {a} at the {b} offsite.",
    "I am the one who asked about {a} versus {b}.",
    "Right now I am building {a} on top of {b}.",
    "Our mutual friend from {a} mentioned {b}.",
]
CITIES = ["Berlin", "Lisbon", "Austin", "Leeds", "Lyon", "Turin", "Utrecht", "Pune", "Osaka"]
STOCK = [
    "I'd like to add you to my professional network on LinkedIn.",
    "I'd like to join your LinkedIn network.",
    "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    "J'aimerais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.",
    "Me gustaría añadirte a mi red profesional en LinkedIn.",
    "Gostaria de adicioná-lo à minha rede profissional no LinkedIn.",
    "Vorrei aggiungerti alla mia rete professionale su LinkedIn.",
    "Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.",
]
# Template notes are composed from one sentence per slot, so unrelated groups differ.
TEMPLATE_SLOTS = [
    [
        "Hi {first}, I noticed you lead hiring at {company} as {title}.",
        "Hello {first}! Impressive work at {company}.",
        "{first}, as {title} at {company} you probably juggle dozens of open roles.",
        "Dear {first}, I came across your profile while researching {company}.",
        "Hey {first}, congrats on the growth at {company} this quarter.",
        "Good morning {first}, your team at {company} keeps showing up in my feed.",
    ],
    [
        "{product} cuts time-to-hire by 40% for teams like yours.",
        "I help people like you automate candidate outreach with {product}.",
        "{product} fixes interview scheduling in a week.",
        "Our platform {product} sources passive candidates while you sleep.",
        "With {product} your recruiters get 10 extra hours every week.",
        "{product} ranks applicants with explainable scores.",
    ],
    [
        "Worth a quick chat?",
        "Can I show you a 15 minute demo?",
        "Open to connecting?",
        "Would next Tuesday work for a call?",
        "Shall I send over a case study?",
        "Happy to share pricing if useful.",
    ],
]
CROSS_SLOTS = [
    [
        "Hi {first}, I am expanding my network with leaders at {company}.",
        "Dear {first}, your background at {company} stood out to me.",
        "Hello {first}, I always like meeting people from {company}.",
        "{first}, I keep hearing great things about {company}.",
        "Greetings {first}! Folks at {company} are doing amazing things.",
    ],
    [
        "I am connecting with professionals in {t} to exchange ideas.",
        "My focus is {t} and I share weekly insights on it.",
        "I curate a community around {t} with 5000 members.",
        "I publish research on {t} every month.",
        "Our group hosts roundtables about {t}.",
    ],
    [
        "Looking forward to connecting and sharing insights!",
        "Let us grow together.",
        "Hope to stay in touch.",
        "Accepting would mean a lot.",
        "Let us build something great.",
    ],
]


def compose(rng: random.Random, slots: list[list[str]], used: set[tuple[int, ...]]) -> str:
    """One sentence per slot, joined; each planted group gets a composition of its own."""
    while True:
        pick = tuple(rng.randrange(len(options)) for options in slots)
        if pick not in used or len(used) >= math.prod(len(options) for options in slots):
            used.add(pick)
            return " ".join(options[i] for options, i in zip(slots, pick, strict=True))


COMMON_NAMES = ["John Smith", "Maria Garcia", "Wei Zhang", "Anna Müller", "David Lee"]
START = datetime(2023, 1, 2, tzinfo=UTC)
PACIFIC = timezone(timedelta(hours=-8))


@dataclass(slots=True)
class Dataset:
    """Invitations, owners and the planted truth: (kind, invitation ids) per planted pattern."""

    invitations: list[Invitation] = field(default_factory=list)
    owners: dict[str, Owner] = field(default_factory=dict)
    truth: list[tuple[str, frozenset[str]]] = field(default_factory=list)


@dataclass(slots=True)
class _Sender:
    """A generated sender with every spelling of their name."""

    name: str
    slug: str
    company: str | None
    headline: str | None
    email: str | None
    variants: list[str]


class _Gen:
    """Stateful generator: owners, senders, invitations with unique ids."""

    def __init__(self, n_owners: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.ds = Dataset()
        self.ids: set[str] = set()
        self.serial = 0
        self._owners(n_owners)

    # -- people ---------------------------------------------------------------
    def surname(self) -> str:
        r = self.rng
        return "".join(r.choice(SYL) for _ in range(r.choice((2, 3, 3, 3, 4)))).capitalize()

    def coined(self) -> str:
        """A made-up word, so personal notes carry details of their own."""
        return "".join(self.rng.choice(SYL) for _ in range(3))

    def company_name(self) -> str:
        r = self.rng
        base = "".join(r.choice(SYL) for _ in range(3)).capitalize()
        return base + r.choice(["", " Labs", " Systems", " Group", " Analytics"])

    def _owners(self, n: int) -> None:
        r = self.rng
        n_companies = min(len(TEAM_COMPANIES), max(3, n // 5))
        self.teams: dict[str, list[str]] = {}
        for i in range(n):
            canon, spellings = TEAM_COMPANIES[i % n_companies]
            first = r.choice(FIRST)
            name = f"{first} {self.surname()}"
            recruiter = r.random() < 0.45
            title = r.choice(RECRUITER_TITLES if recruiter else OTHER_TITLES)
            oid = f"owner{i:02d}"
            self.ds.owners[oid] = Owner(
                id=oid,
                name=name,
                profile_url=f"https://www.linkedin.com/in/{oid}",
                company=spellings[i % len(spellings)],
                headline=f"{title} at {canon}" if r.random() < 0.5 else title,
                url_identity=r.random() >= 0.2,
            )
            self.teams.setdefault(canon, []).append(oid)

    def sender(self, *, company: str | None = None, accented: bool = False) -> _Sender:
        r = self.rng
        self.serial += 1
        first = r.choice([f for f in FIRST if not f.isascii()] if accented else FIRST)
        last = self.surname()
        if accented:
            last = last.replace("o", "ö", 1) if "o" in last else last + "é"
        name = f"{first} {last}"
        if company is None and r.random() < 0.7:
            company = self.company_name()
        title = r.choice(SENDER_TITLES)
        style = r.random()
        headline: str | None
        field_company = company
        if company and style < 0.3:
            headline, field_company = f"{title} at {company}", None
        elif company and style < 0.4:
            headline, field_company = f"{company} | {title}", None
        elif style < 0.6:
            headline = f"{title} | {r.choice(TOPICS)} | {r.choice(TOPICS)}"
        else:
            headline = title
        email = None
        if r.random() < 0.2:
            email = f"{first.lower()}.{last.lower()}@{r.choice(['gmail.com', 'outlook.com'])}"
        variants = [name, f"{last}, {first}", f"{name}, MBA", f"Dr. {name}"]
        if not name.isascii():
            variants.append(anyascii(name))
        slug = f"{anyascii(first).lower()}-{anyascii(last).lower()}-{self.serial:x}"
        return _Sender(name, slug, field_company, headline, email, variants)

    # -- invitations ---------------------------------------------------------------
    def invite(
        self,
        s: _Sender,
        owner_id: str,
        when: datetime,
        note: str = "",
        *,
        name: str | None = None,
        drop_url: bool = False,
    ) -> str | None:
        owner = self.ds.owners[owner_id]
        no_url = drop_url or not owner.url_identity
        # LinkedIn writes a sender's display name the same in every export; a variant (a
        # renamed profile) can only be tied to the sender through the profile URL
        name = s.name if no_url else (name or s.name)
        local = when.astimezone(PACIFIC)
        day = local.date().isoformat()
        iid = legacy_invitation_id(owner_id, name, day)
        if iid in self.ids:
            return None
        self.ids.add(iid)
        url = None if no_url else f"https://www.linkedin.com/in/{s.slug}"
        self.ds.invitations.append(
            Invitation(
                id=iid,
                owner_id=owner_id,
                direction="INCOMING",
                sender=Person(
                    name=name,
                    profile_url=url,
                    headline=s.headline,
                    company=s.company,
                    email=s.email,
                ),
                recipient=Person(name=owner.name, profile_url=owner.profile_url),
                sent_at=local.isoformat(),
                sent_at_raw=local.strftime("%m/%d/%y, %I:%M %p"),
                message=note,
            )
        )
        return iid

    def when(self, days: float = 700.0) -> datetime:
        return START + timedelta(seconds=self.rng.uniform(0, days * 86400))

    def personal_note(self, owner_id: str) -> str:
        r = self.rng
        first = self.ds.owners[owner_id].name.split()[0]
        opener = r.choice(OPENERS).format(t=r.choice(TOPICS))
        closer = r.choice(CLOSERS).format(u=r.choice(TOPICS), c=r.choice(CITIES))
        middle = r.choice(MIDDLES).format(a=self.coined(), b=self.coined())
        extra = r.choice(MIDDLES).format(a=self.coined(), b=self.coined())
        return f"Hi {first}, {opener} {middle} {extra} {closer}"

    def stock_note(self, s: _Sender, owner_id: str) -> str:
        r = self.rng
        text = r.choice(STOCK)
        if r.random() < 0.3:
            text = f"Hi {self.ds.owners[owner_id].name.split()[0]}, {text}"
        if r.random() < 0.4:
            text = f"{text}\n\n- {s.name}"
        return text

    def owners_of_distinct_companies(self, k: int) -> list[str]:
        teams = self.rng.sample(sorted(self.teams), min(k, len(self.teams)))
        return [self.rng.choice(self.teams[t]) for t in teams]

    def mark(self, kind: str, ids: list[str | None]) -> None:
        got = frozenset(i for i in ids if i)
        if got:
            self.ds.truth.append((kind, got))


def generate(n_invitations: int, n_owners: int, seed: int) -> Dataset:
    """Build a labelled data set of about `n_invitations` INCOMING invitations."""
    g = _Gen(n_owners, seed)
    r = g.rng
    scale = n_invitations / 10_000
    count = lambda base: max(2, round(base * scale))  # noqa: E731
    owner_ids = sorted(g.ds.owners)
    used: set[tuple[int, ...]] = set()

    # Fan-outs: 2..5 owners of one company, 25-35 h apart (never 3 within 24 h).
    for _ in range(count(60)):
        team = r.choice([t for t, members in g.teams.items() if len(members) >= 2])
        k = r.randint(2, min(5, len(g.teams[team])))
        s = g.sender(accented=r.random() < 0.5)
        t = g.when(680)
        ids = []
        for i, oid in enumerate(r.sample(g.teams[team], k)):
            # the first invitation carries the URL and the name as written everywhere; a
            # later one may be a renamed profile (URL ties it) or lack the URL (name ties it)
            name, drop = (s.name, False) if i == 0 else (r.choice(s.variants), r.random() < 0.2)
            ids.append(g.invite(s, oid, t, name=name, drop_url=drop))
            t += timedelta(hours=r.uniform(25, 35))
        g.mark("fanout", ids)

    # Campaigns: 3..6 people of one vendor, each inviting one owner within 12 days.
    for _ in range(count(30)):
        vendor = g.coined().capitalize() + g.coined()  # longer than any background name
        vendor += " " + r.choice(["Solutions GmbH", "Software Inc.", "Ltd", "Group"])
        domain = vendor.split()[0].lower() + ".com"  # short domain, long company name
        t0 = g.when(680)
        ids = []
        for oid in r.sample(owner_ids, min(len(owner_ids), r.randint(3, 6))):
            s = g.sender(company=vendor)
            how = r.random()
            if how < 0.3:  # company known only from the e-mail domain
                s.company, s.headline = None, r.choice(SENDER_TITLES)
                s.email = f"{s.slug.split('-')[0]}@{domain}"
            when = t0 + timedelta(hours=r.uniform(0, 12 * 24))
            note = g.personal_note(oid) if r.random() < 0.3 else ""
            ids.append(g.invite(s, oid, when, note))
        g.mark("campaign", ids)

    # Same-sender templates: 2..4 owners at different companies, 8+ days apart.
    for n in range(count(30)):
        s = g.sender()
        product = f"Hire{g.surname()}{n}"
        body = (
            compose(r, TEMPLATE_SLOTS, used)
            + f" We already work with {g.coined()} and {g.coined()}."
        )
        t = g.when(600)
        ids = []
        for oid in g.owners_of_distinct_companies(r.randint(2, 4)):
            o = g.ds.owners[oid]
            title = o.headline.split(" at ")[0] if o.headline else "manager"
            note = body.format(
                first=o.name.split()[0], company=o.company, title=title, product=product
            )
            if r.random() < 0.3:
                note = note.replace("!", ".").replace("you", "u", 1)  # small edits
            ids.append(g.invite(s, oid, t, note))
            t += timedelta(days=r.uniform(8, 30))
        g.mark("template", ids)

    # Cross-sender templates: 3..5 unrelated senders using one automation text.
    for _ in range(count(15)):
        body = compose(r, CROSS_SLOTS, used).replace("{t}", r.choice(TOPICS) + " " + g.surname())
        ids = []
        for _k in range(r.randint(3, 5)):
            s = g.sender()
            oid = r.choice(owner_ids)
            o = g.ds.owners[oid]
            ids.append(
                g.invite(s, oid, g.when(), body.format(first=o.name.split()[0], company=o.company))
            )
        g.mark("template", ids)

    # Bursts: 3..4 owners at different companies within 20 hours.
    for _ in range(count(25)):
        s = g.sender()
        t0 = g.when(690)
        ids = [
            g.invite(s, oid, t0 + timedelta(hours=r.uniform(0, 20)))
            for oid in g.owners_of_distinct_companies(r.randint(3, 4))
        ]
        g.mark("burst", ids)

    # Reinvites: the same owner 2..3 times, 20-60 days apart, by a sender whose profile URL
    # the export shows (without URLs the same name is not the same person: not a reinvite).
    with_urls = [oid for oid in owner_ids if g.ds.owners[oid].url_identity]
    for _ in range(count(25)):
        s = g.sender()
        oid = r.choice(with_urls)
        t = g.when(550)
        note = g.personal_note(oid) if r.random() < 0.5 else ""
        ids = []
        for _k in range(r.randint(2, 3)):
            ids.append(g.invite(s, oid, t, note, name=r.choice(s.variants[:2])))
            t += timedelta(days=r.uniform(20, 60))
        g.mark("reinvite", ids)

    # Decoys (must not be reported).
    for _ in range(count(30)):  # two owners of one company, four months apart
        team = r.choice([t for t, m in g.teams.items() if len(m) >= 2])
        a, b = r.sample(g.teams[team], 2)
        s = g.sender()
        t = g.when(560)
        g.invite(s, a, t)
        g.invite(s, b, t + timedelta(days=r.uniform(110, 130)))
    for _ in range(count(20)):  # homonyms with different URLs, same company, same week
        team = r.choice([t for t, m in g.teams.items() if len(m) >= 3])
        common = r.choice(COMMON_NAMES)
        t = g.when(680)
        url_owners = [o for o in g.teams[team] if g.ds.owners[o].url_identity]
        bare = [o for o in g.teams[team] if not g.ds.owners[o].url_identity]
        for oid in r.sample(url_owners, min(2, len(url_owners))):
            s = g.sender()
            s.name, s.variants = common, [common]
            g.invite(s, oid, t + timedelta(hours=r.uniform(0, 72)))
        if bare:
            s = g.sender()
            s.name, s.variants = common, [common]
            g.invite(s, bare[0], t + timedelta(hours=r.uniform(0, 72)))
    for _ in range(count(40)):  # organic phrase opening otherwise different notes
        s = g.sender()
        oid = r.choice(owner_ids)
        g.invite(s, oid, g.when(), "Great to meet you at the conference! " + g.personal_note(oid))

    # Background: one invitation per sender; empty, stock or personal notes.
    while len(g.ds.invitations) < n_invitations:
        s = g.sender()
        oid = r.choice(owner_ids)
        p = r.random()
        note = "" if p < 0.62 else g.stock_note(s, oid) if p < 0.75 else g.personal_note(oid)
        g.invite(s, oid, g.when(730), note)
    return g.ds
