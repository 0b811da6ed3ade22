"""Address-book CSVs: LinkedIn Contacts.csv / ImportedContacts.csv (all eras), Google Contacts
and Outlook exports. Every entry becomes a contact the owner knows."""

from __future__ import annotations

import re

from linkvet.core.identity import canonical_profile_url
from linkvet.core.importers.kinds import extra_columns
from linkvet.core.importers.parsed import Parsed, RawContact, data_rows, opt, reject
from linkvet.core.importers.table import Table

_EMAIL_SPLIT = re.compile(r"\s*(?:,|;|:::)\s*")
_URL = re.compile(r"https?://[^\s,;]+|(?:[a-z]{2,3}\.)?linkedin\.com/[^\s,;]+", re.IGNORECASE)


def split_emails(value: str) -> list[str]:
    """Addresses from a cell that may join several with `, ` (LinkedIn) or ` ::: ` (Google)."""
    return [part for part in _EMAIL_SPLIT.split(value) if "@" in part]


def linkedin_url(values: list[str]) -> str | None:
    """The first LinkedIn member URL found in free-text site/profile cells."""
    for value in values:
        for found in _URL.findall(value):
            url = canonical_profile_url(found)
            if url:
                return url
    return None


def parse_address_book(table: Table, out: Parsed) -> None:
    """One contact per row with a name; rows without any name are row problems."""
    summary = out.summary
    email_cols, web_cols = extra_columns(table.header)
    if "emails" in table.columns:
        email_cols = sorted({*email_cols, table.columns["emails"]})
    for row in data_rows(table, summary):
        first, middle, last = row.get("first"), row.get("middle"), row.get("last")
        name = " ".join(" ".join((first, middle, last)).split()) or " ".join(
            row.get("full").split()
        )
        if not name:
            reject(summary, row.line, "no name")
            continue
        emails: list[str] = []
        for pos in email_cols:
            for email in split_emails(row.at(pos)):
                if email.lower() not in (e.lower() for e in emails):
                    emails.append(email)
        out.contacts.append(
            RawContact(
                name=name,
                first=first,
                last=last,
                emails=emails,
                url=linkedin_url([row.at(pos) for pos in web_cols]),
                company=opt(row.get("company")),
                title=opt(row.get("title")),
            )
        )
        summary.imported += 1
