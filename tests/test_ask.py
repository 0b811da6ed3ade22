"""The ask message: placeholders filled as plain data, names parsed, template validated."""

from __future__ import annotations

import re

import pytest
from linkvet.core.ask import (
    BASE_PLACEHOLDERS,
    PLACEHOLDERS,
    TEMPLATE_FIELDS,
    VARIANTS,
    AskSettings,
    ask_message,
)
from linkvet.core.setting import SettingError, declared, validate

from tests.recommend.conftest import make_ctx


def test_default_message_uses_first_names() -> None:
    text = ask_message(make_ctx(name="Dr. Alex Miller, PhD"), AskSettings(), "Jane Doe")
    assert text.startswith("Hi Alex, thanks for the invitation.")
    assert text.endswith("Best, Jane Doe")


def test_owner_name_falls_back_to_context_owner() -> None:
    assert ask_message(make_ctx(), AskSettings(), None).endswith("Best, Jane Doe")


def test_no_owner_anywhere_drops_the_signature_cleanly() -> None:
    ctx = make_ctx(owner=None)
    ctx.invitation.recipient.name = ""
    assert ask_message(ctx, AskSettings(), None).endswith("\nBest")


def test_note_placeholder_and_braces_are_data() -> None:
    settings = AskSettings(template="{{quote}} {note} / {first_name}")
    ctx = make_ctx(name="{owner_name}", note="Hello {first_name} {0.__class__}")
    text = ask_message(ctx, settings, "Jane")
    assert text == "{quote} Hello {first_name} {0.__class__} / {owner_name}"


def test_long_note_is_cut() -> None:
    settings = AskSettings(template="{note}", max_note_chars=10)
    assert ask_message(make_ctx(note="x" * 50), settings, "J") == "x" * 9 + "…"


def test_missing_first_name_uses_fallback() -> None:
    assert ask_message(make_ctx(name=""), AskSettings(), "J").startswith("Hi there,")


@pytest.mark.parametrize(
    ("template", "words"),
    [
        ("Hi {name}", "unknown"),
        ("Hi {first_name", "stray"),
        ("Hi }", "stray"),
        ("{0}", "unknown"),
    ],
)
def test_template_validation(template: str, words: str) -> None:
    with pytest.raises(SettingError, match=words):
        validate(AskSettings(template=template))


def test_default_template_is_valid() -> None:
    validate(AskSettings())


@pytest.mark.parametrize(
    ("note", "words"),
    [
        ("", "How do we know each other"),
        ("Let's connect!", "How do we know each other"),
        (
            "Hi Jane, we met at the Seattle Talent Summit last week, great panel!",
            "for mentioning Seattle Talent Summit",
        ),
        ("Priya Sharma suggested I reach out to you.", "How do you know Priya Sharma"),
        ("Hi, I have an urgent requirement for a Salesforce Developer in Pune.",
         "about the Salesforce Developer role. Which company is it with"),
        ("Hi Jane, I'm hiring a Staff Data Engineer at Fabrikam Labs in Berlin. Interested?",
         "about the Staff Data Engineer role at Fabrikam Labs. Could you send me the job"),
        ("Hi, I'm a recruiter at Contoso Partners. Would love to connect.",
         "from Contoso Partners. Which role"),
        ("I applied to the Data Engineer role at Contoso last month.",
         "your interest in the Data Engineer role. Have you applied"),
        ("Hello sir, I am a fresher looking for a job. Please refer me.", "Which role or team"),
        ("A client would value a paid 1-hour phone consultation ($300/hr) on chip supply.",
         "Which firm and which client"),
        ("Would you be open to speak at our Kubernetes meetup? Happy to invite you to speak.",
         "invitation to speak"),
        ("Hi, I am an incoming student at RIT and wanted to know about the co-op programme.",
         "about RIT. What would you like to know"),
    ],
)  # fmt: skip
def test_the_message_acknowledges_the_note_and_asks_what_is_unknown(note: str, words: str) -> None:
    text = ask_message(make_ctx(name="Sam Lee", note=note), AskSettings(), "Jane Doe")
    assert words in text, text
    assert text.startswith("Hi Sam,") and text.endswith("Best, Jane Doe")


def test_each_situation_has_its_own_template_in_config() -> None:
    settings = AskSettings(role_template="Which company, {first_name}? ({role})")
    ctx = make_ctx(name="Sam Lee", note="We are looking for a Lead Engineer in Pune, interested?")
    assert ask_message(ctx, settings, "J") == "Which company, Sam? (Lead Engineer)"
    for _, (name, _) in VARIANTS.items():
        assert name in TEMPLATE_FIELDS


def test_named_values_from_the_note_stay_data_and_short() -> None:
    note = "We are hiring a {owner_name} Developer, let me know if you are interested."
    text = ask_message(make_ctx(note=note), AskSettings(), "Jane")
    assert "the {owner_name} Developer role" in text and text.endswith("Best, Jane")
    long_name = "Contoso" + "o" * 80 + " Inc"
    text = ask_message(make_ctx(note=f"Hi, I'm a recruiter at {long_name}."), AskSettings(), "J")
    assert "from Contoso" in text and "…" in text and long_name not in text


@pytest.mark.parametrize(
    ("field", "template", "ok"),
    [
        ("role_template", "Which company is the {role} role with?", True),
        ("role_template", "At {company}?", False),  # a role template knows no company
        ("job_template", "{role} at {company}", True),
        ("template", "{event}", False),
    ],
)
def test_each_template_allows_only_what_it_fills(field: str, template: str, ok: bool) -> None:
    settings = AskSettings(**{field: template})  # type: ignore[arg-type]
    if ok:
        validate(settings)
    else:
        with pytest.raises(SettingError, match=f"{field} placeholder"):
            validate(settings)


def test_each_template_doc_names_the_placeholders_it_fills() -> None:
    docs = {item.key: item.spec.doc for item in declared(AskSettings)}
    for name in TEMPLATE_FIELDS:
        named = set(re.findall(r"\{(\w+)\}", docs[name])) - set(BASE_PLACEHOLDERS)
        assert named == set(PLACEHOLDERS[name]), name
