"""Fuzzy contact lookup on the matching model: prefixes, posterior cut-off, one row per person."""

from __future__ import annotations

import pytest
from linkvet.core.matching import ContactIndex
from linkvet.core.models import Contact


def c(
    cid: str, name: str, owner: str = "me", source: str = "address_book", **kw: object
) -> Contact:
    return Contact(id=cid, owner_id=owner, source=source, name=name, **kw)  # type: ignore[arg-type]


@pytest.fixture
def index() -> ContactIndex:
    return ContactIndex(
        [
            c("rob", "Robert Smith", source="connection", profile_url="https://linkedin.com/in/rs"),
            c("rob2", "Robert Smith", owner="o2", source="connection",
              profile_url="https://www.linkedin.com/in/RS/"),  # the same person, another owner
            c("rob3", "Robert Smith", owner="o2", source="address_book",
              emails=["rob@smith.example"]),  # a homonym (or not): no shared key
            c("stella", "Stella Clarke"),
            c("smithson", "Roberta Smithson"),
            c("jane", "Jane Doe", emails=["jane.doe@acme.com"], company="Acme Corp"),
        ]
    )  # fmt: skip


def test_typed_beginnings_find_the_person(index: ContactIndex) -> None:
    assert index.lookup("Rob")[0].name == "Robert Smith"
    top = index.lookup("Stel Cla")[0]
    assert top.contact_id == "stella"
    assert "given name: begins with Stel (Stella)" in " | ".join(top.evidence)
    assert len(index.lookup("r", limit=2)) <= 2


def test_an_identity_key_is_certain_and_first(index: ContactIndex) -> None:
    hit = index.lookup("zz", email="JANE.DOE@acme.com")[0]
    assert hit.contact_id == "jane" and hit.score == 100 and hit.confidence == "certain"


def test_one_row_per_person_names_every_owner_and_source(index: ContactIndex) -> None:
    rows = index.lookup("Robert Smith")
    people = [r for r in rows if r.name == "Robert Smith"]
    assert len(people) == 2  # the shared profile is one row, the homonym another
    shared = next(r for r in people if r.also)
    assert shared.owners == ["me", "o2"] and sorted([shared.contact_id, *shared.also]) == [
        "rob",
        "rob2",
    ]
    assert shared.sources == ["connection"]


def test_rows_are_ranked_by_posterior_and_cut_off(index: ContactIndex) -> None:
    rows = index.lookup("Robert Smith", owner_id="me")
    assert [r.contact_id for r in rows] == ["rob"]  # Roberta Smithson is below the cut-off
    post = [r.posterior or 0 for r in index.lookup("Rob")]
    assert post == sorted(post, reverse=True) and all(p >= 0.02 for p in post)


def test_lookup_is_restricted_to_an_owner_and_sees_new_contacts(index: ContactIndex) -> None:
    assert index.lookup("Stella", owner_id="o2") == []
    assert index.lookup("Jonathon Smyth") == []
    index.add([c("j", "Jonathan Smith", owner="o2")])
    assert [m.contact_id for m in index.lookup("Jonathon Smyth")] == ["j"]
    assert [m.contact_id for m in index.lookup("Jonathon Smyth", owner_id="o2")] == ["j"]
