"""Roles (core.roles): one recruiter / seller / open-networker lexicon for checks and patterns."""

from __future__ import annotations

from datetime import timedelta

import pytest
from linkvet.core.patterns import PatternSettings
from linkvet.core.patterns.context import build_context
from linkvet.core.roles import DEFAULT_ROLES, RolesSettings
from linkvet.core.setting import SettingError, validate

from tests.patterns.helpers import invite, owner, owners_map


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        ("HR Business Partner", "hr"),  # was a recruiter for patterns only
        ("Executive Search Consultant", "executive search"),  # was one for the checklist only
        ("Talent Acquisition Lead", "talent acquisition"),
        ("IT-Recruiterin bei Hays", "recruiterin"),
        ("Chargée de recrutement", "chargee de recrutement"),
        ("Responsabile Risorse Umane", "risorse umane"),
        ("Software Engineer", None),
    ],
)
def test_recruiter_words(headline: str, word: str | None) -> None:
    assert DEFAULT_ROLES.recruiter_word(headline) == word


def test_checks_and_patterns_share_the_lexicon() -> None:
    """A recipient whose headline the checks call a recruiter is one for the patterns too."""
    for title in ("HR Business Partner", "Executive Search Consultant"):
        recipient = owner("r", "Rae Recruiter", "Contoso", title)
        ctx = build_context([invite(recipient, "Sam Sender", timedelta(0))], owners_map(recipient),
                            PatternSettings())  # fmt: skip
        assert ctx.items[0].recruiter, title
        assert DEFAULT_ROLES.recruiter_word(title)


def test_seller_and_open_networker() -> None:
    assert DEFAULT_ROLES.seller_word("Account Executive | SaaS") == "account executive"
    assert DEFAULT_ROLES.seller_word("Salesforce Developer") is None
    assert DEFAULT_ROLES.open_networker_marker("Mark Stone (LION) 30K+") == "LION"
    assert DEFAULT_ROLES.open_networker_marker("Pierre Lion") is None
    assert DEFAULT_ROLES.open_networker_marker("I accept all invites!") == "i accept all invites"
    assert DEFAULT_ROLES.open_networker_marker("Coach | 12,000 followers") == "12,000 followers"


def test_a_language_replaces_its_defaults_and_extras_add() -> None:
    roles = RolesSettings(recruiter={"en": ["scout"]}, extra_recruiter=["talentjäger*"])
    assert roles.recruiter_word("Talent Scout") == "scout"
    assert roles.recruiter_word("Talentjägerin") == "talentjagerin"
    assert roles.recruiter_word("Recruiter") is None  # the English defaults were replaced
    assert roles.recruiter_words is roles.recruiter_words  # compiled once


def test_bad_count_regex_is_reported() -> None:
    with pytest.raises(SettingError, match="open_networker_patterns has a bad regex"):
        validate(RolesSettings(open_networker_patterns=["("]))
