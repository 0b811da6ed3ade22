"""Address-book CSVs: LinkedIn Contacts.csv / ImportedContacts.csv (all eras), Google Contacts
and Outlook exports. Every entry becomes a contact the owner knows."""

from __future__ import annotations

import re

from linkvet.core.identity import canonical_profile_url
from linkvet.core.importers.kinds import extra_columns, phone_columns
from linkvet.core.importers.parsed import Parsed, RawContact, data_rows, opt, reject
from linkvet.core.importers.table import Table

# spaces are entered at the start of their run only: linear on a cell of a million spaces
_EMAIL_SPLIT = re.compile(r"(?:(?<!\s)\s+)?(?:,|;|:::)\s*")
_PHONE_DIGITS = re.compile(r"\d")
_URL = re.compile(r"https?://[^\s,;]+|(?:[a-z]{2,3}\.)?linkedin\.com/[^\s,;]+", re.IGNORECASE)


def split_emails(value: str) -> list[str]:
    """Addresses from a cell that may join several with `, ` (LinkedIn) or ` ::: ` (Google)."""
    return [part for part in _EMAIL_SPLIT.split(value) if "@" in part]


def split_phones(value: str) -> list[str]:
    """Numbers from a cell that may join several with `, ` (LinkedIn) or ` ::: ` (Google);
    parts with fewer than seven digits are not phone numbers."""
    return [part for part in _EMAIL_SPLIT.split(value) if len(_PHONE_DIGITS.findall(part)) >= 7]


def linkedin_url(values: list[str]) -> str | None:
    """The first LinkedIn member URL found in free-text site/profile cells."""
    for value in values:
        for found in _URL.findall(value):
            url = canonical_profile_url(found)
            if url:
                return url
    return None


def parse_address_book(table: Table, out: Parsed) -> None:
    """One contact per row that names someone or gives an e-mail or phone (an address is
    the strongest key there is, so nameless rows are kept); empty rows are row problems."""
    summary = out.summary
    email_cols, web_cols = extra_columns(table.header)
    phone_cols = phone_columns(table.header)
    if "emails" in table.columns:
        email_cols = sorted({*email_cols, table.columns["emails"]})
    for row in data_rows(table, summary):
        first, middle, last = row.get("first"), row.get("middle"), row.get("last")
        name = " ".join(" ".join((first, middle, last)).split()) or " ".join(
            row.get("full").split()
        )
        emails: list[str] = []
        for pos in email_cols:
            for email in split_emails(row.at(pos)):
                if email.lower() not in (e.lower() for e in emails):
                    emails.append(email)
        phones = list(dict.fromkeys(p for pos in phone_cols for p in split_phones(row.at(pos))))
        url = linkedin_url([row.at(pos) for pos in web_cols])
        if not (name or emails or phones or url):
            reject(summary, row.line, "no name, e-mail, phone or profile URL")
            continue
        out.contacts.append(
            RawContact(
                name=name,
                first=first,
                last=last,
                emails=emails,
                phones=phones,
                url=url,
                company=opt(row.get("company")),
                title=opt(row.get("title")),
            )
        )
        summary.imported += 1
