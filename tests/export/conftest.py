"""Fixtures for tests/export: the sample team (imported once) and a hostile hand-built db."""

from __future__ import annotations

from pathlib import Path

import pytest
from linkvet.core.models import Invitation

from tests.triage.helpers import (
    OWNER,
    connection,
    incoming,
    outgoing,
    save_records,
    workspace,
)

HOSTILE_NAMES = [
    '=HYPERLINK("http://evil.example","x")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "<script>alert(1)</script>",
    "Robert'); DROP TABLE--",
    "Ann [x](javascript:alert(1)) **bold**",
]


# the same sample-team database as tests/triage (imported once per session, copied per test)
from tests.triage.conftest import db, team_db  # noqa: E402, F401


def hostile_invitations() -> list[Invitation]:
    """One invitation per hostile name (note hostile too), plus URL edge cases."""
    invs = [
        incoming(f"h{i:06d}", name, None, message=f"=cmd|' /C calc'!A0 {i}", days_ago=i + 1)
        for i, name in enumerate(HOSTILE_NAMES)
    ]
    invs.append(incoming("js00001", "Js Url", "javascript:alert(document.cookie)"))
    invs.append(incoming("js00002", "Evil Host", "https://linkedin.com.evil.example/in/x"))
    invs.append(incoming("ok00001", "Good Url", "http://de.linkedin.com/in/good-url-1"))
    return invs


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """Hand-built owner with hostile senders, all decided, plus stale sent invitations."""
    path = tmp_path / "hostile"
    invs = hostile_invitations()
    sent = [
        outgoing("o000001", "-Still Waiting", "https://www.linkedin.com/in/still-waiting", 40),
        outgoing("o000002", "Now Connected", "https://www.linkedin.com/in/now-connected", 40),
        outgoing("o000003", "Recent Invite", "https://www.linkedin.com/in/recent-invite", 10),
        outgoing("o000004", "Name Only", None, 30),
    ]
    conns = [connection("Now Connected", "https://www.linkedin.com/in/now-connected")]
    save_records(path, [OWNER], invs + sent, conns)
    ws = workspace(path)
    ids = [i.id for i in invs]
    ws.decide(ids[0::3], "accept")
    ws.decide(ids[1::3], "decline")
    ws.decide(ids[2::3], "ask")
    return path
