"""The CLI's machine-readable side: every state-changing command takes --json (documented
change objects), list/export/actions narrow by --since/--until/--owner, `import -` reads
standard input."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from linkvet.tui.cli import app
from typer.testing import CliRunner

from tests.conftest import SAMPLE
from tests.export.test_tables import _documented_keys, _flatten
from tests.test_cli import db, run, sample_db  # noqa: F401 (fixtures)


def changes(db: Path, *args: str) -> list[dict[str, Any]]:
    code, out, err = run(db, *args, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, list)
    return data


def pending_ids(db: Path, verdict: str | None = None) -> list[str]:
    extra = ["--verdict", verdict] if verdict else []
    return [
        i["id"] for i in json.loads(run(db, "list", "--status", "pending", *extra, "--json")[1])
    ]


def test_every_state_changing_command_prints_documented_change_objects(db: Path) -> None:
    first, second = pending_ids(db)[:2]
    asked = next(i for i in pending_ids(db, "ask") if i not in (first, second))
    emitted = [
        *changes(db, "decide", first, second, "decline", "--note", "spam"),
        *changes(db, "decide", asked, "ask"),
        *changes(db, "undo"),
        *changes(db, "check", first, "two_way", "pass"),
        *changes(db, "reply", asked, "We met at the meetup"),
        *changes(db, "snooze", second, "--until", "2099-01-01"),
    ]
    assert [c["kind"] for c in emitted] == [
        "decision", "decision", "decision", "decision", "override", "reply", "snooze"
    ]  # fmt: skip
    declined = emitted[0]
    assert (declined["invitation_id"], declined["before"], declined["after"]) == (
        first,
        "pending",
        "decline",
    )
    assert declined["note"] == "spam" and declined["status"] == "declined"
    assert emitted[0]["batch"] == emitted[1]["batch"] is not None  # one undo step
    assert emitted[2]["ask_message"] and emitted[2]["status"] == "asked"
    assert emitted[3]["invitation_id"] == asked and emitted[3]["status"] == "pending"  # undone
    assert emitted[4]["check"] == "two_way" and emitted[4]["after"] == "pass"
    assert emitted[6]["after"] == "2099-01-01"
    missing = set().union(*(_flatten("change", c) for c in emitted)) - _documented_keys()
    assert not missing, f"undocumented keys in docs/JSON.md: {sorted(missing)}"


def test_repair_and_config_init_take_json(db: Path, tmp_path: Path) -> None:
    config = tmp_path / "linkvet.toml"
    result = CliRunner().invoke(app, ["--config", str(config), "config", "init", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == {"config": str(config)}
    assert config.exists()
    code, out, err = run(db, "repair", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert set(report) == {
        "database",
        "restored",
        "changed",
        "damaged",
        "invitations",
        "lost_invitations",
        "lost_files",
    }
    assert report["changed"] is False and report["damaged"] == []  # nothing was damaged


def test_decide_pattern_with_nothing_left_prints_an_empty_array(db: Path) -> None:
    patterns = json.loads(run(db, "patterns", "--json")[1])
    target = patterns[0]["id"]
    assert changes(db, "decide", "--pattern", target, "decline")
    assert changes(db, "decide", "--pattern", target, "decline") == []


def test_since_until_and_owner_narrow_list_export_and_actions(db: Path) -> None:
    everything = json.loads(run(db, "list", "--json")[1])
    days = sorted(i["sent_at"][:10] for i in everything if i["sent_at"])
    since, until = days[len(days) // 4], days[len(days) // 2]
    window = json.loads(run(db, "list", "--since", since, "--until", until, "--json")[1])
    assert window and len(window) < len(everything)
    assert all(since <= i["sent_at"][:10] <= until for i in window)
    assert {i["id"] for i in window} == {
        i["id"] for i in everything if i["sent_at"] and since <= i["sent_at"][:10] <= until
    }
    lee = json.loads(run(db, "list", "--owner", "lee OKAFOR", "--json")[1])
    assert lee and {i["recipient"]["name"] for i in lee} == {"Lee Okafor"}
    rows = list(csv.DictReader(io.StringIO(run(db, "export", "--owner", "Lee Okafor")[1])))
    assert sorted(r["id"] for r in rows) == sorted(i["id"] for i in lee)
    exported = json.loads(run(db, "export", "--format", "json", "--since", since)[1])
    assert exported and all(i["sent_at"][:10] >= since for i in exported)

    decided = [i["id"] for i in everything if i["status"] == "pending"][:40]
    assert run(db, "decide", *decided, "accept")[0] == 0
    items = json.loads(run(db, "actions", "--format", "json")[1])["items"]
    lee_items = json.loads(run(db, "actions", "--format", "json", "--owner", "Lee Okafor")[1])
    assert 0 < len(lee_items["items"]) < len(items)
    assert {i["owner"] for i in lee_items["items"]} == {"Lee Okafor"}
    assert lee_items["counts"]["accept"] == sum(i["group"] == "accept" for i in lee_items["items"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "--since", "2026-13-01"], "--since '2026-13-01' is not a date like 2026-12-31"),
        (["list", "--since", "2026-02-01", "--until", "2026-01-01"], "is before --since"),
        (["actions", "--owner", "Nobody"], "no owner named 'Nobody' (owners: Dana Whitfield, "),
        (["export", "--until", "soon"], "--until 'soon' is not a date"),
    ],
)
def test_a_bad_window_is_one_line_and_exit_1(db: Path, args: list[str], message: str) -> None:
    code, out, err = run(db, *args)
    assert code == 1 and out == "" and message in err and err.count("\n") == 1


def test_a_bundle_is_never_cut_by_dates(db: Path) -> None:
    code, _, err = run(
        db, "export", "--format", "bundle", "--owner", "Lee Okafor", "--since", "2026-01-01"
    )
    assert code == 2 and "bundle holds all" in err


def test_import_dash_reads_a_csv_or_a_zip_from_standard_input(tmp_path: Path) -> None:
    text = (SAMPLE / "generic_invitations.csv").read_bytes()
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "a"), "import", "-", "--json"], input=text
    )
    assert result.exit_code == 0, result.stderr
    (summary,) = json.loads(result.stdout)["files"]
    assert summary["path"] == "<stdin>" and summary["kind"] == "generic" and summary["imported"] > 0

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for name in ("Invitations.csv", "Connections.csv", "Profile.csv"):
            out.write(SAMPLE / "dana-whitfield" / name, name)
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "b"), "import", "-", "--json"], input=archive.getvalue()
    )
    assert result.exit_code == 0, result.stderr
    files = json.loads(result.stdout)["files"]
    assert files[0]["path"] == "<stdin>" and files[0]["kind"] == "bundle"
    assert {f["kind"] for f in files[1:]} == {"invitations", "connections", "profile"}
    listed = json.loads(run(tmp_path / "b", "list", "--json")[1])
    assert listed and {i["recipient"]["name"] for i in listed} == {"Dana Whitfield"}


def test_the_import_summary_keys_are_documented(tmp_path: Path) -> None:
    path = tmp_path / "Invitations.csv"
    path.write_text(
        'From,To,Sent At,Message,Direction\nAnn Lee,Olivia Owner,"3/12/24, 7:00 PM",,INCOMING\n',
        encoding="utf-8",
    )
    code, out, _ = run(tmp_path / "db", "import", str(path), "--owner", "Olivia Owner", "--json")
    assert code == 0
    summary = json.loads(out)
    assert (summary["written"], summary["complete"], summary["skip_bad_rows"]) == (
        True,
        True,
        False,
    )
    assert not set(summary) - _documented_keys(), "undocumented import summary keys"
