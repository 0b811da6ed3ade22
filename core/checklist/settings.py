"""ChecklistSettings: the keyword lists and thresholds the seven checks use (config `[checklist]`).

Per-language lists (`recruiter_keywords.de`, ...) replace the default for that language; the
`extra_*` lists add words without repeating the defaults. Matchers compile once per instance
(`_matcher`: one per `{kind}_keywords` / `extra_{kind}_keywords` pair).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from linkvet.core.checklist import keywords as kw
from linkvet.core.checklist.text import KeywordMatcher

_DIGIT = re.compile(r"\d")


def _copy(table: dict[str, list[str]]) -> dict[str, list[str]]:
    return {lang: list(words) for lang, words in table.items()}


def _matcher(kind: str, doc: str) -> cached_property[KeywordMatcher]:
    """A cached matcher over `{kind}_keywords` (every language) plus `extra_{kind}_keywords`."""

    def build(self: ChecklistSettings) -> KeywordMatcher:
        base = getattr(self, f"{kind}_keywords")
        words = [w for ws in base.values() for w in ws] if isinstance(base, dict) else list(base)
        return KeywordMatcher(words + list(getattr(self, f"extra_{kind}_keywords")))

    build.__doc__ = doc
    return cached_property(build)


@dataclass(eq=True)
class ChecklistSettings:
    """Keyword lists per language (en, de, fr, es, nl, pt) plus extras and thresholds."""

    recruiter_keywords: dict[str, list[str]] = field(default_factory=lambda: _copy(kw.RECRUITER))
    seller_keywords: dict[str, list[str]] = field(default_factory=lambda: _copy(kw.SELLER))
    open_networker_keywords: dict[str, list[str]] = field(
        default_factory=lambda: _copy(kw.OPEN_NETWORKER)
    )
    personal_keywords: dict[str, list[str]] = field(default_factory=lambda: _copy(kw.PERSONAL))
    offer_keywords: dict[str, list[str]] = field(default_factory=lambda: _copy(kw.OFFER))
    industry_keywords: list[str] = field(default_factory=lambda: list(kw.INDUSTRY))
    """Field words compared between the sender's and your headline (two_way check)."""
    open_networker_case_sensitive: list[str] = field(
        default_factory=lambda: list(kw.OPEN_NETWORKER_CASE_SENSITIVE)
    )
    """Open-networker markers matched case-sensitively ("LION", not the surname "Lion")."""
    open_networker_patterns: list[str] = field(
        default_factory=lambda: list(kw.OPEN_NETWORKER_PATTERNS)
    )
    """Regexes for connection-count bragging ("30K+ connections"), case-insensitive."""
    extra_recruiter_keywords: list[str] = field(default_factory=list)
    extra_seller_keywords: list[str] = field(default_factory=list)
    extra_open_networker_keywords: list[str] = field(default_factory=list)
    extra_personal_keywords: list[str] = field(default_factory=list)
    extra_offer_keywords: list[str] = field(default_factory=list)
    extra_industry_keywords: list[str] = field(default_factory=list)
    question_min_length: int = 60
    """A note at least this long that asks a question counts as personal."""

    recruiter = _matcher("recruiter", "Matcher for recruiter / sourcer / staffing words.")
    seller = _matcher("seller", "Matcher for sales / agency / lead-generation words.")
    open_networker = _matcher(
        "open_networker", "Matcher for open-networker phrases (folded, case-insensitive)."
    )
    personal = _matcher(
        "personal", "Matcher for personal-reason words (event, school, post, shared work)."
    )
    offer = _matcher(
        "offer", 'Matcher for offers of value ("happy to share", referral, "hiring for").'
    )
    industry = _matcher("industry", "Matcher for field words compared between two headlines.")

    def validate(self) -> None:
        """Raise ValueError naming the first bad regex in open_networker_patterns."""
        for pattern in self.open_networker_patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"open_networker_patterns: bad regex {pattern!r}: {exc}") from None
        if self.question_min_length < 0:
            raise ValueError("question_min_length must be 0 or more")

    @cached_property
    def _exact_words(self) -> list[tuple[str, re.Pattern[str]]]:
        return [
            (w, re.compile(r"(?<![\w.])" + re.escape(w) + r"(?!\w)"))
            for w in self.open_networker_case_sensitive
            if w.strip()
        ]

    @cached_property
    def _count_patterns(self) -> re.Pattern[str] | None:
        parts = [f"(?:{p})" for p in self.open_networker_patterns if p.strip()]
        return re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def open_networker_exact(self, raw: str) -> str | None:
        """Case-sensitive markers ("LION") and count bragging ("30K+ connections") in raw text."""
        for word, regex in self._exact_words:
            if word in raw:
                hit = regex.search(raw)
                if hit:
                    return hit.group(0)
        counts = self._count_patterns
        if counts is not None and _DIGIT.search(raw):
            hit = counts.search(raw)
            if hit:
                return hit.group(0)
        return None
