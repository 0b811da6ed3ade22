"""What a note names: a role, an organisation, an event, a person, a school.

These make a note checkable ("we met at the Seattle Talent Summit", "a Python Developer role
at MaMo TechnoLabs") and let the ask message acknowledge it. Organisations, events and people
are found on the note as written (capitals matter: "Contoso Cloud Summit" is a name, "a
summit" is not); roles on the folded text, so "Développeur Python" and "python developer"
are both roles.
"""

from __future__ import annotations

import re
import unicodedata

from linkvet.core.emails import email_domain
from linkvet.core.notes.cues import SELF_WORDS, TITLE_MODIFIERS, TITLE_NOUNS
from linkvet.core.text import fold

_TITLE = re.compile(rf"(?<![a-z0-9])(?:{TITLE_NOUNS})(?![a-z0-9])")
# A title counts as offered or sought when one of these words comes a few words before it...
_TRIGGERS = frozenset(
    [
        "posicion",
        "posicao",
        "search",
        "mission", "missao", "auftrag", "recrute", "recruter", "recrutement", "contratando",
        "contratamos", "contrata", "recruiting", "einstellen", "sucht", "recrutando", "reclutando",
        "reclutamos", "for", "as", "of", "hiring", "hire", "looking", "seeking", "searching",
        "need", "needs", "require", "requires", "required", "position", "role", "opening",
        "openings", "vacancy", "vacancies", "vacante", "vaga", "vacature", "requirement",
        "opportunity", "opportunities", "candidate", "post", "poste", "stelle", "als", "puesto",
        "para", "pour", "applied", "apply", "postule", "candidatei", "beworben", "interested",
        "interviewed", "interview", "recherche", "cherche", "busco", "buscamos", "buscando",
        "suche", "suchen", "procuro", "procuramos", "procurando", "recherchons", "cherchons",
        "recrutons", "oportunidad", "oportunidade", "opportunite", "have", "got", "opened",
        "ausbildungsstelle", "praktikumsstelle", "seleccionando", "selecionando",
        "functie", "mandate", "candidatando", "postulando", "gesolliciteerd",
    ]
)  # fmt: skip
_TRIGGER_WINDOW = 8
# "Ingeniero de Datos", "Chef de projet data": the Romance-language title's complement.
_JOINS = frozenset({"de", "di", "da", "do", "en", "of"})
# ...or one of these right after it ("Python Developer opportunities", "Odoo Developer role").
_ROLE_AFTER = re.compile(
    r"^[\s,/&()-]*(?:[\w-]+[\s,()]+){0,3}(?:positions?|roles?|openings?|opportunit\w+|vacanc\w+|"
    r"jobs?|profiles?|requirements?|posts?|gig|internships?|program|searche?s?|reqs?|beworben|chahi"
    r"ye|h/f|\(?[mfw]/[mfw]/d\)?|ke l"
    r"iye|ki (?:opening|requirement|vacancy)|hire (?:kar|kr))\b"
)
_SELF = re.compile(r"(?:" + "|".join(re.escape(w) for w in SELF_WORDS) + r")\s+(?:\S+\s+){0,3}$")
_NOT_SELF = re.compile(r"\b(?:looking|hiring|seeking|searching|recruiting|interested|offering|"
                       r"having|need|needing|in need|working on|partnering|helping)\b")  # fmt: skip
# Words that end the run of words belonging to a title ("for a | Senior Data Engineer").
_ROLE_STOP = frozenset(
    [
        "hoon", "hu", "hun", "aur", "main", "mein", "ka", "ko", "se", "hai", "hain", "bhi", "ek",
        "kuch", "a", "an", "the", "our", "your", "my", "their", "his", "her", "its", "this",
        "that", "these", "for", "of", "with", "in", "at", "to", "and", "or", "on", "by", "from",
        "is", "are", "was", "be", "as", "we", "i", "you", "they", "he", "she", "it", "un", "une",
        "le", "la", "les", "de", "des", "du", "pour", "avec", "en", "ein", "eine", "einen",
        "einem", "einer", "der", "die", "das", "den", "dem", "fur", "mit", "bei", "unser",
        "unsere", "un", "una", "el", "los", "las", "para", "con", "em", "um", "uma", "o", "os",
        "as", "com", "da", "do", "dos", "das", "am", "have", "has", "had", "looking", "hiring",
        "seeking", "need", "needs", "require", "requires", "opening", "position", "role",
        "vacancy", "requirement", "opportunity", "candidate", "post", "poste", "stelle", "puesto",
        "vaga", "vacante", "als", "applied", "apply", "interested", "ki", "ke", "zum", "zur", "auf",
    ]
)  # fmt: skip

# Organisation-name endings: legal forms and the words companies put in their names.
_ORG_END = (
    r"Inc|Ltd|LLC|LLP|Pvt|Private Limited|Limited|GmbH|AG|SA|SAS|SARL|BV|NV|Corp|Corporation|"
    r"Company|Solutions|Technologies|Technology|Tech|Technolabs|TechnoLabs|Infotech|Infosystems|"
    r"Systems|Software|Services|Consulting|Consultancy|Labs|Group|Global|Digital|Analytics|"
    r"Networks|Ventures|Capital|Studios?|Media|Health|Bank|Institute|Foundation|Partners"
)
# Capital, camelCase (sageIT), 3M. A word is read up to 60 characters on: unbounded, a note of
# one "1.1.1..." word would be rescanned from each of its dots (quadratic).
_CAP = r"(?:[A-Z][\w&.'-]{0,60}|[a-z]+[A-Z][\w&.'-]{0,60}|\d[\w&.'-]{0,60})"
_ORG_SUFFIXED = re.compile(rf"\b((?:{_CAP}\s+){{0,3}}(?:{_ORG_END})\b\.?)")
_ORG_AFTER_WORD = re.compile(
    r"\b(?:at|with|from|join|joining|@|chez|bei|en|em|na|no|da|do|avec|para|pour|fur|für)\s+"
    rf"(?:(?:the|a|la|le|el|o|die|der|das) )?((?:{_CAP})(?:[\s/]+{_CAP}){{0,3}})"
)
_SKILL_AFTER = re.compile(r"\s+(?:experience|skills?|knowledge|expertise|background|certifi)", re.I)
_ORG_DOING = re.compile(
    rf"\b((?:{_CAP})(?:\s(?:&|and|{_CAP})){{0,3}})(?:\s*\([^)]{{0,60}}\))? (?:is|are) "
    r"(?:hiring|looking for|seeking|building|growing|expanding|recruiting)"
)
# Hinglish "main Trishul Robotics se Priyanka hoon": I am <name> from <company>.
_ORG_SE = re.compile(rf"\b(?:main|mai|hum|ham) ((?:{_CAP})(?:\s{_CAP}){{0,3}}) se\b")
# "Swastik Fintech mein hum ... hire kar rahe hain": at <company> we are hiring.
_ORG_MEIN = re.compile(rf"\b((?:{_CAP})(?:\s{_CAP}){{0,3}}) (?:mein|me|main) (?:hum|ham)\b")
# "Infosys Pune me Java Developer ki requirement hai": at <company> there is an opening.
_ORG_MEIN_OPENING = re.compile(
    rf"\b((?:{_CAP})(?:\s{_CAP}){{0,3}}) (?:mein|me|main) (?:[\w-]+ ){{0,5}}(?:ki|ke liye) (?:req"
    r"uirement|opening|vacancy|hiring)"
)
# Both start only where a run (an address) or a chain of labels (a domain) starts, so a note
# of one 10 MB word is scanned once, not once from each position (see core.patterns.masking).
_DOMAIN = re.compile(r"\b(?<![a-z0-9-])(?<![a-z0-9-]\.)(?:https?://)?(?:www\.)?"
                     r"([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|in|io|co|"
                     r"ai|net|org|de|fr|es|uk|us|tech|dev|app))\b", re.I)  # fmt: skip
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
# Capitalised words that are not organisations: places, days, greetings, sites, pronouns.
_NOT_ORG = frozenset(
    [
        "series", "seed", "stealth", "seu", "sua", "tu", "su", "votre", "ton", "ihr", "dein",
        "nuestro", "nosso", "notre", "unser", "meu", "mi", "mon", "mein", "i", "hi", "hello",
        "hey", "dear", "thanks", "thank", "regards", "best", "warm", "kind", "greetings", "hope",
        "please", "sir", "madam", "mr", "mrs", "ms", "dr", "linkedin", "indeed", "twitter",
        "facebook", "instagram", "whatsapp", "telegram", "youtube", "google", "meet", "zoom",
        "teams", "naukri", "glassdoor", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "us", "usa", "uk", "canada",
        "australia", "europe", "india", "germany", "france", "spain", "portugal", "brazil",
        "mexico", "dubai", "uae", "singapore", "london", "paris", "berlin", "munich", "madrid",
        "lisbon", "bangalore", "bengaluru", "hyderabad", "pune", "mumbai", "delhi", "chennai",
        "noida", "gurgaon", "gurugram", "kolkata", "ahmedabad", "vadodara", "seattle", "redmond",
        "boston", "austin", "dallas", "texas", "california", "new", "york", "nyc", "bay", "area",
        "remote", "hybrid", "onsite", "the", "a", "an", "barcelona", "lyon", "hamburg", "bremen",
        "frankfurt", "cologne", "vienna", "zurich", "amsterdam", "rotterdam", "milan", "rome",
        "toronto", "vancouver", "chicago", "orlando", "manchester", "jakarta", "sao", "paulo",
        "rio", "curitiba", "bogota", "lima", "santiago", "buenos", "aires", "jaipur", "indore",
        "kochi", "trichy", "chandigarh", "coimbatore", "lucknow", "my", "our", "your", "this",
        "that", "it", "we", "you", "they", "he", "she", "fall", "spring", "summer", "winter", "ai",
        "ml", "it", "hr", "ms", "mba", "phd", "cv", "jd", "ctc", "wfo", "wfh", "java", "python",
        "sql", "aws", "azure", "gcp", "react", "angular", "node", "english", "power", "bi",
        "excel", "tableau", "spark", "hadoop", "kafka", "docker", "kubernetes", "terraform",
        "javascript", "typescript", "go", "rust", "php", "ruby", "django", "flask", "spring",
        "linux", "selenium", "flutter", "bogota", "sevilla", "munster",
    ]
)  # fmt: skip
_FREE_DOMAINS = frozenset({"linkedin.com", "lnkd.in", "bit.ly", "tinyurl.com", "linktr.ee",
                           "youtube.com", "youtu.be", "github.com", "medium.com", "gmail.com",
                           "calendly.com", "forms.gle", "wa.me", "t.me"})  # fmt: skip

_EVENT_NOUN = re.compile(
    r"\b(conference|summit|meet-?up|hackathon|career fair|job fair|fair|expo|webinar|workshop|"
    r"symposium|convention|forum|bootcamp|panel|keynote|salon|konferenz|messe|tagung|user group|"
    r"congreso|conferencia|congresso|evento|feira|feria|jornada|dinner|event|konferencj[aiey]|"
    r"festival|week|days|day|session|training|taller|charla|ponencia|palestra|vortrag|breakfast|"
    r"hackat[oó]n|lunch|offsite|retreat|arcade|challenge)s?\b",
    re.I,
)
# Nouns that are an event only with a name before them ("Dutch Data Science Week").
_NAMED_ONLY = frozenset(
    {
        "week",
        "weeks",
        "days",
        "day",
        "festival",
        "festivals",
        "session",
        "sessions",
        "training",
        "trainings",
        "lunch",
        "breakfast",
        "challenge",
    }
)
_FELLOW = re.compile(r"\b(?:fellow|another) ((?:\S+ ){0,2}\S+) attendee", re.I)
# Capitalised words before an event noun that do not name it ("Hi", "The", "Great").
_NOT_EVENT = frozenset(
    ["i", "the", "a", "an", "hi", "hello", "hey", "dear", "thanks", "thank", "great", "good",
     "nice", "my", "our", "your", "this", "that", "last", "next", "linkedin"]
)  # fmt: skip
_NAME = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:[ -][A-ZÀ-Þ][a-zß-ÿ]+)?"
_PERSON = (
    re.compile(rf"\b({_NAME})'s (?:\w+ )?(?:post|thread|tweet|talk|article|video|podcast|"
               r"newsletter|blog|comment|recommendation|class|course|team|session|webinar)"),
    re.compile(rf"\b({_NAME}) (?:suggested|recommended|referred|mentioned|told me|introduced|"
               r"asked me|said|thought|pointed me|me (?:recomend|recomendó|sugiri|indic)\w*|"
               r"m'a (?:recommand|conseill|parl)\w*|hat mich|hat mir|ne (?:bataya|suggest))"),
    re.compile(rf"(?:introduced|referred|recommended|pointed) (?:to you |me )?(?:by|through|via)"
               rf" ({_NAME})\b"),
    re.compile(rf"mutual (?:friend|connection|contact|colleague),? ({_NAME})\b"),
    re.compile(rf"(?:through|via) (?:our )?(?:mutual )?(?:friend |colleague )?({_NAME})\b"),
    re.compile(rf"\b({_NAME}) (?:\w+ ){{0,6}}(?:gave me your|told me to|suggested (?:i|that i)|sa"
               r"id you(?:'re| are))"),
    re.compile(rf"\bi (?:work|worked) with ({_NAME}) (?:at|in|on)\b"),
    re.compile(rf"(?:grâce à|grace à|thanks to|gracias a|graças a|dank|tramite) ({_NAME})\b"),
    re.compile(rf"\b({_NAME})\w* (?:\w+ )?(?:sizi|seni) (?:bana )?(?:tavsiye|öner)"),
)  # fmt: skip
_NOT_PERSON = frozenset({"I", "Hi", "Hello", "Hey", "Dear", "Thanks", "Thank", "Regards",
                         "Hope", "Best", "Please", "LinkedIn", "Linkedin", "Twitter", "Google",
                         "My", "Your", "Our", "The", "This", "He", "She", "They", "We",
                         "You"})  # fmt: skip
_SCHOOL = re.compile(
    r"\b(?:about|regarding|at|from|in|of|on|to|join|joining)\s+(?:the\s+)?([A-Z]{2,8}(?![\w-])|"
    r"(?:University|College|Institute|School) of [A-Z][\w ]{2,30}?|[A-Z][\w]+ (?:University|"
    r"College|Institute|School|Universit\w+))(?:'s)?\b"
)
_ACRONYM_STOP = frozenset({"I", "AI", "ML", "IT", "HR", "MS", "US", "UK", "CV", "QA", "MDM",
                           "AND", "OR", "THE", "LI", "OPT", "CPT", "USA", "SQL", "AWS", "PM",
                           "AM", "BI", "UX", "UI", "MBA", "PHD", "JD", "CTC", "WFO", "WFH",
                           "SAP", "ETL", "API", "CEO", "CTO", "VP", "OK"})  # fmt: skip


# Kinds of institute written as acronyms, and "X University" / "University of X" forms.
_INSTITUTE = re.compile(
    r"\b(?:IIT|IIIT|NIT|IIM|IISc|BITS|IIST)(?:[ -][A-Z][a-z]+)?\b|\b[A-Z][\w&.-]{1,60} "
    r"(?:University|Universit[äéà]t?|College|Institute of Technology)\b|\bUniversit(?:y|é|ät|"
    r"ad|à|ade) (?:of |de |do |da |di )?[A-Z][\w-]+(?: [A-Z][\w-]+)?"
)


def written(note: str) -> str:
    """The note as written, in NFKC (mathematical letters and odd spaces made plain)."""
    return " ".join(unicodedata.normalize("NFKC", note).split())


def find_role(folded: str) -> str | None:
    """The job title a note offers or seeks ("senior data engineer"), or None."""
    for m in _TITLE.finditer(folded):
        before = folded[: m.start()]
        self_words = _SELF.search(before)
        if self_words and not _NOT_SELF.search(self_words.group(0)):
            continue  # "I am a career advisor", "we are the hr consultants"
        words = [w.strip(",.:;()!?\"'") for w in before.split()]
        if words and words[-1] in ("to", "will", "can", "would"):
            continue  # a verb: "willing to associate with", "to lead the team"
        mods: list[str] = []
        while words and len(mods) < 3 and words[-1] and words[-1] not in _ROLE_STOP:
            mods.insert(0, words.pop())
        window = set(words[-_TRIGGER_WINDOW:])
        if not (window & _TRIGGERS or _ROLE_AFTER.search(folded[m.end() :])):
            continue
        title = " ".join([*mods, m.group(0), *_after_title(folded[m.end() :])])
        if title in ("leads", "heads", "lead", "head", "executives", "executive", "officer"):
            continue
        if m.group(0) in ("lead", "leads", "head", "heads") and not (
            (mods and mods[-1] in TITLE_MODIFIERS) or " of " in title
        ):
            continue  # "any leads you have", "heads up": not a title
        return title
    return None


def _after_title(rest: str) -> list[str]:
    """Words after a title that belong to it: "de datos", "of data engineering" (a complement)
    or modifiers after the noun, as Romance languages put them ("Développeur Java senior")."""
    words = [w.strip(",.:;()!?\"'") for w in rest.split()[:4]]
    out: list[str] = []
    if len(words) >= 2 and words[0] in _JOINS and words[1] not in _ROLE_STOP:
        out = words[:2]
        if len(words) >= 3 and words[2] and words[2] not in _ROLE_STOP:
            out.append(words[2])
        return out
    for word in words[:2]:
        if word not in TITLE_MODIFIERS:
            break
        out.append(word)
    return out


def find_company(note: str) -> str | None:
    """An organisation the note names: an e-mail or web domain, a name with a legal form or
    a company word, a capitalised name after "at", "with", "from", or one that "is hiring"."""
    text = written(note)
    for m in _EMAIL.finditer(text):
        domain = email_domain(m.group(0))
        if domain and domain not in _FREE_DOMAINS:
            return domain
    for m in _ORG_SUFFIXED.finditer(text):
        name = _trim_org(m.group(1).strip(" ."))
        words = fold(name).split()
        if len(words) > 1 and not all(w in TITLE_MODIFIERS or w in _NOT_ORG for w in words[:-1]):
            return name
    for regex in (_ORG_AFTER_WORD, _ORG_DOING, _ORG_SE, _ORG_MEIN, _ORG_MEIN_OPENING):
        for m in regex.finditer(text):
            name = _trim_org(m.group(1))
            if name and _org_like(name) and not _SKILL_AFTER.match(text[m.end() :]):
                return name
    for m in _DOMAIN.finditer(text):
        domain = m.group(1).casefold()
        if domain not in _FREE_DOMAINS and not domain.endswith(".linkedin.com"):
            return domain
    return None


_DESCRIBED = re.compile(r"-(?:backed|funded|based|owned|listed|led|focused|first|driven)$")
_ABBREVIATIONS = frozenset({"inc.", "ltd.", "co.", "corp.", "pvt.", "llc.", "s.a.", "b.v."})


def _trim_org(name: str) -> str:
    """Drop leading greeting / pronoun words a capitalised run picked up, and stop at the end
    of its sentence ("TechM/Microsoft. Are you..." -> "TechM/Microsoft")."""
    kept: list[str] = []
    for word in name.split():
        kept.append(word)
        if word[-1:] in ".,;:!?" and word.casefold() not in _ABBREVIATIONS:
            break
    while kept and fold(kept[0]).strip(".,") in _NOT_ORG - {"it", "ai"}:
        kept.pop(0)
    return " ".join(kept).strip(" .,;:!?")


def _org_like(name: str) -> bool:
    """A capitalised run that can be an organisation (not a place, day, greeting or title)."""
    words = [fold(w.strip(".,")) for w in name.replace("/", " ").split()]
    if len(words) == 1 and _DESCRIBED.search(words[0]):
        return False  # "PE-backed", "US-based": says what kind of employer, not which
    if not words or all(w in _NOT_ORG or len(w) < 2 for w in words) or _TITLE.match(words[0]):
        return False
    return not (len(words) == 1 and len(words[0]) < 2)


def find_event(note: str) -> str | None:
    """A named event ("the BuildWithAI hackathon", "Seattle Talent Summit"), or None."""
    text = written(note)
    fellow = _FELLOW.search(text)
    if fellow:
        return fellow.group(1)
    for m in _EVENT_NOUN.finditer(text):
        words = text[: m.start()].split()
        name: list[str] = []
        while words and len(name) < 5:
            word = words[-1].strip(",.:;()\"'")
            if word and (word[0].isupper() or word[0].isdigit()) and fold(word) not in _NOT_EVENT:
                name.insert(0, word)
                words.pop()
                continue
            if word in ("of", "&", "for", "de", "du") and name:
                name.insert(0, word)
                words.pop()
                continue
            break
        while name and name[0] in ("of", "&", "for", "de", "du"):
            name.pop(0)
        if name and not all(fold(w) in _NOT_EVENT for w in name):
            return " ".join([*name, m.group(0)])
        if m.group(0).casefold() in _NAMED_ONLY:
            continue  # "Data Science Week" is an event; "a week" is not
        after = text[m.end() :]
        following = re.match(
            r"\s+(?:on|about|in|at|de|of|du|der|do|da)?\s*((?:[A-Z][\w&.-]*\s?){1,4})", after
        )
        if following and fold(following.group(1)) not in _NOT_EVENT:
            return f"{m.group(0)} {following.group(1).strip()}"
    return None


_NAMED_RUN = re.compile(
    r"^[\s,:-]*(?:(?:at|in|on|of|from|to|the|this|our|last|da|do|de|del|la|le|el|no|na|em|en|au|"
    r"beim|bei|der|dem|auf|im|van|het|al|alla)\s+|\w+'s\s+){0,3}((?:[A-Z0-9][\w&.-]{0,60})(?:\s"
    r"[A-Z0-9][\w&.-]{0,60}){0,4})(?![\w&.'-])"
)


def find_event_near(note: str, met: str) -> str | None:
    """The capitalised name right after where the note says it met the recipient ("te vi no
    palco da TDC Floripa", "fellow participant in this season's Cloud Arcade"), or None."""
    text = written(note)
    at = text.casefold().find(met.casefold())
    if at < 0 or len(text) != len(text.casefold()):
        return None
    m = _NAMED_RUN.match(text[at + len(met) : at + len(met) + 120])
    if not m:
        return None
    words = m.group(1).split()
    if all(fold(w.strip(".,")) in _NOT_EVENT or fold(w.strip(".,")) in _NOT_ORG for w in words):
        return None
    return m.group(1).strip(" .,")


# Each of _PERSON needs one of these words; a note with none names no third person.
_PERSON_WORDS = re.compile(
    r"'s |suggest|recommend|referr|mention|told|introduc|asked|said|thought|pointed|recomend|"
    r"sugiri|indic|m'a |hat mi|bataya|gave me|mutual|through|via |grâce|grace à|thanks to|gracias "
    r"a|graças|dank |tramite|sizi|seni|work with|worked with",
    re.I,
)


def find_person(note: str) -> str | None:
    """A named third person the note refers to ("Mia's Twitter thread", "Sam suggested")."""
    if not _PERSON_WORDS.search(note):
        return None
    text = written(note)
    for regex in _PERSON:
        for m in regex.finditer(text):
            name = m.group(1)
            if name.split()[0] not in _NOT_PERSON and fold(name) not in _NOT_ORG:
                return name
    return None


def find_school(note: str) -> str | None:
    """A school the note asks about ("about RIT", "at Amc college of engineering"), or None."""
    text = written(note)
    for m in _SCHOOL.finditer(text):
        name = m.group(1)
        if name.isupper() and name in _ACRONYM_STOP:
            continue
        if fold(name) in _NOT_ORG or not (name.isupper() or " " in name):
            continue
        return name
    named = _INSTITUTE.search(text)
    if named:
        return named.group(0)
    lowered = re.search(r"\b(?:at|from|in)\s+((?:\w+\s){0,3}(?:college|university|institute)"
                        r"(?:\s+of\s+\w+)?)", text, re.I)  # fmt: skip
    return lowered.group(1) if lowered else None
