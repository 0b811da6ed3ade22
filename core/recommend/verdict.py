"""The built-in verdict: accept / decline / ask from the seven checks and what the note says.

First matching row wins:

| # | when | verdict | confidence |
|---|---|---|---|
| 1 | decision memory: you decided on this person before and nothing changed | your earlier decision | 0.9 |
| 2 | a user rule (`[[rules]]`) matches, first in file order | the rule's `then` | the rule's (0.9) |
| 3 | a hard failure (`mass_invite` fail, `quality` fail, or a possible cloned profile) but `known` or `rapport` passes | ask | 0.5 |
| 4 | a hard failure | decline | 0.85 (0.9 with two or more) |
| 5 | `known` or `rapport` passes | accept | 0.9 (both, or a certain match), else 0.8 |
| 6 | you ticked `two_way` and the `note` passes (`accept_on_two_way`) | accept | 0.7 |
| 7 | the note is a sales pitch, spam, a pay-for-a-job offer or a staffing blast | decline | 0.8 (0.65 when only the learned model read it) |
| 8 | `network_tap` fails (recruiter/seller headline, no relationship, no reason) | decline | 0.85 with no note, 0.7 with a generic one |
| 9 | a follow-up is due: you asked `follow_up_days` (14) or more calendar days ago and got no reply (`core.conversation`) | decline | 0.75 |
| 10 | the note names a shared context you can check (an event, a colleague, a named person, a school, your work) | accept | 0.65 |
| 11 | a benign specific question, a job seeker naming the role, or a note the learned model reads as one to accept (`core.notes.learned`) | accept | 0.6 (0.55 learned) |
| 12 | a recruiter naming the role and the company | `recruiter_with_role` (accept) | 0.6 |
| 13 | the note says nothing (a generic line or stock text) and `generic_note` is "decline" | decline | 0.6 |
| 14 | `decline_without_note` is on, no note and not known | decline | 0.6 |
| 15 | anyone else: ask the one thing still unknown (see `core.ask`) | ask | 0.55 with something to check in the note, 0.5 generic note or unsure match, 0.4 no note |

Checks that could not look at anything (`unknown`: no headline, no company, no connections
imported) never count as passes: each one lowers the confidence of rows 5-15 by 0.05, and the
reasons say which ones and how to fill them in.

Decision memory (row 1) gives way when the evidence changed: a different non-empty note, new
messages since, the person is now known and was not, or you changed a check by hand. The
verdict is then re-evaluated and says "evidence changed since your earlier decision".
Every reason names the check or rule behind it. The function is pure: overrides, replies or
new messages recompute the verdict at once.
"""  # noqa: E501

from __future__ import annotations

from linkvet.core.ask import QUESTIONS, situation
from linkvet.core.checklist.context import Context
from linkvet.core.conversation import answered, dialogue, follow_up_due
from linkvet.core.dates import day, parse_iso
from linkvet.core.matching import DUPLICATE_PROFILE
from linkvet.core.models import Check, Verdict
from linkvet.core.notes import LEARNED, NoteReading, is_stock_note, read_note
from linkvet.core.recommend.rules import VERDICTS, Rule
from linkvet.core.recommend.settings import RecommendSettings
from linkvet.core.text import same_text

# Checks whose `unknown` means "nothing was there to look at" (not "undecided by nature").
_LOOKED_AT = ("known", "network_tap", "quality")
_UNKNOWN_COST = 0.05
_FLOOR = 0.3


def _why(check: Check) -> str:
    """`id: first evidence line` — the short reason a check contributes."""
    text = check.evidence[0] if check.evidence else check.state
    if check.manual:
        text += " (set by you)"
    return f"{check.id}: {text}"


def evidence_changes(ctx: Context, checks: dict[str, Check]) -> list[str]:
    """What is new since the earlier decision on this person (empty when nothing is)."""
    prior = ctx.prior
    if prior is None:
        return []
    changes: list[str] = []
    note = ctx.invitation.message or ""
    if note.strip() and not is_stock_note(note) and not same_text(note, prior.message):
        changes.append("a new note")
    if dialogue(ctx.conversation, ctx.invitation.message).total > prior.dialogue_count:
        changes.append("messages since")
    if checks["known"].state == "pass" and not prior.was_known:
        changes.append("now a known contact")
    if any(c.manual for c in checks.values()):
        changes.append("a check you changed")
    return changes


def _unknowns(ctx: Context, checks: dict[str, Check]) -> list[str]:
    """The checks that had nothing to look at (a possible match is not "nothing")."""
    out = []
    for check_id in _LOOKED_AT:
        check = checks[check_id]
        if check.state != "unknown" or check.manual:
            continue
        if check_id == "known" and (ctx.match.known_contact or ctx.match.candidates):
            continue
        out.append(check_id)
    return out


def _honest(verdict: Verdict, unknown: list[str]) -> Verdict:
    """Lower the confidence for every check that could not look at anything, and say so."""
    if not unknown:
        return verdict
    confidence = max(_FLOOR, round(verdict.confidence - _UNKNOWN_COST * len(unknown), 2))
    reasons = [*verdict.reasons, f"not known yet: {', '.join(unknown)} (nothing to look at)"]
    return Verdict(verdict.verdict, confidence, reasons)


def built_in(ctx: Context, checks: dict[str, Check], settings: RecommendSettings) -> Verdict:
    """Rows 3-15 of the table above."""
    hard = _hard_failures(ctx, checks)
    knows = [c for c in (checks["known"], checks["rapport"]) if c.state == "pass"]
    if hard and knows:
        return Verdict("ask", 0.5, [*[_why(c) for c in knows], *hard, "mixed signals: check"])
    if hard:
        return Verdict("decline", 0.9 if len(hard) > 1 else 0.85, hard)
    return _honest(_by_evidence(ctx, checks, settings, knows), _unknowns(ctx, checks))


def _hard_failures(ctx: Context, checks: dict[str, Check]) -> list[str]:
    """Reasons for the failures that outweigh a good note: mass invite, open networker, clone."""
    hard: list[str] = []
    if checks["mass_invite"].state == "fail":
        hard.append(_why(checks["mass_invite"]))
    if checks["quality"].state == "fail":
        hard.append(_why(checks["quality"]))
    if DUPLICATE_PROFILE in ctx.match.flags and not checks["known"].manual:
        hard.append(_why(checks["known"]))
    return hard


def _by_evidence(
    ctx: Context, checks: dict[str, Check], settings: RecommendSettings, knows: list[Check]
) -> Verdict:
    """Rows 5-15: what is known about the sender, then what the note says."""
    known, note, tap, two_way, rapport = (
        checks["known"],
        checks["note"],
        checks["network_tap"],
        checks["two_way"],
        checks["rapport"],
    )
    if knows:
        certain = ctx.match.known_contact is not None and ctx.match.known_contact.confidence == (
            "certain"
        )
        confidence = 0.9 if len(knows) == 2 or (certain and known.state == "pass") else 0.8
        return Verdict("accept", confidence, [_why(c) for c in knows])
    ticked = settings.accept_on_two_way and two_way.manual and two_way.state == "pass"
    if ticked and note.state == "pass":
        return Verdict("accept", 0.7, [_why(two_way), _why(note)])
    reading = read_note(ctx.invitation.message)
    by_hand = note.manual
    if reading.stance == "decline" and not by_hand:
        # a note read by the learned model alone is less sure than one a cue rule quoted
        confidence = 0.65 if reading.kind == LEARNED else 0.8
        return Verdict("decline", confidence, [_why(note), _why(tap)])
    if tap.state == "fail":
        confidence = 0.85 if note.state == "fail" else 0.7
        return Verdict("decline", confidence, [_why(tap), _why(note)])
    asked = parse_iso(ctx.asked_at) is not None
    reply = answered(ctx.conversation, ctx.invitation.message, ctx.asked_at, ctx.reply_note)
    waited = follow_up_due(ctx.asked_at, ctx.today, settings.follow_up_days, reply)
    if waited is not None and rapport.state != "pass":
        return Verdict(
            "decline",
            0.75,
            [f"rapport: asked on {day(ctx.asked_at)}, no reply after {waited} days"],
        )
    if not asked and not by_hand:
        found = _from_note(reading, note, settings)
        if found is not None:
            return found
    if (
        settings.decline_without_note
        and reading.category in ("empty", "stock")
        and known.state != "pass"
        and ctx.match.known_contact is None
        and not ctx.match.candidates
    ):
        return Verdict(
            "decline", 0.6, [_why(known), _why(note), "you decline unknown senders without a note"]
        )
    return _ask(ctx, checks, reading, asked)


def _from_note(reading: NoteReading, note: Check, settings: RecommendSettings) -> Verdict | None:
    """Rows 10-13: a note that is enough on its own to accept, or to decline by your setting."""
    if reading.stance == "accept" and reading.checkable:
        return Verdict("accept", 0.65, [_why(note), "a shared context you can check"])
    if reading.stance == "accept":
        return Verdict("accept", 0.55 if reading.kind == LEARNED else 0.6, [_why(note)])
    if reading.stance == "role" and settings.recruiter_with_role == "accept":
        return Verdict("accept", 0.6, [_why(note), "a concrete role at a named company"])
    if reading.stance == "generic" and settings.generic_note == "decline":
        return Verdict("decline", 0.6, [_why(note), "you decline notes that say nothing"])
    return None


def _ask(ctx: Context, checks: dict[str, Check], reading: NoteReading, asked: bool) -> Verdict:
    """Row 15: ask the one thing still unknown."""
    known, note, two_way, rapport = (
        checks["known"],
        checks["note"],
        checks["two_way"],
        checks["rapport"],
    )
    reasons = [_why(known), _why(note)]
    if two_way.state == "pass":
        reasons.append(_why(two_way))
    if asked:
        reasons.append(_why(rapport))
    else:
        reasons.append(QUESTIONS[situation(reading)])
    if note.state == "pass" or reading.stance in ("ask", "role", "accept"):
        confidence = 0.55
    elif note.state == "unknown" or known.state == "unknown":
        confidence = 0.5
    else:
        confidence = 0.4
    return Verdict("ask", confidence, reasons)


def recommend(
    ctx: Context, checks: list[Check], settings: RecommendSettings, rules: list[Rule]
) -> Verdict:
    """The verdict for one invitation: memory, then user rules, then the built-in table."""
    by_id = {c.id: c for c in checks}
    prior = ctx.prior
    changes: list[str] = []  # row 1 gives way: what is new since the remembered decision
    if settings.decision_memory and prior is not None and prior.decision in VERDICTS:
        changes = evidence_changes(ctx, by_id)
        if not changes:
            return Verdict(
                prior.decision,  # type: ignore[arg-type]
                0.9,
                [f"you decided {prior.decision} on {day(prior.at)} for this person"],
            )
    verdict = None
    states = {c.id: c.state for c in checks}
    for rule in rules:
        if rule.matches(ctx, states):
            verdict = Verdict(rule.then, rule.confidence, [rule.explain()])  # type: ignore[arg-type]
            break
    if verdict is None:
        verdict = built_in(ctx, by_id, settings)
    if changes:
        what = ", ".join(changes)
        verdict.reasons.append(f"evidence changed since your earlier decision ({what})")
    return verdict
