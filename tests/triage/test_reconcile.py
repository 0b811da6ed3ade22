"""Reconciling a newer export: done, still to do on LinkedIn, replied."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from linkvet.core.models import Conversation
from linkvet.core.triage.reconcile import reconcile, reply_after

from tests.conftest import SAMPLE
from tests.triage.helpers import (
    newer_export_folder,
    read_rows,
    workspace,
    write_rows,
)

DANA_URL = "https://www.linkedin.com/in/dana-whitfield-3b71a920"


def _dana_pending(ws):  # type: ignore[no-untyped-def]
    return [
        v
        for v in ws.views(status="pending")
        if v.owner and v.owner.name == "Dana Whitfield" and v.invitation.sender.profile_url
    ]


def test_newer_export_settles_decisions_and_finds_replies(db: Path, tmp_path: Path) -> None:
    ws = workspace(db)
    a, b, c, d = _dana_pending(ws)[:4]
    ws.decide([a.id, d.id], "accept")
    ws.decide([b.id], "decline")
    ws.decide([c.id], "ask")
    before = {v.id: v.status for v in ws.views()}
    assert [before[x.id] for x in (a, b, c, d)] == ["accepted", "declined", "asked", "accepted"]

    folder = newer_export_folder(tmp_path, "dana-whitfield")
    # A accepted on LinkedIn: now in Connections.csv
    pre, rows, sep = read_rows(folder / "Connections.csv")
    first, _, last = a.invitation.sender.name.partition(" ")
    rows.append([first, last, a.invitation.sender.profile_url or "", "", "", "", "26 Nov 2026"])
    write_rows(folder / "Connections.csv", pre, rows, sep)
    # B ignored on LinkedIn: no longer in Invitations.csv
    pre, rows, sep = read_rows(folder / "Invitations.csv")
    kept = [r for r in rows if not (r[0] == b.invitation.sender.name and r[4] == "INCOMING")]
    assert len(kept) == len(rows) - 1
    write_rows(folder / "Invitations.csv", pre, kept, sep)
    # C answered the ask after it was sent
    pre, rows, sep = read_rows(folder / "messages.csv")
    stamp = (datetime.now(UTC) + timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S UTC")
    sender = c.invitation.sender
    reply = "We met at the Contoso meetup in May."
    row = ["2-bmV3", "", sender.name, sender.profile_url or "", "Dana Whitfield", DANA_URL]
    rows.append([*row, stamp, "", reply, "INBOX", ""])
    write_rows(folder / "messages.csv", pre, rows, sep)

    ws.import_paths([folder])
    summary = reconcile(before, ws.read)
    assert summary.done_accepted == [a.id]
    assert summary.done_declined == [b.id]
    assert summary.replied == [c.id]
    assert summary.still_to_do == [d.id]
    assert set(summary.done) == {a.id, b.id}
    assert ws.view(a.id).status == "done" and ws.view(b.id).status == "done"
    lines = summary.lines()
    assert len(lines) == 4
    assert any(d.invitation.sender.name in line and "still pending" in line for line in lines)
    assert any(c.id in line and "replied" in line for line in lines)
    assert summary.to_dict()["still_to_do"] == [d.id]


def test_reimporting_the_same_export_reports_nothing(db: Path) -> None:
    ws = workspace(db)
    a, b, c = _dana_pending(ws)[:3]
    ws.decide([a.id], "accept")  # decided after the export was made: not "still to do"
    ws.decide([b.id], "decline")
    ws.decide([c.id], "ask")
    before = {v.id: v.status for v in ws.views()}
    ws.import_paths([SAMPLE / "dana-whitfield"])
    summary = reconcile(before, ws.read)
    assert summary.is_empty(), summary
    assert summary.lines() == []


def test_new_invitations_are_not_reported(db: Path) -> None:
    ws = workspace(db)
    target = _dana_pending(ws)[0]
    ws.decide([target.id], "decline")
    before = {v.id: v.status for v in ws.views() if v.id != target.id}
    assert reconcile(before, ws.read).is_empty()


def _conv(events: list[list[str]]) -> Conversation:
    return Conversation(id="c", owner_id="o", counterpart_name="X", events=events)


def test_reply_after_counts_only_incoming_messages_after_the_ask() -> None:
    asked = "2026-11-01T10:00:00+00:00"
    assert reply_after(None, asked) is None
    assert reply_after(_conv([["2026-11-02T10:00:00+00:00", "in"]]), None) is None
    before_ask = _conv([["2026-10-31T10:00:00+00:00", "in"], ["2026-11-02T10:00:00+00:00", "out"]])
    assert reply_after(before_ask, asked) is None
    # 03:00 Pacific on Nov 1 is 10:00 UTC + 1 h: after the ask
    later = _conv([["2026-11-01T04:00:00-07:00", "in"]])
    assert reply_after(later, asked) == "2026-11-01T04:00:00-07:00"
    same_time_other_zone = _conv([["2026-11-01T03:00:00-07:00", "in"]])
    assert reply_after(same_time_other_zone, asked) is None


def test_a_declined_row_no_export_listed_stays_to_do(tmp_path: Path) -> None:
    """The owner's full export, then a generic CSV row it does not list, then a decline
    today: nothing shows the decline was carried out, so it is not done and stays on the
    action list (it used to become `done` and vanish: the generic file's date counted as
    an export that had listed it)."""
    from linkvet.core.export.actions import action_items

    generic = tmp_path / "received.csv"
    generic.write_text(
        "Name,Profile URL,Headline,Received\n"
        "Ann Lee,https://www.linkedin.com/in/ann-lee-9,Recruiter at Globex,2026-11-02\n",
        encoding="utf-8",
    )
    ws = workspace(tmp_path / "db")
    ws.import_paths([newer_export_folder(tmp_path, "dana-whitfield")])
    ws.import_paths([generic])
    (ann,) = [v for v in ws.views() if v.invitation.sender.name == "Ann Lee"]
    ws.decide([ann.id], "decline")
    assert ws.view(ann.id).status == "declined"
    assert [i.group for i in action_items(ws) if i.id == ann.id] == ["decline"]
