"""Deterministic, labelled, deliberately hard data for the matching benchmarks.

`build_world(seed, n_contacts, n_senders)` gives contacts and senders, each sender labelled
with its variant and the contact id it truly is (None for the open-set half and homonyms).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from linkvet.core.models import Contact, Person
from linkvet.sample_data import synth

NICKS: dict[str, list[str]] = {
    "Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will", "Billy"],
    "Elizabeth": ["Liz", "Beth"], "Katherine": ["Kate", "Kathy"], "Michael": ["Mike"],
    "James": ["Jim", "Jimmy"], "Richard": ["Rick", "Dick"], "Margaret": ["Maggie", "Peggy"],
    "Jennifer": ["Jen", "Jenny"], "Christopher": ["Chris"], "Thomas": ["Tom", "Tommy"],
    "Anthony": ["Tony"], "Joseph": ["Joe"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
    "Patricia": ["Pat", "Patty"], "Susan": ["Sue"], "Deborah": ["Debbie"],
    "Alexander": ["Alex"], "Nicholas": ["Nick"], "Benjamin": ["Ben"], "Samuel": ["Sam"],
    "Edward": ["Ted", "Eddie"], "Victoria": ["Vicky"], "Rebecca": ["Becky"],
    "Jonathan": ["Jon"], "Steven": ["Steve"], "Andrew": ["Andy", "Drew"], "Timothy": ["Tim"],
    "Charles": ["Charlie"],
}  # fmt: skip
GIVEN_OTHER = [
    "Priya",
    "Arjun",
    "Wei",
    "Mei",
    "Hiroshi",
    "Yuki",
    "Olga",
    "Sven",
    "Ingrid",
    "Fatima",
    "Omar",
    "Chloe",
    "Liam",
    "Noah",
    "Emma",
    "Olivia",
    "Sophie",
    "Lucas",
    "Mateo",
    "Isabela",
    "Aisha",
    "Kwame",
    "Amara",
    "Lars",
    "Freya",
    "Nadia",
    "Tariq",
    "Leila",
    "Kenji",
    "Sakura",
    "Raj",
    "Anil",
    "Sunita",
    "Deepak",
    "Carlos",
    "Lucia",
    "Pablo",
    "Elena",
    "Marco",
    "Giulia",
    "Pierre",
    "Camille",
    "Hans",
    "Greta",
    "Jürgen",
    "Björn",
    "Zoë",
    "Renée",
    "Chloé",
    "François",
    "Søren",
    "Małgorzata",
    "Łukasz",
    "Ana",
    "Ella",
    "Stella",
    "John",
    "Jane",
    "Mark",
    "Mary",
    "Laura",
    "Paul",
    "Paula",
    "Hannah",
    "Sarah",
    "Rachel",
    "Julia",
    "Martin",
    "Peter",
    "Anna",
    "Eva",
    "Karin",
    "Tobias",
    "Felix",
    "Nora",
    "Ines",
    "Joana",
    "Tiago",
    "Rui",
    "Mariana",
    "Oskar",
    "Emil",
    "Astrid",
    "Helga",
    "Dagny",
    "Kofi",
    "Ngozi",
    "Chidi",
    "Thabo",
    "Zanele",
    "Ayumi",
    "Daichi",
    "Haruto",
    "Soo-jin",
    "Min-ho",
    "Ji-woo",
    "Amit",
    "Kavya",
    "Rohan",
    "Ishaan",
    "Neha",
    "Pooja",
    "Siddharth",
]
SURNAMES = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Moore",
    "Martin",
    "Jackson",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Hill",
    "Green",
    "Adams",
    "Baker",
    "Nelson",
    "Carter",
    "Mitchell",
    "Roberts",
    "Turner",
    "Phillips",
    "Campbell",
    "Parker",
    "Evans",
    "Edwards",
    "Collins",
    "Stewart",
    "Morris",
    "Murphy",
    "Cook",
    "Rogers",
    "Morgan",
    "Cooper",
    "Peterson",
    "Reed",
    "Bailey",
    "Bell",
    "Kelly",
    "Howard",
    "Ward",
    "Cox",
    "Richardson",
    "Wood",
    "Watson",
    "Brooks",
    "Bennett",
    "Gray",
    "Hughes",
    "Price",
    "Sanders",
    "Myers",
    "Ross",
    "Foster",
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Becker",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Girard",
    "Bonnet",
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Colombo",
    "García",
    "Fernández",
    "González",
    "Rodríguez",
    "López",
    "Martínez",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Díaz",
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Costa",
    "Pereira",
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Wójcik",
    "Kowalczyk",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsen",
    "Patel",
    "Sharma",
    "Singh",
    "Kumar",
    "Gupta",
    "Reddy",
    "Iyer",
    "Nair",
    "Chen",
    "Wang",
    "Zhang",
    "Liu",
    "Yang",
    "Huang",
    "Zhao",
    "Kim",
    "Park",
    "Choi",
    "Jung",
    "Tanaka",
    "Suzuki",
    "Takahashi",
    "Watanabe",
    "Yamamoto",
    "Nakamura",
    "Kobayashi",
    "Tran",
    "Pham",
    "Hoang",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Owusu",
    "Haddad",
    "Khalil",
    "Hassan",
    "Mansour",
    "O'Brien",
    "O'Connor",
    "McDonald",
    "MacLeod",
    "Fitzgerald",
    "Gallagher",
    "Popescu",
    "Ionescu",
    "Novak",
    "Horvat",
    "Kovač",
    "Papadopoulos",
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Lindqvist",
    "Bergström",
    "Håkansson",
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Dvořák",
    "Svoboda",
    "Černý",
    "Procházka",
    "Horváth",
    "Szabó",
    "Tóth",
    "Nagy",
    "Kiss",
    "Varga",
]
PARTICLE_SURNAMES = ["van den Berg", "van Dijk", "de Vries", "de Jong", "van der Meer",
                     "de la Cruz", "von Braun", "da Silva", "dos Santos", "di Stefano"]  # fmt: skip
MIDDLES = ["Marie", "Ann", "Lee", "James", "Michael", "Louise", "Elizabeth", "Jean", "Paul"]
COMPANIES = [
    ("Microsoft Corporation", "microsoft.com"), ("Alphabet Inc.", "google.com"),
    ("Siemens AG", "siemens.com"), ("SAP SE", "sap.com"), ("Accenture plc", "accenture.com"),
    ("Nestlé S.A.", "nestle.com"), ("Deloitte", "deloitte.com"), ("Acme Corp", "acme.com"),
    ("Globex LLC", "globex.com"), ("Initech", "initech.com"), ("Umbrella Ltd", "umbrella.co.uk"),
    ("Stark Industries", "stark.com"), ("Wayne Enterprises", "wayne.com"),
    ("Tata Consultancy Services Limited", "tcs.com"), ("Hooli Inc", "hooli.com"),
    ("Pied Piper", "piedpiper.com"), ("Vandelay Industries", "vandelay.com"),
    ("Soylent GmbH", "soylent.de"), ("Cyberdyne Systems", "cyberdyne.com"),
    ("Massive Dynamic", "massivedynamic.com"), ("Oscorp", "oscorp.com"),
]  # fmt: skip
COMPANY_VARIANTS = {
    "Microsoft Corporation": "Microsoft",
    "Alphabet Inc.": "Alphabet",
    "Siemens AG": "Siemens",
    "Acme Corp": "ACME",
    "Hooli Inc": "Hooli, Inc.",
}
# (native, latin) name parts per script; combined at random.
SCRIPTS: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]], str]] = {
    "cyrillic": (
        [("Дмитрий", "Dmitry"), ("Александр", "Alexander"), ("Сергей", "Sergey"),
         ("Ольга", "Olga"), ("Наталья", "Natalya"), ("Екатерина", "Ekaterina"),
         ("Михаил", "Mikhail"), ("Андрей", "Andrey"), ("Юлия", "Yulia"), ("Иван", "Ivan")],
        [("Иванов", "Ivanov"), ("Смирнов", "Smirnov"), ("Кузнецов", "Kuznetsov"),
         ("Попов", "Popov"), ("Соколов", "Sokolov"), ("Лебедев", "Lebedev"),
         ("Козлова", "Kozlova"), ("Новикова", "Novikova"), ("Морозов", "Morozov"),
         ("Волков", "Volkov")], "given-first"),
    "greek": (
        [("Γιώργος", "Giorgos"), ("Δημήτρης", "Dimitris"), ("Νίκος", "Nikos"),
         ("Μαρία", "Maria"), ("Ελένη", "Eleni"), ("Κωνσταντίνος", "Konstantinos"),
         ("Αικατερίνη", "Aikaterini")],
        [("Παπαδόπουλος", "Papadopoulos"), ("Παπαδάκης", "Papadakis"), ("Γεωργίου", "Georgiou"),
         ("Οικονόμου", "Oikonomou"), ("Νικολάου", "Nikolaou"), ("Καραγιάννης", "Karagiannis"),
         ("Βασιλείου", "Vasileiou")], "given-first"),
    "arabic": (
        [("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("علي", "Ali"), ("فاطمة", "Fatima"),
         ("عمر", "Omar"), ("يوسف", "Youssef"), ("خالد", "Khaled"), ("حسن", "Hassan")],
        [("حداد", "Haddad"), ("خليل", "Khalil"), ("منصور", "Mansour"), ("سعيد", "Saeed"),
         ("عبدالله", "Abdullah"), ("ناصر", "Nasser")], "given-first"),
    "vietnamese": (
        [("Thị Mai", "Thi Mai"), ("Văn Hùng", "Van Hung"), ("Minh Tuấn", "Minh Tuan"),
         ("Thu Hà", "Thu Ha"), ("Quốc Bảo", "Quoc Bao"), ("Thanh Hương", "Thanh Huong")],
        [("Nguyễn", "Nguyen"), ("Trần", "Tran"), ("Lê", "Le"), ("Phạm", "Pham"),
         ("Hoàng", "Hoang"), ("Đặng", "Dang"), ("Vũ", "Vu")], "family-first"),
    "chinese": (
        [("小明", "Xiaoming"), ("伟", "Wei"), ("芳", "Fang"), ("秀英", "Xiuying"), ("敏", "Min"),
         ("静", "Jing"), ("强", "Qiang"), ("磊", "Lei")],
        [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
         ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao")], "cjk"),
}  # fmt: skip
DECORATIONS = [
    "{n}, MBA",
    "Dr. {n}",
    "{n} (she/her)",
    "{n} (he/him)",
    "☁️ {n}",
    "{n} 🚀",
    "{n}, PhD, PMP",
    "Prof. {n}",
    "{n} | Hiring",
    "{n} ✨ Open to work",
    "{n}, CPA",
    "Mr. {n}",
    "{n} (they/them)",
]
SUBSTRING_DECOYS = [("Ella", "Stella"), ("Anna", "Joanna"), ("Ria", "Maria"), ("Leo", "Leonora"),
                    ("Ian", "Brian"), ("Bella", "Isabella"), ("Dan", "Jordan")]  # fmt: skip
SURNAME_EXTENSIONS = {"Smith": "Smithson", "Clark": "Clarkson", "John": "Johnson",
                      "Peters": "Peterson", "Wood": "Woodward", "Ward": "Edwards",
                      "Nowak": "Nowakowski", "Klein": "Kleinert", "Park": "Parker",
                      "Cook": "Cooke-Smith", "Hill": "Hillman"}  # fmt: skip
GIVEN_NEAR = [
    ("John", "Jane"),
    ("Mark", "Mary"),
    ("Paul", "Paula"),
    ("Martin", "Marina"),
    ("Eva", "Evan"),
    ("Peter", "Petra"),
    ("Laura", "Lara"),
    ("Julia", "Julian"),
]
KEY_VARIANTS = ("profile_url", "email")
POSITIVE_VARIANTS = (
    "exact", "nickname", "accents", "script", "order", "initials", "decorated", "typo",
    "missing_part", "company_change", "math_bold",
)  # fmt: skip


@dataclass(slots=True)
class Labelled:
    """One labelled sender: who it truly is (contact id or None) and the variant that made it."""

    sender: Person
    true_id: str | None
    variant: str
    kind: str  # "key", "positive", "negative", "homonym", "married", "single_name"


@dataclass(slots=True)
class World:
    """Contacts of one owner plus labelled senders."""

    owner_id: str
    contacts: list[Contact]
    senders: list[Labelled]


def strip_accents(text: str) -> str:
    """Latin letters without diacritics (what people type on a US keyboard)."""
    out = synth.strip_accents(text)
    return out.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i")


def typo(rng: random.Random, word: str) -> str:
    """One realistic edit (substitute, drop, swap, double) after the first letter."""
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(("sub", "del", "swap", "dup"))
    if op == "sub":
        return word[:i] + rng.choice("aeioulnrst") + word[i + 1 :]
    if op == "del":
        return word[:i] + word[i + 1 :]
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i] + word[i:]


def slugify(text: str) -> str:
    """A LinkedIn-like vanity slug for a generated name."""
    base = strip_accents(text).lower()
    return "-".join("".join(c for c in w if c.isalnum()) for w in base.split())


def url_variant(rng: random.Random, slug: str) -> str:
    """The same profile written another way (host, scheme, query, case, encoding)."""
    forms = [
        f"http://linkedin.com/in/{slug}",
        f"https://de.linkedin.com/in/{slug}/",
        f"https://www.linkedin.com/in/{slug}?originalSubdomain=uk",
        f"https://www.linkedin.com/in/{slug.upper()}",
        f"www.linkedin.com/in/{slug}/en",
        f"https://www.linkedin.com/in/{slug}#about",
        f"https://m.linkedin.com/in/{slug}?utm_source=share",
    ]
    return rng.choice(forms)


def email_variant(rng: random.Random, email: str) -> str:
    """The same mailbox written another way (case, mailto:, gmail dots and +tags)."""
    local, domain = email.split("@")
    forms = [email.upper(), f"mailto:{email}", f"  {email} "]
    if domain == "gmail.com":
        forms += [f"{local[:2]}.{local[2:]}+linkedin@gmail.com", f"{local}@googlemail.com"]
    return rng.choice(forms)


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n = 0
        self.givens = list(NICKS) + GIVEN_OTHER

    def cid(self) -> str:
        self.n += 1
        return f"c{self.n:06d}"

    def company(self) -> tuple[str, str] | None:
        return self.rng.choice(COMPANIES) if self.rng.random() < 0.7 else None

    def latin_name(self) -> tuple[str, str, str]:
        r = self.rng
        given = r.choice(self.givens)
        surname = r.choice(PARTICLE_SURNAMES) if r.random() < 0.05 else r.choice(SURNAMES)
        middle = r.choice(MIDDLES) if r.random() < 0.12 else ""
        return given, middle, surname

    def contact(
        self, owner: str, given: str, middle: str, surname: str, display: str = ""
    ) -> Contact:
        r = self.rng
        name = display or " ".join(x for x in (given, middle, surname) if x)
        co = self.company()
        source = r.choice(("connection", "connection", "address_book", "correspondent", "invited"))
        cid = self.cid()
        url = None
        if source in ("connection", "invited", "correspondent") and r.random() < 0.9:
            url = f"https://www.linkedin.com/in/{slugify(given + ' ' + surname)}-{cid[-5:]}"
        emails: list[str] = []
        if source == "address_book" or r.random() < 0.2:
            local = slugify(given).replace("-", "") + "." + slugify(surname).replace("-", "")
            if co and r.random() < 0.6:
                emails.append(f"{local}@{co[1]}")
            else:
                emails.append(f"{local}{r.randrange(10, 99)}@gmail.com")
        return Contact(
            id=cid, owner_id=owner, source=source, name=name, first_name=given,
            last_name=surname, emails=emails, profile_url=url, company=co[0] if co else None,
        )  # fmt: skip


def _fold(word: str) -> str:
    """Spelling-level key: no accents, particles, doubled letters, w/v, vowels after the first."""
    w = strip_accents(word).lower().replace("-", " ").split()
    w = [x for x in w if x not in ("da", "de", "la", "van", "der", "den", "von", "di", "dos")] or w
    text = "".join(w).replace("w", "v").replace("ph", "f").replace("h", "").replace("y", "i")
    return "".join(c for i, c in enumerate(text) if i == 0 or c != text[i - 1])


def _family_keys(given: str, surname: str) -> set[tuple[str, str]]:
    """Keys shared by names within one surname edit (Anderson/Andersen, Huang/Hoang)."""
    g, sn = _family(given, surname)
    keys = {(g, sn)}
    if len(sn) >= 5:
        keys |= {(g, sn[:i] + "*" + sn[i + 1 :]) for i in range(len(sn))}
        keys |= {(g, sn[:i] + "*" + sn[i:]) for i in range(len(sn) + 1)}
    return keys


def _family(given: str, surname: str) -> tuple[str, str]:
    """Who counts as "the same name" when labelling: nickname families, spelling variants.

    Names one typo apart (Ana/Anna, Novak/Nowak, Horvat/Horváth) cannot be told apart from the
    typo variant, so the generator never uses them for two different people.
    """
    g = strip_accents(given).lower()
    for canon, nicks in NICKS.items():
        if g == canon.lower() or g in (n.lower() for n in nicks):
            g = canon.lower()
    return _fold(g), _fold(surname)


def build_world(
    seed: int, n_contacts: int, n_senders: int, owner: str = "me", unique: bool = True
) -> World:
    """A contact list and labelled senders: half known (varied), half unknown (with decoys).

    `unique` keeps one contact per (given-name family, surname) so labels stay unambiguous;
    the speed benchmark turns it off (30k contacts exceed the distinct combinations).
    """
    g = _Gen(seed)
    r = g.rng
    _POOLS.clear()
    contacts: list[Contact] = []
    parts: dict[str, tuple[str, str, str]] = {}
    families: set[tuple[str, str]] = set()
    initials: dict[tuple[str, str], int] = {}
    script_parts: dict[str, tuple[str, str, str, str, str]] = {}

    def register(c: Contact, given: str, middle: str, surname: str) -> None:
        contacts.append(c)
        parts[c.id] = (given, middle, surname)
        families.update(_family_keys(given, surname))
        key = (strip_accents(given)[0].lower(), strip_accents(surname).lower())
        initials[key] = initials.get(key, 0) + 1

    n_script = n_contacts // 12
    while len(contacts) < n_contacts - n_script - 20:
        given, middle, surname = g.latin_name()
        if unique and _family_keys(given, surname) & families:
            continue
        register(g.contact(owner, given, middle, surname), given, middle, surname)
    scripts = list(SCRIPTS)
    tries = 0
    while len(contacts) < n_contacts - 20 and tries < 10 * n_contacts:
        tries += 1
        script = r.choice(scripts)
        givens, surnames, order = SCRIPTS[script]
        (ng, lg), (ns, ls) = r.choice(givens), r.choice(surnames)
        if unique and _family_keys(lg, ls) & families:
            continue
        native = (
            (ns + ng)
            if order == "cjk"
            else (f"{ns} {ng}" if order == "family-first" else f"{ng} {ns}")
        )
        latin = f"{ls} {lg}" if order == "family-first" else f"{lg} {ls}"
        c = g.contact(owner, lg, "", ls, display=latin)
        register(c, lg, "", ls)
        script_parts[c.id] = (script, native, latin, lg, ls)
    # Homonym pairs: two different people with one name.
    homonym_names: list[str] = []
    while len(homonym_names) < 10:
        given, _, surname = g.latin_name()
        if unique and _family_keys(given, surname) & families:
            continue
        for _ in range(2):
            register(g.contact(owner, given, "", surname), given, "", surname)
        homonym_names.append(f"{given} {surname}")

    senders: list[Labelled] = []
    plain = [c for c in contacts if c.id not in script_parts and c.name not in homonym_names]
    n_pos = n_senders // 2
    kinds = list(POSITIVE_VARIANTS) + list(KEY_VARIANTS) + ["married", "single_name"]
    weights = [10, 10, 8, 8, 8, 6, 8, 10, 6, 6, 3, 8, 8, 3, 3]
    while len([s for s in senders if s.kind != "homonym"]) < n_pos:
        variant = r.choices(kinds, weights)[0]
        lab = _positive(g, variant, plain, contacts, script_parts, parts, initials)
        if lab is not None:
            senders.append(lab)
    for name in homonym_names:
        senders.append(Labelled(Person(name=name), None, "homonym", "homonym"))
    while len(senders) < n_senders:
        lab = _negative(g, contacts, families, parts, unique)
        if lab is not None:
            senders.append(lab)
    r.shuffle(senders)
    return World(owner, contacts, senders)


def _positive(
    g: _Gen,
    variant: str,
    plain: list[Contact],
    contacts: list[Contact],
    script_parts: dict[str, tuple[str, str, str, str, str]],
    parts: dict[str, tuple[str, str, str]],
    initials: dict[tuple[str, str], int],
) -> Labelled | None:
    r = g.rng
    if variant == "script":
        cid = r.choice(list(script_parts))
        script, native, _latin, _lg, _ls = script_parts[cid]
        c = next(x for x in contacts if x.id == cid)
        return Labelled(Person(name=native), c.id, f"script:{script}", "positive")
    c = r.choice(plain)
    given, middle, surname = parts[c.id]
    co = c.company
    sender_co = None
    if co and r.random() < 0.4:
        sender_co = COMPANY_VARIANTS.get(co, co)
    name = f"{given} {surname}"
    kind = "positive"
    if variant == "profile_url":
        if not c.profile_url:
            return None
        slug = c.profile_url.rstrip("/").rsplit("/", 1)[1]
        nm = r.choice([name, f"{given[0]}. {surname}", f"{surname.upper()}", "LinkedIn Member"])
        return Labelled(Person(name=nm, profile_url=url_variant(r, slug)), c.id, variant, "key")
    if variant == "email":
        if not c.emails:
            return None
        nm = r.choice([name, f"{given[0]}. {surname}", given])
        return Labelled(Person(name=nm, email=email_variant(r, c.emails[0])), c.id, variant, "key")
    if variant == "exact":
        pass
    elif variant == "nickname":
        if given in NICKS:
            name = f"{r.choice(NICKS[given])} {surname}"
        else:
            return None
    elif variant == "accents":
        plain_name = strip_accents(name)
        if plain_name == name:
            return None
        name = plain_name
    elif variant == "order":
        name = r.choice([f"{surname}, {given}", f"{surname.upper()} {given}", f"{surname} {given}"])
    elif variant == "initials":
        key = (strip_accents(given)[0].lower(), strip_accents(surname).lower())
        if initials.get(key, 0) != 1:
            return None  # another contact shares the initial: "J. Smith" is truly ambiguous
        name = r.choice([f"{given[0]}. {surname}", f"{given[0]} {surname}"])
    elif variant == "decorated":
        name = r.choice(DECORATIONS).format(n=name)
    elif variant == "math_bold":
        name = synth.math_bold(strip_accents(name))
    elif variant == "typo":
        if r.random() < 0.5 and len(surname) >= 5:
            name = f"{given} {typo(r, surname)}"
        elif len(given) >= 5:
            name = f"{typo(r, given)} {surname}"
        else:
            return None
    elif variant == "missing_part":
        # Contact has a middle name and the sender not, or the other way round.
        name = f"{given} {surname}" if middle else f"{given} {r.choice(MIDDLES)} {surname}"
    elif variant == "company_change":
        if not co:
            return None
        sender_co = r.choice([x[0] for x in COMPANIES if x[0] != co])
    elif variant == "married":
        other = r.choice([s for s in SURNAMES if s != surname])
        name = f"{given} {other}"
        kind = "married"
        sender_co = co if r.random() < 0.6 else None
    elif variant == "single_name":
        name = given
        kind = "single_name"
    return Labelled(Person(name=name, company=sender_co), c.id, variant, kind)


def _negative(
    g: _Gen,
    contacts: list[Contact],
    families: set[tuple[str, str]],
    parts: dict[str, tuple[str, str, str]],
    unique: bool = True,
) -> Labelled | None:
    r = g.rng
    variant = r.choices(
        ("fresh", "near_given", "surname_extension", "substring_given", "same_initial_surname"),
        (40, 15, 15, 15, 15),
    )[0]
    co = g.company()
    company = co[0] if co and r.random() < 0.4 else None
    if variant == "fresh":
        given, _, surname = g.latin_name()
    else:
        pool = _decoy_pool(variant, contacts, parts)
        if not pool:
            return None
        c = r.choice(pool)
        given, _, surname = parts[c.id]
        if variant == "near_given":
            a, b = next(p for p in GIVEN_NEAR if given in p)
            given = b if given == a else a
        elif variant == "surname_extension":
            surname = SURNAME_EXTENSIONS[surname]
        elif variant == "substring_given":
            a, b = next(p for p in SUBSTRING_DECOYS if given in p)
            given = b if given == a else a
        else:
            others = [x for x in SURNAMES if x[0] == surname[0] and x != surname]
            if not others:
                return None
            surname = r.choice(others)
    if unique and _family_keys(given, surname) & families:
        return None
    return Labelled(Person(name=f"{given} {surname}", company=company), None, variant, "negative")


_POOLS: dict[tuple[int, str], list[Contact]] = {}


def _decoy_pool(
    variant: str, contacts: list[Contact], parts: dict[str, tuple[str, str, str]]
) -> list[Contact]:
    """Contacts whose name admits the given decoy (cached per contact list)."""
    key = (id(contacts), variant)
    if key not in _POOLS:
        near = {n for p in GIVEN_NEAR for n in p}
        sub = {n for p in SUBSTRING_DECOYS for n in p}
        test = {
            "near_given": lambda gv, sn: gv in near,
            "surname_extension": lambda gv, sn: sn in SURNAME_EXTENSIONS,
            "substring_given": lambda gv, sn: gv in sub,
            "same_initial_surname": lambda gv, sn: sn in SURNAMES,
        }[variant]
        _POOLS[key] = [
            c for c in contacts if c.id in parts and test(parts[c.id][0], parts[c.id][2])
        ]
    return _POOLS[key]
