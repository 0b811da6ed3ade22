"""Synthetic LinkedIn-export building blocks shared by the sample scenario and the scale bench.

Invented names (several cultures), profile slugs, LinkedIn's exact date formats and byte-exact
writers for Connections.csv, Invitations.csv, messages.csv, Profile.csv, Positions.csv, Google
Contacts CSV, vCard 3.0 and the generic invitations CSV. Everything random goes through an
explicit `random.Random`, so the same seed always gives the same bytes.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

EXPORT_DATE = dt.date(2026, 11, 20)
LINKEDIN_IN = "https://www.linkedin.com/in/"
BARE_PROFILE_URL = "https://www.linkedin.com/in"  # real Dec 2023 export bug: no slug
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

CONNECTIONS_NOTE = (
    "When exporting your connection data, you may notice that some of the email addresses are "
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    "https://www.linkedin.com/help/linkedin/answer/261"
)
CONNECTIONS_HEADER = (
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
)
INVITATIONS_HEADER = (
    "From",
    "To",
    "Sent At",
    "Message",
    "Direction",
    "inviterProfileUrl",
    "inviteeProfileUrl",
)
MESSAGES_HEADER = (
    "CONVERSATION ID",
    "CONVERSATION TITLE",
    "FROM",
    "SENDER PROFILE URL",
    "TO",
    "RECIPIENT PROFILE URLS",
    "DATE",
    "SUBJECT",
    "CONTENT",
    "FOLDER",
    "ATTACHMENTS",
)
PROFILE_HEADER = (
    "First Name",
    "Last Name",
    "Maiden Name",
    "Address",
    "Birth Date",
    "Headline",
    "Summary",
    "Industry",
    "Zip Code",
    "Geo Location",
    "Twitter Handles",
    "Websites",
    "Instant Messengers",
)
POSITIONS_HEADER = ("Company Name", "Title", "Description", "Location", "Started On", "Finished On")
GOOGLE_HEADER = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
)
GENERIC_HEADER = (
    "Name",
    "Profile URL",
    "Headline",
    "Company",
    "Message",
    "Received",
    "Mutual Connections",
    "Recipient",
)

# LinkedIn's stock invitation text (the note users get when they do not write one).
STOCK_NOTES = {
    "en": "I'd like to add you to my professional network on LinkedIn.",
    "de": "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    "fr": "J'aimerais vous inviter à rejoindre mon réseau professionnel en ligne.",
}
# Automation-tool text shared by unrelated senders ({first} = recipient's first name).
AUTOMATION_NOTES = (
    "Hi {first}, I'm expanding my network with forward-thinking professionals in the talent "
    "space. Looking forward to connecting!",
    "Hello {first}, your profile came up in my feed and I'd love to connect with like-minded "
    "people. Let's connect and grow together!",
)

# --- names -----------------------------------------------------------------------------------
# Invented combinations only: first and last names are drawn independently within a culture.


def _pair(firsts: str, lasts: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split '|'-separated first and last names."""
    return tuple(firsts.split("|")), tuple(lasts.split("|"))


# Each entry: (first names, last names), '|'-separated to keep the lists compact.
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": _pair(
        "James|Emily|Michael|Olivia|Daniel|Hannah|Ryan|Megan|Thomas|Rachel|Andrew|Lauren|"
        "Nathan|Claire|Patrick|Molly|Owen|Abigail|Gavin|Natalie|Colin|Bethany|Trevor|Heather|"
        "Dylan|Kayla",
        "Carter|Brooks|Hughes|Bennett|Fletcher|Barnes|Sullivan|Hayes|Pearson|Lawson|Whitman|"
        "Gardner|Holloway|Prescott|Caldwell|Donnelly|Thornton|McAllister|Ashford|Kendrick|"
        "Radford|Merritt",
    ),
    "es": _pair(
        "Alejandro|Lucía|Mateo|Camila|Sofía|José|María José|Diego|Valentina|Andrés|Ximena|"
        "Joaquín|Renata|Santiago|Paula",
        "García|Rodríguez|Hernández|López|Ortega|Castillo|Ramírez|Morales|Jiménez|Navarro|"
        "Vargas|Domínguez|Salazar|de la Fuente",
    ),
    "de": _pair(
        "Jürgen|Anja|Lukas|Katrin|Matthias|Svenja|Tobias|Jana|Florian|Ulrike|Maximilian|Birgit",
        "Schneider|Fischer|Weber|Becker|Hoffmann|Schäfer|Köhler|Krüger|Wagner|Neumann|"
        "Zimmermann|Braun|Hartmann",
    ),
    "fr": _pair(
        "Camille|Étienne|Élodie|Mathieu|Chloé|Théo|Inès|Baptiste|Margaux|Rémi|Léa|Hélène",
        "Dubois|Lefèvre|Moreau|Girard|Fournier|Rousseau|Bonnet|Mercier|Faure|Chevalier|Lemaire",
    ),
    "in": _pair(
        "Aarav|Ananya|Vikram|Meera|Rohan|Kavya|Arjun|Nisha|Ishaan|Tanvi|Rahul|Shreya|Karthik|"
        "Pooja|Siddharth|Lakshmi|Aditya",
        "Sharma|Iyer|Patel|Menon|Kulkarni|Banerjee|Chatterjee|Pillai|Desai|Joshi|Verma|Bhatt|"
        "Nair|Srinivasan|Ghosh|Malhotra",
    ),
    "zh": _pair(
        "Wei|Jing|Hao|Xin|Mei|Yifan|Lei|Xiaoming|Ying|Chen|Ruoxi",
        "Wang|Zhang|Chen|Liu|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Lin",
    ),
    "vi": _pair(
        "Linh|Minh|Thảo|Huy|Trang|Dũng|Phương|Quang|Hạnh|Tuấn",
        "Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi|Đỗ",
    ),
    "ng": _pair(
        "Chinedu|Ngozi|Oluwaseun|Adaeze|Emeka|Folake|Tunde|Chiamaka|Ifeanyi|Yetunde|Babajide|Amara",
        "Adeyemi|Okonkwo|Eze|Balogun|Nwosu|Adebayo|Okafor|Olawale|Ogunleye|Chukwu|Afolabi",
    ),
    "ar": _pair(
        "Omar|Layla|Youssef|Fatima|Karim|Nour|Hassan|Rania|Tariq|Salma|Khaled|Yasmin",
        "Haddad|Mansour|Khalil|Saleh|Nasser|El-Amin|Farouk|Aziz|Hamdan|Rahman|Qureshi",
    ),
    "jp": _pair(
        "Haruto|Yui|Sota|Aoi|Ren|Hina|Kenji|Sakura|Takumi|Mio",
        "Tanaka|Suzuki|Takahashi|Watanabe|Yamamoto|Kobayashi|Nakamura|Ito|Sato|Fujimoto",
    ),
    "ko": _pair(
        "Min-jun|Ji-woo|Seo-yeon|Ha-eun|Do-yun|Ji-hoon|Soo-ah|Hyun-woo",
        "Park|Choi|Jung|Kang|Yoon|Lim|Han|Shin|Kwon",
    ),
    "pl": _pair(
        "Łukasz|Agnieszka|Paweł|Małgorzata|Tomasz|Katarzyna|Michał|Joanna|Krzysztof",
        "Nowak|Kowalczyk|Wójcik|Mazur|Krawczyk|Kaczmarek|Zając|Wróbel|Dudek",
    ),
    "pt": _pair(
        "João|Ana Clara|Thiago|Beatriz|Gonçalo|Larissa|Rafael|Mariana|Caio|Letícia",
        "Silva|Santos|Oliveira|Souza|Pereira|Costa|Carvalho|Ribeiro|Almeida|Gonçalves",
    ),
    "nordic": _pair(
        "Sigrid|Anders|Ingrid|Mikkel|Astrid|Henrik|Freja|Magnus",
        "Johansson|Lindqvist|Håkansson|Nieminen|Berg|Sørensen|Dahl|Virtanen",
    ),
    "tr": _pair(
        "Emre|Zeynep|Can|Elif|Burak|Selin|Mert|Ayşe",
        "Yılmaz|Demir|Şahin|Çelik|Aydın|Öztürk|Arslan|Koç",
    ),
}
CULTURE_WEIGHTS = (
    ("en", 26),
    ("es", 8),
    ("de", 6),
    ("fr", 5),
    ("in", 14),
    ("zh", 7),
    ("vi", 3),
    ("ng", 6),
    ("ar", 5),
    ("jp", 3),
    ("ko", 3),
    ("pl", 4),
    ("pt", 5),
    ("nordic", 3),
    ("tr", 3),
)
_CULTURE_KEYS = tuple(c for c, _ in CULTURE_WEIGHTS)
_CULTURE_CUM = tuple(
    sum(w for _, w in CULTURE_WEIGHTS[: i + 1]) for i in range(len(CULTURE_WEIGHTS))
)

COMPANIES = (
    "Northwind Traders",
    "Adventure Works",
    "Tailspin Toys",
    "Wide World Importers",
    "Woodgrove Bank",
    "Litware Inc.",
    "Proseware, Inc.",
    "Fourth Coffee",
    "Alpine Ski House",
    "Blue Yonder Airlines",
    "Coho Winery",
    "Lucerne Publishing",
    "Trey Research",
    "Wingtip Toys",
    "Relecloud",
    "VanArsdel, Ltd.",
    "Humongous Insurance",
    "A. Datum Corporation",
    "Southridge Video",
    "Lamna Healthcare",
    "Consolidated Messenger",
    "City Power & Light",
    "Bellows College",
    "Graphic Design Institute",
    "Margie's Travel",
    "Nod Publishers",
    "Best For You Organics",
    "Munson's Pickles and Preserves Farm",
    "Woodgrove Capital",
    "Trey Research Labs",
)
TITLES = (
    "Software Engineer",
    "Senior Software Engineer",
    "Staff Engineer",
    "Product Manager",
    "Data Scientist",
    "Engineering Manager",
    "UX Designer",
    "DevOps Engineer",
    "QA Engineer",
    "Solutions Architect",
    "Data Engineer",
    "Machine Learning Engineer",
    "Product Designer",
    "Financial Analyst",
    "Operations Manager",
    "Customer Success Manager",
    "Marketing Manager",
    "HR Business Partner",
    "Technical Program Manager",
    "Site Reliability Engineer",
    "Business Analyst",
    "Consultant",
    "Student",
    "Intern",
    "Founder",
    "Director of Engineering",
    "Frontend Developer",
    "Backend Developer",
    "Security Engineer",
    "Account Manager",
)
MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me")


@dataclass(slots=True)
class Person:
    """A LinkedIn member as the export shows them: name parts, vanity slug, current job."""

    first: str
    last: str
    slug: str
    company: str = ""
    position: str = ""
    email: str = ""

    @property
    def name(self) -> str:
        """Display name exactly as Invitations.csv writes it: First + space + Last."""
        return f"{self.first} {self.last}"

    @property
    def url(self) -> str:
        """Profile URL with a raw (Unicode) slug, as in Invitations.csv."""
        return LINKEDIN_IN + self.slug

    @property
    def connections_url(self) -> str:
        """Profile URL percent-encoded with uppercase hex, as in Connections.csv."""
        return LINKEDIN_IN + quote(self.slug, safe="-_.~")


def strip_accents(text: str) -> str:
    """The text without combining marks, case kept (Zoë Martínez -> Zoe Martinez)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def loose_key(name: str) -> str:
    """Name compared without case, accents or extra spaces (to avoid accidental homonyms)."""
    text = unicodedata.normalize("NFKD", name).casefold()
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def math_bold(text: str) -> str:
    """ASCII letters as mathematical bold letters, as some members style their names."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - ord("a")))
        else:
            out.append(ch)
    return "".join(out)


def ascii_fold(text: str) -> str:
    """Lowercase ASCII letters and digits only (for invented e-mail local parts)."""
    text = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in text if c.isascii() and c.isalnum())


def slug_base(first: str, last: str) -> str:
    """Lowercase, dash-joined slug stem of a name (keeps Unicode letters as LinkedIn does)."""
    text = unicodedata.normalize("NFKC", f"{first} {last}").casefold()
    out: list[str] = []
    for ch in text:
        out.append(ch if ch.isalnum() else "-")
    stem = "-".join(p for p in "".join(out).split("-") if p)
    return stem or "member"


class People:
    """Factory of invented people with unique slugs, drawing from `rng` only."""

    def __init__(self, rng: random.Random, unique_names: bool = False) -> None:
        self.rng = rng
        self.unique_names = unique_names
        self._slugs: set[str] = set()
        self._names: set[str] = set()

    def reserve_name(self, name: str) -> None:
        """Keep generated people from accidentally sharing this (planted) name."""
        self._names.add(loose_key(name))

    def culture(self) -> str:
        """A culture key, weighted towards a mixed international network."""
        x = self.rng.random() * _CULTURE_CUM[-1]
        for key, cum in zip(_CULTURE_KEYS, _CULTURE_CUM, strict=True):
            if x < cum:
                return key
        return _CULTURE_KEYS[-1]

    def names(self, culture: str | None = None) -> tuple[str, str]:
        """An invented (first, last) pair; usually both from one culture, sometimes mixed."""
        rng = self.rng
        c1 = culture or self.culture()
        c2 = c1 if rng.random() < 0.9 else self.culture()
        return rng.choice(CULTURES[c1][0]), rng.choice(CULTURES[c2][1])

    def slug(self, first: str, last: str, style: str | None = None) -> str:
        """A unique vanity slug in one of LinkedIn's shapes (hex suffix, bare, short number)."""
        rng = self.rng
        stem = slug_base(first, last)
        style = style or rng.choices(("hex", "bare", "num", "joined"), (74, 10, 8, 8))[0]
        for attempt in range(50):
            if style == "bare" and attempt == 0:
                cand = stem
            elif style == "joined" and attempt == 0:
                cand = stem.replace("-", "")
            elif style == "num" or (style in ("bare", "joined") and attempt == 1):
                cand = f"{stem}-{rng.randint(1, 999)}"
            else:
                width = rng.choice((8, 9, 9))
                cand = f"{stem}-{rng.getrandbits(4 * width):0{width}x}"
            if cand not in self._slugs:
                self._slugs.add(cand)
                return cand
        raise RuntimeError(f"no free slug for {stem}")  # pragma: no cover

    def reserve(self, slug: str) -> str:
        """Claim a hand-written slug so no generated person gets it."""
        if slug in self._slugs:
            raise ValueError(f"slug taken: {slug}")
        self._slugs.add(slug)
        return slug

    def person(self, culture: str | None = None, quirks: bool = True) -> Person:
        """An invented member with job, rare e-mail and the formatting quirks of real exports."""
        rng = self.rng
        first, last = self.names(culture)
        if self.unique_names:
            for _ in range(200):
                if loose_key(f"{first} {last}") not in self._names:
                    break
                first, last = self.names(culture)
            else:  # pragma: no cover
                raise RuntimeError("name pool exhausted")
            self._names.add(loose_key(f"{first} {last}"))
        slug = self.slug(first, last)
        if quirks:
            r = rng.random()
            if r < 0.025:
                first, last = first.upper(), last.upper()
            elif r < 0.045:
                first, last = first.lower(), last.lower()
            elif r < 0.055:
                first = first + " "  # real exports: "Sharon ,Rosario" -> "Sharon  Rosario"
            elif r < 0.07:
                last = last + rng.choice((", MBA", ", PhD", ", PMP", ", CPA", ", SHRM-CP"))
            elif r < 0.078:
                last = last + " (she/her)"
            elif r < 0.084:
                last = last + rng.choice((" 🚀", " 🌍", " ✨"))
        company = rng.choice(COMPANIES) if rng.random() < 0.78 else ""
        position = rng.choice(TITLES) if company or rng.random() < 0.3 else ""
        email = ""
        if rng.random() < 0.03:
            local = f"{ascii_fold(first)}.{ascii_fold(last)}".strip(".") or "member"
            email = f"{local}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
        return Person(first, last, slug, company, position, email)


# --- dates -----------------------------------------------------------------------------------


def sent_at(t: dt.datetime) -> str:
    """Invitations.csv `Sent At`: `M/D/YY, h:mm AM` (Pacific wall clock, no zone)."""
    hour = t.hour % 12 or 12
    half = "AM" if t.hour < 12 else "PM"
    return f"{t.month}/{t.day}/{t.year % 100:02d}, {hour}:{t.minute:02d} {half}"


def connected_on(d: dt.date) -> str:
    """Connections.csv `Connected On`: `08 Feb 2024`."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def excel_date(d: dt.date) -> str:
    """What Excel writes back for a date cell in `d-mmm-yy` format: `8-Feb-24`."""
    return f"{d.day}-{MONTHS[d.month - 1]}-{d.year % 100:02d}"


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def pacific_to_utc(t: dt.datetime) -> dt.datetime:
    """Naive US Pacific wall time to naive UTC (US DST rules since 2007)."""
    start = dt.datetime.combine(_nth_sunday(t.year, 3, 2), dt.time(2))
    end = dt.datetime.combine(_nth_sunday(t.year, 11, 1), dt.time(2))
    return t + dt.timedelta(hours=7 if start <= t < end else 8)


def message_date(t_utc: dt.datetime) -> str:
    """messages.csv `DATE`: `2024-01-26 04:43:37 UTC`."""
    return t_utc.strftime("%Y-%m-%d %H:%M:%S UTC")


def random_time(rng: random.Random, start: dt.date, end: dt.date) -> dt.datetime:
    """A wall-clock time between two dates, weighted to working hours like real invitations."""
    days = (end - start).days
    day = start + dt.timedelta(days=rng.randint(0, max(days, 0)))
    hour = rng.choices(
        range(24), [1, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 9, 8, 9, 9, 8, 7, 6, 5, 4, 4, 3, 2, 1]
    )[0]
    return dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59), rng.randint(0, 59)))


def conversation_id(rng: random.Random) -> str:
    """A LinkedIn-looking conversation id: `2-` + base64 of `<uuid>_0NN`."""
    raw = f"{uuid.UUID(int=rng.getrandbits(128), version=4)}_0{rng.randint(0, 99):02d}"
    return "2-" + base64.b64encode(raw.encode("ascii")).decode("ascii")


# --- rows ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Connection:
    """One Connections.csv row; `person` None is a hidden member (only the date is shown)."""

    person: Person | None
    on: dt.date


@dataclass(slots=True)
class InviteRow:
    """One Invitations.csv row exactly as exported (names and URLs as LinkedIn wrote them)."""

    sender: str
    recipient: str
    sent: dt.datetime
    message: str
    direction: str
    sender_url: str
    recipient_url: str


@dataclass(slots=True)
class MessageRow:
    """One messages.csv row; `date` is naive UTC."""

    conversation: str
    title: str
    sender: str
    sender_url: str
    to: Sequence[str]
    to_urls: Sequence[str]
    date: dt.datetime
    subject: str
    content: str
    folder: str = "INBOX"


@dataclass(slots=True)
class AddressContact:
    """A person in an address book (Google CSV or vCard), possibly with a LinkedIn URL."""

    first: str
    last: str
    middle: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    org: str = ""
    title: str = ""
    email: str = ""
    email_label: str = "* Work"
    phone: str = ""
    birthday: str = ""
    note: str = ""
    url: str = ""
    file_as: str = ""
    labels: str = "* myContacts"
    display: str = ""  # explicit full name when it is not given-then-family (e.g. Vietnamese)

    @property
    def formatted(self) -> str:
        """Full display name, the way the contacts app shows it."""
        if self.display:
            return self.display
        parts = [self.prefix, self.first, self.middle, self.last]
        name = " ".join(p for p in parts if p)
        return f"{name}, {self.suffix}" if self.suffix else name


# --- writers ---------------------------------------------------------------------------------


def csv_field(value: str, sep: str = ",", force: bool = False) -> str:
    """Quote like LinkedIn and Excel do: only when needed (or when forced), doubling quotes."""
    if force or sep in value or '"' in value or "\n" in value or "\r" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_line(
    values: Iterable[str], sep: str = ",", force: Iterable[int] = (), quote_all: bool = False
) -> str:
    """One CSV record without terminator; `force` lists column indexes always quoted."""
    forced = frozenset(force)
    return sep.join(csv_field(v, sep, quote_all or i in forced) for i, v in enumerate(values))


def write_text(path: Path, text: str, bom: bool = False) -> Path:
    """Write UTF-8 bytes exactly (no newline translation), creating parent folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((("\ufeff" if bom else "") + text).encode("utf-8"))
    return path


def render_connections(
    rows: Sequence[Connection], excel: bool = False, drop: Sequence[str] = ()
) -> str:
    """Connections.csv with LinkedIn's 3-line preamble; `excel` = re-saved by Excel (`;`, CRLF)."""
    sep, nl = (";", "\r\n") if excel else (",", "\n")
    keep = [i for i, h in enumerate(CONNECTIONS_HEADER) if h not in drop]
    width = len(keep)
    lines: list[str] = []
    if excel:
        lines += [
            "Notes:" + sep * (width - 1),
            csv_field(CONNECTIONS_NOTE, sep) + sep * (width - 1),
            sep * (width - 1),
        ]
    else:
        lines += ["Notes:", csv_field(CONNECTIONS_NOTE, sep, force=True), ""]
    lines.append(sep.join(CONNECTIONS_HEADER[i] for i in keep))
    for row in rows:
        day = excel_date(row.on) if excel else connected_on(row.on)
        p = row.person
        if p is None:
            values = ["", "", "", "", "", "", day]
        else:
            values = [p.first, p.last, p.connections_url, p.email, p.company, p.position, day]
        lines.append(csv_line([values[i] for i in keep], sep))
    return nl.join(lines) + nl


def render_invitations(rows: Sequence[InviteRow], excel: bool = False) -> str:
    """Invitations.csv (Dec 2023+ header): OUTGOING block then INCOMING, newest first.

    `Sent At` is always quoted in LinkedIn's file; an Excel re-save (`;`) drops those quotes.
    """
    sep, nl = (";", "\r\n") if excel else (",", "\n")
    ordered = sorted(rows, key=lambda r: (r.direction != "OUTGOING", -r.sent.timestamp()))
    lines = [sep.join(INVITATIONS_HEADER)]
    for r in ordered:
        values = [
            r.sender,
            r.recipient,
            sent_at(r.sent),
            r.message,
            r.direction,
            r.sender_url,
            r.recipient_url,
        ]
        lines.append(csv_line(values, sep, force=() if excel else (2,)))
    return nl.join(lines) + nl


def render_messages(rows: Sequence[MessageRow]) -> str:
    """messages.csv as exported in 2026: every field quoted, real line breaks in CONTENT.

    Conversations newest first, messages inside a conversation newest first.
    """
    latest: dict[str, dt.datetime] = {}
    for r in rows:
        if r.conversation not in latest or r.date > latest[r.conversation]:
            latest[r.conversation] = r.date
    ordered = sorted(
        rows,
        key=lambda r: (-latest[r.conversation].timestamp(), r.conversation, -r.date.timestamp()),
    )
    lines = [csv_line(MESSAGES_HEADER, quote_all=True)]
    for r in ordered:
        values = [
            r.conversation,
            r.title,
            r.sender,
            r.sender_url,
            ", ".join(r.to),
            ",".join(r.to_urls),
            message_date(r.date),
            r.subject,
            r.content,
            r.folder,
            "",
        ]
        lines.append(csv_line(values, quote_all=True))
    return "\n".join(lines) + "\n"


def render_simple(header: Sequence[str], rows: Iterable[Sequence[str]], nl: str = "\n") -> str:
    """A plain minimal-quoting CSV (Profile, Positions, generic invitations, Google Contacts)."""
    lines = [csv_line(header)]
    lines.extend(csv_line(r) for r in rows)
    return nl.join(lines) + nl


def render_google(contacts: Sequence[AddressContact]) -> str:
    """Google Contacts CSV export (the 21-column shape with one e-mail and one phone)."""
    rows = []
    for c in contacts:
        rows.append(
            [
                c.first,
                c.middle,
                c.last,
                "",
                "",
                "",
                c.prefix,
                c.suffix,
                c.nickname,
                c.file_as,
                c.org,
                c.title,
                "",
                c.birthday,
                c.note,
                "",
                c.labels,
                c.email_label if c.email else "",
                c.email,
                "Mobile" if c.phone else "",
                c.phone,
            ]
        )
    return render_simple(GOOGLE_HEADER, rows)


def _vcard_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    """RFC 6350/2425 folding at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def render_vcard(contacts: Sequence[AddressContact]) -> str:
    """vCard 3.0 address book (CRLF, escaped values, folded long lines)."""
    lines: list[str] = []
    for c in contacts:
        card = ["BEGIN:VCARD", "VERSION:3.0", "FN:" + _vcard_escape(c.formatted)]
        n = [c.last, c.first, c.middle, c.prefix, c.suffix]
        card.append("N:" + ";".join(_vcard_escape(x) for x in n))
        if c.nickname:
            card.append("NICKNAME:" + _vcard_escape(c.nickname))
        if c.org:
            card.append("ORG:" + _vcard_escape(c.org))
        if c.title:
            card.append("TITLE:" + _vcard_escape(c.title))
        if c.email:
            kind = "WORK" if "Work" in c.email_label else "HOME"
            card.append(f"EMAIL;TYPE=INTERNET;TYPE={kind}:{c.email}")
        if c.phone:
            card.append("TEL;TYPE=CELL:" + c.phone)
        if c.url:
            card.append("URL:" + c.url)
        if c.birthday:
            card.append("BDAY:" + c.birthday)
        if c.note:
            card.append("NOTE:" + _vcard_escape(c.note))
        card.append("END:VCARD")
        lines.extend(_fold(x) for x in card)
    return "\r\n".join(lines) + "\r\n"


def fake_phone(rng: random.Random) -> str:
    """A phone number in the reserved 555-01xx fiction range."""
    return f"+1 {rng.randint(201, 989)}-555-01{rng.randint(0, 99):02d}"
