"""Behaviour of ContactIndex: keys, field-wise evidence, name frequency, ties, company,
duplicate profiles, owners, incremental adds."""

from __future__ import annotations

import re

import pytest
from linkvet.core.matching import DUPLICATE_PROFILE, ContactIndex, MatchSettings
from linkvet.core.models import Contact, MatchResult, Person


def c(
    cid: str, name: str, owner: str = "me", source: str = "address_book", **kw: object
) -> Contact:
    return Contact(id=cid, owner_id=owner, source=source, name=name, **kw)  # type: ignore[arg-type]


def url(slug: str) -> str:
    return f"https://www.linkedin.com/in/{slug}"


@pytest.fixture
def index() -> ContactIndex:
    return ContactIndex(
        [
            c("rob", "Robert Smith", source="connection"),
            c("jane", "Jane Doe", emails=["jane.doe@acme.com"], company="Acme Corp"),
            c("stella", "Stella Clarke"),
            c("jose", "José Núñez", company="Globex"),
            c("anna", "Anna van der Berg"),
            c("wang", "Xiaoming Wang"),
            c("kate", "Katherine Jones", company="Initech"),
            c("imogen", "", first_name="Imogen", last_name="Vincent"),
            c("mo", "Mohammed Haddad"),
        ]
    )


def lines(res: MatchResult) -> str:
    assert res.known_contact is not None
    return " | ".join(res.known_contact.evidence)


@pytest.mark.parametrize(
    ("sender", "cid", "words"),
    [
        (Person("Bob Smith"), "rob", "given name: short form (Bob~Robert)"),
        (Person("Jose Nunez"), "jose", "given name: exact"),
        (Person("Smith, Robert"), "rob", "read as Robert | Smith"),
        (Person("Smith Robert"), "rob", "read as Robert | Smith (swapped)"),
        (Person("R. Smith"), "rob", "given name: initial R."),
        (Person("Anna Berg"), "anna", "(contact: middle left out)"),
        (Person("王小明"), "wang", "surname: exact"),
        (Person("Jane Doe, MBA (she/her)"), "jane", "surname: exact"),
        (Person("Kate Jones", company="Initech Inc."), "kate", "company: agrees"),
        (Person("Robert Smtih"), "rob", "surname: 1 edit (Smtih~Smith)"),
        (Person("Imog En Vinxent"), "imogen", "read as Imog En | Vinxent"),
        (Person("محمد حداد"), "mo", "surname: 1 edit (Hdd~Haddad)"),
    ],
)
def test_variants_are_linked_with_field_evidence(
    index: ContactIndex, sender: Person, cid: str, words: str
) -> None:
    res = index.match(sender, "me")
    assert res.known_contact is not None and res.known_contact.contact_id == cid
    assert res.known_contact.confidence == "likely"
    assert words in lines(res)


def test_evidence_has_a_line_per_field_with_its_weight_then_posterior_and_rival(
    index: ContactIndex,
) -> None:
    res = index.match(Person("Robert Smtih"), "me")
    assert res.known_contact is not None
    ev = res.known_contact.evidence
    assert ev[0] == "read as Robert | Smtih"
    assert re.fullmatch(
        r"given name: exact \(the only Robert in your 9 contacts\) \+\d+\.\d", ev[1]
    )
    assert re.fullmatch(r"surname: 1 edit \(Smtih~Smith\) \+\d+\.\d", ev[2])
    assert ev[3] == f"posterior {res.known_contact.posterior:.0%}"
    assert ev[4].startswith("next best: ")
    assert res.known_contact.score == round(100 * (res.known_contact.posterior or 0))


@pytest.mark.parametrize(
    "sender",
    [
        Person("X Y", profile_url="http://de.linkedin.com/in/RSmith/?trk=1"),
        Person("Someone Else", email="JANE.DOE@acme.com"),
        Person("Jane", email="mailto:jane.doe@acme.com"),
    ],
)
def test_identity_keys_are_certain_and_override_names(sender: Person) -> None:
    idx = ContactIndex(
        [
            c("rob", "Robert Smith", source="connection", profile_url=url("rsmith")),
            c("jane", "Jane Doe", emails=["jane.doe@acme.com"]),
        ]
    )
    res = idx.match(sender, "me")
    assert res.known_contact is not None
    assert res.known_contact.score == 100 and res.known_contact.confidence == "certain"
    assert res.known_contact.posterior == 1.0
    assert res.known_contact.evidence[0] in ("same profile URL: certain", "same e-mail: certain")


def test_role_address_is_not_a_key() -> None:
    idx = ContactIndex([c("a", "Alice Able", emails=["info@acme.com"])])
    res = idx.match(Person("Zed Zulu", email="info@acme.com"), "me")
    assert res.known_contact is None


def test_different_email_is_not_evidence_against(index: ContactIndex) -> None:
    res = index.match(Person("Jane Doe", email="jd@other.org"), "me")
    assert res.known_contact is not None and res.known_contact.contact_id == "jane"


@pytest.mark.parametrize(
    "sender",
    ["Ella Clarke", "Jane Smith", "Robert Smithson", "Mary Jones", "Nobody Atall", "Louise Doe"],
)
def test_near_misses_are_not_linked(index: ContactIndex, sender: str) -> None:
    assert index.match(Person(sender), "me").known_contact is None


def test_a_rare_name_is_strong_evidence_a_common_one_weak() -> None:
    book = [c(f"w{i}", f"{g} Clarke") for i, g in enumerate(["Amy", "Ben", "Cal", "Dan"] * 12)]
    book += [c(f"s{i}", f"Sam {s}") for i, s in enumerate(["Lee", "Ng", "Wu", "Ma"] * 12)]
    book += [c("h", "Kayla Harrington"), c("sc", "Sam Clarke")]
    idx = ContactIndex(book)
    rare = idx.match(Person("Kayla Harrington"), "me")
    assert rare.known_contact is not None and rare.known_contact.contact_id == "h"
    assert "surname: exact (the only Harrington in your 98 contacts)" in lines(rare)
    common = idx.match(Person("Sam Clarke"), "me")  # the one Sam Clarke, but 49 Clarkes, 49 Sams
    assert common.known_contact is None
    best = common.candidates[0]
    assert best.contact_id == "sc" and best.confidence == "possible"
    assert "surname: exact (Clarke: 49 of your 98 contacts)" in " | ".join(best.evidence)
    assert (best.posterior or 0) < 0.5 < (rare.known_contact.posterior or 0)
    # one word: the only Harrington is the best candidate, one Clarke of 49 is nobody's
    alone = idx.match(Person("Harrington"), "me")
    best = alone.known_contact or alone.candidates[0]
    assert best.contact_id == "h" and (best.posterior or 0) > 0.4
    assert all((m.posterior or 0) < 0.05 for m in idx.match(Person("Clarke"), "me").candidates)


def test_same_surname_with_another_given_name_stays_possible() -> None:
    idx = ContactIndex([c("k", "Kayla Harrington"), c("o", "Oliver Twist")])
    res = idx.match(Person("Brooke Harrington"), "me")
    assert res.known_contact is None
    assert all(m.confidence == "possible" for m in res.candidates)


def test_weak_nickname_table_relations_do_not_count() -> None:
    idx = ContactIndex([c("b", "Brooke Miller")])
    res = idx.match(Person("Bryce Miller"), "me")  # formal~formal in the table, not a short form
    assert res.known_contact is None


def test_a_common_given_name_written_exactly_beats_a_short_form_of_it() -> None:
    # Jack is a short form of Jacqueline, but 30 contacts are called Jack: the sender who
    # writes Jack Smith is the Jack Smith of the book, not Jacqueline Smith (nor a tie)
    others = [c(f"j{i}", f"Jack Other{i}") for i in range(30)]
    idx = ContactIndex([c("jack", "Jack Smith"), c("jac", "Jacqueline Smith"), *others])
    res = idx.match(Person("Jack Smith"), "me")
    assert not res.ambiguous and res.known_contact is not None
    assert res.known_contact.contact_id == "jack"
    assert "given name: exact" in lines(res)
    alone = ContactIndex([c("jac", "Jacqueline Smith"), *others]).match(Person("Jack Smith"), "me")
    shown = [m.contact_id for m in alone.candidates]
    assert alone.known_contact is None and "jac" in shown  # still a candidate, no longer a link


def test_homonyms_tie_and_say_so() -> None:
    idx = ContactIndex([c("j1", "Noah Bishop", company="Acme"), c("j2", "Noah Bishop")])
    res = idx.match(Person("Noah Bishop"), "me")
    assert res.ambiguous and res.known_contact is None
    assert {m.contact_id for m in res.candidates} == {"j1", "j2"}
    assert all("2 contacts named Noah Bishop: not linked" in m.evidence for m in res.candidates)


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
    assert "company: agrees" in lines(res)
    assert all(m.contact_id != "j2" or (m.posterior or 0) < 0.05 for m in res.candidates)


def test_company_differs_alone_still_links() -> None:
    idx = ContactIndex([c("j1", "Priya Sharma", company="Acme Corp")])
    res = idx.match(Person("Priya Sharma", company="Globex"), "me")
    assert res.known_contact is not None and "company: differs" in lines(res)


def test_married_name_is_only_possible() -> None:
    idx = ContactIndex([c("j", "Jane Doe", company="Acme Corp"), c("x", "Xavier Quill")])
    res = idx.match(Person("Jane Smith", company="Acme"), "me")
    assert res.known_contact is None
    assert res.candidates and res.candidates[0].contact_id == "j"
    assert res.candidates[0].confidence == "possible"
    plain = idx.match(Person("Jane Smith"), "me")
    assert plain.known_contact is None and not plain.candidates


# -- duplicate profiles --------------------------------------------------------------------


def network(names: list[str], **kw: object) -> list[Contact]:
    return [
        c(f"n{i}", n, source="connection", profile_url=url(f"p{i}"), **kw)
        for i, n in enumerate(names)
    ]


def test_a_rare_name_with_another_profile_url_is_a_suspected_second_profile() -> None:
    idx = ContactIndex(network(["Robert Smith", "Ada Lovelace", "Alan Turing"]))
    res = idx.match(Person("Robert Smith", profile_url=url("rsmith-2")), "me")
    assert DUPLICATE_PROFILE in res.flags
    assert res.known_contact is None
    assert res.candidates and res.candidates[0].contact_id == "n0"
    assert "a second profile of this person? not linked" in res.candidates[0].evidence
    same = idx.match(Person("Robert Smith", profile_url="https://linkedin.com/in/P0/"), "me")
    assert not same.flags and same.known_contact is not None


def test_a_common_name_alone_raises_no_duplicate_flag() -> None:
    names = [f"{g} {s}" for g in ("John", "Mary", "Ali", "Wei") for s in ("Smith", "Khan", "Li")]
    idx = ContactIndex(network(names * 4))  # every name four times, like a big real network
    res = idx.match(Person("John Smith", profile_url=url("someone-else")), "me")
    assert DUPLICATE_PROFILE not in res.flags


def test_a_clone_with_the_same_name_and_headline_is_flagged() -> None:
    names = [f"{g} {s}" for g in ("John", "Mary", "Ali", "Wei") for s in ("Smith", "Khan", "Li")]
    planted = c(
        "x", "Mary Smith", source="connection", profile_url=url("msmith"), title="Chief Actuary"
    )
    book = [*network(names * 4), planted]
    idx = ContactIndex(book)
    clone = Person("Mary Smith", profile_url=url("mary-smith-x1"), headline="Chief Actuary")
    res = idx.match(clone, "me")
    assert DUPLICATE_PROFILE in res.flags
    assert res.candidates[0].contact_id == "x"
    plain = idx.match(Person("Mary Smith", profile_url=url("mary-smith-x1")), "me")
    assert DUPLICATE_PROFILE not in plain.flags


def test_duplicate_flag_needs_both_urls() -> None:
    idx = ContactIndex(network(["Robert Smith", "Ada Lovelace"]))
    res = idx.match(Person("Robert Smith"), "me")
    assert not res.flags and res.known_contact is not None


def test_another_url_is_never_linked_whatever_the_source() -> None:
    idx = ContactIndex([c("r", "Robert Smith", source="invited", profile_url=url("rsmith"))])
    res = idx.match(Person("Robert Smith", profile_url=url("rob-smith-77")), "me")
    assert res.known_contact is None and DUPLICATE_PROFILE in res.flags
    assert "profile URL: another one than theirs -3.3" in res.candidates[0].evidence


# -- owners, increments, settings ----------------------------------------------------------


def test_per_owner_isolation() -> None:
    idx = ContactIndex([c("a", "Priya Sharma", owner="o1"), c("b", "Lars Nilsson", owner="o2")])
    assert idx.match(Person("Priya Sharma"), "o2").known_contact is None
    assert idx.match(Person("Priya Sharma"), "o1").known_contact is not None
    assert idx.match(Person("Priya Sharma"), "nobody").known_contact is None


def test_affected_by_names_every_sender_of_an_owner_who_gains_contacts() -> None:
    idx = ContactIndex([c("a", "Priya Sharma")])
    items = [
        (Person("Lars Nilsson"), "me"),
        (Person("Priya Sharma"), "me"),
        (Person("Lars Nilson"), "o2"),
    ]
    new = [c("b", "Lars Nilsson")]
    assert idx.affected_by(new, items) == [0, 1]
    before = idx.match_many(items)
    idx.add(new)
    after = idx.match_many(items)
    assert before[2] == after[2]  # o2 gained nothing
    assert after[0].known_contact is not None and after[0].known_contact.contact_id == "b"


def test_a_new_homonym_makes_a_tie() -> None:
    idx = ContactIndex([c("a", "John Smith")])
    items = [(Person("John Smith"), "me")]
    assert idx.match_many(items)[0].known_contact is not None
    idx.add([c("b", "John Smith")])
    assert idx.match_many(items)[0].ambiguous


def test_match_many_equals_match(index: ContactIndex) -> None:
    senders = [
        Person("Bob Smith"),
        Person("Ella Clarke"),
        Person("Jose Nunez"),
        Person("Bob Smith"),
    ]
    many = index.match_many([(s, "me") for s in senders])
    assert many == [index.match(s, "me") for s in senders]


def test_settings_thresholds_are_used() -> None:
    strict = ContactIndex([c("r", "Robert Smith")], MatchSettings(known_threshold=100))
    res = strict.match(Person("Bob Smith"), "me")
    assert res.known_contact is None and res.candidates[0].contact_id == "r"
    lenient = ContactIndex([c("r", "Robert Smith")], MatchSettings(known_threshold=1))
    assert lenient.match(Person("Bob Smith"), "me").known_contact is not None


def test_a_link_band_under_the_listing_band_still_links() -> None:
    """known_threshold below possible_threshold (both user settings): the link is made, no crash."""
    idx = ContactIndex(
        [c("r", "Robert Smith"), *(c(f"x{i}", f"Robert Other{i}") for i in range(300))],
        MatchSettings(known_threshold=1, possible_threshold=90),
    )
    res = idx.match(Person("Robert Smyth"), "me")
    assert res.known_contact is not None and res.known_contact.contact_id == "r"
    assert (res.known_contact.posterior or 0) < 0.9
