"""Text folding and keyword matching (core.text): one comparable form for every rule."""

from __future__ import annotations

from linkvet.core.text import KeywordMatcher, compact, contains_phrase, fold, plain_words, same_text


def test_whole_word_and_prefix_keywords() -> None:
    m = KeywordMatcher(["sales", "recruit*", "talent acquisition"])
    assert m.find(fold("Head of Sales")) == "sales"
    assert m.find(fold("Salesforce developer")) is None
    assert m.find(fold("IT-Recruiterin")) == "recruiterin"
    assert m.find(fold("Talent  Acquisition")) == "talent acquisition"
    assert m.find(fold("talented engineer")) is None


def test_accents_and_case_are_ignored_both_sides() -> None:
    m = KeywordMatcher(["Chargée de recrutement"])
    assert m.find(fold("CHARGEE DE RECRUTEMENT")) == "chargee de recrutement"


def test_empty_matcher_finds_nothing() -> None:
    assert KeywordMatcher(["", "  "]).find("anything") is None


def test_find_all_distinct() -> None:
    m = KeywordMatcher(["data", "cloud"])
    assert m.find_all("data data cloud") == {"data", "cloud"}


def test_fold_reads_styled_letters_curly_quotes_and_other_scripts() -> None:
    assert fold("𝐉𝐚𝐧𝐞  Doe") == "jane doe"
    assert fold("José’s Café") == "jose's cafe"
    assert fold("Müller\u00a0GmbH") == "muller gmbh"
    assert fold("नौकरी") == fold("नौकरी") != ""  # transliterated, the same on both sides
    assert fold(None) == ""


def test_plain_words_and_compact_views() -> None:
    assert plain_words("I’d like to connect!") == "id like to connect"
    assert compact("The Contoso-Group, Ltd.") == "thecontosogroupltd"


def test_same_text() -> None:
    assert same_text(" Hello\u00a0 World ", "hello world")
    assert not same_text("hello", "hello!")


def test_contains_phrase_on_word_boundaries() -> None:
    assert contains_phrase("i read about contoso's launch", "contoso")
    assert not contains_phrase("contosogroup", "contoso")
    assert not contains_phrase("", "x")
