"""Mask the recipient-specific parts of a note so mail-merged invitations compare equal.

Recipient first/last name, company and title become `{name}`, `{company}`, `{title}`; URLs,
e-mail addresses and numbers become `{url}`, `{email}`, `{number}`. The result is
accent-free, casefolded, with single spaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from linkvet.core.company import company_phrase
from linkvet.core.matching.normalize import normalize_name
from linkvet.core.models import Owner, Person
from linkvet.core.text import fold

NAME, COMPANY, TITLE, URL, EMAIL, NUMBER = (
    "{name}",
    "{company}",
    "{title}",
    "{url}",
    "{email}",
    "{number}",
)
PLACEHOLDERS: tuple[str, ...] = (NAME, COMPANY, TITLE, URL, EMAIL, NUMBER)

# Linear time on any text (a stranger's note can be one 10 MB word): a match may only start
# where a scan from an earlier position could not have covered it, so no run of letters is
# rescanned from each of its positions. An address starts where its run of address
# characters starts (the same matches as without the guard); a bare domain starts at the
# start of its chain of dot-separated labels (a chain after "..", or the whole "-x.com"
# where the unguarded pattern took "x.com").
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CHAIN_START = r"(?:(?<![\w.-])|(?<![\w-]\.)(?<=\.))"
_URL = re.compile(
    rf"(?:https?://|www\.)\S+|{_CHAIN_START}[\w-]+(?:\.[\w-]+)*\."
    r"(?:com|org|net|io|co|de|fr|uk|eu|ai|app)(?:/\S*)?",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:[.,:/\-]\d+)*")
_SPACES = re.compile(r"\s+")
_TITLE_SPLIT = re.compile(r"\s+(?:at|@|bei|chez|presso|bij)\s+|\s*[|•,]\s*", re.I)
_PLACEHOLDER_RE = re.compile(r"\{(?:name|company|title|url|email|number)\}")
_ALNUM = re.compile(r"[a-z0-9]")


def _name_terms(names: Iterable[str]) -> set[str]:
    """Full names and their parts (2+ letters) in folded form."""
    terms: set[str] = set()
    for name in names:
        if not name or not name.strip():
            continue
        folded = fold(name)
        if len(folded) >= 2:
            terms.add(folded)
        for word in folded.replace(",", " ").split():  # as written: "o'neil", "jean-luc"
            word = word.strip('.()"')
            if len(word) >= 2:
                terms.add(word)
        norm = normalize_name(name)
        for part in (norm.given, norm.surname, *norm.middle, *norm.tokens, norm.full):
            if len(part) >= 2:
                terms.add(part)
    return terms


def _company_terms(companies: Iterable[str]) -> set[str]:
    """Company names as written and in their word view (legal form and "the" dropped), folded."""
    terms: set[str] = set()
    for company in companies:
        if not company or not company.strip():
            continue
        terms.add(fold(company))
        phrase = company_phrase(company)
        if phrase:
            terms.add(phrase)
    return {t for t in terms if len(t) >= 2}


def _title_terms(titles: Iterable[str]) -> set[str]:
    """Headlines and their role part ("Senior Recruiter at X" -> "senior recruiter")."""
    terms: set[str] = set()
    for title in titles:
        if not title or not title.strip():
            continue
        folded = fold(title)
        terms.add(folded)
        parts = [p.strip() for p in _TITLE_SPLIT.split(folded) if p and p.strip()]
        if parts:
            terms.add(parts[0])
    return {t for t in terms if len(t) >= 3}


@lru_cache(maxsize=4096)
def _compiled(
    names: tuple[str, ...], companies: tuple[str, ...], titles: tuple[str, ...]
) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One longest-first alternation over every recipient term, and term -> placeholder."""
    lookup: dict[str, str] = {}
    # Later assignments win: a term that is both a name and a company is masked as company.
    for term in _name_terms(names):
        lookup[term] = NAME
    for term in _title_terms(titles):
        lookup[term] = TITLE
    for term in _company_terms(companies):
        lookup[term] = COMPANY
    for placeholder in PLACEHOLDERS:
        lookup.pop(placeholder.strip("{}"), None)  # never mask a placeholder's own word
    if not lookup:
        return None, lookup
    ordered = sorted(lookup, key=len, reverse=True)
    alternation = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)
    return re.compile(rf"(?<![a-z0-9{{])(?:{alternation})(?![a-z0-9}}])"), lookup


def mask_text(
    note: str,
    names: Iterable[str] = (),
    companies: Iterable[str] = (),
    titles: Iterable[str] = (),
) -> str:
    """Mask a note given the recipient's names, companies and titles (any may be empty)."""
    if not note:
        return ""
    text = unicodedata.normalize("NFKC", note)
    text = _EMAIL.sub(" " + EMAIL + " ", text)
    text = _URL.sub(" " + URL + " ", text)
    text = fold(text)
    regex, lookup = _compiled(
        tuple(sorted(set(names))), tuple(sorted(set(companies))), tuple(sorted(set(titles)))
    )
    if regex is not None:
        text = regex.sub(lambda m: lookup.get(_SPACES.sub(" ", m.group(0)), NAME), text)
    text = _NUMBER.sub(NUMBER, text)
    return _SPACES.sub(" ", text).strip()


def mask_note(note: str, recipient: Person | Owner | None = None) -> str:
    """Mask a note for comparison: recipient name/company/title, URLs, e-mails and numbers."""
    if recipient is None:
        return mask_text(note)
    return mask_text(
        note,
        names=[recipient.name or ""],
        companies=[recipient.company or ""],
        titles=[recipient.headline or ""],
    )


def content_chars(masked: str) -> int:
    """Letters and digits left in a masked note once placeholders are removed."""
    return len(_ALNUM.findall(_PLACEHOLDER_RE.sub(" ", masked)))
