"""Company keys and recruiter headlines: which invitations concern "the same company".

A company key is cleanco basename -> anyascii -> casefold -> letters and digits only, so
"Contoso Ltd", "CONTOSO LIMITED" and the e-mail domain `contoso.co.uk` all give `contoso`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii
from cleanco import basename as _cleanco_basename

try:  # cleanco's own helpers: skip its slow suffix scan when no legal-form word ends the name
    from cleanco.clean import normalized as _cc_norm
    from cleanco.clean import prepare_default_terms, strip_punct, strip_tail

    _LAST_PARTS: frozenset[str] | None = frozenset(tp[-1] for _, tp in prepare_default_terms())
except ImportError:  # pragma: no cover - other cleanco layouts: always use basename()
    _LAST_PARTS = None

from linkvet.core.emails import email_domain
from linkvet.core.models import Person

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "gob", "nic", "or", "ne"}
)
# "Sales Director at Contoso", "Engineer @ Contoso", "bei", "chez", "presso", "bij".
_AT = re.compile(r"(?:\s+(?:at|bei|chez|presso|bij)\s+|\s*@\s*)(?P<co>.+)$", re.I)
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
_TRAILING = re.compile(r"\s*(?:[,;(\[]|\s[-–—·•]\s).*$")


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
def _key(name: str) -> str:
    """Uncached-input-safe core of company_key (no ignore list)."""
    text = name.strip()
    if not text:
        return ""
    try:
        text = basename(text) or text
    except Exception:  # cleanco on odd input: fall back to the raw text
        pass
    text = anyascii(text).casefold().strip()
    if text.startswith("the "):
        text = text[4:]
    return _NON_ALNUM.sub("", text)


@lru_cache(maxsize=64)
def _ignored(values: tuple[str, ...]) -> frozenset[str]:
    """Keys of company values that name no employer (self-employed, confidential...)."""
    return frozenset(_NON_ALNUM.sub("", anyascii(v).casefold()) for v in values)


def company_key(name: str | None, ignored: Iterable[str] = ()) -> str | None:
    """Normalised company identity, or None for empty or non-employer values."""
    if not name:
        return None
    key = _key(name)
    if not key or key in _ignored(tuple(ignored)):
        return None
    return key


def domain_key(domain: str) -> str | None:
    """The registrable label of a domain: `mail.contoso.co.uk` -> `contoso`."""
    labels = [p for p in domain.casefold().strip(".").split(".") if p]
    if len(labels) < 2:
        return None
    labels = labels[:-1]  # top-level domain
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    key = _NON_ALNUM.sub("", labels[-1])
    return key or None


def headline_company(headline: str | None) -> str | None:
    """Company named in a headline: "... at X", "... @ X", or "X | ..." (first segment)."""
    if not headline:
        return None
    segments = [s.strip() for s in re.split(r"\s*[|•]\s*", headline) if s.strip()]
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
    """(key, display name, source) of a sender's employer: company field, headline, e-mail."""
    ignored = tuple(ignored)
    key = company_key(person.company, ignored)
    if key and person.company:
        return key, person.company.strip(), "company"
    from_headline = headline_company(person.headline)
    key = company_key(from_headline, ignored)
    if key and from_headline:
        return key, from_headline, "headline"
    domain = email_domain(person.email)
    if domain:
        key = domain_key(domain)
        if key and key not in _ignored(ignored):
            return key, domain, "email domain"
    return None


@lru_cache(maxsize=64)
def _recruiter_regex(keywords: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of whole-word keywords (accent-free, casefolded)."""
    words = sorted({anyascii(k).casefold().strip() for k in keywords if k.strip()}, key=len)
    if not words:
        return None
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in reversed(words))
    return re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])")


@lru_cache(maxsize=65536)
def _is_recruiter(headline: str, keywords: tuple[str, ...]) -> bool:
    """Cached core of is_recruiter."""
    regex = _recruiter_regex(keywords)
    return bool(regex and regex.search(anyascii(headline).casefold()))


def is_recruiter(headline: str | None, keywords: Iterable[str]) -> bool:
    """True when a headline names a recruiting / hiring / HR role (any listed language)."""
    if not headline:
        return False
    return _is_recruiter(headline, tuple(keywords))
