"""The built-in verdict: accept / decline / ask from the seven checks, first matching row wins.

| # | when | verdict | confidence |
|---|---|---|---|
| 1 | decision memory: you decided on this person before and nothing changed | your earlier decision | 0.9 |
| 2 | a user rule (`[[rules]]`) matches, first in file order | the rule's `then` | the rule's (0.9) |
| 3 | a hard failure (`mass_invite` fail, `quality` fail, or a possible cloned profile) but `known` or `rapport` passes | ask | 0.5 |
| 4 | a hard failure | decline | 0.85 (0.9 with two or more) |
| 5 | `known` or `rapport` passes | accept | 0.9 (both, or a certain match), else 0.8 |
| 6 | you ticked `two_way` and the `note` passes (`accept_on_two_way`) | accept | 0.7 |
| 7 | `network_tap` fails (recruiter/seller, no relationship, no reason) | decline | 0.85 with no note, 0.7 with a generic one |
| 8 | you asked `follow_up_days` (14) or more days ago and got no reply | decline | 0.75 |
| 9 | `decline_without_note` is on, `note` fails and `known` fails | decline | 0.6 |
| 10 | anyone else (not disqualified): ask how you know each other | ask | 0.6 personal note, 0.5 generic note or unsure match, 0.4 no note |

Decision memory (row 1) gives way when the evidence changed: a different non-empty note, new
messages since, the person is now known and was not, or you changed a check by hand. The
verdict is then re-evaluated and says "evidence changed since your earlier decision".
Every reason names the check or rule behind it. The function is pure: overrides, replies or
new messages recompute the verdict at once.
"""  # noqa: E501

from __future__ import annotations

from linkvet.core.checklist.context import Context
from linkvet.core.checklist.dates import day, now_of, parse_iso
from linkvet.core.checklist.facts import dialogue_of, is_stock
from linkvet.core.checklist.text import same_text
from linkvet.core.matching import DUPLICATE_PROFILE
from linkvet.core.models import Check, Verdict
from linkvet.core.recommend.rules import VERDICTS, Rule
from linkvet.core.recommend.settings import RecommendSettings


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
    if note.strip() and not is_stock(note) and not same_text(note, prior.message):
        changes.append("a new note")
    if dialogue_of(ctx).total > prior.dialogue_count:
        changes.append("messages since")
    if checks["known"].state == "pass" and not prior.was_known:
        changes.append("now a known contact")
    if any(c.manual for c in checks.values()):
        changes.append("a check you changed")
    return changes


def built_in(ctx: Context, checks: dict[str, Check], settings: RecommendSettings) -> Verdict:
    """Rows 3-10 of the table above."""
    known, note, tap = checks["known"], checks["note"], checks["network_tap"]
    two_way, quality, mass, rapport = (
        checks["two_way"],
        checks["quality"],
        checks["mass_invite"],
        checks["rapport"],
    )
    hard: list[str] = []
    if mass.state == "fail":
        hard.append(_why(mass))
    if quality.state == "fail":
        hard.append(_why(quality))
    if DUPLICATE_PROFILE in ctx.match.flags and not known.manual:
        hard.append(_why(known))
    knows = [c for c in (known, rapport) if c.state == "pass"]
    if hard and knows:
        return Verdict("ask", 0.5, [*[_why(c) for c in knows], *hard, "mixed signals: check"])
    if hard:
        return Verdict("decline", 0.9 if len(hard) > 1 else 0.85, hard)
    if knows:
        certain = ctx.match.known_contact is not None and ctx.match.known_contact.confidence == (
            "certain"
        )
        confidence = 0.9 if len(knows) == 2 or (certain and known.state == "pass") else 0.8
        return Verdict("accept", confidence, [_why(c) for c in knows])
    ticked = settings.accept_on_two_way and two_way.manual and two_way.state == "pass"
    if ticked and note.state == "pass":
        return Verdict("accept", 0.7, [_why(two_way), _why(note)])
    if tap.state == "fail":
        confidence = 0.85 if note.state == "fail" else 0.7
        return Verdict("decline", confidence, [_why(tap), _why(note)])
    asked = parse_iso(ctx.asked_at)
    if asked is not None and rapport.state != "pass":
        waited = (now_of(ctx) - asked).days
        if waited >= settings.follow_up_days:
            return Verdict(
                "decline",
                0.75,
                [f"rapport: asked on {day(ctx.asked_at)}, no reply after {waited} days"],
            )
    if settings.decline_without_note and note.state == "fail" and known.state == "fail":
        return Verdict(
            "decline", 0.6, [_why(known), _why(note), "you decline unknown senders without a note"]
        )
    reasons = [_why(known), _why(note)]
    if two_way.state == "pass":
        reasons.append(_why(two_way))
    if asked is not None:
        reasons.append(_why(rapport))
    else:
        reasons.append("ask them how you know each other")
    if note.state == "pass":
        confidence = 0.6
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
