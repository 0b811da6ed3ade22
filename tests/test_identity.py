"""The identity rule: strong keys (profile URL, member URN) decide; names only where keys
cannot be compared, and never for a name that two people carry."""

from __future__ import annotations

import pytest
from linkvet.core.identity import PersonIndex, PersonRef, member_urn, phone_key, profile_slug

URL = "https://www.linkedin.com/in/"


def test_member_urn_and_phone_keys() -> None:
    assert member_urn("urn:li:member:610150649") == "610150649"
    assert member_urn(" URN:LI:MEMBER:42 ") == "42"
    assert member_urn("https://www.linkedin.com/in/x") is None
    assert phone_key("+44 20 7946 0958") == phone_key("020 7946 0958") == "2079460958"
    assert phone_key("+91 80730 05228") == phone_key("8073005228")
    assert phone_key("12-34") is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (PersonRef.of("Ann Lee", URL + "ann-1"), PersonRef.of("Ann Lee", URL + "ann-2"), False),
        (PersonRef.of("Ann Lee", URL + "ann-1"), PersonRef.of("Ann B. Lee", URL + "Ann-1/"), True),
        (
            PersonRef.of("Ann Lee", None, "urn:li:member:1"),
            PersonRef.of("Ann Lee", None, "2"),
            False,
        ),
        (PersonRef.of("Ann Lee", URL + "ann-1"), PersonRef.of("ann  lee"), True),  # no key: name
        (PersonRef.of("Ann Lee", URL + "ann-1"), PersonRef.of("Ann Lee", None, "7"), True),
        (PersonRef.of("Ann Lee"), PersonRef.of("Anne Lee"), False),
        (PersonRef.of(""), PersonRef.of(""), False),  # no name is nobody
    ],
)
def test_same_as(a: PersonRef, b: PersonRef, same: bool) -> None:
    assert a.same_as(b) is same
    assert b.same_as(a) is same


def test_index_refuses_a_name_two_people_carry() -> None:
    index: PersonIndex[str] = PersonIndex()
    index.add(PersonRef.of("Vivek Sharma", URL + "vivek-1"), "one")
    assert index.find(PersonRef.of("Vivek Sharma")) == ["one"]  # the only Vivek Sharma
    index.add(PersonRef.of("Vivek Sharma", URL + "vivek-2"), "two")
    assert index.find(PersonRef.of("Vivek Sharma")) == []  # which of the two? nobody says
    assert index.find(PersonRef.of("Vivek Sharma", URL + "vivek-2")) == ["two"]


def test_index_counts_people_only_noted() -> None:
    """Two URNs carrying one name among the owner's invitations make that name ambiguous
    even for a connection that has a URL (the connection may be either of them)."""
    index: PersonIndex[str] = PersonIndex()
    index.add(PersonRef.of("Saravana Kumar", URL + "skumar"), "connection")
    assert index.find(PersonRef.of("saravana kumar", None, "111")) == ["connection"]
    index.note(PersonRef.of("Saravana Kumar", None, "222"))
    assert index.find(PersonRef.of("saravana kumar", None, "111")) == []


def test_profile_slug_is_the_url_identity() -> None:
    assert profile_slug("https://de.linkedin.com/in/Ann-Lee-1/?trk=x") == "ann-lee-1"
    assert PersonRef.of("x", "https://www.linkedin.com/in").strong is None  # the bare-URL bug
