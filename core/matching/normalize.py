"""Name normalisation for matching: one pass per record, before any fuzzy scorer runs.

NFKC, emoji/pronoun/credential/honorific stripping, "Last, First" reordering, anyascii
transliteration (CJK spaced per syllable), casefold, particles kept with the surname.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii

HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev",
        "revd", "fr", "herr", "frau", "mme", "mlle", "m", "sr", "sra", "srta", "dott", "ing",
        "mag", "dipl", "hon", "capt", "col", "gen", "lt", "sgt", "eng", "engr", "atty",
    }
)  # fmt: skip
# Honorifics that are also plausible given names or initials: stripped only with a dot.
_DOTTED_HONORIFICS = frozenset({"m", "fr", "sr", "ing", "mag", "gen", "col", "eng"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "2nd", "3rd", "junior", "senior"})
CREDENTIALS = frozenset(
    {
        "phd", "mba", "cpa", "pmp", "cfa", "cissp", "cism", "cisa", "ccna", "ccnp", "mcse",
        "shrm", "shrm-cp", "shrm-scp", "sphr", "phr", "gphr", "mcp", "csm", "cspo", "safe",
        "itil", "acca", "aca", "fca", "cima", "frm", "caia", "cfp", "chfc", "clu", "esq", "llm",
        "jd", "mph", "msc", "bsc", "beng", "meng", "mphil", "dphil", "edd", "dds", "dmd",
        "rn", "bsn", "msn", "np", "pa-c", "facs", "frcs", "mrcp", "frcp", "mbbs", "mcr", "cpc",
        "crp", "pe", "peng", "leed", "ap", "aws", "cka", "ckad", "mcsa", "oscp", "ceh",
        "cdmp", "cbap", "six", "sigma", "lssbb", "lssgb", "cscp", "cpim", "cips", "mcips",
        "md", "do", "ma", "ms", "ba", "bs", "bcom", "mcom", "cmgr", "fcca", "fcma", "mcmi",
        "ficb", "cipd", "mcipd", "chrp", "chrl", "crhr", "lion", "ret", "fhea", "cfe", "cia",
    }
)  # fmt: skip
# Credentials that are also names (Ma, Do, Pe, Ba, Ap) or honorific-like: stripped only
# when written in capitals or with dots in the original ("MA", "M.A.").
_AMBIGUOUS_CREDENTIALS = frozenset(
    {"ma", "do", "pe", "ba", "bs", "ms", "md", "ap", "np", "rn", "aws", "six", "sigma", "safe",
     "ret", "cia", "aca", "cima", "ceh", "crp", "jd", "mcr", "cpc", "pa-c", "lion", "clu"}
)  # fmt: skip
PARTICLES = frozenset(
    {
        "van", "von", "der", "den", "de", "del", "della", "degli", "di", "da", "das", "dos",
        "do", "du", "la", "le", "les", "lo", "ten", "ter", "te", "vande", "vanden", "vander", "zu",
        "af", "al", "el", "bin", "ibn", "bint", "st", "mac", "mc", "ap", "y",
    }
)  # fmt: skip

_PRONOUN_WORDS = r"(?:she|her|hers|he|him|his|they|them|theirs|xe|xem|ze|zir|hir|any|all)"
_PRONOUNS = re.compile(
    # spaces entered at the start of their run only (linear on a name of 10,000 spaces)
    rf"(?:[\(\[\{{]\s*|(?<!\s)\s+|)\b{_PRONOUN_WORDS}\s*/\s*{_PRONOUN_WORDS}(?:\s*/\s*{_PRONOUN_WORDS})*\b"
    r"\s*(?:pronouns)?\s*[\)\]\}]?",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"[\(\[\{]([^\)\]\}]*)[\)\]\}]?")
_SPLIT_DASH = re.compile(r"\s[\-\u2013\u2014|•·]\s.*$")  # "Jane Doe - Recruiter at X", "| CEO"
_NON_WORD = re.compile(r"[^a-z0-9\s\-]")
_BADGES = re.compile(
    r"#?\b(?:open\s*to\s*work|opentowork|we'?re\s+hiring|(?:i'?m\s+)?hiring|"
    r"looking\s+for\s+(?:new\s+)?(?:opportunities|a\s+new\s+role)|top\s+voice|"
    r"open\s+networker|available)\b\s*!*",
    re.IGNORECASE,
)
_MAIDEN = re.compile(r"\b(?:nee|née|geb\.?|born)\s+\S+", re.IGNORECASE)


def _is_cjk(ch: str) -> bool:
    """True for ideographs, kana and hangul: transliterated one syllable per token."""
    cp = ord(ch)
    return (
        0x3040 <= cp <= 0x30FF  # kana
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xAC00 <= cp <= 0xD7AF  # hangul syllables
        or 0x20000 <= cp <= 0x2FA1F
    )


def _strip_symbols(text: str) -> str:
    """Drop emoji, pictographs, variation selectors, zero-width joiners and other symbols."""
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("So", "Sk", "Cs", "Co", "Cn", "Cf", "Sm", "Sc"):
            out.append(" ")
        elif cat == "Mn" and 0xFE00 <= ord(ch) <= 0xFE0F:
            continue
        elif cat.startswith("C"):
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def transliterate(text: str) -> str:
    """anyascii transliteration, with spaces between CJK syllables so token scorers work."""
    if text.isascii():
        return text
    parts: list[str] = []
    for ch in text:
        if _is_cjk(ch):
            parts.append(" " + anyascii(ch) + " ")
        else:
            parts.append(ch)
    return anyascii("".join(parts))


def _clean_token(tok: str) -> str:
    """Casefolded ASCII token with apostrophes and dots removed, hyphens kept."""
    tok = tok.casefold().replace("'", "").replace("`", "").replace("\u2019", "")
    tok = tok.replace(".", "")
    tok = _NON_WORD.sub("", tok)
    return tok.strip("-")


def _is_credential(raw: str) -> bool:
    """Credential/suffix/post-nominal test for a raw (un-casefolded) token."""
    key = raw.casefold().replace(".", "").strip(",;")
    if key not in CREDENTIALS and key not in SUFFIXES:
        return False
    if key in _AMBIGUOUS_CREDENTIALS or key in ("v", "ii"):
        letters = raw.replace(".", "")
        return ("." in raw and len(letters) <= 4) or (letters.isupper() and len(letters) >= 2)
    return True


def _is_honorific(raw: str) -> bool:
    """Leading title test for a raw token ("Dr.", "Prof", "Mrs")."""
    key = raw.casefold().rstrip(".")
    if key not in HONORIFICS:
        return False
    if key in _DOTTED_HONORIFICS:
        return raw.endswith(".")
    return True


@dataclass(frozen=True, slots=True)
class NormName:
    """A parsed, cleaned name: parts are casefolded ASCII; `key` is name_identity_key."""

    given: str
    surname: str
    middle: tuple[str, ...]
    tokens: tuple[str, ...]
    full: str
    key: str
    reordered: bool = False  # "Last, First" was turned around
    aliases: tuple[str, ...] = field(default=())  # bracketed nicknames / maiden names
    initials: tuple[str, ...] = field(default=())  # single-letter tokens (from "J." etc.)
    nonlatin: bool = False  # the original used another script or diacritics
    other_script: bool = False  # letters outside Latin (Cyrillic, Greek, Arabic, CJK, ...)
    abjad: bool = False  # Arabic/Hebrew/Syriac: vowels are usually not written
    stripped: tuple[str, ...] = field(default=())  # what cleaning removed: "emoji", "pronouns"...

    @property
    def surname_core(self) -> str:
        """Surname without leading particles ("van der berg" -> "berg")."""
        parts = self.surname.split()
        while len(parts) > 1 and parts[0] in PARTICLES:
            parts = parts[1:]
        return " ".join(parts)

    @property
    def compact(self) -> str:
        """All tokens glued together: "xiao ming wang" == "xiaoming wang" in this form."""
        return "".join(self.tokens)


def _script_flags(text: str) -> tuple[bool, bool]:
    """(other_script, abjad) for the letters of `text`."""
    other = abjad = False
    for ch in text:
        if ch.isascii() or not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            continue
        other = True
        if name.startswith(("ARABIC", "HEBREW", "SYRIAC")):
            abjad = True
    return other, abjad


def _split_raw(text: str, stripped: list[str]) -> tuple[list[str], bool, list[str]]:
    """Apply script-independent cleaning; return raw word list, reordered flag, aliases."""
    text = unicodedata.normalize("NFKC", text or "")
    before = text
    text = _strip_symbols(text)
    if text.split() != before.split():
        stripped.append("emoji")
    if _BADGES.search(text):
        stripped.append("badge")
        text = _BADGES.sub(" ", text)
    if _PRONOUNS.search(text):
        stripped.append("pronouns")
    text = _PRONOUNS.sub(" ", text)
    aliases: list[str] = [m.group(0).split(None, 1)[1] for m in _MAIDEN.finditer(text)]
    text = _MAIDEN.sub(" ", text)
    for m in _BRACKETED.finditer(text):
        inner = m.group(1).strip()
        if inner and not _PRONOUNS.search(inner):
            words = inner.replace(",", " ").split()
            if words and not all(_is_credential(w) for w in words):
                aliases.append(inner)
    text = _BRACKETED.sub(" ", text)
    text = _SPLIT_DASH.sub(" ", text)
    text = text.replace(";", ",").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace('"', " ")
    # Comma segments: drop all-credential segments, then "Last, First" if two remain.
    segments = [s.strip() for s in text.split(",")]
    kept = [s for s in segments if s and not all(_is_credential(w) for w in s.split())]
    if len(kept) < len([s for s in segments if s]):
        stripped.append("credentials")
    reordered = False
    if len(kept) >= 2:
        first_seg_words = kept[0].split()
        if len(kept) == 2 and 1 <= len(first_seg_words) <= 4:
            kept = [kept[1], kept[0]]
            reordered = True
        else:
            kept = [" ".join(kept)]
    words = " ".join(kept).split()
    # Leading honorifics, trailing/embedded credentials.
    while len(words) > 1 and _is_honorific(words[0]):
        words = words[1:]
        if "title" not in stripped:
            stripped.append("title")
    cleaned = [w for i, w in enumerate(words) if i == 0 or not _is_credential(w)]
    if len(cleaned) > 1 and _is_credential(cleaned[0]) and cleaned[0].casefold() in SUFFIXES:
        cleaned = cleaned[1:]
    if len(cleaned) < len(words) and "credentials" not in stripped:
        stripped.append("credentials")
    return cleaned, reordered, aliases


_PLAIN = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*(?: [A-Za-z]+(?:['-][A-Za-z]+)*)*")
# Words that make the cleaning do something to a plain name (titles, post-nominals, badges,
# maiden-name markers): such names take the full path.
_CLEANED_WORDS = (
    HONORIFICS | SUFFIXES | CREDENTIALS
    | {"open", "opentowork", "hiring", "looking", "top", "available", "nee", "geb", "born"}
)  # fmt: skip


def _plain_words(name: str) -> list[str] | None:
    """The words of a plain Latin name that cleaning would leave as they are, else None."""
    if not _PLAIN.fullmatch(name):
        return None
    words = name.split(" ")
    if any(w.casefold() in _CLEANED_WORDS for w in words):
        return None
    return words


@lru_cache(maxsize=131072)
def normalize_name(name: str) -> NormName:
    """Parse a display name into given / middle / surname, cleaned and transliterated."""
    stripped: list[str] = []
    plain = _plain_words(name)
    aliases: list[str] = []
    if plain is not None:  # fast path: same result, without the cleaning passes
        raw_words, reordered = plain, False
    else:
        raw_words, reordered, aliases = _split_raw(name, stripped)
    nonlatin = not " ".join(raw_words).isascii()
    other_script, abjad = _script_flags(" ".join(raw_words)) if nonlatin else (False, False)
    tokens_nested: list[list[str]] = []
    for w in raw_words:
        t = transliterate(w)
        subs = [_clean_token(p) for p in t.split()]
        subs = [s for s in subs if s]
        if subs:
            tokens_nested.append(subs)
    # Flatten; hyphenated parts become separate tokens in `tokens`.
    words = [" ".join(s) for s in tokens_nested]
    words = [w for w in (x.replace("-", " ").strip() for x in words) if w]
    flat = " ".join(words).split()
    initials = tuple(t for t in flat if len(t) == 1)
    given = surname = ""
    middle: tuple[str, ...] = ()
    if len(raw_words) == 1 and len(flat) >= 2 and any(_is_cjk(c) for c in raw_words[0]):
        # East Asian order: family name first, one syllable.
        surname, given = flat[0], " ".join(flat[1:])
    elif len(words) == 1:
        given = words[0]
    elif len(words) >= 2:
        # Surname = last word plus any particles right before it.
        i = len(words) - 1
        while i > 1 and words[i - 1] in PARTICLES:
            i -= 1
        given = words[0]
        surname = " ".join(words[i:])
        middle = tuple(words[1:i])
    full = " ".join(flat)
    clean_aliases = tuple(
        a
        for a in (" ".join(_clean_token(p) for p in transliterate(x).split()) for x in aliases)
        if a
    )
    return NormName(
        given=given,
        surname=surname,
        middle=middle,
        tokens=tuple(flat),
        full=full,
        key=" ".join(sorted(flat)),
        reordered=reordered,
        aliases=clean_aliases,
        initials=initials,
        nonlatin=nonlatin,
        other_script=other_script,
        abjad=abjad,
        stripped=tuple(stripped),
    )


def name_identity_key(name: str) -> str:
    """Normalised full name used to say "same sender" where profile URLs are missing."""
    return normalize_name(name).key
