"""Campaigns by e-mail domain and headline, and the small labelled benchmark run."""

from __future__ import annotations

from datetime import timedelta

from linkvet.core.patterns import describe, detect_patterns

from bench.pattern_quality import evaluate
from tests.patterns.helpers import invite, owner, owners_map

X = owner("xi", "Xi Wu", "Fabrikam", "Engineer")
Y = owner("yo", "Yo Ma", "Northwind", "Engineer")
Z = owner("zed", "Zed Oz", "Litware", "Engineer")
OWNERS = owners_map(X, Y, Z)


def test_campaign_by_company_email_domain():
    invs = [
        invite(X, "Sam One", timedelta(0), email="sam.one@vendorly.com"),
        invite(Y, "Sam Two", timedelta(days=2), email="s.two@mail.vendorly.com"),
        invite(Z, "Sam Three", timedelta(days=4), company="Vendorly Solutions GmbH"),
    ]
    camp = [p for p in detect_patterns(invs, OWNERS) if p.kind == "campaign"]
    assert len(camp) == 1
    assert camp[0].company == "Vendorly Solutions GmbH"
    assert camp[0].counts["senders"] == 3
    assert "email domain 'vendorly.com'" in " ".join(camp[0].evidence)
    assert describe(camp[0]).startswith("3 people from Vendorly Solutions GmbH sent invitations")


def test_free_mail_and_role_addresses_are_not_a_company():
    invs = [
        invite(X, "Sam One", timedelta(0), email="sam.one@gmail.com"),
        invite(Y, "Sam Two", timedelta(days=1), email="two@gmail.com"),
        invite(Z, "Sam Three", timedelta(days=2), email="info@vendorly.com"),
    ]
    assert detect_patterns(invs, OWNERS) == []


def test_small_benchmark_meets_targets():
    result = evaluate(1500, 12, seed=3)
    assert result["n_invitations"] >= 1500
    for kind, scores in result["kinds"].items():
        assert scores["planted"] >= 2, kind
        assert scores["precision"] >= 0.95, (kind, scores)
        assert scores["recall"] >= 0.95, (kind, scores)
