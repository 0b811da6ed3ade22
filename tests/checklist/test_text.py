"""Keyword matching and text folding used by the checks."""

from __future__ import annotations

from linkvet.core.checklist.text import KeywordMatcher, company_key, first_name, fold, same_text


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


def test_first_name_and_company_key() -> None:
    assert first_name("Dr. Jane Doe, MBA") == "Jane"
    assert first_name("𝐉𝐚𝐧𝐞 Doe") == "Jane"
    assert first_name("") == ""
    assert company_key("Contoso GmbH") == company_key("contoso ag") == "contoso"


def test_same_text() -> None:
    assert same_text(" Hello\u00a0 World ", "hello world")
    assert not same_text("hello", "hello!")


def test_stock_pre_test_never_hides_a_stock_text() -> None:
    from linkvet.core.checklist.facts import is_stock, may_be_stock
    from linkvet.core.patterns.stock import STOCK_NOTES

    for text in STOCK_NOTES:
        assert may_be_stock(fold(text)), text
        assert is_stock(text), text
    assert not may_be_stock(fold("We met at the meetup"))
    assert may_be_stock(fold("Me gustaría formar parte de tu red."))
