"""Masking (LinkedIn's stock text: tests/notes/test_stock.py)."""

from __future__ import annotations

from linkvet.core.models import Owner, Person
from linkvet.core.patterns import mask_note


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
