"""Behaviour of ContactIndex: keys, fuzzy evidence, ties, company, duplicate profiles, owners."""

from __future__ import annotations

import pytest
from linkvet.core.matching import DUPLICATE_PROFILE, ContactIndex, MatchSettings, normalize_name
from linkvet.core.matching.index import LOOKUP_FUZZY_FLOOR
from linkvet.core.matching.prepared import prepare_contact, prepare_person
from linkvet.core.models import Contact, Person
from rapidfuzz import fuzz, process


def c(
    cid: str, name: str, owner: str = "me", source: str = "address_book", **kw: object
) -> Contact:
    return Contact(id=cid, owner_id=owner, source=source, name=name, **kw)  # type: ignore[arg-type]


@pytest.fixture
def index() -> ContactIndex:
    return ContactIndex(
        [
            c(
                "rob",
                "Robert Smith",
                source="connection",
                profile_url="https://www.linkedin.com/in/rsmith",
            ),
            c("jane", "Jane Doe", emails=["jane.doe@acme.com"], company="Acme Corp"),
            c("stella", "Stella Clarke"),
            c("jose", "José Núñez", company="Globex"),
            c("anna", "Anna van der Berg"),
            c("wang", "Xiaoming Wang"),
            c("kate", "Katherine Jones", company="Initech"),
        ]
    )


@pytest.mark.parametrize(
    ("sender", "cid", "evidence"),
    [
        (Person("Bob Smith"), "rob", "nickname Bob~Robert"),
        (Person("Jose Nunez"), "jose", "accents"),
        (Person("Smith, Robert"), "rob", "name order"),
        (Person("R. Smith"), "rob", "initial R."),
        (Person("Anna Berg"), "anna", "particles"),
        (Person("王小明"), "wang", "transliterated"),
        (Person("Jane Doe, MBA (she/her)"), "jane", "ignored credentials/pronouns"),
        (Person("Kate Jones", company="Initech Inc."), "kate", "company agrees"),
        (Person("Robert Smtih"), "rob", "spelling"),
    ],
)
def test_fuzzy_variants_are_found_with_evidence(
    index: ContactIndex, sender: Person, cid: str, evidence: str
) -> None:
    res = index.match(sender, "me")
    assert res.known_contact is not None and res.known_contact.contact_id == cid
    assert res.known_contact.confidence == "likely"
    assert evidence in res.known_contact.evidence


@pytest.mark.parametrize(
    "sender",
    [
        Person("X Y", profile_url="http://de.linkedin.com/in/RSmith/?trk=1"),
        Person("Someone Else", email="JANE.DOE@acme.com"),
        Person("Jane", email="mailto:jane.doe@acme.com"),
    ],
)
def test_exact_keys_are_certain_and_override_names(index: ContactIndex, sender: Person) -> None:
    res = index.match(sender, "me")
    assert res.known_contact is not None
    assert res.known_contact.score == 100 and res.known_contact.confidence == "certain"
    assert {"profile URL", "email"} & set(res.known_contact.evidence)


def test_role_address_is_not_a_key() -> None:
    idx = ContactIndex([c("a", "Alice Able", emails=["info@acme.com"])])
    res = idx.match(Person("Zed Zulu", email="info@acme.com"), "me")
    assert res.known_contact is None


def test_different_email_is_not_evidence_against(index: ContactIndex) -> None:
    res = index.match(Person("Jane Doe", email="jd@other.org"), "me")
    assert res.known_contact is not None and res.known_contact.contact_id == "jane"


@pytest.mark.parametrize(
    "sender", ["Ella Clarke", "Jane Smith", "Robert Smithson", "Mary Jones", "Nobody Atall"]
)
def test_near_misses_are_not_linked(index: ContactIndex, sender: str) -> None:
    res = index.match(Person(sender), "me")
    assert res.known_contact is None


def test_homonyms_tie_is_ambiguous() -> None:
    idx = ContactIndex([c("j1", "John Smith", company="Acme"), c("j2", "John Smith")])
    res = idx.match(Person("John Smith"), "me")
    assert res.ambiguous and res.known_contact is None
    assert {m.contact_id for m in res.candidates} == {"j1", "j2"}


def test_same_person_in_two_sources_is_not_a_tie() -> None:
    idx = ContactIndex(
        [
            c("a", "John Smith", emails=["js@x.org"]),
            c("b", "John Smith", source="correspondent", emails=["js@x.org"]),
        ]
    )
    res = idx.match(Person("John Smith"), "me")
    assert not res.ambiguous and res.known_contact is not None


def test_company_breaks_tie_softly() -> None:
    idx = ContactIndex(
        [c("j1", "John Smith", company="Acme Corp"), c("j2", "John Smith", company="Globex")]
    )
    res = idx.match(Person("John Smith", company="ACME"), "me")
    assert not res.ambiguous and res.known_contact is not None
    assert res.known_contact.contact_id == "j1"
    assert "company agrees" in res.known_contact.evidence
    other = res.candidates[0]
    assert other.contact_id == "j2" and "company differs" in other.evidence
    assert other.score >= res.known_contact.score - 10  # disagreement costs little


def test_company_differs_alone_still_links() -> None:
    idx = ContactIndex([c("j1", "Priya Sharma", company="Acme Corp")])
    res = idx.match(Person("Priya Sharma", company="Globex"), "me")
    assert res.known_contact is not None and "company differs" in res.known_contact.evidence


def test_duplicate_profile_flag() -> None:
    idx = ContactIndex(
        [
            c(
                "r",
                "Robert Smith",
                source="connection",
                profile_url="https://www.linkedin.com/in/rsmith",
            )
        ]
    )
    res = idx.match(
        Person("Robert Smith", profile_url="https://www.linkedin.com/in/rsmith-2"), "me"
    )
    assert DUPLICATE_PROFILE in res.flags
    assert res.known_contact is None
    assert res.candidates and res.candidates[0].contact_id == "r"
    same = idx.match(Person("Robert Smith", profile_url="https://linkedin.com/in/RSMITH/"), "me")
    assert not same.flags and same.known_contact is not None


def test_duplicate_flag_needs_both_urls() -> None:
    idx = ContactIndex(
        [
            c(
                "r",
                "Robert Smith",
                source="connection",
                profile_url="https://www.linkedin.com/in/rsmith",
            )
        ]
    )
    res = idx.match(Person("Robert Smith"), "me")
    assert not res.flags and res.known_contact is not None


def test_married_name_is_only_possible() -> None:
    idx = ContactIndex([c("j", "Jane Doe", company="Acme Corp")])
    res = idx.match(Person("Jane Smith", company="Acme"), "me")
    assert res.known_contact is None
    assert res.candidates and res.candidates[0].confidence == "possible"
    plain = idx.match(Person("Jane Smith"), "me")
    assert plain.known_contact is None and not plain.candidates


def test_per_owner_isolation() -> None:
    idx = ContactIndex([c("a", "Priya Sharma", owner="o1"), c("b", "Lars Nilsson", owner="o2")])
    assert idx.match(Person("Priya Sharma"), "o2").known_contact is None
    assert idx.match(Person("Priya Sharma"), "o1").known_contact is not None
    assert idx.match(Person("Priya Sharma"), "nobody").known_contact is None
    assert [m.contact_id for m in idx.lookup("Priya", owner_id="o2")] == []
    assert [m.contact_id for m in idx.lookup("Priya")] == ["a"]


def test_incremental_add_and_affected_by() -> None:
    idx = ContactIndex([c("a", "Priya Sharma")])
    items = [
        (Person("Lars Nilsson"), "me"),
        (Person("Priya Sharma"), "me"),
        (Person("Lars Nilson"), "o2"),
        (Person("Emma Stone"), "me"),
    ]
    new = [c("b", "Lars Nilsson")]
    assert idx.affected_by(new, items) == [0]  # o2's item and unrelated names are untouched
    before = idx.match_many(items)
    idx.add(new)
    after = idx.match_many(items)
    changed = [i for i, (x, y) in enumerate(zip(before, after, strict=True)) if x != y]
    assert changed == [0]
    assert after[0].known_contact is not None and after[0].known_contact.contact_id == "b"


def test_affected_by_catches_new_tie() -> None:
    idx = ContactIndex([c("a", "John Smith")])
    items = [(Person("John Smith"), "me")]
    new = [c("b", "John Smith")]
    assert idx.affected_by(new, items) == [0]
    idx.add(new)
    assert idx.match_many(items)[0].ambiguous


def test_match_many_equals_match(index: ContactIndex) -> None:
    senders = [Person("Bob Smith"), Person("Ella Clarke"), Person("Jose Nunez")]
    many = index.match_many([(s, "me") for s in senders])
    assert many == [index.match(s, "me") for s in senders]


def test_lookup_prefix_and_limit(index: ContactIndex) -> None:
    hits = index.lookup("Rob")
    assert hits and hits[0].contact_id == "rob"
    assert index.lookup("Stel Cla")[0].contact_id == "stella"
    assert len(index.lookup("a", limit=2)) <= 2
    assert index.lookup("zz", url="https://www.linkedin.com/in/rsmith")[0].score == 100


def test_settings_thresholds_are_used() -> None:
    strict = ContactIndex([c("r", "Robert Smith")], MatchSettings(known_threshold=99))
    res = strict.match(Person("Bob Smith"), "me")
    assert res.known_contact is None and res.candidates[0].contact_id == "r"


# -- interactive lookup: work shared across owners ---------------------------------------


def team_index() -> ContactIndex:
    """Three owners whose contacts overlap by name (shared tables and scores apply)."""
    names = ["John Smith", "Jon Smyth", "Johanna Smit", "Anna Müller", "Ann Miller", "Joan Smith"]
    contacts = [
        c(f"{owner}-{n}", name, owner=owner, company=company)
        for owner, company in (("o1", "Acme"), ("o2", "Globex"), ("o3", None))
        for n, name in enumerate(names)
        if (n + len(owner)) % 3 or owner == "o1"
    ]
    contacts += [c("o2-dup", "John Smith", owner="o2"), c("o3-x", "Xavier Smith", owner="o3")]
    return ContactIndex(contacts)


@pytest.mark.parametrize("query", ["jo", "john", "john smi", "jon smith", "smith", "ann m", "a"])
def test_lookup_over_all_owners_is_the_best_of_each_owners_lookup(query: str) -> None:
    idx = team_index()
    each = [m for owner in ("o1", "o2", "o3") for m in idx.lookup(query, owner_id=owner, limit=4)]
    each.sort(key=lambda m: (-m.score, m.name, m.contact_id))
    assert idx.lookup(query, limit=4) == each[:4]
    for owner in ("o1", "o2", "o3"):
        assert all(m.contact_id.startswith(owner) for m in idx.lookup(query, owner_id=owner))


def test_lookup_with_a_company_scores_each_contact_on_its_own_company() -> None:
    idx = ContactIndex(
        [c("a", "Jane Doe", company="Acme Corp"), c("g", "Jane Doe", company="Globex")]
    )
    plain = idx.lookup("Jane Doe")
    assert plain[0].score == plain[1].score
    hits = {m.contact_id: m for m in idx.lookup("Jane Doe", company="Acme")}
    assert "company agrees" in hits["a"].evidence and "company differs" in hits["g"].evidence
    assert hits["a"].score > hits["g"].score


def test_lookup_sees_contacts_added_after_a_lookup() -> None:
    idx = ContactIndex([c("p", "Priya Sharma")])
    assert idx.lookup("Jonathon Smyth") == []  # not a prefix of anything: fuzzy keys only
    idx.add([c("j", "Jonathan Smith", owner="o2")])
    assert [m.contact_id for m in idx.lookup("Jonathon Smyth")] == ["j"]
    assert [m.contact_id for m in idx.lookup("Jonathon Smyth", owner_id="o2")] == ["j"]


@pytest.mark.parametrize("team", [False, True])
def test_fuzzy_lookup_hits_equal_process_extract_per_owner(team: bool) -> None:
    keys = ["john smith", "jon smith", "john smith", "joan smith", "john smyth", "jo smith"] * 5
    idx = team_index() if team else ContactIndex([c(f"k{i}", k) for i, k in enumerate(keys)])
    tables = idx._lookup_tables()
    for query in ("john smith", "jon smyth", "joh smit", "anna muller", "zzz"):
        scores = tables.fuzzy_scores(query)
        for owner_id, owner in idx.owners.items():
            for limit in (3, 7, 40):
                expected = process.extract(
                    query, owner.keys, scorer=fuzz.ratio, processor=None, limit=limit
                )
                wanted = [int(i) for _, score, i in expected if score >= LOOKUP_FUZZY_FLOOR]
                assert tables.fuzzy_hits(owner_id, scores, limit) == wanted


@pytest.mark.parametrize(
    "contact",
    [
        c("a", "Dr. José Núñez-García, PhD"),
        c("b", "", first_name="Anna", last_name="van der Berg"),
        c("c", "  王小明  "),
        c("d", "Smith, John (Johnny) 🚀"),
    ],
)
def test_prepared_norm_is_the_normalised_display_name(contact: Contact) -> None:
    prepared = prepare_contact(contact)  # lookup shares scores between equal display names
    assert prepared.norm == normalize_name(prepared.display)


def test_shared_lookup_scores_keep_prefix_and_fuzzy_hits_apart() -> None:
    idx = ContactIndex([c("j", "John Smith")])
    query, entry = prepare_person(Person("jo")), idx.owners["me"].entries[0]
    memo: dict[tuple[str, bool], tuple[int, str, list[str]]] = {}
    as_prefix = idx._lookup_score(query, entry, True, len(query.norm.compact), memo)
    as_fuzzy = idx._lookup_score(query, entry, False, len(query.norm.compact), memo)
    assert as_prefix[2] == ["prefix"] and as_prefix[0] > as_fuzzy[0]
