"""Text helpers for the checklist: folding, keyword matching, first names, company keys.

Keywords and texts are folded the same way (NFKC, anyascii, casefold) so "chargé de
recrutement" matches "Charge de Recrutement" and mathematical-bold names read as letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii

_SPACES = re.compile(r"\s+")
_COMBINING = re.compile(r"[\u0300-\u036f]+")


def fold(text: str | None) -> str:
    """Comparable form of untrusted text: NFKD, accents dropped, transliterated, casefolded."""
    if not text:
        return ""
    if not text.isascii():
        # fast path for accented Latin (most names and headlines); anyascii for the rest
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
        if not text.isascii():
            text = anyascii(text)
    return " ".join(text.casefold().split())


def same_text(a: str | None, b: str | None) -> bool:
    """True when two notes are equal after whitespace and case normalisation."""
    return (
        _SPACES.sub(" ", (a or "").strip()).casefold()
        == _SPACES.sub(" ", (b or "").strip()).casefold()
    )


def _trie_regex(words: Iterable[str]) -> str:
    """A regex alternation built as a prefix trie: fast on many literal keywords."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


class KeywordMatcher:
    """Finds keywords in folded text. A keyword ending in `*` matches as a word prefix.

    Whole keywords must start and end on a word boundary; multi-word keywords match across
    single spaces. `find` returns the first matched text so evidence can quote it.
    """

    __slots__ = ("_regex",)

    def __init__(self, keywords: Iterable[str]) -> None:
        whole: set[str] = set()
        prefix: set[str] = set()
        for raw in keywords:
            word = raw.strip()
            if not word:
                continue
            if word.endswith("*"):
                body = fold(word[:-1])
                if body:
                    prefix.add(body)
            else:
                body = fold(word)
                if body:
                    whole.add(body)
        parts: list[str] = []
        if whole:
            parts.append(r"(?<!\w)" + _trie_regex(whole) + r"(?!\w)")
        if prefix:
            parts.append(r"(?<!\w)" + _trie_regex(prefix) + r"\w*")
        self._regex = re.compile("|".join(parts)) if parts else None

    def find(self, folded: str) -> str | None:
        """The first keyword occurrence in already-folded text, or None."""
        if self._regex is None or not folded:
            return None
        found = self._regex.search(folded)
        return found.group(0) if found else None

    def find_all(self, folded: str) -> set[str]:
        """Every distinct keyword occurrence in already-folded text."""
        if self._regex is None or not folded:
            return set()
        return {m.group(0) for m in self._regex.finditer(folded)}


@lru_cache(maxsize=8192)
def first_name(name: str | None) -> str:
    """The given name of a display name ("Dr. Jane Doe, MBA" -> "Jane"); "" when none."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).strip()
    if not text:
        return ""
    from nameparser import HumanName

    parsed = HumanName(text)
    first = str(parsed.first).strip()
    if not first:
        first = text.split()[0]
    return first.strip(",.;:()\"'")


@lru_cache(maxsize=8192)
def company_key(company: str | None) -> str:
    """Comparable company name: legal suffixes removed (cleanco), folded; "" when none."""
    if not company:
        return ""
    from cleanco import basename

    text = company.strip()
    if not text:
        return ""
    try:
        base = basename(text) or text
    except Exception:  # cleanco chokes on some odd input; fall back to the raw name
        base = text
    return fold(base).strip(" .,-")


def contains_phrase(folded_text: str, folded_phrase: str) -> bool:
    """True when a folded phrase occurs in folded text on word boundaries."""
    if not folded_phrase or not folded_text:
        return False
    return re.search(r"(?<!\w)" + re.escape(folded_phrase) + r"(?!\w)", folded_text) is not None


@lru_cache(maxsize=256)
def owner_keys(name: str | None, company: str | None, headline: str | None) -> tuple[str, str, str]:
    """Folded first name, company key and folded headline of an owner (few owners: cached)."""
    return fold(first_name(name)), company_key(company), fold(headline)
