"""Unit tests per check: state and plain-word evidence, both directions."""

from __future__ import annotations

import pytest
from linkvet.core.checklist import ChecklistSettings, evaluate
from linkvet.core.models import Check, Owner
from linkvet.core.roles import RolesSettings

from tests.recommend.conftest import SETTINGS, contact, conversation, make_ctx, pattern


def check(check_id: str, settings: ChecklistSettings = SETTINGS, **kw: object) -> Check:
    return {c.id: c for c in evaluate(make_ctx(**kw), settings)}[check_id]  # type: ignore[arg-type]


# known -------------------------------------------------------------------------------------


def test_known_match_names_contact_source_and_evidence() -> None:
    got = check("known", known=contact("Bob Smith", evidence=("email", "company agrees")))
    assert got.state == "pass"
    assert got.evidence == [
        "Bob Smith is your LinkedIn connection (matched on email, company agrees)"
    ]


def test_known_invited_source() -> None:
    got = check("known", known=contact(source="invited"))
    assert got.state == "pass" and "someone you invited" in got.evidence[0]


def test_known_by_dialogue_both_ways() -> None:
    got = check("known", conv=conversation("in out out"))
    assert got.state == "pass"
    assert got.evidence == ["you have messaged each other (2 from you, 1 from them)"]


def test_one_way_messages_do_not_make_known() -> None:
    assert check("known", conv=conversation("in in")).state == "fail"


def test_known_ambiguous_says_check_which() -> None:
    got = check("known", ambiguous=True, candidates=[contact("Sam Lee"), contact("Sam Lee")])
    assert got.state == "unknown"
    assert got.evidence == ["two contacts named Sam Lee: check which"]


def test_known_ambiguous_beats_a_tied_known_contact() -> None:
    got = check("known", ambiguous=True, known=contact("Sam Lee"), candidates=[contact("Sam Lee")])
    assert got.state == "unknown"


def test_known_fail_wording() -> None:
    got = check("known")
    assert got.state == "fail"
    assert got.evidence == ["not in your contacts, connections or messages"]


def test_duplicate_profile_warning_names_connection() -> None:
    got = check(
        "known",
        flags=["possible_duplicate_profile"],
        candidates=[contact("Alex Miller", source="connection")],
        conv=conversation("in out"),
    )
    assert got.state == "fail"
    assert got.evidence[0].startswith("warning: same name as your connection Alex Miller")
    assert "possible cloned account" in got.evidence[0]


# note --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "state"),
    [
        ("", "fail"),
        ("   ", "fail"),
        ("I'd like to add you to my professional network on LinkedIn.", "fail"),
        ("Me gustaría añadirte a mi red profesional en LinkedIn.", "fail"),
        ("We met at the Python meetup in Leeds.", "pass"),
        ("Wir haben uns auf der Konferenz in München kennengelernt.", "pass"),
        ("Nous nous sommes rencontrés au salon VivaTech.", "pass"),
        ("Hi Jane, great to connect.", "unknown"),  # her name is not a reason
        ("I read your post on Contoso's new platform.", "pass"),
        (
            "I'm building a typed config loader for TOML files and wanted to ask how you handled "
            "line numbers in your parser?",
            "pass",
        ),
        ("Hi Jane, may I have your email? We help SaaS companies cut churn.", "fail"),
        ("Any tips?", "unknown"),
        ("Let's connect!", "unknown"),
        ("Hello, I would be glad to have you in my network.", "unknown"),
    ],
)
def test_note_states(note: str, state: str) -> None:
    assert check("note", note=note).state == state


def test_note_evidence_says_why() -> None:
    assert check("note", note="").evidence == ["no note"]
    stock = check("note", note="I'd like to join your LinkedIn network.")
    assert "stock invitation text" in stock.evidence[0]
    met = check("note", note="We met at the PyData conference last week").evidence[0]
    assert met.startswith("personal note: met you at an event") and '"We met at"' in met
    pitch = check("note", note="Hi Jane, our agency builds Shopify stores. Quick call?")
    assert pitch.state == "fail" and pitch.evidence[0].startswith("a sales pitch: service pitch")


def test_template_member_fails_even_if_personal() -> None:
    got = check("note", note="We met at the meetup, Jane!", patterns=[pattern("template")])
    assert got.state == "fail"
    assert got.evidence == ["a template note by Alex Miller, sent to 3 people"]


def test_a_question_mark_or_the_first_name_never_make_a_pitch_personal() -> None:
    note = "Hi Jane, we've released a market research report on HR tech. May I have your email?"
    got = check("note", note=note)
    assert got.state == "fail" and "market research report" in got.evidence[0]


# network_tap -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "state"),
    [
        ({"headline": "Senior Recruiter"}, "fail"),
        ({"headline": "Talent Acquisition Lead"}, "fail"),
        ({"company": "Hays Personaldienstleistungen"}, "fail"),
        ({"headline": "Headhunterin"}, "fail"),
        ({"note": "Are you open to new opportunities? Share your updated resume."}, "fail"),
        ({"note": "We provide dedicated developers at affordable rates"}, "fail"),
        ({"headline": "Chasseur de têtes"}, "fail"),
        ({"headline": "Cazatalentos"}, "fail"),
        ({"headline": "Intercedent"}, "fail"),
        ({"headline": "Caça-talentos"}, "fail"),
        ({"headline": "Business Development Manager"}, "fail"),
        ({"headline": "Responsable commerciale"}, "fail"),
        ({"headline": "Gerente de ventas"}, "fail"),
        ({"headline": "Staff Engineer"}, "pass"),
        ({"headline": "HR Business Partner"}, "fail"),  # one recruiter lexicon (issue 17)
        ({"headline": "Executive Search Consultant"}, "fail"),
        ({}, "unknown"),  # no headline, no company, no note: nothing to look at
        ({"note": "Let's connect!"}, "unknown"),
        ({"note": "We met at the PyCon conference."}, "pass"),
        ({"headline": "Salesforce Architect"}, "pass"),
        ({"headline": "Recruiter", "known": contact()}, "pass"),
        ({"headline": "Recruiter", "note": "We met at the PyCon conference."}, "pass"),
    ],
)
def test_network_tap(fields: dict[str, object], state: str) -> None:
    assert check("network_tap", **fields).state == state


def test_network_tap_evidence_quotes_word_and_field() -> None:
    got = check("network_tap", headline="IT-Recruiterin")
    assert got.evidence == [
        'recruiter ("recruiterin" in their headline) with no relationship to you and no stated '
        "reason"
    ]


def test_network_tap_uses_overridden_known() -> None:
    got = check("network_tap", headline="Recruiter", overrides={"known": "pass"})
    assert got.state == "pass" and "you know them" in got.evidence[0]


def test_network_tap_with_nothing_to_look_at_says_how_to_find_out() -> None:
    got = check("network_tap")
    assert got.state == "unknown"
    assert (
        "no headline or company" in got.evidence[0]
        and "open their profile with o" in got.evidence[0]
    )


def test_extra_and_replaced_role_words_from_roles() -> None:
    extra = ChecklistSettings(roles=RolesSettings(extra_recruiter=["talentjäger*"]))
    assert check("network_tap", extra, headline="Talentjägerin").state == "fail"
    assert check("network_tap", headline="Talentjägerin").state == "pass"
    no_en = ChecklistSettings(roles=RolesSettings(recruiter={"en": []}, seller={}))
    assert check("network_tap", no_en, headline="Recruiter").state == "pass"


# two_way -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"conv": conversation("in out")}, "both directions"),
        ({"company": "Contoso AG"}, "you both work at Contoso GmbH"),
        ({"headline": "Data engineer, Python"}, "same field: engineer"),
        ({"note": "Happy to share our benchmark results."}, "offers something"),
        ({"note": "I'm hiring for a staff role at Fabrikam."}, "hiring"),
        ({"note": "Ich kann Ihnen helfen, gerne."}, "kann ihnen helfen"),
    ],
)
def test_two_way_pass(fields: dict[str, object], words: str) -> None:
    got = check("two_way", **fields)
    assert got.state == "pass"
    assert any(words in e for e in got.evidence), got.evidence


def test_two_way_unknown_by_default() -> None:
    got = check("two_way", headline="Florist", company="Fabrikam")
    assert got.state == "unknown"
    assert "tick the check" in got.evidence[0]


# quality -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "state"),
    [
        ({"headline": "LION"}, "fail"),
        ({"name": "Max Power (L.I.O.N.)"}, "fail"),
        ({"headline": "Open Networker"}, "fail"),
        ({"headline": "TopLinked member"}, "fail"),
        ({"headline": "Coach | 500+ connections"}, "fail"),
        ({"headline": "12,000 followers"}, "fail"),
        ({"headline": "30K+ Connections"}, "fail"),
        ({"note": "Follow me for daily tips"}, "fail"),
        ({"note": "Ich nehme alle Einladungen an"}, "fail"),
        ({"headline": "Networker abierto"}, "fail"),
        ({"headline": "Open netwerker"}, "fail"),
        ({"note": "Aceito todos os convites"}, "fail"),
        ({"name": "Pierre Lion", "headline": "Chef"}, "pass"),
        ({"headline": "Lion King fan"}, "pass"),
        ({"headline": "Built systems serving 500 customers"}, "pass"),
        ({"name": "Pierre Lion"}, "unknown"),  # no headline: not looked at, not a pass
        ({"note": "We met at the meetup"}, "unknown"),
    ],
)
def test_quality(fields: dict[str, object], state: str) -> None:
    assert check("quality", **fields).state == state


def test_quality_evidence() -> None:
    assert check("quality", headline="Sales | LION").evidence == [
        'open networker: "LION" in their headline'
    ]


# mass_invite -------------------------------------------------------------------------------


def test_mass_invite_first_two_evidence_lines() -> None:
    got = check("mass_invite", patterns=[pattern("fanout", evidence=["a", "b", "c"])])
    assert got.state == "fail"
    assert got.evidence == ["fanout pattern (3 invitations)", "a", "b"]


def test_mass_invite_every_kind_fails() -> None:
    for kind in ("fanout", "campaign", "template", "burst", "reinvite"):
        assert check("mass_invite", patterns=[pattern(kind)]).state == "fail", kind


def test_mass_invite_strongest_pattern_first() -> None:
    got = check(
        "mass_invite",
        patterns=[pattern("burst", severity=1), pattern("campaign", severity=5)],
    )
    assert got.evidence[0].startswith("campaign")


def test_mass_invite_pass_when_not_member() -> None:
    got = check("mass_invite", patterns=[pattern("campaign", members=("zz",))])
    assert got.state == "pass"


# rapport -----------------------------------------------------------------------------------

ECHO = "Great talk at the meetup yesterday!"


def test_rapport_counts_after_echo() -> None:
    got = check("rapport", note=ECHO, conv=conversation("in out in", ECHO))
    assert got.state == "pass"
    assert got.evidence == ["you have talked after their note: 1 from them, 1 from you"]


def test_echo_match_ignores_case_and_spacing() -> None:
    got = check(
        "rapport", note=ECHO, conv=conversation("in out", "  great TALK at the meetup  yesterday!")
    )
    assert got.state == "unknown"


def test_first_message_that_is_not_the_note_counts() -> None:
    assert check("rapport", note=ECHO, conv=conversation("in out", "hello")).state == "pass"


def test_outgoing_first_message_is_never_an_echo() -> None:
    assert check("rapport", note=ECHO, conv=conversation("out in", ECHO)).state == "pass"


def test_counts_without_events_fall_back_to_totals() -> None:
    conv = conversation("in out", ECHO)
    conv.events = []
    assert check("rapport", note=ECHO, conv=conv).state == "unknown"
    conv.received = 2
    assert check("rapport", note=ECHO, conv=conv).state == "pass"


def test_outstanding_ask_evidence() -> None:
    got = check("rapport", asked_days_ago=3)
    assert got.state == "unknown"
    assert got.evidence == ["asked on 2024-05-29, no reply yet"]


def test_reply_after_ask() -> None:
    got = check("rapport", asked_days_ago=5, conv=conversation("in", "x", start_days_ago=1))
    assert got.state == "pass"
    assert got.evidence == ["they replied after you asked on 2024-05-27"]


def test_manual_reply_note() -> None:
    assert check("rapport", asked_days_ago=5, reply_note="we met in 2019").state == "pass"


def test_no_dialogue() -> None:
    assert check("rapport").evidence == ["no dialogue yet"]
    assert check("rapport", conv=conversation("out out")).evidence == [
        "messages only from you so far"
    ]


# overrides ---------------------------------------------------------------------------------


def test_override_keeps_evidence_and_marks_manual() -> None:
    got = check("known", overrides={"known": "pass"})
    assert got.state == "pass" and got.manual
    assert got.evidence == ["not in your contacts, connections or messages", "set by you"]


def test_invalid_override_is_ignored() -> None:
    got = check("quality", headline="Chef", overrides={"quality": "maybe"})
    assert got.state == "pass" and not got.manual


def test_quality_without_headline_says_how_to_find_out() -> None:
    got = check("quality")
    assert got.state == "unknown" and "no headline to look at" in got.evidence[0]


def test_override_to_same_state_is_still_manual() -> None:
    assert check("quality", overrides={"quality": "pass"}).manual


def test_overrides_leave_the_shared_fixed_wording_checks_untouched() -> None:
    plain = evaluate(make_ctx(), SETTINGS)
    every = {c.id: "fail" if c.state == "pass" else "pass" for c in plain}
    overridden = evaluate(make_ctx(overrides=every), SETTINGS)
    assert all(c.manual and c.evidence[-1] == "set by you" for c in overridden)
    again = evaluate(make_ctx(), SETTINGS)
    assert again == plain
    assert not any(c.manual or "set by you" in c.evidence for c in again)


def test_note_and_mass_invite_ignore_patterns_not_listing_the_invitation() -> None:
    others = [pattern("template", members=("zz", "yy")), pattern("fanout", members=("zz",))]
    checks = {c.id: c for c in evaluate(make_ctx(note="", patterns=others), SETTINGS)}
    assert checks["note"].evidence == ["no note"]
    assert checks["mass_invite"].state == "pass"
    member = [*others, pattern("template", members=("yy", "inv1"))]
    checks = {c.id: c for c in evaluate(make_ctx(note="", patterns=member), SETTINGS)}
    assert checks["note"].evidence == ["a template note by Alex Miller, sent to 2 people"]
    assert checks["mass_invite"].evidence[0] == "template pattern (2 invitations)"


# settings matchers and the owner's fields ----------------------------------------------------


@pytest.mark.parametrize("kind", ["offer", "industry"])
def test_each_matcher_reads_its_own_lists_and_extras(kind: str) -> None:
    table: object = ["zzbase"] if kind == "industry" else {"en": ["zzbase"], "de": ["zzdeu"]}
    settings = ChecklistSettings(
        **{f"{kind}_keywords": table, f"extra_{kind}_keywords": ["zzextra*"]}  # type: ignore[arg-type]
    )
    matcher = getattr(settings, kind)
    assert matcher is getattr(settings, kind)  # compiled once per instance
    assert matcher.find("a zzbase b") == "zzbase"
    assert matcher.find("zzextras") == "zzextras"
    assert matcher.find("zzdeu") == (None if kind == "industry" else "zzdeu")
    assert getattr(ChecklistSettings(), kind).find("zzbase") is None


def test_known_without_connections_is_unknown_not_fail() -> None:
    got = check("known", owner=Owner(id="jane", name="Jane Doe"))  # no Connections.csv
    assert got.state == "unknown"
    assert "no Connections.csv imported" in got.evidence[0]


def test_owner_fields_fall_back_to_the_recipient() -> None:
    ctx = make_ctx(owner=None)
    ctx.invitation.recipient.headline = "Data engineer"
    assert (ctx.owner_name, ctx.owner_company, ctx.owner_headline) == (
        "Jane Doe",
        "Contoso GmbH",
        "Data engineer",
    )
    ctx = make_ctx(owner=Owner(id="jane", name="Jane", headline="Engineer"))
    assert (ctx.owner_name, ctx.owner_company, ctx.owner_headline) == (
        "Jane",
        "Contoso GmbH",
        "Engineer",
    )
