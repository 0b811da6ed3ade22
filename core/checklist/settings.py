"""ChecklistSettings: the keyword lists and the roles the seven checks use (config `[checklist]`).

Per-language lists (`offer_keywords.de`, ...) replace the default for that language; the
`extra_*` lists add words without repeating the defaults. The recruiter, seller and
open-networker lexicons are the `[roles]` table (`core.roles`), attached by the config loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

from linkvet.core.checklist import keywords as kw
from linkvet.core.roles import RolesSettings
from linkvet.core.setting import Table, attached, setting
from linkvet.core.text import KeywordMatcher


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

    TABLE: ClassVar[Table] = Table(
        "checklist", "The seven checks: the two_way check's keyword lists per language."
    )

    offer_keywords: dict[str, list[str]] = setting(
        kw.OFFER,
        doc='A note that offers something back (two_way check): "happy to share", a referral, '
        '"hiring for"; per language.',
    )
    industry_keywords: list[str] = setting(
        kw.INDUSTRY,
        doc="Field words compared between the sender's and your headline (two_way check).",
    )
    extra_offer_keywords: list[str] = setting(
        [], doc="Offer words added to every language's list (a trailing * matches a word prefix)."
    )
    extra_industry_keywords: list[str] = setting([], doc="Field words added to the list above.")
    roles: RolesSettings = attached(RolesSettings)

    offer = _matcher(
        "offer", 'Matcher for offers of value ("happy to share", referral, "hiring for").'
    )
    industry = _matcher("industry", "Matcher for field words compared between two headlines.")
