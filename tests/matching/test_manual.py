"""Manual links: the contact you named outranks the matcher's conclusion."""

from __future__ import annotations

from linkvet.core.matching.duplicate import DUPLICATE_PROFILE
from linkvet.core.matching.manual import linked
from linkvet.core.models import Contact, Match, MatchResult


def match(cid: str, name: str, confidence: str = "possible") -> Match:
    return Match(cid, name, None, None, None, "connection", 60, confidence, ["surname: exact +5.0"])  # type: ignore[arg-type]


def test_the_linked_contact_is_certain_and_keeps_the_matchers_lines() -> None:
    before = MatchResult(
        candidates=[match("a", "Ann Lee"), match("b", "Anne Lee")],
        ambiguous=True,
        flags=[DUPLICATE_PROFILE, "other"],
    )
    contact = Contact(id="b", owner_id="me", source="connection", name="Anne Lee")
    after = linked(before, contact)
    assert after.known_contact is not None and after.known_contact.contact_id == "b"
    assert after.known_contact.confidence == "certain" and after.known_contact.score == 100
    assert after.known_contact.evidence == ["linked by you", "surname: exact +5.0"]
    assert [m.contact_id for m in after.candidates] == ["a"]
    assert not after.ambiguous and after.flags == ["other"]


def test_a_link_to_a_contact_the_matcher_did_not_list() -> None:
    before = MatchResult(known_contact=match("a", "Ann Lee", "likely"))
    after = linked(before, Contact(id="z", owner_id="me", source="address_book", name="Zoe Z"))
    assert after.known_contact is not None and after.known_contact.evidence == ["linked by you"]
    assert [m.contact_id for m in after.candidates] == ["a"]
