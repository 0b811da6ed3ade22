"""Sender identity (homonyms, name-only joins, spelling variants) and template notes."""

from __future__ import annotations

from datetime import timedelta

from linkvet.core.models import Pattern
from linkvet.core.patterns import PatternSettings, describe, detect_patterns, patterns_by_invitation
from linkvet.core.patterns.grouping import centre_groups

from tests.patterns.helpers import invite, owner, owners_map

A = owner("ann", "Ann Lee", "Contoso Ltd", "Senior Recruiter")
B = owner("bob", "Bob Ray", "Contoso", "Talent Partner")
C = owner("cy", "Cy Dee", "Contoso", "Engineer")
X = owner("xi", "Xi Wu", "Fabrikam", "Engineer")
Y = owner("yo", "Yo Ma", "Northwind", "Engineer")
Z = owner("zed", "Zed Oz", "Litware", "Engineer")
OWNERS = owners_map(A, B, C, X, Y, Z)
JS1 = "https://www.linkedin.com/in/john-smith-1"
JS2 = "https://www.linkedin.com/in/john-smith-2"


def of_kind(patterns: list[Pattern], kind: str) -> list[Pattern]:
    return [p for p in patterns if p.kind == kind]


def test_homonyms_with_different_urls_stay_apart():
    invs = [
        invite(A, "John Smith", timedelta(0), url=JS1),
        invite(B, "John Smith", timedelta(hours=2), url=JS2),
        invite(C, "John Smith", timedelta(hours=3), url=None),  # which one? neither
    ]
    assert detect_patterns(invs, OWNERS) == []


def test_name_only_invitation_joins_the_single_slug_group_with_that_name():
    invs = [
        invite(A, "José Núñez", timedelta(0), url="https://www.linkedin.com/in/jnunez"),
        invite(B, "José  Núñez", timedelta(days=1), url=None),
        invite(C, "josé núñez", timedelta(days=2), url=None),
    ]
    fan = of_kind(detect_patterns(invs, OWNERS), "fanout")
    assert len(fan) == 1
    assert fan[0].members == [i.id for i in invs]
    assert fan[0].sender == "José Núñez"  # the spelling that came with the profile URL
    text = " ".join(fan[0].evidence)
    assert "linkedin.com/in/jnunez" in text and "written differently" in text
    assert describe(fan[0]).startswith("José Núñez invited 3 people at Contoso")
    assert describe(fan[0]).endswith("(2 recruiters)")


def test_a_name_written_otherwise_is_not_the_same_sender():
    """Identity compares names as written (case and spacing aside): "Nunez, Jose" may be
    someone else; telling spelling variants apart is matching's job, with evidence."""
    invs = [
        invite(A, "José Núñez", timedelta(0), url="https://www.linkedin.com/in/jnunez"),
        invite(B, "Nunez, Jose", timedelta(days=1), url=None),
        invite(C, "Dr. Jose Nunez, MBA", timedelta(days=2), url=None),
    ]
    assert of_kind(detect_patterns(invs, OWNERS), "fanout") == []


def test_name_only_invitations_group_by_name_without_any_url():
    invs = [
        invite(A, "Li Wei", timedelta(0), url=None),
        invite(B, "Li  Wei", timedelta(days=1), url=None),
    ]
    assert len(of_kind(detect_patterns(invs, OWNERS), "fanout")) == 1


def test_a_name_two_profiles_carry_groups_nothing_by_name():
    invs = [
        invite(A, "Li Wei", timedelta(0), url="https://www.linkedin.com/in/li-wei-1"),
        invite(B, "Li Wei", timedelta(days=1), url="https://www.linkedin.com/in/li-wei-2"),
        invite(C, "Li Wei", timedelta(days=2), url=None),
    ]
    assert of_kind(detect_patterns(invs, OWNERS), "fanout") == []


def test_same_name_without_urls_is_never_a_reinvite():
    """Two "Vivek Sharma" invitations to one owner on different days, no URLs (a 2021
    export): nothing says it is one person, so no re-invite (it used to be advised decline)."""
    invs = [
        invite(A, "Vivek Sharma", timedelta(0), url=None),
        invite(A, "Vivek Sharma", timedelta(days=29), url=None),
    ]
    assert of_kind(detect_patterns(invs, OWNERS), "reinvite") == []
    same = [
        invite(A, "Vivek Sharma", timedelta(0), url="https://www.linkedin.com/in/vs-1"),
        invite(A, "Vivek Sharma", timedelta(days=29), url="https://www.linkedin.com/in/vs-1"),
    ]
    assert len(of_kind(detect_patterns(same, OWNERS), "reinvite")) == 1


TEMPLATE = "Hi {first}, I saw you are {title} at {company}. Our tool Hirely fills 3 roles a week."


def note_for(o, text=TEMPLATE):
    return text.format(first=o.name.split()[0], title=o.headline, company=o.company)


def test_same_sender_template_across_recipients():
    invs = [
        invite(X, "Tim Plate", timedelta(0), message=note_for(X)),
        invite(Y, "Tim Plate", timedelta(days=30), message=note_for(Y)),
    ]
    tpl = of_kind(detect_patterns(invs, OWNERS), "template")
    assert len(tpl) == 1
    assert tpl[0].sender == "Tim Plate"
    assert tpl[0].masked_note == (
        "hi {name}, i saw you are {title} at {company}. "
        "our tool hirely fills {number} roles a week."
    )
    assert tpl[0].severity >= 3
    assert any(tpl[0].masked_note in e for e in tpl[0].evidence)


def test_same_note_to_the_same_owner_twice_is_a_reinvite_not_a_template():
    invs = [
        invite(X, "Tim Plate", timedelta(0), message=note_for(X)),
        invite(X, "Tim Plate", timedelta(days=30), message=note_for(X)),
    ]
    found = detect_patterns(invs, OWNERS)
    assert [p.kind for p in found] == ["reinvite"]


def test_two_senders_with_the_same_note_are_a_weak_template():
    one = [invite(X, "Ann One", timedelta(0), message=note_for(X))]
    assert of_kind(detect_patterns(one, OWNERS), "template") == []
    two = [*one, invite(Y, "Ben Two", timedelta(days=50), message=note_for(Y))]
    tpl = of_kind(detect_patterns(two, OWNERS), "template")
    assert len(tpl) == 1 and tpl[0].counts["senders"] == 2 and tpl[0].severity == 1
    assert tpl[0].sender is None
    assert "2 different senders used the same note" in tpl[0].evidence[0]
    three = [*two, invite(Z, "Cat Three", timedelta(days=90), message=note_for(Z))]
    tpl = of_kind(detect_patterns(three, OWNERS), "template")
    assert len(tpl) == 1 and tpl[0].counts["senders"] == 3 and tpl[0].severity <= 2
    assert PatternSettings().template_min_senders == 2


def test_one_sender_sending_a_note_twice_to_one_person_is_no_cross_sender_template():
    same = [
        invite(X, "Ann One", timedelta(0), message=note_for(X)),
        invite(X, "Ann One", timedelta(days=60), message=note_for(X)),
    ]
    assert of_kind(detect_patterns(same, OWNERS), "template") == []


def test_stock_text_is_never_a_template():
    stock = [
        "I'd like to add you to my professional network on LinkedIn.",
        "Hi Yo, I'd like to add you to my professional network on LinkedIn.\n\n- Ben Two",
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    ]
    invs = [
        invite(o, name, timedelta(days=40 * i), message=m)
        for i, (o, name, m) in enumerate(
            zip((X, Y, Z), ("Ann One", "Ben Two", "Cat Three"), stock, strict=True)
        )
    ]
    invs += [invite(A, "Ann One", timedelta(days=200), message=stock[0])]
    assert of_kind(detect_patterns(invs, OWNERS), "template") == []


def test_common_opening_phrase_does_not_make_a_template():
    bodies = [
        "Great to meet you at the conference! Your talk on compiler caches changed how I build.",
        "Great to meet you at the conference! I am the founder of a small bakery analytics shop.",
        "Great to meet you at the conference! Let us continue the chat about Rust in robotics.",
    ]
    invs = [
        invite(o, n, timedelta(days=9 * i), message=b)
        for i, (o, n, b) in enumerate(zip((X, Y, Z), ("A Aa", "B Bb", "C Cc"), bodies, strict=True))
    ]
    assert of_kind(detect_patterns(invs, OWNERS), "template") == []


def test_centre_groups_do_not_chain_transitively():
    a = "alpha bravo charlie delta echo foxtrot golf"
    b = a + " xxxx"  # close to a
    c = a + " xxxxxxxxxxx"  # close to b, not to a
    from rapidfuzz import fuzz

    assert fuzz.ratio(a, b) >= 90 and fuzz.ratio(b, c) >= 90 and fuzz.ratio(a, c) < 90
    # a is tried first (neighbourhoods list the text itself first): it claims a and b only;
    # c is similar to b but not to the centre a, so it stays out and is left alone.
    groups = centre_groups(
        [a, b, c], 90, strength=lambda idx: (idx[0] == 0,), accept=lambda idx: len(idx) >= 2
    )
    assert groups == [(0, [0, 1])]


def test_cross_sender_templates_do_not_chain_through_a_middle_note():
    base = "Dear {first}, our automation connects leaders at {company} with peers in fintech."
    near = base.replace("connects", "introduces")
    far = near.replace("with peers in fintech", "with peer groups in digital fintech")
    from linkvet.core.patterns import mask_note
    from rapidfuzz import fuzz

    ma, mb, mc = (mask_note(note_for(X, t), X) for t in (base, near, far))
    assert fuzz.ratio(ma, mb) >= 90 and fuzz.ratio(mb, mc) >= 90 and fuzz.ratio(ma, mc) < 90
    owners = [X, Y, Z, A, B, C]
    invs = []
    for i, text in enumerate([base] * 3 + [far] * 2 + [near]):
        o = owners[i]
        invs.append(invite(o, f"Sender {i}", timedelta(days=20 * i), message=note_for(o, text)))
    tpl = of_kind(detect_patterns(invs, OWNERS), "template")
    # base x3 (+ near) form a group around base; the two "far" notes never join it (they
    # are a template of their own: two senders).
    assert len(tpl) == 2
    by_size = sorted(tpl, key=lambda p: len(p.members))
    assert set(by_size[0].members) == {invs[3].id, invs[4].id}
    members = set(by_size[1].members)
    assert {invs[3].id, invs[4].id}.isdisjoint(members)
    assert {invs[0].id, invs[1].id, invs[2].id} <= members


def test_patterns_by_invitation_and_ranking():
    invs = [
        invite(A, "Jo Bloggs", timedelta(0), message=note_for(A)),
        invite(B, "Jo Bloggs", timedelta(hours=2), message=note_for(B)),
        invite(C, "Jo Bloggs", timedelta(hours=4)),
        invite(X, "Other One", timedelta(0)),
        invite(X, "Other One", timedelta(days=30)),
    ]
    found = detect_patterns(invs, OWNERS)
    ranks = [(-p.severity, -len(p.members)) for p in found]
    assert ranks == sorted(ranks)
    assert found[0].kind == "fanout" and len(found[0].members) == 3
    index = patterns_by_invitation(found)
    assert {p.kind for p in index[invs[0].id]} == {"fanout", "burst", "template"}
    assert [p.kind for p in index[invs[3].id]] == ["reinvite"]
    assert all(len(p.id) == 7 for p in found)
    # ids are stable across runs and independent of input order
    again = detect_patterns(list(reversed(invs)), OWNERS)
    assert sorted(p.id for p in again) == sorted(p.id for p in found)


def test_similarity_setting_is_used():
    near = TEMPLATE.replace("fills", "usually fills")
    invs = [
        invite(X, "Tim Plate", timedelta(0), message=note_for(X)),
        invite(Y, "Tim Plate", timedelta(days=30), message=note_for(Y, near)),
    ]
    assert len(of_kind(detect_patterns(invs, OWNERS), "template")) == 1
    strict = PatternSettings(template_similarity=99)
    assert of_kind(detect_patterns(invs, OWNERS, strict), "template") == []
