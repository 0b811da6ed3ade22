"""Readings of a name: which words are the given name and which the surname.

A display name is read in every split into given | surname, with the words on each side
joined without spaces, so inner spaces do not matter ("De La Cruz", "Jean Pierre",
"Mac Onochie", a typist's "Imog En Vinxent"), and in either order ("Smith John"). A contact
whose export gives first and last name separately is read that way (plus its surname without
leading particles); a contact known by its display name only is read in its usual splits.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from linkvet.core.matching.normalize import PARTICLES, normalize_name

STRAIGHT = "straight"
SWAPPED = "swapped"  # the surname written first
MIDDLE_LEFT_OUT = "middle left out"  # first and last word only
GIVEN_ONLY = "given name only"  # one word, read as a given name
SURNAME_ONLY = "surname only"  # one word, read as a surname

MAX_SPLIT_WORDS = 6  # longer names (junk, titles left in) are split after the first word only


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a name: folded given name and surname ("" when absent) and how."""

    given: str
    surname: str
    kind: str
    shown: str  # the reading as written, for the evidence: "Imog En | Vinxent"

    @property
    def key(self) -> str:
        """Sorted-token key of the reading (the cdist string): order-free, spaces folded."""
        return " ".join(sorted(p for p in (self.given, self.surname) if p))


def fold_part(text: str | None) -> str:
    """A name part as compared: normalised, transliterated, casefolded, spaces removed."""
    if not text or not text.strip():
        return ""
    return "".join(normalize_name(text).tokens)


def _shown(given: list[str], surname: list[str]) -> str:
    left = " ".join(w.capitalize() for w in given)
    right = " ".join(w.capitalize() for w in surname)
    return f"{left} | {right}".strip(" |") if left and right else (left or right)


def readings_of(words: tuple[str, ...]) -> tuple[Reading, ...]:
    """Every split of `words` (casefolded tokens) into given | surname, in both orders."""
    n = len(words)
    if n == 0:
        return ()
    if n == 1:
        w = words[0]
        return (
            Reading(w, "", GIVEN_ONLY, _shown([w], [])),
            Reading("", w, SURNAME_ONLY, _shown([], [w])),
        )
    cuts = range(1, n) if n <= MAX_SPLIT_WORDS else (1, n - 1)
    out: list[Reading] = []
    for k in cuts:
        left, right = list(words[:k]), list(words[k:])
        out.append(Reading("".join(left), "".join(right), STRAIGHT, _shown(left, right)))
    for k in cuts:
        left, right = list(words[:k]), list(words[k:])
        out.append(Reading("".join(right), "".join(left), SWAPPED, _shown(right, left)))
    if n >= 3:
        first, last = [words[0]], [words[-1]]
        out.append(Reading(words[0], words[-1], MIDDLE_LEFT_OUT, _shown(first, last)))
    return tuple(out)


@lru_cache(maxsize=65536)
def sender_readings(name: str) -> tuple[Reading, ...]:
    """The readings of a sender's (or a typed query's) display name."""
    return readings_of(normalize_name(name).tokens)


def _core_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Surname words without leading particles ("van der berg" -> "berg")."""
    i = 0
    while i < len(words) - 1 and words[i] in PARTICLES:
        i += 1
    return words[i:]


@lru_cache(maxsize=65536)
def contact_readings(first: str, last: str, display: str) -> tuple[Reading, ...]:
    """A contact's readings: its first | last fields when the export has them (and the
    surname without particles), else the usual splits of the display name."""
    if first.strip() or last.strip():
        g = normalize_name(first).tokens if first.strip() else ()
        s = normalize_name(last).tokens if last.strip() else ()
        out = [Reading("".join(g), "".join(s), STRAIGHT, _shown(list(g), list(s)))]
        core = _core_words(s)
        if core != s:
            out.append(Reading("".join(g), "".join(core), STRAIGHT, _shown(list(g), list(core))))
        return tuple(out)
    words = normalize_name(display).tokens
    n = len(words)
    if n <= 1:
        return readings_of(words)
    out = [Reading(words[0], "".join(words[1:]), STRAIGHT, _shown([words[0]], list(words[1:])))]
    if n >= 3:
        out.append(
            Reading("".join(words[:-1]), words[-1], STRAIGHT, _shown(list(words[:-1]), [words[-1]]))
        )
        out.append(Reading(words[0], words[-1], MIDDLE_LEFT_OUT, _shown([words[0]], [words[-1]])))
        core = _core_words(words[1:])
        if core != words[1:] and len(core) > 1:
            out.append(Reading(words[0], "".join(core), STRAIGHT, _shown([words[0]], list(core))))
    return tuple(out)
