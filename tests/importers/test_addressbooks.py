"""Address books: LinkedIn contacts (3 eras), Google, Outlook, vCard 3/4; generic CSVs."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linkvet.core.importers import InputError, read_sources

from tests.importers.data import (
    CONTACTS_2023,
    GENERIC,
    GOOGLE_NEW,
    GOOGLE_OLD,
    IMPORTED_2018,
    IMPORTED_2026,
    OUTLOOK,
    VCARD3,
    VCARD4,
)


def _one(write, name: str, text: str, **kw):
    batch = read_sources([write(name, text)], owner_name="Olivia Owner", **kw)
    contacts = [c for c in batch.contacts if c.source == "address_book"]
    return batch, contacts


def test_linkedin_contacts_2023_null_company_joined_emails(write) -> None:
    batch, (carl,) = _one(write, "Contacts.csv", CONTACTS_2023)
    assert carl.name == "Carl Friend"
    assert carl.company is None  # literal "null"
    assert carl.emails == ["carl@example.com", "carl.f@work.io"]
    assert carl.profile_url == "https://www.linkedin.com/in/carl-friend"
    (summary,) = batch.files
    assert summary.kind == "contacts"
    assert [(p.line, p.reason) for p in summary.problems] == [
        (3, "no name, e-mail, phone or profile URL")
    ]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("ImportedContacts.csv", IMPORTED_2026, ("Dana Q Pal", ["dana@pal.com"], None, "Designer")),
        ("Imported Contacts.csv", IMPORTED_2018, ("Eve Old", ["eve@old.com"], "Old Corp", "Clerk")),
        ("google.csv", GOOGLE_NEW, ("Gina Hale", ["gina@hale.io"], "Hale Inc", "Founder")),
        ("outlook.csv", OUTLOOK, ("Hank Ill", ["hank@ill.com", "h@ill.net"], "Ill Co", "Buyer")),
    ],
)
def test_address_book_variants(write, name, text, expected) -> None:
    _, (contact,) = _one(write, name, text)
    assert (contact.name, contact.emails, contact.company, contact.title) == expected


def test_google_old_multiple_email_columns_and_website(write) -> None:
    _, (frank,) = _one(write, "contacts.csv", GOOGLE_OLD)
    assert frank.emails == ["frank@gee.com", "f@gee.org", "frank@corp.com"]
    assert (frank.company, frank.title) == ("Corp", "CTO")
    assert frank.profile_url == "https://www.linkedin.com/in/frank-gee"


def test_vcard3(write) -> None:
    batch, (ivy, nameless) = _one(write, "people.vcf", VCARD3)
    assert (ivy.name, ivy.first_name, ivy.last_name) == ("Ivy Jones", "Ivy", "Jones")
    assert ivy.emails == ["ivy@jones.com"]
    assert (ivy.company, ivy.title) == ("Jones LLC", "VP")
    assert ivy.profile_url == "https://www.linkedin.com/in/ivy-jones"
    (summary,) = batch.files
    assert summary.kind == "vcard"
    # a card with only an e-mail is someone the owner knows: kept, shown by its address
    assert (nameless.name, nameless.emails) == ("", ["nobody@x.com"])
    assert [(p.line, p.reason) for p in summary.problems] == [
        (14, "vCard without a name, e-mail, phone or profile URL")
    ]


def test_vcard4_detected_by_content_and_linkedin_url_picked(write) -> None:
    _, (jack,) = _one(write, "export.txt", VCARD4)
    assert jack.name == "Jack Kay"
    assert jack.emails == ["jack@kay.dev", "jk@home.net"]
    assert jack.company == "Kay Labs"
    assert jack.profile_url == "https://www.linkedin.com/in/jack-kay"


def test_vcard_kind_on_csv_is_refused(write) -> None:
    with pytest.raises(InputError, match="not a vCard"):
        read_sources([write("x.csv", OUTLOOK)], kind="vcard", owner_name="O")


def test_generic_aliases_are_incoming_invitations(write) -> None:
    batch = read_sources([write("leads.csv", GENERIC)], owner_name="Olivia Owner")
    kim, lou = batch.invitations
    assert kim.direction == "INCOMING" and kim.recipient.name == "Olivia Owner"
    assert (kim.sender.name, kim.sender.headline, kim.sender.company) == (
        "Kim Lee",
        "Recruiter",
        "Staffing Co",
    )
    assert kim.sender.profile_url == "https://www.linkedin.com/in/kim-lee"
    assert (kim.message, kim.mutual_connections) == ("Hi!", 12)
    assert kim.sent_at == "2024-02-01T00:00:00-08:00"
    assert lou.sent_at is None and lou.mutual_connections is None
    assert batch.files[0].kind == "generic"


def test_generic_recipient_column_names_owners(write) -> None:
    text = (
        "Sender,Profile URL,Position,Received,Recipient\n"
        "Kim Lee,,Recruiter,2024-02-01,Olivia Owner\n"
        "Kim Lee,,Recruiter,2024-02-01,Tom Teammate\n"
    )
    batch = read_sources([write("team.csv", text)])
    assert sorted(o.name for o in batch.owners) == ["Olivia Owner", "Tom Teammate"]
    assert len({i.owner_id for i in batch.invitations}) == 2
    assert len({i.id for i in batch.invitations}) == 2


def test_generic_recipient_repeated_on_many_rows_is_one_owner(write) -> None:
    text = (
        "Sender,Received,Recipient\n"
        "Kim Lee,2024-02-01,Olivia Owner\n"
        "Lou Ray,2024-02-02,olivia  owner\n"
        "Max Po,2024-02-03,Olivia Owner\n"
        "Kim Lee,2024-02-01,Tom Teammate\n"
    )
    batch = read_sources([write("team.csv", text)])
    assert sorted(o.name for o in batch.owners) == ["Olivia Owner", "Tom Teammate"]
    olivia = next(o for o in batch.owners if o.name == "Olivia Owner")
    mine = [i for i in batch.invitations if i.owner_id == olivia.id]
    assert sorted(i.sender.name for i in mine) == ["Kim Lee", "Lou Ray", "Max Po"]
    assert {i.recipient.name for i in mine} == {"Olivia Owner"}


def test_kind_override_generic_reads_linkedin_like_file(write) -> None:
    text = "From,Sent At,Message\nKim Lee,3/12/24,Hello\n"
    with pytest.raises(InputError, match="unknown columns"):
        read_sources([write("x.csv", text)], kind="connections", owner_name="O")
    batch = read_sources([write("x.csv", text)], kind="generic", owner_name="O")
    assert batch.invitations[0].sender.name == "Kim Lee"


BROKEN_VCARD = (
    "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Example\nEMAIL:ann@example.com\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nthis line is not a property\nFN:Bob Broken\nN:Broken;Bob;;;\n"
    "END:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nFN:Cy Fine\nalso bad\nEND:VCARD\n"
)


def test_an_unreadable_vcard_line_is_a_note_with_its_line_not_library_noise(
    write, capfd: pytest.CaptureFixture[str]
) -> None:
    """Issue 19.3: vobject logs each line it skips on stderr; linkvet keeps the card and
    says which line of the file was left out, and nothing of vobject's reaches the terminal."""
    batch, contacts = _one(write, "broken.vcf", BROKEN_VCARD)
    assert [c.name for c in contacts] == ["Ann Example", "Bob Broken", "Cy Fine"]
    (summary,) = batch.files
    assert summary.imported == 3 and summary.kept_with_gaps == 2
    assert summary.notes == [
        "2 rows with a line linkvet cannot read (e.g. 'this line is not a property'), "
        "kept without that line (lines 8, 15)"
    ]
    out, err = capfd.readouterr()
    assert out == "" and err == ""


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a@b.c", "x", " ", " ", "\t", ",", ";", ":::", ":"]),
                max_size=14).map("".join))  # fmt: skip
def test_linear_address_split_splits_as_before(text: str) -> None:
    """The split entered runs of spaces anywhere (quadratic on a cell of spaces)."""
    from linkvet.core.importers import addressbook

    assert addressbook._EMAIL_SPLIT.split(text) == re.split(r"\s*(?:,|;|:::)\s*", text)
