"""Masking, stock-text recognition (with translations), and settings parsing."""

from __future__ import annotations

import pytest
from linkvet.core.models import Owner, Person
from linkvet.core.patterns import PatternSettings, is_stock_note, mask_note
from linkvet.core.patterns.stock import STOCK_NOTES


def test_mask_recipient_name_company_title_urls_emails_numbers():
    who = Owner(id="a", name="Zoë O'Neil", company="Contoso Ltd", headline="Senior Recruiter")
    note = (
        "Hi Zoë! As Senior Recruiter at Contoso you know 12 roles/week is a lot. "
        "See https://hire.example.com/x?a=1 or mail me at jo@vendor.io. O'Neil, right?"
    )
    assert mask_note(note, who) == (
        "hi {name}! as {title} at {company} you know {number} roles/week is a lot. "
        "see {url} or mail me at {email} . {name}, right?"
    )


def test_mask_makes_mail_merged_notes_equal_and_keeps_others_apart():
    t = "Hello {n}, great work at {c}; {c} is lucky to have you."
    a = Person(name="Ann Lee", company="Fabrikam Inc.")
    b = Person(name="José Núñez", company="Société Générique SA")
    ma = mask_note(t.format(n="Ann", c="Fabrikam"), a)
    mb = mask_note(t.format(n="José", c="Société Générique"), b)
    assert ma == mb == "hello {name}, great work at {company}; {company} is lucky to have you."
    # Another person's name is not the recipient's, so it stays.
    assert "bob" in mask_note("Hi Bob, nice to meet you", a)


def test_mask_without_recipient_still_folds_accents_and_numbers():
    assert (
        mask_note("Café  meeting at 10:30 on 2024-05-01!")
        == "cafe meeting at {number} on {number}!"
    )
    assert mask_note("") == ""


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
    ],
)
def test_real_notes_are_not_stock(text):
    assert not is_stock_note(text)


def test_settings_defaults_and_from_mapping():
    s = PatternSettings.from_mapping(
        {"fanout_window_days": 3, "burst_min_owners": 4, "recruiter_keywords": ["scout"]}
    )
    assert s.fanout_window_days == 3.0 and isinstance(s.fanout_window_days, float)
    assert s.burst_min_owners == 4 and s.recruiter_keywords == ["scout"]
    assert s.campaign_min_senders == PatternSettings().campaign_min_senders == 3
    assert PatternSettings.from_mapping({}) == PatternSettings()


@pytest.mark.parametrize(
    ("data", "word"),
    [
        ({"fanout_windw_days": 3}, "fanout_windw_days"),
        ({"burst_min_owners": "3"}, "burst_min_owners"),
        ({"burst_min_owners": 2.5}, "burst_min_owners"),
        ({"fanout_min_owners": True}, "fanout_min_owners"),
        ({"recruiter_keywords": "recruiter"}, "recruiter_keywords"),
        ({"campaign_min_senders": 1}, "campaign_min_senders"),
        ({"template_similarity": 101}, "template_similarity"),
        ({"burst_window_hours": 0}, "burst_window_hours"),
    ],
)
def test_from_mapping_rejects_bad_input_naming_the_key(data, word):
    with pytest.raises(ValueError, match=word):
        PatternSettings.from_mapping(data)
