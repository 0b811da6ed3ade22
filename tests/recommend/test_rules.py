"""Validation of user rules: every mistake is a RuleError naming the key and the rule."""

from __future__ import annotations

from typing import Any

import pytest
from linkvet.core.config import default_config_text
from linkvet.core.recommend import CONDITIONS, RuleError, parse_rules
from linkvet.core.recommend.rules import RULE_KEYS, Rule


def rule(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"name": "r", "when": {"note": "none"}, "then": "decline"}
    base.update(kw)
    return base


@pytest.mark.parametrize(
    ("data", "key", "words"),
    [
        (rule(when={"headline_contains": "x"}), "headline_contains", "unknown condition"),
        (rule(when={"headline_matches": "("}), "headline_matches", "not a valid regex"),
        (rule(then="maybe"), "then", "then must be one of"),
        (rule(when={}), "when", "non-empty table"),
        (rule(name=""), "name", "needs a name"),
        (rule(colour="red"), "colour", "unknown rule key"),
        (rule(confidence=2), "confidence", "between 0 and 1"),
        (rule(when={"note": "empty"}), "note", "not one of"),
        (rule(when={"check": {"kown": "pass"}}), "check", "unknown check"),
        (rule(when={"check": {"known": "yes"}}), "check", "not one of"),
        (rule(when={"mutual_connections_gte": "10"}), "mutual_connections_gte", "whole number"),
        (rule(when={"mutual_connections_lte": True}), "mutual_connections_lte", "whole number"),
        (rule(when={"email_domain_in": []}), "email_domain_in", "list of strings"),
        (rule(when={"pattern_kind_in": ["spam"]}), "pattern_kind_in", "not one of"),
    ],
)
def test_invalid_rules(data: dict[str, Any], key: str, words: str) -> None:
    with pytest.raises(RuleError) as info:
        parse_rules([rule(name="ok"), data])
    assert info.value.key == key
    assert info.value.index == 1
    assert words in str(info.value)


def test_duplicate_names_rejected() -> None:
    with pytest.raises(RuleError, match="two rules are named"):
        parse_rules([rule(), rule()])


def test_rules_must_be_a_list() -> None:
    with pytest.raises(RuleError):
        parse_rules({"name": "x"})


SAMPLES: dict[str, Any] = {
    "headline_matches": "crypto",
    "name_matches": "bot",
    "company_matches": "acme",
    "note_matches": "hi",
    "note": ["none", "stock"],
    "note_category": "spam",
    "email_domain_in": ["contoso.com"],
    "mutual_connections_gte": 3,
    "mutual_connections_lte": 9,
    "check": {"known": ["pass", "unknown"]},
    "pattern_kind_in": ["burst"],
}


def test_every_condition_is_parsed_documented_and_in_the_config_file() -> None:
    assert list(SAMPLES) == list(CONDITIONS)
    parsed = parse_rules([rule(when=SAMPLES)])[0]
    assert [c.key for c in parsed.conditions] == list(CONDITIONS)
    text = default_config_text()
    for name, doc in {**CONDITIONS, **RULE_KEYS}.items():
        assert doc.strip() and "\n" not in doc, name
        assert f"#   {name}" in text, name


def test_valid_rule_keeps_values() -> None:
    parsed = Rule.from_mapping(
        {"name": "x", "when": {"mutual_connections_gte": 3, "note": ["none"]}, "then": "ask"}
    )
    assert [c.key for c in parsed.conditions] == ["mutual_connections_gte", "note"]
    assert parsed.then == "ask"
