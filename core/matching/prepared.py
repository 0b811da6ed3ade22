"""Per-record preparation done once (never inside the scorer): readings, keys, company signals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from anyascii import anyascii
from linkvet.core.company import CompanySignals, company_signals
from linkvet.core.emails import is_role_address, normalize_email
from linkvet.core.identity import profile_slug
from linkvet.core.matching.normalize import NormName, normalize_name
from linkvet.core.matching.readings import Reading, contact_readings, sender_readings
from linkvet.core.models import Contact, Person

_OPAQUE_SLUG_PREFIXES = ("pub:", "sales:", "acoaa", "acwaa")
_WORDS = re.compile(r"[a-z0-9]+")


def person_emails(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Normalised personal addresses (role addresses such as info@ are dropped)."""
    out: list[str] = []
    for v in values:
        e = normalize_email(v)
        if e and not is_role_address(e) and e not in out:
            out.append(e)
    return tuple(out)


def is_vanity_slug(slug: str | None) -> bool:
    """True for a member-chosen `/in/<slug>` (not a /pub/, Sales Navigator or ACoAA id)."""
    return bool(slug) and not slug.startswith(_OPAQUE_SLUG_PREFIXES)  # type: ignore[union-attr]


def fold_text(text: str | None) -> str:
    """A headline or position as compared: words casefolded, punctuation and spacing folded."""
    if not text or not text.strip():
        return ""
    return " ".join(_WORDS.findall(anyascii(text).casefold()))


@dataclass(slots=True)
class Prepared:
    """A sender or contact reduced to what the matcher compares."""

    norm: NormName
    readings: tuple[Reading, ...]
    slug: str | None
    emails: tuple[str, ...]
    company: CompanySignals
    display: str  # the name as written; norm is always normalize_name(display)
    role: str = ""  # folded headline (sender) or position (contact)
    contact: Contact | None = None

    @property
    def is_connection(self) -> bool:
        """The record is a current first-degree connection."""
        return self.contact is not None and self.contact.source == "connection"

    @property
    def vanity(self) -> str | None:
        """The member-chosen profile slug, when there is one."""
        return self.slug if is_vanity_slug(self.slug) else None


def _contact_name(c: Contact) -> str:
    """The contact's display name, or first and last name when the export left it empty."""
    name = (c.name or "").strip()
    if name:
        return name
    return f"{c.first_name or ''} {c.last_name or ''}".strip()


def prepare_contact(c: Contact) -> Prepared:
    """Prepare a contact: readings, slug, personal e-mails, company keys and domains."""
    emails = person_emails(list(c.emails or []))
    display = _contact_name(c)
    return Prepared(
        norm=normalize_name(display),
        readings=contact_readings(c.first_name or "", c.last_name or "", display),
        slug=profile_slug(c.profile_url),
        emails=emails,
        company=company_signals(c.company, c.title, emails),
        display=display,
        role=fold_text(c.title),
        contact=c,
    )


def prepare_person(p: Person) -> Prepared:
    """Prepare a sender (or a typed lookup query)."""
    emails = person_emails([p.email] if p.email else [])
    name = p.name or ""
    return Prepared(
        norm=normalize_name(name),
        readings=sender_readings(name),
        slug=profile_slug(p.profile_url),
        emails=emails,
        company=company_signals(p.company, p.headline, emails),
        display=name,
        role=fold_text(p.headline),
    )
