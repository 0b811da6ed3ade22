"""LinkedIn's stock invitation text, in every language listed, counts as no note."""

from __future__ import annotations

import pytest
from linkvet.core.notes import STOCK_NOTES, is_stock_note


@pytest.mark.parametrize("text", STOCK_NOTES)
def test_every_listed_stock_text_is_stock(text):
    assert is_stock_note(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n",
        "I’d like to add you to my professional network on LinkedIn.",  # curly apostrophe
        "Hi Jane, I'd like to join your LinkedIn network.\n\n- Jo Bloggs",
        "Jane, I'd like to add you to my professional network on LinkedIn. - Jo Bloggs, MBA",
        "Jo Bloggs has indicated you are a Friend:\n\nI'd like to add you to my professional "
        "network on LinkedIn.\n\n- Jo Bloggs",
        "Hallo Frau Müller, ich möchte Sie gern zu meinem beruflichen Netzwerk auf LinkedIn "
        "hinzufügen.",  # gern/gerne: fuzzy
        "Bonjour, j'aimerais vous inviter a rejoindre mon reseau professionnel en ligne, sur le "
        "site LinkedIn.",  # accents dropped
        "Hola Ana, me gustaría agregarte a mi red profesional en LinkedIn.",
        "Olá, gostaria de adicioná-la à minha rede profissional no LinkedIn.",
        "Ciao, vorrei aggiungerti alla mia rete professionale su LinkedIn.",
        "Hoi Sanne, ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.",
        "J'aimerais vous inviter à rejoindre mon réseau professionnel en ligne.",  # cut short
        "Hi Ravi, मैं आपको LinkedIn पर अपने पेशेवर नेटवर्क में जोड़ना चाहता हूँ।",
        ".",
    ],
)
def test_stock_variants_count_as_no_note(text):
    assert is_stock_note(text)


@pytest.mark.parametrize(
    "text",
    [
        "Great to meet you at the conference",
        "Hi Jane, I'd like to add you to my professional network on LinkedIn because we "
        "worked together on the Fabrikam migration last year and I would love to catch up.",
        "Ich habe Ihren Vortrag über Compiler gehört und würde mich gern vernetzen.",
        "LinkedIn",
        "J'aimerais vous inviter",  # too little of it to tell
        "Me gustaría conocer tu experiencia en la red de distribución de LinkedIn Iberia.",
    ],
)
def test_real_notes_are_not_stock(text):
    assert not is_stock_note(text)
