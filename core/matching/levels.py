"""Agreement levels of one name field (given name or surname), computed for many pairs at once.

Levels, best first: exact; a real short form (Bob~Robert, given names only); an initial;
one edit or the same spelling after transliteration folding; Jaro-Winkler >= 0.92; >= 0.85;
missing on one side; missing on both; different. Two different real given names (Mark/Mary,
Julia/Julian) are "different" however close their spelling. Spellings that agree after
transliteration folding, or by their consonants where one is written without vowels (an
Arabic name in Latin letters), count as one edit. Values are compared as integer ids into a
vocabulary, each distinct pair of values once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from linkvet.core.matching.equivalence import (
    distinct_given_names,
    nickname_set,
    nickname_strength,
    translit_fold,
)
from rapidfuzz import process
from rapidfuzz.distance import OSA, JaroWinkler

EXACT, SHORT_FORM, INITIAL, ONE_EDIT, CLOSE, SIMILAR, ONE_MISSING, BOTH_MISSING, DIFFERENT = range(
    9
)
LEVEL_COUNT = 9
PREFIX = 9  # lookups only: the typed word begins the contact's (weighed in core.matching.scoring)
LEVEL_NAMES = (
    "exact",
    "short form",
    "initial",
    "1 edit",
    "close spelling",
    "similar spelling",
    "missing on one side",
    "missing on both sides",
    "different",
    "begins with",
)
FUZZY_LEVELS = (SHORT_FORM, INITIAL, ONE_EDIT, CLOSE, SIMILAR)  # u grows with the value's count
CLOSE_JW = 0.92
SIMILAR_JW = 0.85
TWO_EDITS_FROM = 6  # letters a name needs before two edits can still be a typo
PARALLEL_FROM = 20_000  # pairs from which all cores compare (a keystroke's few run on one)
VOWEL = re.compile(r"[aeiou]")
_VOWELS_AND_W = re.compile(r"[aeiouyw]")
_DOUBLES = re.compile(r"(.)\1+")


class Vocab:
    """Distinct values of one field, id 0 being the missing value "", with per-value facts
    (kept up to date incrementally, so a copy grown by a few query values is cheap)."""

    def __init__(self, values: Sequence[str] = ()) -> None:
        self.values: list[str] = [""]
        self.ids: dict[str, int] = {"": 0}
        self._folds: dict[str, int] = {}
        self._done = 0
        self._objects = np.zeros(0, dtype=object)
        self._length = np.zeros(0, dtype=np.int64)
        self._first = np.zeros(0, dtype=object)
        self._fold = np.zeros(0, dtype=np.int64)
        self._skeletons: dict[str, int] = {}
        self._skeleton = np.zeros(0, dtype=np.int64)
        self._vowelless = np.zeros(0, dtype=bool)
        self.encode(values)

    def __len__(self) -> int:
        return len(self.values)

    def encode(self, values: Sequence[str]) -> np.ndarray:
        """The ids of `values`, adding the new ones."""
        ids, vals = self.ids, self.values
        for v in values:
            if v not in ids:
                ids[v] = len(vals)
                vals.append(v)
        return np.fromiter(map(ids.__getitem__, values), dtype=np.int64, count=len(values))

    def copy(self) -> Vocab:
        """A vocabulary that can grow without changing this one (a batch's query values)."""
        self.arrays()
        other = Vocab()
        other.values, other.ids, other._folds = list(self.values), dict(self.ids), dict(self._folds)
        other._skeletons = dict(self._skeletons)
        other._done = self._done
        other._objects, other._length = self._objects, self._length
        other._first, other._fold = self._first, self._fold
        other._skeleton, other._vowelless = self._skeleton, self._vowelless
        return other

    def skeletons(self) -> tuple[np.ndarray, np.ndarray]:
        """(consonant-skeleton id, written without vowels) per id (see `consonant_skeleton`)."""
        self.arrays()
        return self._skeleton, self._vowelless

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(values as objects, lengths, first letters, transliteration-fold ids) per id."""
        new = self.values[self._done :]
        if new:
            skeletons = self._skeletons
            skeleton = [skeletons.setdefault(consonant_skeleton(v), len(skeletons)) for v in new]
            self._skeleton = np.concatenate([self._skeleton, np.array(skeleton, dtype=np.int64)])
            vowelless = [bool(v) and not VOWEL.search(v) for v in new]
            self._vowelless = np.concatenate([self._vowelless, np.array(vowelless, dtype=bool)])
            folds = self._folds
            self._objects = np.concatenate([self._objects, np.array(new, dtype=object)])
            self._length = np.concatenate(
                [self._length, np.fromiter(map(len, new), dtype=np.int64, count=len(new))]
            )
            self._first = np.concatenate(
                [self._first, np.array([v[:1] for v in new], dtype=object)]
            )
            fold = [folds.setdefault(translit_fold(v), len(folds)) for v in new]
            self._fold = np.concatenate([self._fold, np.array(fold, dtype=np.int64)])
            self._done = len(self.values)
        return self._objects, self._length, self._first, self._fold


def consonant_skeleton(text: str) -> str:
    """Consonants only, doubles collapsed, a final h dropped: how Arabic, Hebrew or Syriac
    names look once transliterated without vowels (mhmd ~ Mohammed, khlyl ~ Khalil)."""
    body = _VOWELS_AND_W.sub("", text).rstrip("h") or text[:1]
    return _DOUBLES.sub(r"\1", body)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _looks_derived(short: str, formal: str) -> bool:
    """A short form keeps the first letter or a pair of letters of its formal name (Jim~James,
    Bob~Robert, Bill~William); the table's Eliza~Louise keeps neither."""
    return short[:1] == formal[:1] or bool(_bigrams(short) & _bigrams(formal))


@lru_cache(maxsize=65536)
def short_forms(name: str) -> frozenset[str]:
    """Names that are a real short form of `name` or of which it is one (Bob~Robert): the
    nickname table's short-to-formal relations that look derived from the formal name."""
    return frozenset(
        x
        for x in nickname_set(name)
        if nickname_strength(name, x) == 2
        and _looks_derived(min(x, name, key=len), max(x, name, key=len))
    )


def compare_ids(a: np.ndarray, b: np.ndarray, vocab: Vocab, given: bool) -> np.ndarray:
    """The agreement level (int8) of each pair of value ids (a[i], b[i])."""
    out = np.full(len(a), DIFFERENT, dtype=np.int8)
    if not len(a):
        return out
    width = len(vocab)
    pair, back = np.unique(a * width + b, return_inverse=True)
    ua, ub = np.divmod(pair, width)
    level = _levels(ua, ub, vocab, given)
    return level[back.reshape(-1)]


def _levels(ua: np.ndarray, ub: np.ndarray, vocab: Vocab, given: bool) -> np.ndarray:
    """Levels of distinct value pairs."""
    vals, length, first, fold = vocab.arrays()
    out = np.full(len(ua), DIFFERENT, dtype=np.int8)
    la, lb = length[ua], length[ub]
    both = (la > 0) & (lb > 0)
    exact = both & (ua == ub)
    live = np.flatnonzero(both & ~exact)
    if len(live):
        sa, sb = vals[ua[live]].tolist(), vals[ub[live]].tolist()
        workers = -1 if len(live) >= PARALLEL_FROM else 1  # threads cost more than few pairs
        jw = process.cpdist(sa, sb, scorer=JaroWinkler.normalized_similarity, workers=workers)
        edits = process.cpdist(sa, sb, scorer=OSA.distance, workers=workers)
        sub = np.full(len(live), DIFFERENT, dtype=np.int8)
        # a typo keeps the length within one letter and two edits need a long name:
        # Smith~Smithson, Peters~Peterson or Zhang~Huang are other names, however alike
        # their letters (Jaro-Winkler's prefix bonus)
        short = np.minimum(la[live], lb[live])
        typo_like = ((edits <= 1) | ((edits == 2) & (short >= TWO_EDITS_FROM))) & (
            np.abs(la[live] - lb[live]) <= 1
        )
        sub[typo_like & (jw >= SIMILAR_JW)] = SIMILAR
        sub[typo_like & (jw >= CLOSE_JW)] = CLOSE
        long_ = (la[live] > 1) & (lb[live] > 1)
        skeleton, vowelless = vocab.skeletons()
        abjad = (vowelless[ua[live]] | vowelless[ub[live]]) & (
            skeleton[ua[live]] == skeleton[ub[live]]
        )
        spelt = (fold[ua[live]] == fold[ub[live]]) | abjad
        sub[((edits <= 1) & (short >= 3)) | (long_ & spelt)] = ONE_EDIT
        if given:
            _given_names(sub, ua[live], ub[live], vals, long_)
        one_letter = ~long_
        sub[one_letter] = np.where(
            first[ua[live]][one_letter] == first[ub[live]][one_letter], INITIAL, DIFFERENT
        )
        out[live] = sub
    out[exact] = EXACT
    out[(la == 0) ^ (lb == 0)] = ONE_MISSING
    out[(la == 0) & (lb == 0)] = BOTH_MISSING
    return out


def _given_names(
    sub: np.ndarray, ua: np.ndarray, ub: np.ndarray, vals: np.ndarray, long_: np.ndarray
) -> None:
    """Given names, in place: real short forms agree, two different real names differ."""
    for i in np.flatnonzero(long_).tolist():
        a, b = vals[ua[i]], vals[ub[i]]
        if b in short_forms(a):
            sub[i] = SHORT_FORM
        elif sub[i] != DIFFERENT and _distinct(a, b):
            sub[i] = DIFFERENT


@lru_cache(maxsize=262144)
def _distinct(a: str, b: str) -> bool:
    return distinct_given_names(a, b)


def compare(a: Sequence[str], b: Sequence[str], given: bool) -> np.ndarray:
    """The agreement level of each pair of strings (a[i], b[i]); "" is a missing value."""
    vocab = Vocab()
    return compare_ids(vocab.encode(a), vocab.encode(b), vocab, given)


def describe(level: int, a: str, b: str) -> str:
    """The level in words with the two spellings where they differ: "1 edit (Vinxent~Vincent)"."""
    name = LEVEL_NAMES[level]
    if level in (EXACT, ONE_MISSING, BOTH_MISSING) or not a or not b:
        return name
    if level == PREFIX:
        return f"{name} {a.capitalize()} ({b.capitalize()})"
    if level == INITIAL:
        return f"initial {min(a, b, key=len)[0].upper()}."
    return f"{name} ({a.capitalize()}~{b.capitalize()})"
