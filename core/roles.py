"""Roles: recruiter, seller, open networker. One lexicon each, config `[roles]`.

A role is read from what a person says they are: headline, company, display name (and, for
the open networker, the note: "I accept all invites"). The note reader (`core.notes`) asks
the same lexicon when a note describes its writer ("I'm a technical recruiter at ...").
Matching is on folded text (`core.text`); a trailing `*` matches any word that starts with
it. A language given in the config replaces that language's defaults; `extra_*` add words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

from linkvet.core.setting import Table, setting
from linkvet.core.text import KeywordMatcher, fold

RECRUITER: dict[str, list[str]] = {
    "en": [
        "recruit*", "sourcer", "sourcers", "sourcing", "talent", "talent acquisition",
        "talent partner", "talent scout", "talent advisor", "headhunt*", "staffing",
        "executive search", "search consultant", "search partner", "hiring manager",
        "placement consultant", "resourcer", "rpo", "people partner", "people operations",
        "head of people", "hr", "human resources", "hrbp", "chro", "hr consultant",
        "employment agency", "job agency",
    ],
    "de": [
        "personalberat*", "personalvermittl*", "personaldienstleist*", "personalbeschaff*",
        "personalgewinnung", "personalagentur", "personalreferent*", "personalleiter*",
        "personalwesen", "personalabteilung", "zeitarbeit*", "arbeitnehmeruberlassung",
        "talentakquise", "talent akquise", "kopfjager*", "headhunterin",
    ],
    "fr": [
        "recruteur", "recruteuse", "recrutement", "charge de recrutement",
        "chargee de recrutement", "chasseur de tetes", "chasseuse de tetes",
        "cabinet de recrutement", "acquisition de talents", "agence d'interim",
        "societe d'interim", "rh", "ressources humaines",
    ],
    "es": [
        "reclutador", "reclutadora", "reclutamiento", "seleccion de personal", "cazatalentos",
        "captacion de talento", "adquisicion de talento", "headhunter",
        "consultora de seleccion", "consultor de seleccion", "empresa de trabajo temporal",
        "rrhh", "recursos humanos",
    ],
    "it": [
        "selezionatore", "selezionatrice", "risorse umane", "selezione del personale",
        "ricerca e selezione",
    ],
    "nl": [
        "werving*", "wervingsbureau", "wervingsspecialist", "uitzendbureau", "detachering",
        "detacheerder", "intercedent", "talentwerver", "recruitmentbureau", "personeelszaken",
        "personeelsadviseur",
    ],
    "pt": [
        "recrutador", "recrutadora", "recrutamento", "recrutamento e selecao",
        "caca-talentos", "caca talentos", "aquisicao de talentos", "consultora de rh",
        "consultor de rh",
    ],
}  # fmt: skip

# What a seller calls themselves in a headline or company name.
SELLER: dict[str, list[str]] = {
    "en": [
        "sales", "account executive", "account manager", "business development", "bdr", "sdr",
        "lead generation", "lead gen", "growth hacker", "growth hacking", "appointment setting",
        "appointment setter", "outsourcing", "offshore development", "digital agency",
        "marketing agency", "reseller", "partnerships manager",
    ],
    "de": [
        "vertrieb*", "verkauf*", "kundenberater*", "neukundengewinnung", "kundenakquise",
        "geschaftsentwicklung",
    ],
    "fr": [
        "commercial", "commerciale", "developpement commercial", "business developer",
        "ingenieur d'affaires", "prospection",
    ],
    "es": [
        "ventas", "comercial", "desarrollo de negocio", "desarrollo de negocios",
        "generacion de leads",
    ],
    "nl": ["verkoop*", "accountmanager", "salesmanager", "business developer", "leadgeneratie"],
    "pt": [
        "vendas", "comercial", "desenvolvimento de negocios", "executivo de contas",
        "geracao de leads",
    ],
}  # fmt: skip

OPEN_NETWORKER: dict[str, list[str]] = {
    "en": [
        "open networker",
        "i accept all invitations",
        "i accept all invites",
        "accept all invitations",
        "accept all invites",
        "accepts all invitations",
        "never ignore an invite",
        "never ignore invites",
        "i never decline",
        "toplinked",
        "top linked",
        "follow me for",
        "follow for more",
        "let's grow our networks",
        "grow our network together",
        "connect with everyone",
    ],
    "de": [
        "offener netzwerker",
        "offene netzwerkerin",
        "nehme alle einladungen an",
        "ich akzeptiere alle einladungen",
        "folge mir fur",
    ],
    "fr": [
        "reseauteur ouvert",
        "reseauteuse ouverte",
        "j'accepte toutes les invitations",
        "j'accepte toutes les demandes",
        "suivez-moi pour",
    ],
    "es": [
        "networker abierto",
        "red abierta",
        "acepto todas las invitaciones",
        "acepto todas las solicitudes",
        "sigueme para",
    ],
    "nl": [
        "open netwerker",
        "ik accepteer alle uitnodigingen",
        "accepteer alle uitnodigingen",
        "volg mij voor",
    ],
    "pt": [
        "networker aberto",
        "rede aberta",
        "aceito todos os convites",
        "aceito todas as solicitacoes",
        "siga-me para",
    ],
}

# Matched on the raw text, case-sensitive: "LION" the open networker, not "Lion" the surname.
OPEN_NETWORKER_CASE_SENSITIVE: list[str] = ["LION", "L.I.O.N", "L.I.O.N.", "TOP LINKED"]

# Connection-count bragging: "30K+ connections", "500+ connections", "12,000 followers".
OPEN_NETWORKER_PATTERNS: list[str] = [
    r"\b\d+(?:[.,]\d+)?\s?k\+?\s*(?:connections|followers|contacts|kontakte|contactos"
    r"|connexions|abonnes|seguidores|conexiones|conexoes|connecties|volgers)\b",
    r"\b\d{3,}(?:[.,]\d{3})*\s?\+\s*(?:connections|followers|contacts|kontakte|contactos"
    r"|connexions|abonnes|seguidores|conexiones|conexoes|connecties|volgers)\b",
    r"\b\d{1,3}(?:[.,]\d{3})+\s*(?:connections|followers|kontakte|connexions|conexiones"
    r"|conexoes|connecties|volgers)\b",
]


def _matcher(kind: str, doc: str) -> cached_property[KeywordMatcher]:
    """A cached matcher over `{kind}` (every language) plus `extra_{kind}`."""

    def build(self: RolesSettings) -> KeywordMatcher:
        words = [w for ws in getattr(self, kind).values() for w in ws]
        return KeywordMatcher(words + list(getattr(self, f"extra_{kind}")))

    build.__doc__ = doc
    return cached_property(build)


@dataclass(eq=True)
class RolesSettings:
    """Config `[roles]`: the recruiter, seller and open-networker lexicons per language."""

    TABLE: ClassVar[Table] = Table(
        "roles",
        "Recruiter, seller and open-networker words per language, read from headlines, "
        "companies, names (and notes, for open networkers): one lexicon for checks and patterns.",
    )

    recruiter: dict[str, list[str]] = setting(
        RECRUITER, doc="Recruiter, sourcer and HR words per language."
    )
    seller: dict[str, list[str]] = setting(
        SELLER, doc="Sales, agency and lead-generation words per language."
    )
    open_networker: dict[str, list[str]] = setting(
        OPEN_NETWORKER,
        doc='Open-networker phrases per language ("I accept all invitations"), also read in notes.',
    )
    extra_recruiter: list[str] = setting(
        [],
        doc="Words added to the recruiter lists without repeating them. A trailing * matches a "
        'word prefix ("recruit*" matches recruiter, recruiting, Recruiterin); accents and case '
        "are ignored.",
    )
    extra_seller: list[str] = setting(
        [], doc="Words added to the seller lists (a trailing * matches a word prefix)."
    )
    extra_open_networker: list[str] = setting(
        [], doc="Phrases added to the open-networker lists (a trailing * matches a word prefix)."
    )
    open_networker_case_sensitive: list[str] = setting(
        OPEN_NETWORKER_CASE_SENSITIVE,
        doc='Open-networker markers matched case-sensitively ("LION", not the surname "Lion").',
    )
    open_networker_patterns: list[str] = setting(
        OPEN_NETWORKER_PATTERNS,
        doc='Regexes for connection-count bragging ("30K+ connections"), case-insensitive.',
        regex=True,
    )

    recruiter_words = _matcher("recruiter", "Matcher for recruiter / sourcer / HR words.")
    seller_words = _matcher("seller", "Matcher for sales / agency / lead-generation words.")
    open_networker_words = _matcher(
        "open_networker", "Matcher for open-networker phrases (folded, case-insensitive)."
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

    def recruiter_word(self, text: str | None) -> str | None:
        """The recruiter word in a headline, company or name (raw text), or None."""
        return self.recruiter_words.find(fold(text)) if text else None

    def seller_word(self, text: str | None) -> str | None:
        """The seller word in a headline, company or name (raw text), or None."""
        return self.seller_words.find(fold(text)) if text else None

    def open_networker_marker(self, text: str | None) -> str | None:
        """An open-networker phrase or marker in raw text (name, headline, note), or None."""
        if not text:
            return None
        return self.open_networker_words.find(fold(text)) or self.open_networker_exact(text)


_DIGIT = re.compile(r"\d")
DEFAULT_ROLES = RolesSettings()
