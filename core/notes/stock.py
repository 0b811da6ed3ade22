"""LinkedIn's stock invitation texts: a note that is only stock text counts as "no note".

The one home of the rule: the note reader (`core.notes`), the template detector (stock text
is never a template), the checklist and the rules' `note = "stock"` all ask `is_stock_note`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from linkvet.core.text import plain_words
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
    "J'aimerais faire partie de votre réseau sur LinkedIn.",
    "J'aimerais faire partie de votre réseau LinkedIn.",
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
    # Swedish, Danish, Norwegian
    "Jag vill gärna lägga till dig i mitt professionella nätverk på LinkedIn.",
    "Jeg vil gerne føje dig til mit professionelle netværk på LinkedIn.",
    "Jeg vil gjerne legge deg til i mitt profesjonelle nettverk på LinkedIn.",
    # Polish, Czech, Romanian
    "Chciałbym dodać Cię do mojej sieci zawodowej na LinkedIn.",
    "Chciałabym dodać Cię do mojej sieci zawodowej na LinkedIn.",
    "Rád bych si vás přidal do své profesní sítě na LinkedIn.",
    "Aș dori să vă adaug în rețeaua mea profesională de pe LinkedIn.",
    # Turkish, Indonesian, Russian
    "Sizi LinkedIn'deki profesyonel ağıma eklemek istiyorum.",
    "Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn.",
    "Я хотел бы добавить вас в свою профессиональную сеть в LinkedIn.",
    "Я хотела бы добавить вас в свою профессиональную сеть в LinkedIn.",
    # Hindi
    "मैं आपको LinkedIn पर अपने पेशेवर नेटवर्क में जोड़ना चाहता हूँ।",
    "मैं आपको LinkedIn पर अपने पेशेवर नेटवर्क में जोड़ना चाहती हूँ।",
)

# Words allowed around the stock sentence: a greeting with the recipient's name before it and
# the sender's signature ("- Jo Bloggs") after it.
_MAX_WORDS_BEFORE = 4
_MAX_WORDS_AFTER = 4
_FUZZY_CUTOFF = 90.0
# A stock sentence cut short by an export or a copy ("J'aimerais vous inviter à rejoindre
# mon réseau professionnel en ligne."): at least this share of it, from its start.
_MIN_PREFIX_SHARE = 0.6
# Old LinkedIn prefix: "Jo Bloggs has indicated you are a Friend:".
_INDICATED = re.compile(
    r"^.{0,120}?has indicated you (?:are|were) (?:a|an) [^:\n]{0,80}:\s*", re.I | re.S
)
_STOCK_NORM: tuple[str, ...] = tuple(sorted({plain_words(s) for s in STOCK_NOTES}, key=len))
_LONGEST = max(len(s) for s in _STOCK_NORM)


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
    norm = plain_words(_INDICATED.sub("", text.strip()))
    if not norm:
        return True
    if "link" not in norm:  # every whole stock sentence names LinkedIn: only a cut one is left
        return _cut_stock(norm)
    if len(norm) > _LONGEST + 80:
        return False
    for stock in _STOCK_NORM:
        pos = norm.find(stock)
        if pos >= 0 and _leftover_ok(norm[:pos], norm[pos + len(stock) :]):
            return True
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


def _cut_stock(norm: str) -> bool:
    """True when the note is the start of a stock sentence (most of it), nothing more."""
    first = norm.split(" ", 1)[0]
    for stock in _BY_FIRST_WORD.get(first, ()):
        fits = _MIN_PREFIX_SHARE * len(stock) <= len(norm) < len(stock)
        if fits and fuzz.ratio(stock[: len(norm)], norm, score_cutoff=_FUZZY_CUTOFF):
            return True
    return False


# A cut sentence begins like the whole one: index the stock texts by their first word.
_BY_FIRST_WORD: dict[str, tuple[str, ...]] = {}
for _stock in _STOCK_NORM:
    _BY_FIRST_WORD[_stock.split(" ", 1)[0]] = (
        *_BY_FIRST_WORD.get(_stock.split(" ", 1)[0], ()),
        _stock,
    )
