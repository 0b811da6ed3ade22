"""Text folding and keyword matching: the one comparable form of untrusted text.

Every rule that compares words (checks, roles, companies, note reading, template masking,
LinkedIn's stock text) folds both sides here, so "chargé de recrutement" matches "Charge de
Recrutement", mathematical-bold names read as letters and curly apostrophes as straight ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii

_SPACES = re.compile(r"\s+")
_COMBINING = re.compile(r"[\u0300-\u036f]+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str | None) -> str:
    """Comparable form: NFKD, accents dropped, transliterated, casefolded, single spaces."""
    if not text:
        return ""
    if not text.isascii():
        # fast path for accented Latin (most names and notes); anyascii for the rest
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
        if not text.isascii():
            text = anyascii(text)
    return " ".join(text.casefold().split())


def plain_words(text: str | None) -> str:
    """Folded words without punctuation ("I'd like" -> "id like"): for whole-text comparison."""
    return _NON_ALNUM.sub(" ", fold(text).replace("'", "")).strip()


def compact(text: str | None) -> str:
    """Folded letters and digits only ("Contoso-Group" -> "contosogroup")."""
    return _NON_ALNUM.sub("", fold(text))


def same_text(a: str | None, b: str | None) -> bool:
    """True when two texts are equal after whitespace and case normalisation."""
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


@lru_cache(maxsize=4096)
def _phrase_regex(folded_phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(folded_phrase) + r"(?!\w)")


def contains_phrase(folded_text: str, folded_phrase: str) -> bool:
    """True when a folded phrase occurs in folded text on word boundaries."""
    if not folded_phrase or not folded_text:
        return False
    return _phrase_regex(folded_phrase).search(folded_text) is not None
