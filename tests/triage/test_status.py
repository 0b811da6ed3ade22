"""Status rules: `done` only on evidence made after the decision (core.triage.status)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from linkvet.core.models import Invitation, Owner, Person
from linkvet.core.store.decisions import TriageState
from linkvet.core.triage.status import status

DECIDED_AT = "2026-11-20T18:00:00+00:00"
OWNER = Owner(
    "o1", "Olivia", invitations_export="2026-11-20", export_date="2026-11-20",
    export_newest="2026-11-20T09:00:00-08:00", has_connections=True,
)  # fmt: skip
INV = Invitation(
    id="i1", owner_id="o1", direction="INCOMING", sender=Person("Ann"), recipient=Person("O"),
    sent_at="2026-10-01T10:00:00-07:00", sent_at_raw="", last_seen_export="2026-11-20",
)  # fmt: skip


def state(decision: str, carried: str | None = None) -> TriageState:
    return TriageState(decision=decision, decided_at=DECIDED_AT, carried_out_at=carried)


def later(day: str, newest: str | None = None) -> Owner:
    """The owner after importing an export made on `day`."""
    return replace(OWNER, invitations_export=day, export_date=day, export_newest=newest)


def test_an_export_made_before_the_decision_proves_nothing() -> None:
    """Listed in an older export, missing from the newest, which predates the decline:
    gone from LinkedIn, off the to-do list, but never called done."""
    inv = replace(INV, last_seen_export="2026-11-01")
    found = status(inv, state("decline"), OWNER)
    assert (found.word, found.why) == (
        "gone",
        "gone from LinkedIn (not in the export of 2026-11-20)",
    )
    assert status(inv, None, OWNER).word == "gone"  # undecided: gone too


def test_missing_from_an_export_made_after_a_decline_is_done() -> None:
    found = status(INV, state("decline"), later("2026-11-25"))
    assert found.word == "done" and "made after you declined" in found.why
    assert status(INV, state("decline"), OWNER).word == "declined"  # still listed: to do


def test_same_day_export_counts_when_its_newest_row_is_later() -> None:
    inv = replace(INV, last_seen_export="2026-11-19")
    owner = later("2026-11-20", newest="2026-11-20T19:30:00+00:00")
    assert status(inv, state("decline"), owner).word == "done"
    owner = later("2026-11-20", newest="2026-11-20T17:00:00+00:00")
    assert status(inv, state("decline"), owner).word == "gone"


def test_never_listed_in_an_export_is_never_gone_nor_done() -> None:
    """A generic CSV row: no export ever listed it, so its absence says nothing."""
    inv = replace(INV, last_seen_export=None)
    assert status(inv, state("decline"), later("2026-12-01")).word == "declined"


@pytest.mark.parametrize("decision", ["accept", "ask"])
def test_accepted_after_the_decision_is_done(decision: str) -> None:
    by_export = replace(INV, export_status="accepted", accepted_seen="2026-11-25")
    assert status(by_export, state(decision), later("2026-11-25")).word == "done"
    by_date = replace(
        INV, export_status="accepted", accepted_seen="2026-11-20", connected_on="2026-11-22"
    )
    assert status(by_date, state(decision), OWNER).word == "done"


def test_already_connected_before_the_decision_is_not_done() -> None:
    inv = replace(
        INV, export_status="accepted", accepted_seen="2026-11-20", connected_on="2026-11-19"
    )
    found = status(inv, state("accept"), OWNER)
    assert (found.word, found.why) == ("accepted", "already a connection before you decided")


def test_carried_out_by_the_users_word() -> None:
    when = "2026-11-21T08:00:00+00:00"
    assert (
        status(INV, state("accept", when), OWNER).why == "you marked it carried out on 2026-11-21"
    )
    assert status(INV, state("decline", when), OWNER).word == "done"
    asked = status(INV, state("ask", when), OWNER)
    assert asked.word == "asked" and "message sent 2026-11-21" in asked.why


def test_undecided_and_decided_baselines() -> None:
    assert status(INV, None, OWNER).word == "pending"
    assert status(INV, state("accept"), OWNER).why == "to accept on LinkedIn"
    assert status(replace(INV, export_status="accepted"), None, OWNER).word == "accepted"
