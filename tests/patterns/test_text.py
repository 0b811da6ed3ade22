"""Masking and settings parsing (LinkedIn's stock text: tests/notes/test_stock.py)."""

from __future__ import annotations

import pytest
from linkvet.core.models import Owner, Person
from linkvet.core.patterns import PatternSettings, mask_note


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


def test_settings_defaults_and_from_mapping():
    s = PatternSettings.from_mapping(
        {"fanout_window_days": 3, "burst_min_owners": 4, "ignored_companies": ["acme"]}
    )
    assert s.fanout_window_days == 3.0 and isinstance(s.fanout_window_days, float)
    assert s.burst_min_owners == 4 and s.ignored_companies == ["acme"]
    assert s.campaign_min_senders == PatternSettings().campaign_min_senders == 3
    assert PatternSettings.from_mapping({}) == PatternSettings()


@pytest.mark.parametrize(
    ("data", "word"),
    [
        ({"fanout_windw_days": 3}, "fanout_windw_days"),
        ({"burst_min_owners": "3"}, "burst_min_owners"),
        ({"burst_min_owners": 2.5}, "burst_min_owners"),
        ({"fanout_min_owners": True}, "fanout_min_owners"),
        ({"ignored_companies": "acme"}, "ignored_companies"),
        ({"recruiter_keywords": ["x"]}, "recruiter_keywords"),  # moved to [roles]
        ({"roles": {}}, "roles"),  # attached by the loader, not a [patterns] key
        ({"campaign_min_senders": 1}, "campaign_min_senders"),
        ({"template_similarity": 101}, "template_similarity"),
        ({"burst_window_hours": 0}, "burst_window_hours"),
    ],
)
def test_from_mapping_rejects_bad_input_naming_the_key(data, word):
    with pytest.raises(ValueError, match=word):
        PatternSettings.from_mapping(data)
