"""Reasons, confidence and purity of the built-in verdict and decision memory."""

from __future__ import annotations

import linkvet.core.recommend.verdict as verdict_module
from linkvet.core.checklist import evaluate
from linkvet.core.recommend import RecommendSettings, parse_rules, recommend

from tests.recommend.conftest import SETTINGS, contact, conversation, make_ctx, pattern, prior

REC = RecommendSettings()


def run(ctx, rules=()):  # type: ignore[no-untyped-def]
    return recommend(ctx, evaluate(ctx, SETTINGS), REC, list(rules))


def test_unanswered_ask_names_date_and_days() -> None:
    ctx = make_ctx(asked_days_ago=15)
    result = run(ctx)
    assert result.verdict == "decline"
    assert "asked on 2024-05-17, no reply after 15 days" in result.reasons[0]


def test_exactly_follow_up_days_is_enough() -> None:
    assert run(make_ctx(asked_days_ago=14)).verdict == "decline"


def test_memory_kept_names_decision_and_date() -> None:
    result = run(make_ctx(prior=prior("decline", days_ago=200)))
    assert result.verdict == "decline"
    assert result.reasons == ["you decided decline on 2023-11-14 for this person"]


def test_memory_changed_says_so_and_what() -> None:
    result = run(make_ctx(known=contact(), prior=prior("decline")))
    assert result.verdict == "accept"
    assert any(
        r.startswith("evidence changed since your earlier decision") and "now a known contact" in r
        for r in result.reasons
    )


def test_same_note_again_keeps_memory_even_with_other_spacing() -> None:
    ctx = make_ctx(note="Hello  there JANE", prior=prior("accept", "hello there jane"))
    assert run(ctx).reasons[0].startswith("you decided accept")


def test_stock_note_is_not_a_new_note_for_memory() -> None:
    stock = "I'd like to add you to my professional network on LinkedIn."
    assert run(make_ctx(note=stock, prior=prior("decline", ""))).verdict == "decline"


def test_memory_ignores_pending_prior() -> None:
    result = run(make_ctx(prior=prior("pending")))
    assert result.verdict == "ask"
    assert not any("earlier decision" in r for r in result.reasons)


def test_rule_reason_names_the_rule_and_conditions() -> None:
    rules = parse_rules(
        [{"name": "crypto spam", "when": {"headline_matches": "crypto"}, "then": "decline"}]
    )
    result = run(make_ctx(headline="CRYPTO whale", known=contact()), rules)
    assert result.verdict == "decline"
    assert result.reasons == ['rule "crypto spam" matched (headline matches crypto)']
    assert result.confidence == 0.9


def test_rule_custom_reason_and_confidence() -> None:
    rules = parse_rules(
        [
            {
                "name": "vip",
                "when": {"name_matches": "^alex"},
                "then": "accept",
                "confidence": 0.6,
                "reason": "Alex is always welcome",
            }
        ]
    )
    result = run(make_ctx(), rules)
    assert (result.verdict, result.confidence) == ("accept", 0.6)
    assert result.reasons == ['rule "vip": Alex is always welcome']


def test_first_matching_rule_wins() -> None:
    rules = parse_rules(
        [
            {"name": "a", "when": {"check": {"known": "fail"}}, "then": "ask"},
            {"name": "b", "when": {"check": {"known": ["fail", "unknown"]}}, "then": "decline"},
        ]
    )
    assert run(make_ctx(), rules).reasons[0].startswith('rule "a"')


def test_rule_note_kinds() -> None:
    def verdict(note: str) -> str:
        rules = parse_rules(
            [{"name": "n", "when": {"note": ["stock", "other"]}, "then": "decline"}]
        )
        return run(make_ctx(note=note, known=contact()), rules).verdict

    assert verdict("I'd like to join your LinkedIn network.") == "decline"
    assert verdict("Let's connect") == "decline"
    assert verdict("") == "accept"
    assert verdict("We met at the Berlin meetup.") == "accept"


def test_rule_pattern_kind() -> None:
    rules = parse_rules([{"name": "p", "when": {"pattern_kind_in": ["burst"]}, "then": "ask"}])
    assert run(make_ctx(patterns=[pattern("burst")]), rules).reasons[0].startswith('rule "p"')
    assert not run(make_ctx(patterns=[pattern("campaign")]), rules).reasons[0].startswith("rule")


def test_email_domain_uses_matched_contact_email() -> None:
    rules = parse_rules(
        [{"name": "co", "when": {"email_domain_in": ["fabrikam.com"]}, "then": "decline"}]
    )
    ctx = make_ctx(known=contact(email="a.b@Fabrikam.com"))
    assert run(ctx, rules).verdict == "decline"
    assert run(make_ctx(email="a@notfabrikam.com"), rules).verdict == "ask"


def test_override_recomputes_verdict_from_same_context() -> None:
    ctx = make_ctx(headline="Recruiter")
    assert run(ctx).verdict == "decline"
    ctx.overrides["known"] = "pass"
    result = run(ctx)
    assert result.verdict == "accept"
    assert "(set by you)" in result.reasons[0]


def test_mass_invite_reasons_quote_pattern_evidence() -> None:
    result = run(make_ctx(patterns=[pattern("campaign", evidence=["e1", "e2", "e3"])]))
    assert result.verdict == "decline"
    assert "mass_invite: campaign pattern (3 invitations)" in result.reasons[0]


def test_two_hard_failures_raise_confidence() -> None:
    one = run(make_ctx(patterns=[pattern("campaign")]))
    two = run(make_ctx(patterns=[pattern("campaign")], headline="LION"))
    assert two.confidence > one.confidence
    assert len(two.reasons) == 2


def test_accept_confidence_higher_with_both_known_and_rapport() -> None:
    single = run(make_ctx(known=contact()))
    both = run(make_ctx(known=contact(), conv=conversation("in out")))
    assert both.confidence > single.confidence


def test_ask_confidence_orders_by_note_quality() -> None:
    personal = run(make_ctx(note="We met at the Berlin meetup."))
    generic = run(make_ctx(note="Let's connect"))
    none = run(make_ctx())
    assert personal.confidence > generic.confidence > none.confidence


def test_deterministic_and_pure() -> None:
    ctx = make_ctx(headline="Recruiter", note="Let's connect", mutual=3)
    first = run(ctx)
    assert run(ctx) == first
    assert ctx.overrides == {}


def test_rule_table_is_documented_in_markdown() -> None:
    doc = verdict_module.__doc__ or ""
    assert "| # | when | verdict | confidence |" in doc
    assert doc.count("\n| ") >= 11
