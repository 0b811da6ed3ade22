"""Table-driven scenarios: a described invitation -> expected verdict and check states.

Each row builds a Context with the factories in conftest.py, runs the real checklist and the
real recommendation, and asserts the verdict word plus the states of the checks that matter.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from linkvet.core.ask import AskSettings
from linkvet.core.checklist import evaluate
from linkvet.core.models import CHECK_IDS
from linkvet.core.recommend import RecommendSettings, parse_rules, recommend

from tests.recommend.conftest import SETTINGS, contact, conversation, make_ctx, pattern, prior

PERSONAL = "We met at the PyData conference in Berlin, I enjoyed your talk on typing."
ECHO = "Great chatting at the meetup yesterday, let's stay in touch."
STOCK = "I'd like to add you to my professional network on LinkedIn."

RULES = parse_rules(
    [
        {
            "name": "crypto spam",
            "when": {"headline_matches": "crypto|forex|MLM", "note": "none"},
            "then": "decline",
        },
        {"name": "my company", "when": {"email_domain_in": ["contoso.com"]}, "then": "accept"},
        {"name": "well connected", "when": {"mutual_connections_gte": 10}, "then": "ask"},
        {"name": "no mutuals", "when": {"mutual_connections_lte": 0}, "then": "decline"},
    ]
)

# (id, context kwargs, expected verdict, expected states, extra: settings / rules)
Row = tuple[str, dict[str, Any], str, dict[str, str], dict[str, Any]]
SCENARIOS: list[Row] = [
    # --- known ---------------------------------------------------------------------------
    ("known connection, no note", dict(known=contact()), "accept",
     {"known": "pass", "note": "fail"}, {}),
    ("known recruiter accepted", dict(known=contact(), headline="Technical Recruiter"),
     "accept", {"known": "pass", "network_tap": "pass"}, {}),
    ("someone you invited", dict(known=contact(source="invited")), "accept",
     {"known": "pass"}, {}),
    ("address-book contact, certain", dict(known=contact(source="address_book",
     confidence="certain")), "accept", {"known": "pass"}, {}),
    ("possible match only -> ask", dict(known=contact(confidence="possible")), "ask",
     {"known": "unknown"}, {}),
    ("ambiguous match -> ask", dict(ambiguous=True, candidates=[contact(), contact()]),
     "ask", {"known": "unknown"}, {}),
    ("cloned profile declined", dict(flags=["possible_duplicate_profile"],
     candidates=[contact()], note=PERSONAL), "decline", {"known": "fail", "note": "pass"}, {}),
    ("cloned profile you vouched for", dict(flags=["possible_duplicate_profile"],
     overrides={"known": "pass"}), "accept", {"known": "pass"}, {}),
    # --- note ----------------------------------------------------------------------------
    ("unknown engineer, met at a named event -> accept", dict(headline="Backend Engineer",
     note=PERSONAL), "accept", {"known": "fail", "note": "pass", "network_tap": "pass"}, {}),
    ("unknown engineer, no note -> ask", dict(headline="Backend Engineer"), "ask",
     {"note": "fail", "network_tap": "pass"}, {}),
    ("strict mode: unknown, no note -> decline", dict(headline="Backend Engineer"),
     "decline", {"note": "fail"}, {"settings": {"decline_without_note": True}}),
    ("strict mode keeps personal notes", dict(note=PERSONAL), "accept",
     {"note": "pass"}, {"settings": {"decline_without_note": True}}),
    ("generic short note -> ask", dict(note="Let's connect!"), "ask", {"note": "unknown"}, {}),
    ("note naming owner's company only", dict(note="Love what Contoso is doing."),
     "ask", {"note": "unknown"}, {}),
    ("generic line, owner declines those", dict(note="Let's connect!"), "decline",
     {"note": "unknown"}, {"settings": {"generic_note": "decline"}}),
    ("stock text, owner declines those", dict(note=STOCK), "decline", {"note": "fail"},
     {"settings": {"generic_note": "decline"}}),
    ("sales pitch with the first name and a question", dict(note="Hi Jane, we've released a "
     "market research report on HR tech. May I have your email?"), "decline",
     {"note": "fail", "network_tap": "fail"}, {}),
    ("staffing blast", dict(note="Greetings from Acme Infotech! We are an IT Staffing Firm. "
     "If you or your colleagues are looking for an IT job, kindly respond."), "decline",
     {"note": "fail", "network_tap": "fail"}, {}),
    ("pay for a job", dict(note="We guarantee you a full-time job in 30 days, small fee."),
     "decline", {"note": "fail"}, {}),
    ("recruiter naming role and company", dict(note="Hi Jane, I'm hiring a Staff Data "
     "Engineer at Fabrikam Labs in Berlin. Interested?"), "accept", {"note": "pass"}, {}),
    ("recruiter naming role and company, owner asks", dict(note="Hi Jane, I'm hiring a Staff "
     "Data Engineer at Fabrikam Labs in Berlin. Interested?"), "ask", {"note": "pass"},
     {"settings": {"recruiter_with_role": "ask"}}),
    ("recruiter naming a role only", dict(note="Hi, we are looking for a Lead Engineer in "
     "Pune. Let me know if you are interested."), "ask", {"note": "unknown"}, {}),
    ("expert-network call", dict(note="A client would value a paid 1-hour phone consultation "
     "($300/hr) on chip supply chains."), "ask", {"note": "unknown"}, {}),
    ("former colleague", dict(note="We worked together at Fabrikam in 2019, good to find you!"),
     "accept", {"note": "pass"}, {}),
    ("named mutual person", dict(note="Priya Sharma suggested I reach out to you."), "accept",
     {"note": "pass"}, {}),
    ("job seeker naming the role applied for", dict(note="I applied for the Data Engineer "
     "role at Contoso last week and wanted to introduce myself."), "accept", {"note": "pass"},
     {}),
    # --- network_tap ---------------------------------------------------------------------
    ("unknown recruiter, no note -> decline", dict(headline="Senior Technical Recruiter"),
     "decline", {"network_tap": "fail", "note": "fail"}, {}),
    ("stock text == no note", dict(headline="Talent Acquisition Partner", note=STOCK),
     "decline", {"note": "fail", "network_tap": "fail"}, {}),
    ("German stock text == no note", dict(headline="Sourcer", note="Ich möchte Sie gerne zu "
     "meinem beruflichen Netzwerk auf LinkedIn hinzufügen."), "decline",
     {"note": "fail", "network_tap": "fail"}, {}),
    ("recruiter with generic note -> decline", dict(headline="Recruiter", note="Let's connect"),
     "decline", {"network_tap": "fail", "note": "unknown"}, {}),
    ("recruiter with a reason -> accept", dict(headline="Recruiter", note=PERSONAL), "accept",
     {"network_tap": "pass", "note": "pass"}, {}),
    ("recruiter known by dialogue", dict(headline="Recruiter", conv=conversation("out in")),
     "accept", {"known": "pass", "network_tap": "pass", "rapport": "pass"}, {}),
    ("staffing agency in company", dict(company="Acme Staffing Solutions"), "decline",
     {"network_tap": "fail"}, {}),
    ("German recruiter (Personalberaterin)", dict(headline="Personalberaterin IT"), "decline",
     {"network_tap": "fail"}, {}),
    ("German compound (IT-Recruiterin)", dict(headline="IT-Recruiterin bei Hays"), "decline",
     {"network_tap": "fail"}, {}),
    ("French recruiter", dict(headline="Chargée de recrutement"), "decline",
     {"network_tap": "fail"}, {}),
    ("Spanish recruiter", dict(headline="Reclutadora IT | Selección de personal"), "decline",
     {"network_tap": "fail"}, {}),
    ("Dutch recruiter", dict(headline="Wervingsspecialist bij Randstad"), "decline",
     {"network_tap": "fail"}, {}),
    ("Portuguese recruiter", dict(headline="Recrutadora Tech"), "decline",
     {"network_tap": "fail"}, {}),
    ("seller, no note", dict(headline="Account Executive at SaaSCo"), "decline",
     {"network_tap": "fail"}, {}),
    ("seller pitch in the note", dict(note="Do you have 15 minutes for a quick call about "
     "our services?"), "decline", {"network_tap": "fail"}, {}),
    ("German seller (Vertriebsleiter)", dict(headline="Vertriebsleiter DACH"), "decline",
     {"network_tap": "fail"}, {}),
    ("Salesforce developer is not a seller", dict(headline="Salesforce Developer"), "ask",
     {"network_tap": "pass"}, {}),
    # --- two_way -------------------------------------------------------------------------
    ("same company (cleanco) -> still ask", dict(company="Contoso AG"), "ask",
     {"two_way": "pass"}, {}),
    ("you ticked two_way + personal note", dict(note=PERSONAL, overrides={"two_way": "pass"}),
     "accept", {"two_way": "pass"}, {}),
    ("you ticked two_way, no note -> ask", dict(overrides={"two_way": "pass"}), "ask",
     {"two_way": "pass", "note": "fail"}, {}),
    ("you marked two_way fail, known -> accept", dict(known=contact(),
     overrides={"two_way": "fail"}), "accept", {"two_way": "fail"}, {}),
    # --- quality -------------------------------------------------------------------------
    ("LION -> decline even with note", dict(headline="LION | Open to all", note=PERSONAL),
     "decline", {"quality": "fail", "note": "pass"}, {}),
    ("30K+ connections bragging", dict(headline="Growth coach | 30K+ connections"), "decline",
     {"quality": "fail"}, {}),
    ("I accept all invitations (note)", dict(note="I accept all invitations, let's grow!"),
     "decline", {"quality": "fail"}, {}),
    ("French open networker", dict(headline="J'accepte toutes les invitations"), "decline",
     {"quality": "fail"}, {}),
    ("surname Lion is not LION", dict(name="Pierre Lion", headline="Chef", note=PERSONAL),
     "accept", {"quality": "pass"}, {}),
    ("known open networker -> ask", dict(known=contact(), headline="TopLinked open networker"),
     "ask", {"quality": "fail", "known": "pass"}, {}),
    # --- mass_invite ---------------------------------------------------------------------
    ("mass invite -> decline even with personal note", dict(note=PERSONAL,
     patterns=[pattern("campaign")]), "decline", {"mass_invite": "fail", "note": "pass"}, {}),
    ("template pattern fails the note too", dict(note="Hi Jane, loved your profile.",
     patterns=[pattern("template")]), "decline", {"mass_invite": "fail", "note": "fail"}, {}),
    ("pattern without this invitation is ignored", dict(patterns=[pattern("burst",
     members=("other1", "other2"))], known=contact()), "accept", {"mass_invite": "pass"}, {}),
    ("known colleague in a fan-out -> ask", dict(known=contact(),
     patterns=[pattern("fanout")]), "ask", {"mass_invite": "fail", "known": "pass"}, {}),
    ("override mass_invite pass -> accept", dict(note=PERSONAL, patterns=[pattern("campaign")],
     overrides={"mass_invite": "pass"}), "accept", {"mass_invite": "pass"}, {}),
    # --- rapport -------------------------------------------------------------------------
    ("rapport turns unknown into accept", dict(conv=conversation("in out in")), "accept",
     {"rapport": "pass"}, {}),
    ("echoed note alone is not dialogue", dict(note=ECHO, conv=conversation("in", ECHO)),
     "accept", {"rapport": "unknown", "known": "fail", "note": "pass"}, {}),
    ("echo + your reply only: the note decides", dict(note=ECHO,
     conv=conversation("in out", ECHO)), "accept", {"rapport": "unknown"}, {}),
    ("echoed generic note alone -> ask", dict(note="Let's connect!",
     conv=conversation("in", "Let's connect!")), "ask", {"rapport": "unknown"}, {}),
    ("echo, your reply, their answer -> accept", dict(note=ECHO,
     conv=conversation("in out in", ECHO)), "accept", {"rapport": "pass"}, {}),
    ("ask, no reply after 15 days -> decline", dict(asked_days_ago=15), "decline",
     {"rapport": "unknown"}, {}),
    ("ask, no reply after 13 days -> ask", dict(asked_days_ago=13), "ask",
     {"rapport": "unknown"}, {}),
    ("ask answered (recorded by hand)", dict(asked_days_ago=20, reply_note="We met at X"),
     "accept", {"rapport": "pass"}, {}),
    ("ask answered by message", dict(asked_days_ago=20, conv=conversation("in", "hi",
     start_days_ago=2)), "accept", {"rapport": "pass"}, {}),
    ("old message before the ask is no reply", dict(asked_days_ago=20,
     conv=conversation("in", "hi", start_days_ago=40)), "decline", {"rapport": "unknown"}, {}),
    ("longer follow-up setting keeps ask", dict(asked_days_ago=20), "ask",
     {"rapport": "unknown"}, {"settings": {"ask": AskSettings(follow_up_days=30)}}),
    ("override rapport fail on a known person", dict(known=contact(),
     overrides={"rapport": "fail"}), "accept", {"rapport": "fail", "known": "pass"}, {}),
    # --- user rules ----------------------------------------------------------------------
    ("rule before built-in: crypto spam", dict(known=contact(), headline="Crypto trader"),
     "decline", {"known": "pass"}, {"rules": RULES}),
    ("crypto rule needs no note", dict(headline="Forex mentor", note=PERSONAL), "accept",
     {"note": "pass"}, {"rules": RULES}),
    ("rule: my company accepts a recruiter", dict(headline="Recruiter",
     email="talent@sub.contoso.com"), "accept", {"network_tap": "fail"}, {"rules": RULES}),
    ("rule: well connected -> ask", dict(headline="Recruiter", mutual=12), "ask",
     {"network_tap": "fail"}, {"rules": RULES}),
    ("absent mutual count is not zero", dict(headline="Backend Engineer", mutual=None), "ask",
     {}, {"rules": RULES}),
    ("zero mutuals matches lte 0", dict(headline="Backend Engineer", mutual=0), "decline",
     {}, {"rules": RULES}),
    # --- decision memory -----------------------------------------------------------------
    ("memory kept: earlier decline", dict(note=PERSONAL, prior=prior("decline", PERSONAL)),
     "decline", {"note": "pass"}, {}),
    ("memory kept: earlier accept of a stranger", dict(prior=prior("accept")), "accept",
     {"known": "fail"}, {}),
    ("memory re-evaluated: new note", dict(note=PERSONAL, prior=prior("decline", "")),
     "accept", {"note": "pass"}, {}),
    ("memory re-evaluated: dialogue since", dict(conv=conversation("out in"),
     prior=prior("decline", dialogue_count=0)), "accept", {"rapport": "pass"}, {}),
    ("memory re-evaluated: now known", dict(known=contact(), prior=prior("decline")),
     "accept", {"known": "pass"}, {}),
    ("memory switched off", dict(prior=prior("decline")), "ask", {},
     {"settings": {"decision_memory": False}}),
    # --- overrides -----------------------------------------------------------------------
    ("override known flips ask to accept", dict(overrides={"known": "pass"}), "accept",
     {"known": "pass"}, {}),
    ("override network_tap pass -> ask", dict(headline="Recruiter",
     overrides={"network_tap": "pass"}), "ask", {"network_tap": "pass"}, {}),
    ("override quality fail -> decline", dict(note=PERSONAL, overrides={"quality": "fail"}),
     "decline", {"quality": "fail"}, {}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kwargs", "verdict", "states", "extra"),
    [pytest.param(k, v, s, e, id=i) for i, k, v, s, e in SCENARIOS],
)
def test_scenario(
    kwargs: dict[str, Any], verdict: str, states: dict[str, str], extra: dict[str, Any]
) -> None:
    ctx = make_ctx(**kwargs)
    settings = replace(RecommendSettings(), **extra.get("settings", {}))
    checks = evaluate(ctx, SETTINGS)
    assert [c.id for c in checks] == list(CHECK_IDS)
    got = {c.id: c.state for c in checks}
    assert {k: got[k] for k in states} == states, [c.evidence for c in checks]
    result = recommend(ctx, checks, settings, extra.get("rules", []))
    assert result.verdict == verdict, result.reasons
    assert 0.0 <= result.confidence <= 1.0
    assert result.reasons and all(isinstance(r, str) and r for r in result.reasons)


def test_table_is_large_and_covers_every_check_both_ways() -> None:
    assert len(SCENARIOS) >= 40
    for check_id in CHECK_IDS:
        seen = {row[3].get(check_id) for row in SCENARIOS}
        assert {"pass", "fail"} <= seen, check_id
    verdicts = {row[2] for row in SCENARIOS}
    assert verdicts == {"accept", "decline", "ask"}
