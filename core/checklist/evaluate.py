"""Run the seven checks for one invitation, applying the owner's manual overrides.

Checks are read-only: the usual fixed-wording answers ("no note", "no dialogue yet") are
module constants shared by every evaluation, which keeps thousands of views small (and the
garbage collector's full passes few); an override builds a new Check instead of editing one.
"""

from __future__ import annotations

from typing import get_args

from linkvet.core.checklist.checks.known import check_known
from linkvet.core.checklist.checks.mass_invite import check_mass_invite
from linkvet.core.checklist.checks.network_tap import check_network_tap
from linkvet.core.checklist.checks.note import check_note
from linkvet.core.checklist.checks.quality import check_quality
from linkvet.core.checklist.checks.rapport import check_rapport
from linkvet.core.checklist.checks.two_way import check_two_way
from linkvet.core.checklist.context import Context
from linkvet.core.checklist.facts import member_patterns, texts_of
from linkvet.core.checklist.settings import ChecklistSettings
from linkvet.core.conversation import dialogue
from linkvet.core.models import Check, CheckState

STATES = frozenset(get_args(CheckState))


def apply_override(check: Check, overrides: dict[str, str]) -> Check:
    """The check with the owner's state when overridden: evidence kept, "set by you" added."""
    state = overrides.get(check.id)
    if state not in STATES:
        return check
    return Check(check.id, state, [*check.evidence, "set by you"], manual=True)  # type: ignore[arg-type]


def evaluate(ctx: Context, settings: ChecklistSettings) -> list[Check]:
    """The seven checks in CHECK_IDS order; later checks see the earlier ones' final states."""
    overrides = ctx.overrides or {}
    talked = dialogue(ctx.conversation, ctx.invitation.message)
    texts = texts_of(ctx)
    member_of = member_patterns(ctx)
    known = apply_override(check_known(ctx, talked), overrides)
    note = apply_override(check_note(ctx, texts.reading, member_of), overrides)
    tap = apply_override(check_network_tap(settings, texts, known.state, note.state), overrides)
    two_way = apply_override(check_two_way(ctx, settings, texts, talked), overrides)
    quality = apply_override(check_quality(ctx, settings, texts), overrides)
    mass = apply_override(check_mass_invite(member_of), overrides)
    rapport = apply_override(check_rapport(ctx, talked), overrides)
    return [known, note, tap, two_way, quality, mass, rapport]
