"""Given-name equivalences: nicknames (NickNamer, both directions), real short forms, the
given-name lexicon, and transliteration folding of spellings.

The nickname table is noisy (it links formal names to each other), so matching counts only
its real short forms (Bob~Robert), see `nickname_strength`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nicknames import NickNamer

_DOUBLES = re.compile(r"(.)\1+")
_FOLDS: tuple[tuple[str, str], ...] = (
    ("x", "ks"), ("ph", "f"), ("kh", "h"), ("ck", "k"), ("th", "t"), ("ou", "u"), ("oy", "u"),
    ("w", "v"), ("j", "y"), ("iy", "y"), ("ii", "y"), ("ij", "y"), ("ie", "y"), ("ei", "y"),
    ("dzh", "j"), ("zh", "j"), ("sch", "sh"), ("tch", "ch"), ("ue", "u"), ("oe", "o"),
    ("ae", "a"), ("c", "k"), ("q", "k"), ("z", "s"),
)  # fmt: skip


# Common given names missing from the (English) nickname table.
_EXTRA_GIVEN = frozenset(
    [
        "lara",
        "petra",
        "marina",
        "mila",
        "nina",
        "lena",
        "elena",
        "sofia",
        "sophia",
        "luca",
        "marco",
        "mario",
        "mariana",
        "ines",
        "jordan",
        "jorge",
        "juan",
        "carlos",
        "lucas",
        "mateo",
        "matteo",
        "giulia",
        "chiara",
        "paolo",
        "pietro",
        "lars",
        "sven",
        "ingrid",
        "freya",
        "astrid",
        "oskar",
        "emil",
        "nora",
        "noah",
        "liam",
        "emma",
        "olivia",
        "chloe",
        "zoe",
        "camille",
        "pierre",
        "jean-pierre",
        "hans",
        "greta",
        "jurgen",
        "bjorn",
        "soren",
        "lukasz",
        "malgorzata",
        "priya",
        "arjun",
        "rohan",
        "kavya",
        "neha",
        "pooja",
        "amit",
        "anil",
        "sunita",
        "deepak",
        "wei",
        "mei",
        "ying",
        "hiroshi",
        "yuki",
        "kenji",
        "sakura",
        "omar",
        "fatima",
        "aisha",
        "leila",
        "nadia",
        "tariq",
        "kofi",
        "kwame",
        "amara",
        "chidi",
        "ngozi",
        "thabo",
        "zanele",
        "tiago",
        "rui",
        "joana",
        "dagny",
        "helga",
        "tobias",
        "felix",
        "eva",
        "karin",
    ]
)


@lru_cache(maxsize=1)
def given_name_lexicon() -> frozenset[str]:
    """Known given names: every name in the nickname table plus a few common international ones."""
    nn = _namer()
    return _EXTRA_GIVEN | frozenset(nn.nickname_lookup) | frozenset(nn.canonical_lookup)


def load_name_tables() -> None:
    """Load the nickname and given-name tables now (they load on first use otherwise,
    which made one interactive keystroke ~10 ms slower)."""
    _namer()
    given_name_lexicon()


def _given_fold(name: str) -> str:
    text = translit_fold(name).replace("h", "").replace("v", "f").replace("i", "y")
    return text[:-1] if len(text) > 3 and text.endswith("e") else text


def distinct_given_names(a: str, b: str) -> bool:
    """Both are real, different given names (Mark/Mary, Julia/Julian), not spellings of one."""
    if a == b or are_nicknames(a, b):
        return False
    lex = given_name_lexicon()
    if a not in lex or b not in lex:
        return False
    return _given_fold(a) != _given_fold(b)


@lru_cache(maxsize=1)
def _namer() -> NickNamer:
    """The NickNamer singleton (its CSV is parsed once, on first use)."""
    return NickNamer()


@lru_cache(maxsize=16384)
def nickname_set(name: str) -> frozenset[str]:
    """Names related to `name` in either direction (nicknames and canonical forms)."""
    if len(name) < 2 or " " in name:
        return frozenset()
    nn = _namer()
    return frozenset(nn.nicknames_of(name) | nn.canonicals_of(name))


def are_nicknames(a: str, b: str) -> bool:
    """True when the table relates `a` and `b` in either direction (Bob~Robert)."""
    if a == b:
        return False
    return b in nickname_set(a) or a in nickname_set(b)


def nickname_strength(a: str, b: str) -> int:
    """2 = short form of a formal name (Bob~Robert), 1 = weaker table relation, 0 = none.

    The table also links formal names to each other (Joanna~Hannah, Susan~Hannah), which is
    where most of its noise sits, so those count only as a weak hint.
    """
    if not are_nicknames(a, b):
        return 0
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) <= 5 and len(short) < len(long_) and short in _namer().nicknames_of(long_):
        return 2
    return 1


@lru_cache(maxsize=65536)
def translit_fold(text: str) -> str:
    """Fold spelling variants of transliteration (ks/x, iy/y, kh/h, ou/u) to one form."""
    text = text.replace(" ", "").replace("-", "")
    for src, dst in _FOLDS:
        text = text.replace(src, dst)
    return _DOUBLES.sub(r"\1", text)
