"""A database written by schema 1 opens with every decision kept; the people it had folded
together come back apart on the next import, and the summary says so."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
from linkvet.core.store import Store
from linkvet.core.store.migrations import SCHEMA_VERSION
from linkvet.core.triage import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "schema1"


def _copy(tmp_path: Path) -> Path:
    db = tmp_path / "db"
    shutil.copytree(FIXTURE / "db", db)
    return db


def _schema(db: Path) -> int:
    gen = db / (db / "CURRENT").read_text().strip()
    meta = gen / "invitations.json" if (gen / "invitations.json").exists() else gen / "meta.json"
    data = orjson.loads(meta.read_bytes())
    return int(next(iter(data["meta"].values()))["schema"])


def test_opening_upgrades_in_place_and_keeps_every_decision(tmp_path: Path) -> None:
    db = _copy(tmp_path)
    assert _schema(db) == 1
    store = Store(db)
    assert _schema(db) == SCHEMA_VERSION == 3
    states = store.states()
    assert {k: s.decision for k, s in states.items()} == {"yj3ljj7": "decline", "hkttys6": "accept"}
    assert states["yj3ljj7"].note == "v1-decision"
    invitations = store.invitations()
    assert set(invitations) == {"yj3ljj7", "hkttys6", "4n3hgsj"}
    assert all(inv.legacy for inv in invitations.values())
    # the previous generation stays as the last good copy
    assert (db / "g000002").is_dir()


def test_reimport_brings_back_the_folded_people(tmp_path: Path) -> None:
    ws = Workspace(Store(_copy(tmp_path)))
    report = ws.import_paths(
        [FIXTURE / "Invitations.csv", FIXTURE / "Connections.csv", FIXTURE / "google.csv"]
    )
    invitations = {i.id: i for i in ws.store.invitations().values() if i.direction == "INCOMING"}
    assert len(invitations) == 4  # Ann Lee (1), Ann Lee (2), Bo Chen, Cy Dorn
    # the decision stays with the invitation whose data it was made on...
    kept = invitations["yj3ljj7"]
    assert kept.sender.profile_url == "https://www.linkedin.com/in/ann-lee-1"
    assert kept.message.startswith("Hi Olivia, we met")
    assert ws.view("yj3ljj7").state.decision == "decline"
    # ...and the other Ann Lee comes back as her own, pending invitation, named in the report
    (back,) = report.came_back
    assert invitations[back].sender.profile_url == "https://www.linkedin.com/in/ann-lee-2"
    assert ws.view(back).status == "pending" and ws.view(back).state.decision == "pending"
    assert ws.view("hkttys6").state.decision == "accept"
    # the two John Smiths (different e-mails) are two contacts again
    smiths = [c for c in ws.store.contacts() if c.name == "John Smith"]
    assert sorted(e for c in smiths for e in c.emails) == [
        "john@smith-family.net",
        "jsmith@globex.example",
    ]
    assert len(smiths) == 2 and report.rebuilt_contacts == 1
    # importing again changes nothing and brings back no one
    again = ws.import_paths(
        [FIXTURE / "Invitations.csv", FIXTURE / "Connections.csv", FIXTURE / "google.csv"]
    )
    assert again.came_back == [] and again.counts["invitations"].imported == 0
