"""The one connection rule: profile URL first, exact name only where a URL is missing."""

from __future__ import annotations

import pytest
from linkvet.core.connections import ConnectionIndex
from linkvet.core.models import Contact, Invitation, Person


@pytest.fixture
def index() -> ConnectionIndex:
    contacts = [
        Contact("c1", "o1", "connection", "Ada Lovelace",
                profile_url="https://www.linkedin.com/in/ada-l"),
        Contact("c2", "o1", "connection", "Grace Hopper"),  # no URL in the export
        Contact("c3", "o1", "address_book", "Alan Turing",
                profile_url="https://www.linkedin.com/in/alan"),  # not a connection
    ]  # fmt: skip
    return ConnectionIndex.from_contacts(contacts)


@pytest.mark.parametrize(
    ("owner", "name", "url", "expected"),
    [
        ("o1", "Ada Lovelace", "https://de.linkedin.com/in/ADA-L/?x=1", True),  # slug identity
        ("o1", "Someone Else", "https://www.linkedin.com/in/ada-l", True),  # renamed, same URL
        ("o1", "Ada Lovelace", "https://www.linkedin.com/in/ada-clone", False),  # other profile
        ("o1", "ada  LOVELACE", None, True),  # no sender URL: exact normalised name
        ("o1", "Grace Hopper", "https://www.linkedin.com/in/grace", True),  # connection has no URL
        ("o1", "Alan Turing", "https://www.linkedin.com/in/alan", False),  # address book only
        ("o2", "Ada Lovelace", "https://www.linkedin.com/in/ada-l", False),  # another owner's
        ("o1", "Ada Lovelace", "https://www.linkedin.com/in", True),  # bare URL = no URL
    ],
)
def test_connection_rule(
    index: ConnectionIndex, owner: str, name: str, url: str | None, expected: bool
) -> None:
    assert index.contains(owner, name, url) is expected


def _inv(name: str, urn: str, direction: str = "INCOMING") -> Invitation:
    me, other = Person("Owner"), Person(name, urn=urn)
    sender, recipient = (other, me) if direction == "INCOMING" else (me, other)
    return Invitation("i" + urn, "o1", direction, sender, recipient, None, "")  # type: ignore[arg-type]


def test_a_name_two_urns_carry_proves_no_connection() -> None:
    """A Jul-Sep 2023 export: the pending sender has a URN, the connection a URL, so only the
    name can join them; when the invitations show two different people (two URNs) of that
    name, it cannot, and the invitation stays pending (it used to be marked accepted)."""
    conn = Contact("c1", "o1", "connection", "Saravana Kumar",
                   profile_url="https://www.linkedin.com/in/skumar")  # fmt: skip
    alone = ConnectionIndex.from_contacts([conn], [_inv("saravana kumar", "111")])
    assert alone.contains("o1", "saravana kumar", None, "111")
    two = [_inv("saravana kumar", "111"), _inv("Saravana Kumar", "222", "OUTGOING")]
    index = ConnectionIndex.from_contacts([conn], two)
    assert not index.contains("o1", "saravana kumar", None, "111")
