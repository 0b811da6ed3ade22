"""Field-wise, explainable name comparison of one sender against one contact (0-100 + evidence).

Given and surname are compared separately (with swaps, particles, initials, nicknames,
transliteration and typos); the company is a soft signal. Keys are handled by the index.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from linkvet.core.matching.company import company_relation
from linkvet.core.matching.equivalence import (
    distinct_given_names,
    nickname_strength,
    spelling_similarity,
)
from linkvet.core.matching.normalize import PARTICLES, NormName
from linkvet.core.matching.prepared import Prepared, is_vanity_slug
from linkvet.core.matching.settings import MatchSettings

NICKNAME_SIM = 92.0
WEAK_NICKNAME_SIM = 76.0  # formal~formal table relations (noisy): possible, not likely
SHORT_FORM_SIM = 88.0
INITIAL_SIM = 86.0
MISSING_PART_SIM = 95.0
DISTINCT_NAME_SIM = 60.0  # two different real given names are not a typo
SWAP_PENALTY = 3.0  # "Smith John" is rarer than "John Smith": straight order wins ties


@dataclass(slots=True)
class PairScore:
    """Outcome of comparing two prepared records."""

    score: int
    evidence: list[str] = field(default_factory=list)
    url_differs: bool = False  # both have vanity slugs and they differ
    rank: float = 0.0  # unclamped score: orders candidates and decides ties


def _title(text: str) -> str:
    return " ".join(w.capitalize() for w in text.split())


def given_similarity(a: str, b: str, abjad: bool, ev: list[str]) -> float:
    """Similarity of two given names (multi-word allowed), appending evidence words."""
    if a == b:
        return 100.0
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return 0.0
    fa, fb = ta[0], tb[0]
    if len(fa) == 1 or len(fb) == 1:
        if fa[0] == fb[0]:
            ev.append(f"initial {fa[0].upper()}.")
            return INITIAL_SIM
        return 0.0
    if a.replace(" ", "") == b.replace(" ", ""):
        return 100.0
    if fa == fb and (len(ta) == 1 or len(tb) == 1):
        ev.append("middle name")
        return MISSING_PART_SIM
    sim = spelling_similarity(a, b, abjad)
    if sim >= 97:
        return sim
    strength = nickname_strength(fa, fb)
    if strength:
        ev.append(f"nickname {_title(fa)}~{_title(fb)}")
        return max(sim, NICKNAME_SIM if strength == 2 else WEAK_NICKNAME_SIM)
    if distinct_given_names(fa, fb):
        return min(sim, DISTINCT_NAME_SIM)
    short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) >= 2:
        ev.append(f"short name {_title(short)}~{_title(long_)}")
        return max(sim, SHORT_FORM_SIM)
    return sim


def surname_similarity(a: NormName, b: NormName, abjad: bool, ev: list[str]) -> float:
    """Similarity of surnames, allowing particles, double surnames and typos."""
    sa, sb = a.surname, b.surname
    if sa == sb:
        return 100.0
    if sa.replace(" ", "") == sb.replace(" ", ""):
        return 100.0
    if len(sa) == 1 or len(sb) == 1:
        if sa[0] == sb[0]:
            ev.append(f"initial {sa[0].upper()}." if len(sa) == 1 else f"initial {sb[0].upper()}.")
            return INITIAL_SIM
        return 0.0
    best = spelling_similarity(sa, sb, abjad)
    ca, cb = a.surname_core, b.surname_core
    if (ca != sa or cb != sb) and ca == cb:
        ev.append("particles")
        return 97.0
    # Double surnames (Garcia Lopez ~ Garcia) and hyphenated ones (Smith-Jones ~ Smith).
    wa, wb = set(sa.split()) | set(a.middle), set(sb.split()) | set(b.middle)
    if (len(sa.split()) > 1 or len(sb.split()) > 1) and (
        set(sa.split()) <= wb or set(sb.split()) <= wa
    ):
        ev.append("double surname")
        return max(best, 93.0)
    if best < 80 and (sa in b.middle or sb in a.middle):
        ev.append("double surname")
        return max(best, 90.0)
    return best


def _middle_penalty(a: NormName, b: NormName, ev: list[str]) -> float:
    ma = [m for m in a.middle if m not in PARTICLES]
    mb = [m for m in b.middle if m not in PARTICLES]
    if ma and mb:
        if ma[0][0] != mb[0][0]:
            ev.append("middle differs")
            return 12.0
        return 0.0
    return 0.0


def _align(
    a: NormName, b: NormName, swap: bool, abjad: bool, s: MatchSettings
) -> tuple[float, list[str], float, float]:
    ev: list[str] = []
    other = NormName(
        given=b.surname, surname=b.given, middle=b.middle, tokens=b.tokens, full=b.full,
        key=b.key,
    ) if swap else b  # fmt: skip
    g = given_similarity(a.given, other.given, abjad, ev)
    sn = surname_similarity(a, other, abjad, ev)
    score = 100.0 - s.given_weight * (100.0 - g) - s.surname_weight * (100.0 - sn)
    score -= _middle_penalty(a, b, ev)
    return score, ev, g, sn


def name_score(a: NormName, b: NormName, s: MatchSettings) -> tuple[float, list[str], bool]:
    """Name-only score 0-100 with evidence; third value: married-name pattern."""
    abjad = a.abjad or b.abjad
    if not a.tokens or not b.tokens:
        return 0.0, [], False
    if not a.surname or not b.surname:
        # One side is a single word: compare it with the other's given name and surname.
        single, full = (a, b) if not a.surname else (b, a)
        word = single.given
        best = 0.0
        for part in (full.given, full.surname, full.full):
            if part:
                best = max(best, spelling_similarity(word, part, abjad))
        if not full.surname:
            return best, ([] if best >= 100 else ["spelling"]), False
        return min(best, 100.0) * 0.62, ["surname missing"], False
    straight, ev, g, sn = _align(a, b, False, abjad, s)
    swapped, ev2, g2, sn2 = _align(a, b, True, abjad, s)
    if not (a.reordered or b.reordered):
        swapped -= SWAP_PENALTY
    if swapped > straight + 0.5:
        straight, ev, g, sn = swapped, ev2, g2, sn2
        ev.insert(0, "name order")
    elif a.reordered != b.reordered and straight >= 80:
        ev.insert(0, "name order")
    married = g >= 92 and sn < 70
    if married:
        ev.append("surname differs")
    elif sn < 97 and sn >= 75 and not any(e.startswith(("initial", "double", "part")) for e in ev):
        ev.append("spelling")
    given_explained = any(e.startswith(("nick", "initial", "short", "middle")) for e in ev)
    if 75 <= g < 92 and not given_explained and "spelling" not in ev:
        ev.append("spelling")
    return max(0.0, straight), ev, married


def _script_evidence(a: NormName, b: NormName) -> list[str]:
    if a.other_script != b.other_script or (a.other_script and b.other_script):
        return ["transliterated"] if (a.other_script or b.other_script) else []
    if a.nonlatin != b.nonlatin:
        return ["accents"]
    return []


def score_pair(sender: Prepared, contact: Prepared, s: MatchSettings) -> PairScore:
    """Score a sender against a contact on names, company and URL (keys excluded)."""
    raw, ev, married = name_score(sender.norm, contact.norm, s)
    score = raw
    if raw >= 50:
        ev = _script_evidence(sender.norm, contact.norm) + ev
        if sender.norm.stripped or contact.norm.stripped:
            cleaned = sorted(set(sender.norm.stripped) | set(contact.norm.stripped))
            ev.append("ignored " + "/".join(cleaned))
    if married:
        aliases = set(sender.norm.aliases) | set(contact.norm.aliases)
        if sender.norm.surname in aliases or contact.norm.surname in aliases:
            ev.append("maiden name")
            score = max(score, 90.0)
        else:
            score = float(s.married_base)
    rel = company_relation(sender.company, contact.company)
    if rel == "agrees":
        score += s.company_bonus
        ev.append("company agrees")
    elif rel == "differs":
        score -= s.company_penalty
        ev.append("company differs")
    url_differs = bool(
        is_vanity_slug(sender.slug) and is_vanity_slug(contact.slug) and sender.slug != contact.slug
    )
    if url_differs:
        ev.append("profile URL differs")
        if not contact.is_connection:
            score -= s.url_mismatch_penalty
    if married and "maiden name" not in ev:
        score = min(score, float(s.married_cap))
    final = round(min(99.0, max(0.0, score)))
    return PairScore(final, ev, url_differs, rank=score)
