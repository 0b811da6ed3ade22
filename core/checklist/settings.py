"""ChecklistSettings: the keyword lists and thresholds the seven checks use (config `[checklist]`).

Per-language lists (`recruiter_keywords.de`, ...) replace the default for that language; the
`extra_*` lists add words without repeating the defaults. Matchers compile once per instance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from core.checklist import keywords as kw
from core.checklist.text import KeywordMatcher

_DIGIT = re.compile(r"\d")


def _copy(table: dict[str, list[str]]) -> dict[str, list[str]]:
    return {lang: list(words) for lang, words in table.items()}


def _flatten(table: dict[str, list[str]], extra: list[str]) -> list[str]:
    return [w for words in table.values() for w in words] + list(extra)


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
    open_networker_case_sensitive: list[str] = field(
        default_factory=lambda: list(kw.OPEN_NETWORKER_CASE_SENSITIVE)
    )
    open_networker_patterns: list[str] = field(
        default_factory=lambda: list(kw.OPEN_NETWORKER_PATTERNS)
    )
    extra_recruiter_keywords: list[str] = field(default_factory=list)
    extra_seller_keywords: list[str] = field(default_factory=list)
    extra_open_networker_keywords: list[str] = field(default_factory=list)
    extra_personal_keywords: list[str] = field(default_factory=list)
    extra_offer_keywords: list[str] = field(default_factory=list)
    extra_industry_keywords: list[str] = field(default_factory=list)
    question_min_length: int = 60  # a note this long with a question counts as personal

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
    def recruiter(self) -> KeywordMatcher:
        """Matcher for recruiter / sourcer / staffing words."""
        return KeywordMatcher(_flatten(self.recruiter_keywords, self.extra_recruiter_keywords))

    @cached_property
    def seller(self) -> KeywordMatcher:
        """Matcher for sales / agency / lead-generation words."""
        return KeywordMatcher(_flatten(self.seller_keywords, self.extra_seller_keywords))

    @cached_property
    def open_networker(self) -> KeywordMatcher:
        """Matcher for open-networker phrases (folded, case-insensitive)."""
        return KeywordMatcher(
            _flatten(self.open_networker_keywords, self.extra_open_networker_keywords)
        )

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

    @cached_property
    def personal(self) -> KeywordMatcher:
        """Matcher for personal-reason words (event, school, post, shared work)."""
        return KeywordMatcher(_flatten(self.personal_keywords, self.extra_personal_keywords))

    @cached_property
    def offer(self) -> KeywordMatcher:
        """Matcher for offers of value ("happy to share", referral, "hiring for")."""
        return KeywordMatcher(_flatten(self.offer_keywords, self.extra_offer_keywords))

    @cached_property
    def industry(self) -> KeywordMatcher:
        """Matcher for field words compared between two headlines."""
        return KeywordMatcher(list(self.industry_keywords) + list(self.extra_industry_keywords))
