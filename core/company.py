"""Company names: one normalisation with its views, the domain label, the company in a headline.

A company's words are cleanco's basename (legal form removed), folded, split on anything that
is not a letter or digit, a leading "the" dropped: "The Contoso Group Ltd" -> ("contoso",
"group"). Its views: `key` "contosogroup" (patterns group on it, an e-mail domain label
compares to it), `phrase` "contoso group" (searched for in notes and headlines, compared
word by word by matching), `acronym` "cg". Every module that compares companies uses these;
the matcher compares two people's employers with `company_signals` and `company_relation`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from cleanco import basename as _cleanco_basename
from linkvet.core.emails import email_domain
from linkvet.core.models import Person
from linkvet.core.text import compact, fold
from rapidfuzz import fuzz

try:  # cleanco's own helpers: skip its slow suffix scan when no legal-form word ends the name
    from cleanco.clean import normalized as _cc_norm
    from cleanco.clean import prepare_default_terms, strip_punct, strip_tail

    _LAST_PARTS: frozenset[str] | None = frozenset(tp[-1] for _, tp in prepare_default_terms())
except ImportError:  # pragma: no cover - other cleanco layouts: always use basename()
    _LAST_PARTS = None

_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Company values that name no employer.
IGNORED_COMPANIES: tuple[str, ...] = (
    "self-employed", "self employed", "freelance", "freelancer", "independent",
    "independent consultant", "confidential", "stealth", "stealth startup", "stealth mode",
    "none", "n/a", "na", "various", "retired", "student", "unemployed", "open to work",
    "looking for new opportunities", "selbststandig", "selbstständig", "freiberuflich",
    "freiberufler", "independant", "autonome", "autonomo", "autónomo", "independiente",
    "autonoma", "libero professionista", "zzp", "zelfstandige",
)  # fmt: skip

# Labels under a country code that are not the organisation: contoso.co.uk, gov.in, or.jp.
_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "gob", "nic", "or", "ne"}
)
# Words an acronym skips: "Bank of North America" -> "bna".
_ACRONYM_SKIP = frozenset(
    {"the", "and", "of", "group", "company", "co", "gmbh", "inc", "ltd", "llc"}
)

# "Sales Director at Contoso", "Engineer @ Contoso", "bei", "chez", "presso", "bij".
# A run of spaces is only entered at its start ((?<!\s)): the same matches as `\s+`/`\s*`
# there, without rescanning a headline of 10,000 spaces from each of them (quadratic).
_AT = re.compile(
    r"(?:(?<!\s)\s+(?:at|bei|chez|presso|bij)\s+|(?:(?<!\s)\s+)?@\s*)(?P<co>.+)$", re.I
)
# A first "X | ..." segment with one of these words is a job title, not a company.
_TITLE_WORDS = re.compile(
    r"\b(?:engineer|developer|manager|director|consultant|founder|co-founder|ceo|cto|cfo|coo"
    r"|student|analyst|specialist|designer|lead|head|senior|junior|vp|president|officer"
    r"|architect|scientist|executive|partner|owner|recruiter|advisor|adviser|coach|expert"
    r"|intern|professor|researcher|associate|assistant|administrator|accountant|writer"
    r"|marketer|entrepreneur|freelancer|sales|marketing|hr|talent|it|rep|representative"
    r"|development|bdr|sdr|product|account|customer|success|support|operations|ops"
    r"|principal|staff|chief|member|mentor|trainer|teacher|lecturer|agent|broker|investor"
    r"|speaker|author|creator|strategist|evangelist|technician|programmer|devops|data"
    r"|software|leader|graduate|candidate|seeking|looking)\b",
    re.I,
)
_TRAILING = re.compile(r"(?:(?<!\s)\s+)?(?:[,;(\[]|\s[-–—·•]\s).*$")
_SEGMENTS = re.compile(r"(?:(?<!\s)\s+)?[|•]\s*")


@lru_cache(maxsize=65536)
def basename(name: str) -> str:
    """cleanco basename (legal form removed), with a fast path for names without one."""
    if _LAST_PARTS is not None:
        parts = strip_tail(name).split()
        if not parts:
            return ""
        if strip_punct(_cc_norm(parts[-1])) not in _LAST_PARTS:
            return strip_tail(" ".join(parts))
    return _cleanco_basename(name)


@lru_cache(maxsize=65536)
def company_words(name: str | None) -> tuple[str, ...]:
    """The normalised words of a company name; () when there are none."""
    if not name:
        return ()
    text = unicodedata.normalize("NFKC", name).strip()
    if not text:
        return ()
    try:
        text = basename(text) or text
    except Exception:  # cleanco on odd input: keep the raw text
        pass
    words = _NON_ALNUM.sub(" ", fold(text).replace("'", "")).split()
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    return tuple(words)


@dataclass(frozen=True, slots=True)
class CompanyName:
    """A company as written plus its normalised words and their views."""

    display: str
    words: tuple[str, ...]

    @property
    def key(self) -> str:
        """Letters and digits only: "contosogroup" (grouping, e-mail domain labels)."""
        return "".join(self.words)

    @property
    def phrase(self) -> str:
        """Words with single spaces: "contoso group" (text search, word-wise comparison)."""
        return " ".join(self.words)

    @property
    def acronym(self) -> str:
        """First letters of the significant words ("" for fewer than two)."""
        return acronym(self.phrase)


@lru_cache(maxsize=64)
def _ignored_keys(values: tuple[str, ...]) -> frozenset[str]:
    """Keys of company values that name no employer (self-employed, confidential...)."""
    return frozenset(compact(v) for v in values)


def company_name(name: str | None, ignored: Iterable[str] = ()) -> CompanyName | None:
    """The company with its views, or None for empty or non-employer values."""
    words = company_words(name)
    if not words or not name:
        return None
    if "".join(words) in _ignored_keys(tuple(ignored)):
        return None
    return CompanyName(name.strip(), words)


def company_key(name: str | None, ignored: Iterable[str] = ()) -> str | None:
    """The grouping key ("The Contoso Group Ltd" -> "contosogroup"), or None."""
    found = company_name(name, ignored)
    return found.key if found else None


def company_phrase(name: str | None) -> str:
    """The word view ("The Contoso Group Ltd" -> "contoso group"); "" when empty."""
    return " ".join(company_words(name))


def acronym(phrase: str) -> str:
    """Initials of a company phrase's significant words, when it has two or more."""
    words = [w for w in phrase.split() if w not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def domain_label(domain: str | None) -> str | None:
    """The organisation label of a domain: `mail.contoso.co.uk` -> `contoso`."""
    if not domain:
        return None
    labels = [p for p in domain.casefold().strip(".").split(".") if p]
    if len(labels) < 2:
        return None
    labels = labels[:-1]  # top-level domain
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    key = _NON_ALNUM.sub("", labels[-1])
    return key or None


def headline_company(headline: str | None) -> str | None:
    """Company named in a headline: "... at X", "... @ X", "bei/chez X", or "X | ..."."""
    if not headline:
        return None
    segments = [s.strip() for s in _SEGMENTS.split(headline) if s.strip()]
    for seg in segments:
        m = _AT.search(seg)
        if m:
            company = _TRAILING.sub("", m.group("co")).strip()
            if company:
                return company
    if len(segments) >= 2:
        first = _TRAILING.sub("", segments[0]).strip()
        if first and (_has_legal_form(first) or not _TITLE_WORDS.search(first)):
            return first
    return None


def _has_legal_form(name: str) -> bool:
    """True when cleanco finds a legal form (Ltd, GmbH, Inc.) in the name."""
    try:
        return basename(name).strip().casefold() != name.strip().casefold()
    except Exception:
        return False


def sender_company(person: Person, ignored: Iterable[str] = ()) -> tuple[str, str, str] | None:
    """(key, display name, source) of a person's employer: company field, headline, e-mail."""
    ignored = tuple(ignored)
    found = company_name(person.company, ignored)
    if found:
        return found.key, found.display, "company"
    found = company_name(headline_company(person.headline), ignored)
    if found:
        return found.key, found.display, "headline"
    domain = email_domain(person.email)
    label = domain_label(domain)
    if domain and label and label not in _ignored_keys(ignored):
        return label, domain, "email domain"
    return None


def names_agree(a: str, b: str) -> bool:
    """Two company phrases name the same employer (equal, same first word, or close)."""
    if not a or not b:
        return False
    if a == b:
        return True
    ca, cb = a.replace(" ", ""), b.replace(" ", "")
    if ca == cb:
        return True
    wa, wb = a.split(), b.split()
    if wa[0] == wb[0] and len(wa[0]) >= 3:
        return True
    return fuzz.ratio(ca, cb) >= 90


def domain_agrees(domain: str, phrase: str) -> bool:
    """A company e-mail domain names a company phrase (label == name, first word or acronym)."""
    label = domain_label(domain)
    if not label or len(label) < 2 or not phrase:
        return False
    whole = phrase.replace(" ", "")
    first = phrase.split()[0]
    return label in (whole, first, acronym(phrase)) or (len(label) >= 4 and whole.startswith(label))


# A person's company signal for matching: (company phrases, company e-mail domains).
CompanySignals = tuple[tuple[str, ...], tuple[str, ...]]


def company_signals(
    company: str | None, headline: str | None, emails: list[str] | tuple[str, ...]
) -> CompanySignals:
    """(company phrases, e-mail domains) of one side of a comparison: the company field, else
    the company its headline names; every distinct e-mail domain."""
    keys: list[str] = []
    for value in (company, headline_company(headline) if not company else None):
        phrase = company_phrase(value)
        if phrase and phrase not in keys:
            keys.append(phrase)
    domains: list[str] = []
    for e in emails:
        d = email_domain(e)
        if d and d not in domains:
            domains.append(d)
    return tuple(keys), tuple(domains)


def company_relation(a: CompanySignals, b: CompanySignals) -> str | None:
    """ "agrees", "differs", or None when one side has no company signal at all."""
    keys_a, doms_a = a
    keys_b, doms_b = b
    if not (keys_a or doms_a) or not (keys_b or doms_b):
        return None
    if set(doms_a) & set(doms_b):
        return "agrees"
    for ka in keys_a:
        for kb in keys_b:
            if names_agree(ka, kb):
                return "agrees"
        for d in doms_b:
            if domain_agrees(d, ka):
                return "agrees"
    for kb in keys_b:
        for d in doms_a:
            if domain_agrees(d, kb):
                return "agrees"
    return "differs"
