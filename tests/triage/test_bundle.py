"""Team bundles: export one owner, import into another database, idempotent, checked input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from linkvet.core.errors import Refused
from linkvet.core.importers.batch import InputError
from linkvet.core.triage.bundle import (
    bundle_data,
    default_bundle_name,
    import_bundle,
    is_bundle,
    pick_owner,
    read_bundle,
    write_bundle,
)
from linkvet.tui.cli import app
from typer.testing import CliRunner

from tests.conftest import SAMPLE
from tests.triage.helpers import workspace


def _decide_some(ws, owner: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    pending = [v for v in ws.views(status="pending") if v.owner and v.owner.name == owner]
    ws.decide([pending[0].id, pending[1].id], "accept")
    ws.decide([pending[2].id], "decline", note="agency spam")
    ws.decide([pending[3].id], "ask")
    ws.decide([pending[4].id], "decline")
    ws.decide([pending[4].id], "pending")  # changed their mind: not a decision any more
    return {pending[i].id: d for i, d in enumerate(["accept", "accept", "decline", "ask"])}


def test_round_trip_into_a_fresh_database(db: Path, tmp_path: Path) -> None:
    ws = workspace(db)
    decided = _decide_some(ws, "Dana Whitfield")
    path = tmp_path / "dana.linkvet.json"
    count = write_bundle(ws, path, "dana whitfield")
    dana = pick_owner(ws, "Dana Whitfield")
    mine = {i.id: i for i in ws.store.invitations().values() if i.owner_id == dana.id}
    assert count == len(mine) > 100

    fresh = workspace(tmp_path / "fresh")
    report = import_bundle(fresh, path)
    assert report.counts["invitations"].imported == len(mine)
    theirs = fresh.store.invitations()
    assert set(theirs) == set(mine)
    for inv_id, inv in mine.items():
        a, b = inv.to_dict(), theirs[inv_id].to_dict()
        a.pop("source"), b.pop("source")
        assert a == b
    assert fresh.store.owners()[dana.id].to_dict() == dana.to_dict()
    states = fresh.store.states()
    assert {i: s.decision for i, s in states.items()} == decided
    for inv_id in decided:
        event = states[inv_id].history[-1]
        assert event.who == "Dana Whitfield"
        assert event.at == ws.store.states()[inv_id].decided_at  # the colleague's date
    assert states[next(i for i, d in decided.items() if d == "decline")].note == "agency spam"
    assert {v.id: v.status for v in fresh.views()} == {
        v.id: v.status for v in ws.views() if v.invitation.owner_id == dana.id
    }


def test_importing_twice_changes_nothing(db: Path, tmp_path: Path) -> None:
    ws = workspace(db)
    _decide_some(ws, "Lee Okafor")
    path = tmp_path / "lee.linkvet.json"
    write_bundle(ws, path, "Lee Okafor")
    fresh = workspace(tmp_path / "fresh")
    import_bundle(fresh, path)
    generation, events = fresh.store.generation(), len(fresh.store.events())
    again = import_bundle(fresh, path)
    assert fresh.store.generation() == generation
    assert len(fresh.store.events()) == events
    assert again.counts["invitations"].imported == again.counts["invitations"].updated == 0
    assert "recorded 0 that differ" in again.files[0].notes[0]
    # and into the database it came from: nothing differs either
    own_events = len(ws.store.events())
    mine = import_bundle(ws, path)
    assert len(ws.store.events()) == own_events
    assert mine.counts["invitations"].updated == 0


def test_a_changed_decision_is_recorded_once(db: Path, tmp_path: Path) -> None:
    ws = workspace(db)
    decided = _decide_some(ws, "Dana Whitfield")
    path = tmp_path / "dana.linkvet.json"
    write_bundle(ws, path, "Dana Whitfield")
    fresh = workspace(tmp_path / "fresh")
    import_bundle(fresh, path)
    changed = next(iter(decided))
    ws.decide([changed], "decline")
    write_bundle(ws, path, "Dana Whitfield")
    before = len(fresh.store.events())
    import_bundle(fresh, path)
    assert len(fresh.store.events()) == before + 1
    assert fresh.store.states()[changed].decision == "decline"


def test_bundle_leaves_out_messages_and_contacts(db: Path) -> None:
    ws = workspace(db)
    data = bundle_data(ws, "Priya Raman")
    assert set(data) == {"linkvet_bundle", "exported_at", "owner", "invitations", "decisions"}
    text = json.dumps(data)
    priya = pick_owner(ws, "Priya Raman").id
    first_texts = [
        c.first_text for c in ws.store.conversations().values()
        if c.owner_id == priya and len(c.first_text) > 40
    ]  # fmt: skip
    assert first_texts
    notes = {i["message"] for i in data["invitations"]}
    leaked = [t for t in first_texts if t in text and t not in notes]
    assert leaked == []
    assert all(i["owner_id"] == priya for i in data["invitations"])
    assert all("/" not in i["source"] for i in data["invitations"])  # no local paths
    assert any(i["message"] for i in data["invitations"])  # notes kept
    assert {i["direction"] for i in data["invitations"]} == {"INCOMING", "OUTGOING"}


def test_team_bundles_reveal_cross_owner_patterns(db: Path, tmp_path: Path) -> None:
    ws = workspace(db)
    paths = []
    for owner in ("Dana Whitfield", "Lee Okafor", "Priya Raman"):
        paths.append(tmp_path / default_bundle_name(ws, owner))
        write_bundle(ws, paths[-1], owner)
    assert paths[0].name == "dana-whitfield.linkvet.json"
    team = workspace(tmp_path / "team")
    import_bundle(team, paths[0])
    alone = {p.kind for p in team.patterns() if p.kind in ("fanout", "campaign")}
    for path in paths[1:]:
        import_bundle(team, path)
    invs = team.store.invitations()
    cross = [
        p for p in team.patterns()
        if p.kind in ("fanout", "campaign") and len({invs[m].owner_id for m in p.members}) >= 2
    ]  # fmt: skip
    assert cross, "fan-outs across the three owners must show once all bundles are in"
    assert not alone  # one owner's bundle alone shows no cross-owner fan-out


def test_owner_must_be_chosen_when_several(db: Path) -> None:
    ws = workspace(db)
    with pytest.raises(Refused, match="3 owners"):
        bundle_data(ws)
    with pytest.raises(Refused, match="no owner named"):
        bundle_data(ws, "Nobody Here")


def _bundle(tmp_path: Path, db: Path) -> dict:  # type: ignore[type-arg]
    ws = workspace(db)
    _decide_some(ws, "Dana Whitfield")
    return bundle_data(ws, "Dana Whitfield")


@pytest.mark.parametrize(
    ("mutate", "words"),
    [
        (lambda b: b.update(linkvet_bundle=2), "newer linkvet"),
        (lambda b: b["owner"].update(id="someone"), "owner.id"),
        (lambda b: b["invitations"][0].update(owner_id="x"), "owner_id"),
        (lambda b: b["invitations"][0].update(id="../../x"), "invitation id"),
        (lambda b: b["invitations"][0]["sender"].update(name=["x"]), "must be text"),
        (lambda b: b["invitations"][0].update(sent_at="yesterday"), "ISO timestamp"),
        (lambda b: b["decisions"].update(zzzzzzz={"decision": "accept"}), "no incoming"),
        (lambda b: b["decisions"][next(iter(b["decisions"]))].update(decision="maybe"), "one of"),
        (lambda b: b.update(invitations={}), "must be a list"),
    ],
)
def test_bad_bundles_are_refused_before_anything_is_written(
    db: Path,
    tmp_path: Path,
    mutate,
    words: str,  # type: ignore[no-untyped-def]
) -> None:
    data = _bundle(tmp_path, db)
    mutate(data)
    path = tmp_path / "bad.linkvet.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    fresh = workspace(tmp_path / "fresh")
    with pytest.raises(InputError, match=words) as info:
        import_bundle(fresh, path)
    assert str(info.value).startswith(str(path))
    assert fresh.store.is_empty() and fresh.store.events() == []


def test_detection_by_content(tmp_path: Path, db: Path) -> None:
    odd_name = tmp_path / "from-colleague.txt"
    write_bundle(workspace(db), odd_name, "Lee Okafor")
    assert is_bundle(odd_name)
    assert read_bundle(odd_name).owner.name == "Lee Okafor"
    plain = tmp_path / "plain.json"
    plain.write_text('{"something": 1}', encoding="utf-8")
    assert not is_bundle(plain)
    assert not is_bundle(SAMPLE / "dana-whitfield" / "Invitations.csv")
    assert not is_bundle(tmp_path / "missing.json")
    broken = tmp_path / "broken.linkvet.json"
    broken.write_text('{"linkvet_bundle": 1, ', encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        read_bundle(broken)


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_cli_export_and_import_bundle(db: Path, tmp_path: Path) -> None:
    code, _, err = run(db, "export", "--format", "bundle")
    assert code == 1 and "--owner" in err
    out = tmp_path / "priya.linkvet.json"
    code, _, err = run(db, "export", "--format", "bundle", "--owner", "Priya Raman",
                       "--out", str(out))  # fmt: skip
    assert code == 0 and "invitations" in err
    code, stdout, _ = run(db, "export", "--format", "bundle", "--owner", "Priya Raman")
    assert code == 0 and json.loads(stdout)["owner"]["name"] == "Priya Raman"
    fresh = tmp_path / "fresh"
    code, stdout, _ = run(fresh, "import", "--json", str(out))
    assert code == 0
    summary = json.loads(stdout)
    assert summary["files"][0]["kind"] == "linkvet_bundle"
    assert summary["merged"]["invitations"]["imported"] == len(json.loads(out.read_text())[
        "invitations"])  # fmt: skip
    code, stdout, _ = run(fresh, "import", str(out))
    assert code == 0 and "0 new" in stdout
    code, _, err = run(fresh, "import", str(out), str(SAMPLE / "lee-okafor"))
    assert code == 2 and "on their own" in err


def test_a_bundles_links_are_rebuilt_linkedin_urls_or_nothing(db: Path, tmp_path: Path) -> None:
    """A bundle is untrusted: a `javascript:` or foreign "profile URL" never reaches the
    database (where `o` would open it), and a LinkedIn one is stored rebuilt."""
    data = _bundle(tmp_path, db)
    incoming = [i for i in data["invitations"] if i["direction"] == "INCOMING"]
    incoming[0]["sender"]["profile_url"] = "javascript:alert(document.cookie)"
    incoming[1]["sender"]["profile_url"] = "https://evil.example/in/x"
    incoming[2]["sender"]["profile_url"] = "HTTP://DE.linkedin.com/in/Ann-Lee-9/?trk=x"
    path = tmp_path / "dana.linkvet.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    read = {i.id: i for i in read_bundle(path).invitations}
    one, two, three = (read[x["id"]] for x in incoming[:3])
    assert one.sender.profile_url is None and two.sender.profile_url is None
    assert three.sender.profile_url == "https://www.linkedin.com/in/ann-lee-9"


ODD = "Zoë 👩‍👩‍👧 e\u0301 \u202eevil\u202c عربي 𝔘𝔫𝔦 \u200b\ufeff ǅ "


def test_a_bundle_linkvet_wrote_reads_back_whatever_it_holds(tmp_path: Path) -> None:
    """Issue 19.6: a headline over 2,000 characters (and a decision note over 5,000) used to
    be written and then refused on import. The import now holds a headline to its cap, so the
    bundle carries it whole; a longer decision note is cut with … to what the reader takes;
    read back where it came from, nothing changes."""
    headline = (ODD * 200)[:2600]
    source = tmp_path / "long.csv"
    source.write_text(
        "Name,Profile URL,Headline,Company,Message,Received,Recipient\n"
        f'"{ODD}Ñúñez",https://www.linkedin.com/in/zoe-a,"{headline}","Ącme {ODD}",'
        f'"Hi {ODD}",2026-11-01,Dana Whitfield\n',
        encoding="utf-8",
    )
    home = tmp_path / "home"
    assert run(home, "import", str(source))[0] == 0
    (mine,) = json.loads(run(home, "list", "--json")[1])
    assert mine["sender"]["headline"] == headline.strip()[:2000]  # the import's cap
    note = "why: " + ODD * 400
    assert run(home, "decide", mine["id"], "decline", "--note", note)[0] == 0
    out = tmp_path / "dana.linkvet.json"
    code, _, err = run(home, "export", "--format", "bundle", "--out", str(out))
    assert code == 0
    assert "shortened 1 text" in err and "sender.headline" not in err

    fresh = tmp_path / "fresh"
    code, _, err = run(fresh, "import", str(out))
    assert code == 0, err
    theirs = json.loads(run(fresh, "show", mine["id"], "--json")[1])
    assert theirs["sender"]["headline"] == mine["sender"]["headline"]
    assert theirs["sender"]["name"] == mine["sender"]["name"]  # odd unicode kept as is
    assert theirs["sender"]["company"] == mine["sender"]["company"]
    assert theirs["message"] == mine["message"]
    assert theirs["decision"] == "decline"
    assert theirs["history"][-1]["note"] == note[:4999] + "…"

    code, stdout, _ = run(home, "import", str(out))
    assert code == 0 and "invitations: 0 new, 0 updated, 1 unchanged" in stdout
    (again,) = json.loads(run(home, "list", "--json")[1])
    assert again["sender"]["headline"] == mine["sender"]["headline"]
    kept = json.loads(run(home, "show", mine["id"], "--json")[1])
    assert kept["history"][-1]["note"] == note  # the whole note, not the bundle's cut one
