"""The action list's content (core.triage.actions): which invitations to accept, ignore, ask,
follow up or withdraw, with the link and the message; rendering is tests/export."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from linkvet.core.config import Config
from linkvet.core.export.settings import ActionSettings
from linkvet.core.identity import name_key, profile_slug
from linkvet.core.triage.actions import action_items
from linkvet.core.triage.view import InvitationView

from tests.conftest import SAMPLE
from tests.export.conftest import hostile_db  # noqa: F401
from tests.triage.helpers import TODAY, read_rows, workspace


def test_groups_follow_decisions_and_done_is_left_out(db: Path) -> None:
    ws = workspace(db)
    pending = ws.views(status="pending")
    ws.decide([pending[0].id], "accept")
    ws.decide([pending[1].id], "decline")
    ws.decide([pending[2].id], "ask")
    already = next(v for v in ws.views(status="accepted") if v.state.decision == "pending")
    ws.decide([already.id], "accept")  # LinkedIn already shows a connection: nothing to do
    # ...but no export made after the decision says so, so it is not called done
    assert ws.view(already.id).status == "accepted"
    assert ws.view(already.id).status_why == "already a connection before you decided"
    items = {i.id: i for i in action_items(ws) if i.group != "withdraw"}
    assert {k: i.group for k, i in items.items()} == {
        pending[0].id: "accept",
        pending[1].id: "decline",
        pending[2].id: "ask",
    }
    ask = items[pending[2].id]
    assert ask.message == ws.view(pending[2].id).ask_message and ask.message
    assert items[pending[0].id].message is None


def test_unanswered_ask_becomes_follow_up(db: Path) -> None:
    ws = workspace(db)
    target = ws.views(status="pending")[0]
    ws.decide([target.id], "ask")
    asked = ws.view(target.id).state.asked_at
    assert asked
    later = workspace(db, now=TODAY.fromisoformat(asked) + timedelta(days=14, hours=1))
    (item,) = [i for i in action_items(later) if i.id == target.id]
    assert item.group == "follow_up" and "no reply after 14 days" in item.detail
    sooner = workspace(db, now=TODAY.fromisoformat(asked) + timedelta(days=13))
    (item,) = [i for i in action_items(sooner) if i.id == target.id]
    assert item.group == "ask"


def _expected_stale(today_offset_days: int, limit: int) -> set[tuple[str, str]]:
    """Independently from the raw sample CSVs: (owner folder, invitee) of stale sent rows."""
    from linkvet.core.importers.dates import parse_datetime

    today = (TODAY + timedelta(days=today_offset_days)).date()
    out: set[tuple[str, str]] = set()
    for folder in ("dana-whitfield", "lee-okafor", "priya-raman"):
        _, conns, _ = read_rows(SAMPLE / folder / "Connections.csv")
        col = conns[0].index("URL")
        slugs = {profile_slug(r[col]) for r in conns[1:] if len(r) > col} - {None}
        names = {name_key(f"{r[0]} {r[1]}") for r in conns[1:] if len(r) > 1}
        _, invs, _ = read_rows(SAMPLE / folder / "Invitations.csv")
        head = invs[0]
        for r in invs[1:]:
            row = dict(zip(head, r, strict=False))
            if row["Direction"] != "OUTGOING":
                continue
            sent = parse_datetime(row["Sent At"])
            assert sent is not None
            slug = profile_slug(row.get("inviteeProfileUrl"))
            connected = slug in slugs if slug else name_key(row["To"]) in names
            if (today - sent.date()).days > limit and not connected:
                out.add((folder, row["To"]))
    return out


@pytest.mark.parametrize(("offset", "limit"), [(0, 21), (0, 120), (60, 21)])
def test_stale_sent_invitations_match_the_raw_files(db: Path, offset: int, limit: int) -> None:
    config = Config(actions=ActionSettings(stale_sent_days=limit))
    ws = workspace(db, now=TODAY + timedelta(days=offset), config=config)
    got = {
        (i.owner.lower().replace(" ", "-"), i.name)
        for i in action_items(ws)
        if i.group == "withdraw"
    }
    expected = _expected_stale(offset, limit)
    assert got == expected
    assert expected  # the sample has stale sent invitations in every setting tested


def test_stale_sent_rules_on_hand_built_cases(hostile_db: Path) -> None:  # noqa: F811
    items = [i for i in action_items(workspace(hostile_db)) if i.group == "withdraw"]
    assert sorted(i.name for i in items) == ["-Still Waiting", "Name Only"]
    name_only = next(i for i in items if i.name == "Name Only")
    assert name_only.link_kind == "search"
    assert "40 days ago" in next(i.detail for i in items if i.name == "-Still Waiting")


def test_an_ask_keeps_the_message_it_was_decided_with(db: Path) -> None:
    """Without an edit, the prepared message is saved: a later template change does not
    rewrite what the action list says was sent."""
    ws = workspace(db)
    target = ws.views(status="pending")[1]
    prepared = ws.view(target.id).ask_text()
    ws.decide([target.id], "ask")
    changed = Config()
    changed.ask.template = changed.ask.event_template = "Hello {first_name}, new wording."
    later = workspace(db, config=changed)
    assert later.view(target.id).ask_message == prepared
    (item,) = [i for i in action_items(later) if i.id == target.id]
    assert item.message == prepared
    ws.undo()
    assert workspace(db, config=changed).view(target.id).state.ask_message is None


def _follow_up_reason(view: InvitationView) -> bool:
    """The verdict is row 9's: asked long enough ago, no reply."""
    reasons = view.verdict.reasons if view.verdict else []
    return any(r.startswith("rapport: asked on") and "no reply after" in r for r in reasons)


def test_the_verdict_and_the_action_list_agree_when_a_follow_up_is_due(db: Path) -> None:
    """One rule (core.conversation.follow_up_due): `follow_up_days` calendar days after the
    ask with no answer. The verdict used to count 24-hour periods and the action list
    calendar days, so for up to a day the list said "follow up" while the verdict still said
    "ask". Checked at the first second of the due day and the last second before it, on the
    asks whose verdict row 9 decides once it is due (earlier rows win for the others)."""
    ws = workspace(db)
    pending = [v.id for v in ws.views(status="pending") if v.verdict and v.verdict.verdict == "ask"]
    ws.decide(pending[:10], "ask")
    asked = datetime.fromisoformat(ws.view(pending[0]).state.asked_at or "")
    days = ws.config.ask.follow_up_days
    due_day = datetime.combine(asked.date() + timedelta(days=days), time(), tzinfo=UTC)
    far = workspace(db, now=asked + timedelta(days=days + 30))
    governed = [i for i in pending[:10] if _follow_up_reason(far.view(i))]
    assert governed
    for moment, due in ((due_day, True), (due_day - timedelta(seconds=1), False)):
        later = workspace(db, now=moment)
        groups = {i.id: i.group for i in action_items(later)}
        for inv_id in governed:
            view = later.view(inv_id)
            assert groups[inv_id] == ("follow_up" if due else "ask")
            assert _follow_up_reason(view) is due
            assert view.verdict is not None
            assert view.verdict.verdict == ("decline" if due else "ask")
