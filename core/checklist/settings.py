"""ChecklistSettings: the keyword lists and the roles the seven checks use (config `[checklist]`).

Per-language lists (`offer_keywords.de`, ...) replace the default for that language; the
`extra_*` lists add words without repeating the defaults. The recruiter, seller and
open-networker lexicons are the `[roles]` table (`core.roles`), attached by the config loader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from linkvet.core.checklist import keywords as kw
from linkvet.core.roles import ATTACHED, RolesSettings
from linkvet.core.text import KeywordMatcher


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
    """Keyword lists per language (en, de, fr, es, nl, pt) plus extras, and the roles."""

    offer_keywords: dict[str, list[str]] = field(default_factory=lambda: _copy(kw.OFFER))
    industry_keywords: list[str] = field(default_factory=lambda: list(kw.INDUSTRY))
    """Field words compared between the sender's and your headline (two_way check)."""
    extra_offer_keywords: list[str] = field(default_factory=list)
    extra_industry_keywords: list[str] = field(default_factory=list)
    roles: RolesSettings = field(default_factory=RolesSettings, metadata=ATTACHED)

    offer = _matcher(
        "offer", 'Matcher for offers of value ("happy to share", referral, "hiring for").'
    )
    industry = _matcher("industry", "Matcher for field words compared between two headlines.")
