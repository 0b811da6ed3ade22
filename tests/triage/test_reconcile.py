"""Reconciling a newer export: done, still to do on LinkedIn, replied."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from linkvet.core.triage.reconcile import reconcile

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


def test_a_declined_row_no_export_listed_stays_to_do(tmp_path: Path) -> None:
    """The owner's full export, then a generic CSV row it does not list, then a decline
    today: nothing shows the decline was carried out, so it is not done and stays on the
    action list (it used to become `done` and vanish: the generic file's date counted as
    an export that had listed it)."""
    from linkvet.core.triage.actions import action_items

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


def _add_messages(folder: Path, name: str, url: str, *texts: tuple[str, int]) -> None:
    """Messages (text, minutes from now) from the sender to Dana in the export's messages.csv."""
    pre, rows, sep = read_rows(folder / "messages.csv")
    for text, minutes in texts:
        stamp = (datetime.now(UTC) + timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M:%S UTC")
        row = ["2-ZWNobw", "", name, url, "Dana Whitfield", DANA_URL]
        rows.append([*row, stamp, "", text, "INBOX", ""])
    write_rows(folder / "messages.csv", pre, rows, sep)


def test_an_echo_after_the_ask_is_no_reply_anywhere(db: Path, tmp_path: Path) -> None:
    """Dana asks, then answers the invitation on LinkedIn: the newer export's messages.csv
    opens the conversation with the sender's note, dated after the ask. Reconcile, the
    action list and the rapport check used to disagree on it (two copies of the reply rule);
    with core.conversation none calls it a reply, and all three see the real one."""
    from linkvet.core.triage.actions import action_items

    ws = workspace(db)
    target = next(
        v for v in _dana_pending(ws) if v.invitation.message.strip() and v.conversation is None
    )
    sender = target.invitation.sender
    ws.decide([target.id], "ask")
    before = {v.id: v.status for v in ws.views()}

    def outcomes(w):  # type: ignore[no-untyped-def]
        view = w.view(target.id)
        rapport = next(c for c in view.checks if c.id == "rapport")
        (item,) = [i for i in action_items(w) if i.id == target.id]
        return rapport.state, item.detail.startswith("they replied")

    folder = newer_export_folder(tmp_path, "dana-whitfield")
    note = target.invitation.message
    _add_messages(folder, sender.name, sender.profile_url or "", (note, 5))
    ws.import_paths([folder])
    echoed = ws.view(target.id).conversation
    assert echoed is not None and echoed.first_direction == "in" and echoed.received == 1
    assert target.id not in reconcile(before, ws.read).replied
    assert outcomes(ws) == ("unknown", False)

    again = newer_export_folder(tmp_path / "again", "dana-whitfield")
    reply = ("We met at the meetup.", 9)
    _add_messages(again, sender.name, sender.profile_url or "", (note, 5), reply)
    ws.import_paths([again])
    assert target.id in reconcile(before, ws.read).replied
    assert outcomes(ws) == ("pass", True)
