"""When contact rows are the same contact (core.contacts, docs/IDENTITY.md)."""

from __future__ import annotations

from linkvet.core.contacts import display_name, merge_contacts
from linkvet.core.models import Contact


def row(
    name: str, *, emails=(), phones=(), url=None, file="google.csv", source="address_book", **kw
) -> Contact:
    return Contact(
        id="", owner_id="o1", source=source, name=name, emails=list(emails),
        phones=list(phones), profile_url=url, files=[file], **kw,
    )  # fmt: skip


def test_same_name_other_emails_are_two_contacts() -> None:
    result = merge_contacts(
        [], [row("John Smith", emails=["a@x.io"]), row("John Smith", emails=["b@y.io"])], [1, 1]
    )
    assert len(result.contacts) == 2


def test_the_same_email_in_two_files_is_one_contact_with_both_sources() -> None:
    rows = [
        row("Jo Smith", emails=["jo@x.io"]),
        row("Johanna Smith", emails=["JO@x.io"], file="contacts.vcf"),
    ]
    result = merge_contacts([], rows, [1, 2])
    (jo,) = result.contacts.values()
    assert jo.files == ["google.csv", "contacts.vcf"]
    assert jo.name == "Jo Smith" and jo.aliases == ["Johanna Smith"]


def test_a_shared_phone_joins_rows_even_in_one_file() -> None:
    """Real Contacts.csv lists one person once per synced source, with the same number."""
    rows = [row("Rithish", phones=["+91 80730 05228"]), row("Rithish", phones=["8073005228"])]
    (one,) = merge_contacts([], rows, [1, 1]).contacts.values()
    assert one.phones == ["+91 80730 05228"]


def test_role_mailboxes_join_nobody() -> None:
    rows = [row("Ann", emails=["info@acme.example"]), row("Bob", emails=["info@acme.example"])]
    assert len(merge_contacts([], rows, [1, 1]).contacts) == 2


def test_rows_with_no_key_never_join_by_name_and_reimport_adds_nothing() -> None:
    first = merge_contacts([], [row("Sam Roe"), row("Sam Roe")], [1, 1])
    assert len(first.contacts) == 2
    again = merge_contacts(first.contacts.values(), [row("Sam Roe"), row("Sam Roe")], [2, 2])
    assert again.contacts == first.contacts
    assert again.counts.imported == 0 and again.counts.unchanged == 2


def test_nameless_rows_are_kept_and_shown_by_their_address() -> None:
    (c,) = merge_contacts([], [row("", emails=["pat@x.io"])], [1]).contacts.values()
    assert display_name(c) == "pat@x.io"


def test_a_row_linking_two_stored_contacts_joins_them() -> None:
    first = merge_contacts(
        [], [row("Ann", emails=["a@x.io"]), row("Ann B", phones=["5550001234"])], [1, 1]
    )
    assert len(first.contacts) == 2
    bridge = row("Ann", emails=["a@x.io"], phones=["555 000 1234"], file="contacts.vcf")
    joined = merge_contacts(first.contacts.values(), [bridge], [2])
    (ann,) = joined.contacts.values()
    assert sorted(ann.files) == ["contacts.vcf", "google.csv"] and joined.removed


def test_connections_are_one_per_url_and_per_row_without_urls() -> None:
    rows = [
        row("Vivek Sharma", source="connection", connected_on="2020-02-01", file="Connections.csv"),
        row("Vivek Sharma", source="connection", connected_on="2020-02-01", file="Connections.csv"),
        row(
            "Ada L",
            source="connection",
            url="https://www.linkedin.com/in/ada",
            file="Connections.csv",
        ),
    ]
    first = merge_contacts([], rows, [1, 1, 1])
    assert len(first.contacts) == 3
    later = [
        row(
            "Ada Lovelace",
            source="connection",
            url="https://www.linkedin.com/in/ada/",
            file="Connections.csv",
        )
    ]
    again = merge_contacts(first.contacts.values(), later, [2])
    assert len(again.contacts) == 3
    assert {c.name for c in again.contacts.values()} >= {"Ada Lovelace"}
