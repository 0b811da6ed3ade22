"""The ask message: placeholders filled as plain data, names parsed, template validated."""

from __future__ import annotations

import pytest
from linkvet.core.ask import AskSettings, ask_message

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
    with pytest.raises(ValueError, match=words):
        AskSettings(template=template).validate()


def test_default_template_is_valid() -> None:
    AskSettings().validate()
