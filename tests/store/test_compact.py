"""Stored documents leave out fields at their default and read back as the same records."""

from __future__ import annotations

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st
from linkvet.core.models import Contact, Conversation, Derived, Invitation, MatchResult, Person
from linkvet.core.store.compact import dumps


def _back(record):
    return type(record).from_dict(orjson.loads(dumps(record)))


def test_defaults_are_left_out_and_read_back() -> None:
    contact = Contact(id="c1", owner_id="o1", source="connection", name="Ann Lee")
    assert orjson.loads(dumps(contact)) == {
        "id": "c1", "owner_id": "o1", "source": "connection", "name": "Ann Lee"
    }  # fmt: skip
    assert _back(contact) == contact


def test_a_value_that_only_equals_the_default_is_kept() -> None:
    """0 == False in Python: a field is left out only when type and value are the default's."""
    conv = Conversation(id="v", owner_id="o", counterpart_name="B", sent=0, first_text="x")
    doc = orjson.loads(dumps(conv))
    assert "sent" not in doc and doc["first_text"] == "x"
    odd = Contact(id="c", owner_id="o", source="connection", name="A", legacy=0)  # type: ignore[arg-type]
    assert orjson.loads(dumps(odd))["legacy"] == 0


def test_invitation_people_are_compact_and_required_fields_stay() -> None:
    inv = Invitation(
        id="i1", owner_id="o1", direction="INCOMING", sender=Person(name="Bo", company="Acme"),
        recipient=Person(name="Olivia"), sent_at=None, sent_at_raw="",
    )  # fmt: skip
    doc = orjson.loads(dumps(inv))
    assert doc["sender"] == {"name": "Bo", "company": "Acme"}
    assert doc["recipient"] == {"name": "Olivia"}
    assert _back(inv) == inv


def test_records_not_listed_are_written_whole() -> None:
    derived = Derived(id="d", match=MatchResult())
    assert dumps(derived) == orjson.dumps(derived)


_TEXT = st.one_of(st.none(), st.text(max_size=5))


@settings(max_examples=200, deadline=None)
@given(
    st.builds(
        Contact, id=st.text(min_size=1, max_size=4), owner_id=st.text(max_size=3),
        source=st.sampled_from(["connection", "address_book"]), name=st.text(max_size=5),
        first_name=st.text(max_size=3), emails=st.lists(st.text(max_size=3), max_size=2),
        profile_url=_TEXT, company=_TEXT, urn=_TEXT, legacy=st.booleans(),
        files=st.lists(st.text(max_size=3), max_size=2),
    )
)  # fmt: skip
def test_any_contact_reads_back_the_same(contact: Contact) -> None:
    assert _back(contact) == contact
