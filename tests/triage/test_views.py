"""Views through the Workspace: decision memory, conversations, the ask message, lookups."""

from __future__ import annotations

from pathlib import Path

import pytest
from linkvet.core.config import Config
from linkvet.core.errors import Refused
from linkvet.core.models import Conversation
from linkvet.core.triage.service import NotFound

from tests.triage.helpers import OWNER, connection, incoming, save_records, workspace

SAM = "https://www.linkedin.com/in/sam-sender"


def test_decision_memory_follows_the_sender_and_is_undone(tmp_path: Path) -> None:
    db = tmp_path / "db"
    invitations = [
        incoming("old", "Sam Sender", SAM, days_ago=40),
        incoming("new", "Sam Sender", SAM, days_ago=2),
        incoming("other", "Kim Other", days_ago=3),
    ]
    save_records(db, [OWNER], invitations)
    ws = workspace(db)
    assert ws.view("new").prior is None
    ws.decide(["old"], "decline")
    new = ws.view("new")
    assert new.prior is not None and new.prior["invitation_id"] == "old"
    assert new.verdict is not None and new.verdict.verdict == "decline"
    assert new.verdict.reasons[0].startswith("you decided decline on ")
    assert ws.view("old").prior is None  # a decided invitation is not reminded of another
    assert ws.view("other").state.decision == "pending" and not ws.view("other").state.history
    ws.undo()
    assert ws.view("new").prior is None
    assert [v.state.decision for v in ws.views()] == ["pending"] * 3


def test_undo_in_a_workspace_that_built_no_views(tmp_path: Path) -> None:
    """A CLI `undo` (nothing derived yet) is seen by a workspace that has views cached."""
    db = tmp_path / "db"
    save_records(db, [OWNER], [incoming("a", "Sam Sender", SAM)])
    ws = workspace(db)
    ws.decide(["a"], "decline")
    assert ws.view("a").state.decision == "decline"
    other = workspace(db)
    assert [e.invitation_id for e in other.undo()] == ["a"]
    assert other.view("a").state.decision == "pending"
    assert ws.refresh() == "decisions"
    assert ws.view("a").state.decision == "pending"


def test_conversation_by_profile_url_then_by_name(tmp_path: Path) -> None:
    db = tmp_path / "db"
    conversations = [
        Conversation(id="c1", owner_id=OWNER.id, counterpart_name="Samuel S.",
                     counterpart_url=SAM, sent=2, received=3),
        Conversation(id="c2", owner_id=OWNER.id, counterpart_name="Nora Name", sent=1,
                     received=1),
    ]  # fmt: skip
    invitations = [
        incoming("by-url", "Sam Sender", SAM),
        incoming("by-name", "Nora Name"),
        incoming("url-then-name", "Nora Name", "https://www.linkedin.com/in/nora-n", days_ago=9),
        incoming("none", "Nobody Here", "https://www.linkedin.com/in/nobody"),
    ]
    save_records(db, [OWNER], invitations, conversations=conversations)
    found = {v.id: v.conversation.id if v.conversation else None for v in workspace(db).views()}
    assert found == {"by-url": "c1", "by-name": "c2", "url-then-name": "c2", "none": None}


def test_ask_message_is_built_for_views_that_ask(tmp_path: Path) -> None:
    db = tmp_path / "db"
    talked = Conversation(id="c", owner_id=OWNER.id, counterpart_name="Kim Known", sent=2,
                          received=2, events=[["2026-11-01T10:00:00+00:00", "in"],
                                              ["2026-11-02T10:00:00+00:00", "out"]])  # fmt: skip
    save_records(
        db, [OWNER], [incoming("a", "Sam Sender"), incoming("k", "Kim Known")], [], [talked]
    )
    ws = workspace(db)
    asking, known = ws.view("a"), ws.view("k")
    assert asking.verdict is not None and asking.verdict.verdict == "ask"
    assert asking.ask_message is not None
    assert asking.ask_message.startswith("Hi Sam,") and asking.ask_message.endswith("Olga Owner")
    assert known.verdict is not None and known.verdict.verdict == "accept"
    assert known.ask_message is None
    ws.decide(["k"], "ask")  # asking by hand builds the message too
    assert (ws.view("k").ask_message or "").startswith("Hi Kim,")


def test_an_ask_is_recorded_with_its_message_in_one_call(tmp_path: Path) -> None:
    """The core API the TUI's ask flow needs: one decide call, per-row messages, durable."""
    db = tmp_path / "db"
    save_records(db, [OWNER], [incoming("a", "Sam Sender"), incoming("b", "Bo Other")], [])
    ws = workspace(db)
    prepared_b = ws.view("b").ask_text()
    events = ws.decide(["a", "b"], "ask", message={"a": "Edited for Sam"})
    assert [e.after for e in events] == ["ask", "ask"] and len({e.batch for e in events}) == 1
    again = workspace(db)  # what another process (the CLI, the action list) reads
    assert again.view("a").ask_message == "Edited for Sam"
    assert again.view("b").ask_message == prepared_b  # the prepared one, saved as it was
    assert again.view("a").to_json()["ask_message"] == "Edited for Sam"
    ws.decide(["a"], "pending")
    assert workspace(db).view("a").state.ask_message is None
    with pytest.raises(Refused, match="ask decision only"):
        ws.decide(["a"], "accept", message="x")


def test_ask_text_is_there_for_any_row_with_the_users_templates(tmp_path: Path) -> None:
    """`w` on a row advised accept or decline still gets the [ask] template, not a stock line."""
    db = tmp_path / "db"
    talked = Conversation(id="c", owner_id=OWNER.id, counterpart_name="Kim Known", sent=2,
                          received=2, events=[["2026-11-01T10:00:00+00:00", "in"],
                                              ["2026-11-02T10:00:00+00:00", "out"]])  # fmt: skip
    save_records(db, [OWNER], [incoming("k", "Kim Known")], [], [talked])
    config = Config()
    config.ask.template = "Hello {first_name}, my own words."
    view = workspace(db, config=config).view("k")
    assert view.verdict is not None and view.verdict.verdict == "accept"
    assert view.ask_message is None and view.ask_text() == "Hello Kim, my own words."


def test_lookup_answers_from_the_contacts_of_the_newest_generation(tmp_path: Path) -> None:
    db = tmp_path / "db"
    invitations = [incoming("a", "Sam Sender")]
    save_records(db, [OWNER], invitations, [connection("Ada Lovelace", None)])
    ws = workspace(db)
    assert [m.name for m in ws.lookup("Adam Smyth")] == []
    save_records(
        db, [OWNER], invitations, [connection("Ada Lovelace", None), connection("Adam Smith", None)]
    )
    assert ws.refresh() == "data"
    assert [m.name for m in ws.lookup("Adam Smyth")] == ["Adam Smith"]  # a fuzzy-key hit


def test_a_manual_link_is_kept_shown_as_yours_and_undone(tmp_path: Path) -> None:
    db = tmp_path / "db"
    invitations = [incoming("a", "Sam Sender", SAM), incoming("b", "Kim Other")]
    save_records(db, [OWNER], invitations, [connection("Samuel Sendler", None)])
    ws = workspace(db)
    contact_id = ws.store.contacts()[0].id
    assert ws.view("a").match.known_contact is None
    ws.link("a", contact_id)
    fresh = workspace(db)  # durable: another process sees it
    known = fresh.view("a").match.known_contact
    assert known is not None and known.contact_id == contact_id
    assert known.confidence == "certain" and known.evidence[0] == "linked by you"
    assert any(c.id == "known" and c.state == "pass" for c in fresh.view("a").checks)
    assert fresh.invitations_from([contact_id]) == ["a"]
    assert [e.kind for e in fresh.undo()] == ["link"]
    assert fresh.view("a").match.known_contact is None
    assert fresh.invitations_from([contact_id]) == []


def test_a_link_needs_a_contact_of_the_invitations_owner(tmp_path: Path) -> None:
    db = tmp_path / "db"
    save_records(db, [OWNER], [incoming("a", "Sam Sender", SAM)])
    with pytest.raises(NotFound):
        workspace(db).link("a", "no-such-contact")
