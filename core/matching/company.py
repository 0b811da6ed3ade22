"""Company keys and the soft company signal (agreement raises a match, disagreement barely lowers).

Keys: cleanco basename, anyascii, casefold, non-alphanumerics removed. Company e-mail domains
are compared with company names ("@microsoft.com" ~ "Microsoft Corporation").
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from cleanco import basename
from linkvet.core.emails import email_domain
from rapidfuzz import fuzz

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_HEADLINE_AT = re.compile(r"(?:\bat\b|@)\s+([^|•·,;/()]+)", re.IGNORECASE)
_STOP = frozenset({"the", "and", "of", "group", "company", "co", "gmbh", "inc", "ltd", "llc"})
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})


@lru_cache(maxsize=65536)
def company_key(name: str | None) -> str:
    """Normalised company name ("Microsoft Corporation" -> "microsoft"), or "" when empty."""
    if not name or not name.strip():
        return ""
    text = anyascii(name.strip())
    try:
        text = basename(text)
    except Exception:  # cleanco on odd input: keep the raw text
        pass
    words = _NON_ALNUM.sub(" ", text.casefold()).split()
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def company_from_headline(headline: str | None) -> str | None:
    """The employer in a headline like "Recruiter at Acme Corp | Hiring", or None."""
    if not headline:
        return None
    m = _HEADLINE_AT.search(headline)
    if not m:
        return None
    value = m.group(1).strip(" -–—")
    return value or None


def domain_label(domain: str) -> str:
    """The organisation label of a domain: "mail.bbc.co.uk" -> "bbc"."""
    parts = domain.casefold().split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


def _acronym(key: str) -> str:
    words = [w for w in key.split() if w not in _STOP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def names_agree(a: str, b: str) -> bool:
    """Two company keys name the same employer (equal, one extends the other, or close)."""
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


def domain_agrees(domain: str, key: str) -> bool:
    """A company e-mail domain matches a company key (label == name, first word or acronym)."""
    if not domain or not key:
        return False
    label = domain_label(domain)
    if len(label) < 2:
        return False
    compact = key.replace(" ", "")
    first = key.split()[0]
    return label in (compact, first, _acronym(key)) or (
        len(label) >= 4 and compact.startswith(label)
    )


def company_signals(
    company: str | None, headline: str | None, emails: list[str] | tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(company keys, company e-mail domains) of one side of a comparison."""
    keys: list[str] = []
    for value in (company, company_from_headline(headline) if not company else None):
        k = company_key(value)
        if k and k not in keys:
            keys.append(k)
    domains: list[str] = []
    for e in emails:
        d = email_domain(e)
        if d and d not in domains:
            domains.append(d)
    return tuple(keys), tuple(domains)


def company_relation(
    a: tuple[tuple[str, ...], tuple[str, ...]], b: tuple[tuple[str, ...], tuple[str, ...]]
) -> str | None:
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
