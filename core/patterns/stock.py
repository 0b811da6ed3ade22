"""LinkedIn's stock invitation texts: a note that is only stock text counts as "no note".

Used by the template detector (stock text is never a template) and by the checklist's `note`
check (`from core.patterns.stock import is_stock_note`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

STOCK_NOTES: tuple[str, ...] = (
    # English
    "I'd like to add you to my professional network on LinkedIn.",
    "I'd like to join your LinkedIn network.",
    "I'd like to connect with you on LinkedIn.",
    "I would like to add you to my professional network on LinkedIn.",
    "I want to add you to my professional network on LinkedIn.",
    # German
    "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    "Ich möchte dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    "Ich würde Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    "Ich möchte mich gerne mit Ihnen auf LinkedIn vernetzen.",
    "Ich möchte gerne Ihrem LinkedIn-Netzwerk beitreten.",
    "Ich möchte gerne deinem LinkedIn-Netzwerk beitreten.",
    # French
    "J'aimerais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.",
    "Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.",
    "J'aimerais vous ajouter à mon réseau professionnel sur LinkedIn.",
    "J'aimerais rejoindre votre réseau LinkedIn.",
    "Je souhaiterais rejoindre votre réseau LinkedIn.",
    # Spanish
    "Me gustaría añadirte a mi red profesional en LinkedIn.",
    "Me gustaría agregarte a mi red profesional en LinkedIn.",
    "Me gustaría añadirle a mi red profesional en LinkedIn.",
    "Me gustaría unirme a tu red de LinkedIn.",
    "Me gustaría formar parte de tu red de LinkedIn.",
    # Portuguese
    "Gostaria de adicioná-lo à minha rede profissional no LinkedIn.",
    "Gostaria de adicioná-la à minha rede profissional no LinkedIn.",
    "Gostaria de adicionar você à minha rede profissional no LinkedIn.",
    "Gostaria de o adicionar à minha rede profissional no LinkedIn.",
    "Gostaria de participar da sua rede no LinkedIn.",
    "Gostaria de fazer parte da sua rede no LinkedIn.",
    # Italian
    "Vorrei aggiungerti alla mia rete professionale su LinkedIn.",
    "Vorrei aggiungerla alla mia rete professionale su LinkedIn.",
    "Vorrei entrare a far parte della tua rete su LinkedIn.",
    "Vorrei collegarmi con te su LinkedIn.",
    # Dutch
    "Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.",
    "Ik wil u graag toevoegen aan mijn professionele netwerk op LinkedIn.",
    "Graag voeg ik je toe aan mijn professionele netwerk op LinkedIn.",
    "Ik wil graag deel uitmaken van je LinkedIn-netwerk.",
    "Ik wil graag lid worden van je LinkedIn-netwerk.",
)

# Words allowed around the stock sentence: a greeting with the recipient's name before it and
# the sender's signature ("- Jo Bloggs") after it.
_MAX_WORDS_BEFORE = 4
_MAX_WORDS_AFTER = 4
_FUZZY_CUTOFF = 90.0
# Old LinkedIn prefix: "Jo Bloggs has indicated you are a Friend:".
_INDICATED = re.compile(
    r"^.{0,120}?has indicated you (?:are|were) (?:a|an) [^:\n]{0,80}:\s*", re.I | re.S
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _norm(text: str) -> str:
    """Accent-free, casefolded, punctuation-free words separated by single spaces."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    text = anyascii(text).casefold().replace("'", "")
    return _NON_ALNUM.sub(" ", text).strip()


_STOCK_NORM: tuple[str, ...] = tuple(sorted({_norm(s) for s in STOCK_NOTES}, key=len))


def _leftover_ok(before: str, after: str) -> bool:
    """True when the words around the stock sentence look like a greeting and a signature."""
    return len(before.split()) <= _MAX_WORDS_BEFORE and len(after.split()) <= _MAX_WORDS_AFTER


@lru_cache(maxsize=16384)
def is_stock_note(text: str) -> bool:
    """True when an invitation note is empty or just LinkedIn's stock text (in any language).

    A greeting with a name before and a signature after the stock sentence are allowed
    ("Hi Jane, I'd like to join your LinkedIn network. - Jo"); a sentence of the sender's own
    makes it a real note.
    """
    if not text or not text.strip():
        return True
    norm = _norm(_INDICATED.sub("", text.strip()))
    if not norm:
        return True
    for stock in _STOCK_NORM:
        pos = norm.find(stock)
        if pos >= 0 and _leftover_ok(norm[:pos], norm[pos + len(stock) :]):
            return True
    if "link" not in norm:  # every stock sentence names LinkedIn
        return False
    for stock in _STOCK_NORM:
        if len(norm) < len(stock):
            if fuzz.ratio(stock, norm, score_cutoff=_FUZZY_CUTOFF):
                return True
            continue
        if len(norm) > len(stock) + 80:
            continue
        hit = fuzz.partial_ratio_alignment(stock, norm, score_cutoff=_FUZZY_CUTOFF)
        if hit is not None and _leftover_ok(norm[: hit.dest_start], norm[hit.dest_end :]):
            return True
    return False
