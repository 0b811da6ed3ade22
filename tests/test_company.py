"""Company names (core.company): one normalisation and its views, domains, headlines."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linkvet.core.company import (
    acronym,
    company_key,
    company_name,
    company_phrase,
    company_relation,
    company_signals,
    domain_agrees,
    domain_label,
    headline_company,
    names_agree,
    sender_company,
)
from linkvet.core.models import Person


def test_the_contoso_group_has_one_key_in_every_view() -> None:
    name = company_name("The Contoso Group Ltd")
    assert name is not None
    assert (name.key, name.phrase, name.display) == (
        "contosogroup",
        "contoso group",
        "The Contoso Group Ltd",
    )
    assert company_name("Bank of North America").acronym == "bna"  # type: ignore[union-attr]
    assert company_key("The Contoso Group") == company_key("CONTOSO GROUP LIMITED") == name.key
    assert company_phrase("the contoso group") == "contoso group"


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Contoso GmbH", "contoso"),
        ("contoso ag", "contoso"),
        ("Société Générale S.A.", "societegenerale"),
        ("Müller & Söhne KG", "mullersohne"),
        ("The", "the"),  # a lone "the" is kept: something is better than nothing
    ],
)
def test_company_keys(raw: str, key: str) -> None:
    assert company_key(raw) == key


def test_ignored_values_name_no_employer() -> None:
    assert company_key("Self-employed", ["self-employed"]) is None
    assert company_key("", []) is None
    assert company_name(None) is None


@pytest.mark.parametrize(
    ("domain", "label"),
    [
        ("mail.contoso.co.uk", "contoso"),
        ("contoso.com", "contoso"),
        ("hr.fabrikam.gov.in", "fabrikam"),
        ("contoso", None),
    ],
)
def test_domain_label(domain: str, label: str | None) -> None:
    assert domain_label(domain) == label


@pytest.mark.parametrize(
    ("headline", "company"),
    [
        ("Account Executive at Vendorly GmbH | Helping teams", "Vendorly GmbH"),
        ("Vendorly Ltd | Sales", "Vendorly Ltd"),
        ("Recruiterin bei Contoso AG", "Contoso AG"),
        ("Chargée de recrutement chez Fabrikam", "Fabrikam"),
        ("CEO @ Contoso Ltd.", "Contoso Ltd."),
        ("Software Engineer | Python | AWS", None),
        ("Just me", None),
        (None, None),
    ],
)
def test_headline_company(headline: str | None, company: str | None) -> None:
    assert headline_company(headline) == company


def test_sender_company_sources_in_order() -> None:
    assert sender_company(Person(name="a", company="Self-employed"), ["self-employed"]) is None
    got = sender_company(Person(name="a", headline="CEO @ Contoso Ltd."))
    assert got is not None and got[0] == "contoso" and got[2] == "headline"
    got = sender_company(Person(name="a", company="Fabrikam Inc", headline="CEO @ Contoso"))
    assert got == ("fabrikam", "Fabrikam Inc", "company")
    got = sender_company(Person(name="a", email="jo@mail.northwind.co.uk"))
    assert got == ("northwind", "mail.northwind.co.uk", "email domain")
    assert sender_company(Person(name="a", email="jo@gmail.com")) is None


def test_comparisons_for_matching() -> None:
    assert names_agree("contoso group", "contoso")
    assert not names_agree("contoso", "fabrikam")
    assert domain_agrees("mail.microsoft.com", company_phrase("Microsoft Corporation"))
    assert domain_agrees("bna.com", "bank of north america")
    assert acronym("bank of north america") == "bna"
    assert not domain_agrees("gmail.com", "contoso")


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("Microsoft Corporation", "microsoft"),
        ("The Boeing Company", "boeing"),
        ("Nestlé S.A.", "nestle"),
        ("", ""),
    ],
)
def test_company_phrases_the_matcher_compares(name: str, phrase: str) -> None:
    assert company_phrase(name) == phrase


def test_company_relation_rules() -> None:
    """The matcher's company signal: agreement by name or e-mail domain, else differs."""
    ms = company_signals("Microsoft Corporation", None, [])
    assert company_relation(ms, company_signals("Microsoft", None, [])) == "agrees"
    assert company_relation(ms, company_signals(None, None, ["jane@microsoft.com"])) == "agrees"
    assert company_relation(ms, company_signals("Acme Corp", None, [])) == "differs"
    assert company_relation(ms, company_signals(None, None, ["jane@gmail.com"])) is None
    from_headline = company_signals(None, "Recruiter at Acme Corp | Hiring", [])
    assert from_headline == (("acme",), ())
    assert company_signals("Contoso", "Recruiter at Acme Corp", []) == (("contoso",), ())


# The headline patterns before issue 19 (quadratic on a run of spaces): what must still match.
_OLD_AT = re.compile(r"(?:\s+(?:at|bei|chez|presso|bij)\s+|\s*@\s*)(?P<co>.+)$", re.I)
_OLD_TRAILING = re.compile(r"\s*(?:[,;(\[]|\s[-–—·•]\s).*$")
_OLD_SEGMENTS = re.compile(r"\s*[|•]\s*")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["at", "x", " ", " ", "\t", "@", "|", "•", ",", "-", "("]),
                max_size=14).map("".join))  # fmt: skip
def test_linear_headline_patterns_match_as_before(text: str) -> None:
    from linkvet.core import company

    old, new = _OLD_AT.search(text), company._AT.search(text)
    assert (old and old.span()) == (new and new.span())
    assert company._TRAILING.sub("", text) == _OLD_TRAILING.sub("", text)
    assert company._SEGMENTS.split(text) == _OLD_SEGMENTS.split(text)


def test_headline_of_many_spaces_finishes() -> None:
    """A 1 MB headline of spaces and '@' was quadratic; only that it finishes (bench/)."""
    assert headline_company(" " * 1_000_000 + "@") is None
    assert headline_company("Recruiter" + " " * 1_000_000 + "at Acme") == "Acme"
