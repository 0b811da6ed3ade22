"""The `linkvet` CLI contract: exit codes, one-line errors, JSON shapes, idempotent imports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from linkvet.tui.cli import app
from typer.testing import CliRunner

from tests.conftest import SAMPLE, FullDisk

OWNERS = [SAMPLE / "dana-whitfield", SAMPLE / "lee-okafor", SAMPLE / "priya-raman"]
INVITATION_KEYS = {
    "id",
    "status",
    "sent_at",
    "sent_at_raw",
    "message",
    "sender",
    "recipient",
    "known_contact",
    "candidates",
    "patterns",
    "checks",
    "verdict",
}


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three sample owners imported once (tests copy it before writing)."""
    db = tmp_path_factory.mktemp("sample") / "db"
    code, _, err = run(db, "import", *map(str, OWNERS))
    assert code == 0, err
    return db


@pytest.fixture
def db(sample_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "db"
    shutil.copytree(sample_db, copy)
    return copy


def test_list_json_carries_the_documented_invitation_object(db: Path) -> None:
    code, out, _ = run(db, "list", "--json")
    assert code == 0
    items = json.loads(out)
    assert len(items) == 390  # every incoming invitation, all statuses
    for item in items:
        assert set(item) >= INVITATION_KEYS
        assert len(item["checks"]) == 7
        assert set(item["sender"]) >= {"name", "profile_url", "headline", "company"}
    pending = json.loads(run(db, "list", "--status", "pending", "--json")[1])
    assert len(pending) == 167
    assert all(i["status"] == "pending" for i in pending)
    assert all(i["verdict"]["verdict"] in ("accept", "decline", "ask") for i in pending)


def test_reimport_is_idempotent_and_keeps_decisions(db: Path) -> None:
    first = json.loads(run(db, "list", "--status", "pending", "--json")[1])[0]["id"]
    assert run(db, "decide", first, "decline", "--note", "spam")[0] == 0
    code, out, _ = run(db, "import", "--json", *map(str, OWNERS))
    assert code == 0
    summary = json.loads(out)
    assert summary["merged"]["invitations"] == {"imported": 0, "updated": 0, "unchanged": 427}
    shown = json.loads(run(db, "show", first, "--json")[1])
    assert shown["status"] == "declined"
    assert shown["history"][0]["note"] == "spam"
    assert len(json.loads(run(db, "list", "--json")[1])) == 390


def test_decide_bulk_then_undo_restores_all(db: Path) -> None:
    ids = [i["id"] for i in json.loads(run(db, "list", "--status", "pending", "--json")[1])[:3]]
    code, out, _ = run(db, "decide", *ids, "accept")
    assert code == 0 and out.count("(saved)") == 3
    assert len(json.loads(run(db, "list", "--status", "accepted", "--json")[1])) >= 3
    code, out, _ = run(db, "undo")
    assert code == 0 and out.count("undid") == 3
    statuses = {json.loads(run(db, "show", i, "--json")[1])["status"] for i in ids}
    assert statuses == {"pending"}
    assert run(db, "undo")[0] == 1  # nothing left to undo: refused, exit 1


def test_ask_prints_the_message_to_send(db: Path) -> None:
    inv = json.loads(run(db, "list", "--verdict", "ask", "--status", "pending", "--json")[1])[0]
    code, out, _ = run(db, "decide", inv["id"], "ask")
    assert code == 0
    assert "message to send:" in out
    assert json.loads(run(db, "show", inv["id"], "--json")[1])["status"] == "asked"


def test_unknown_id_and_usage_errors(db: Path) -> None:
    code, _, err = run(db, "show", "zzzzzzz")
    assert code == 1 and "no invitation with id 'zzzzzzz'" in err and err.count("\n") == 1
    assert run(db, "decide", "abc", "maybe")[0] == 2
    assert run(db, "list", "--status", "weird")[0] == 2


@pytest.mark.parametrize(
    ("name", "content", "expect"),
    [
        ("empty.csv", b"", "empty"),
        ("binary.csv", b"\x00\x01\x02PK\x00\x00garbage", "binary"),
        ("utf16.csv", "From\tTo\n".encode("utf-16"), "UTF-16"),
        ("unknown.csv", b"Foo,Bar\n1,2\n", "column"),
        ("headeronly.csv", b"From,To,Sent At,Message,Direction\n", "no data rows"),
        ("broken.zip", b"PK\x03\x04 not really a zip", "zip"),
    ],
)
def test_bad_input_is_one_line_naming_the_file_and_nothing_is_imported(
    tmp_path: Path, name: str, content: bytes, expect: str
) -> None:
    db = tmp_path / "db"
    bad = tmp_path / name
    bad.write_bytes(content)
    code, _out, err = run(db, "import", str(bad))
    assert code == 1
    assert err.count("\n") == 1 and str(bad) in err, err
    assert expect.lower() in err.lower(), err
    assert "Traceback" not in err
    assert json.loads(run(db, "list", "--json")[1]) == []


def test_a_bad_file_among_good_ones_imports_nothing(tmp_path: Path) -> None:
    db = tmp_path / "db"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x00")
    code, _, err = run(db, "import", str(OWNERS[0]), str(bad))
    assert code == 1 and "bad.csv" in err
    assert json.loads(run(db, "list", "--json")[1]) == []


def test_supriya_real_export_yields_exactly_two_pending(tmp_path: Path, realworld: Path) -> None:
    db = tmp_path / "db"
    code, _, err = run(
        db,
        "import",
        str(realworld / "supriya_Invitations.csv"),
        str(realworld / "supriya_Connections.csv"),
    )
    assert code == 0, err
    pending = json.loads(run(db, "list", "--status", "pending", "--json")[1])
    assert sorted(i["sender"]["name"] for i in pending) == ["Abhishek M T", "Lakshmikanth CN"]


def test_invitations_without_connections_are_pending_and_the_summary_says_so(
    tmp_path: Path, realworld: Path
) -> None:
    db = tmp_path / "db"
    code, out, _ = run(db, "import", str(realworld / "supriya_Invitations.csv"))
    assert code == 0
    assert "no Connections.csv" in out
    before = len(json.loads(run(db, "list", "--status", "pending", "--json")[1]))
    assert before > 2
    # the later Connections.csv marks the senders who are connections as accepted
    code, out, _ = run(db, "import", str(realworld / "supriya_Connections.csv"))
    assert code == 0
    assert len(json.loads(run(db, "list", "--status", "pending", "--json")[1])) == 2


def test_export_csv_neutralises_formulas(tmp_path: Path) -> None:
    db = tmp_path / "db"
    generic = tmp_path / "invites.csv"
    generic.write_text(
        "Name,Profile URL,Headline,Message,Received,Recipient\n"
        '"=HYPERLINK(""http://evil"",""x"")",https://www.linkedin.com/in/evil,+cmd,-2+3,2026-11-01,Olivia Owner\n',  # noqa: E501
        encoding="utf-8",
    )
    assert run(db, "import", str(generic))[0] == 0
    code, out, _ = run(db, "export", "--format", "csv")
    assert code == 0
    assert "'=HYPERLINK" in out and "'+cmd" in out and "'-2+3" in out
    assert ",=HYPERLINK" not in out and ",+cmd" not in out


def test_export_json_round_trips(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    assert run(db, "export", "--format", "json", "--out", str(target))[0] == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert len(data) == 390 and all("history" in d for d in data)
    assert target.stat().st_mode & 0o077 == 0  # every note and decision: the user's only
    sheet = tmp_path / "all.csv"
    assert run(db, "export", "--format", "csv", "--out", str(sheet))[0] == 0
    assert sheet.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("export", "--format", "csv"), "all.csv"),
        (("export", "--format", "json"), "all.json"),
        (("export", "--format", "bundle", "--owner", "Dana Whitfield"), "dana.linkvet.json"),
        (("actions", "--format", "html"), "todo.html"),
    ],
)
def test_a_full_disk_keeps_the_old_output_file(
    db: Path, tmp_path: Path, full_disk: FullDisk, args: tuple[str, ...], name: str
) -> None:
    """Issue 19.6: the disk fills up half way through: the file written last time is still
    there byte for byte, and the user gets one line naming the file, no traceback."""
    target = tmp_path / name
    assert run(db, *args, "--out", str(target))[0] == 0
    old = target.read_bytes()
    assert len(old) > 4096
    full_disk.after(4096)
    code, _, err = run(db, *args, "--out", str(target))
    assert code == 1 and full_disk.failed
    assert (
        err
        == f"linkvet: {target}: cannot write: No space left on device; the old file is unchanged\n"
    )
    assert target.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_stats_and_patterns_and_match(db: Path) -> None:
    stats = json.loads(run(db, "stats", "--json")[1])
    assert stats["by_status"]["pending"] == 167 and stats["owners"] == 3
    patterns = json.loads(run(db, "patterns", "--json")[1])
    assert any(p["kind"] == "fanout" for p in patterns)
    assert all({"id", "kind", "members", "evidence", "severity"} <= set(p) for p in patterns)
    code, out, _ = run(db, "match", "Derek Hollis", "--json")
    assert code == 0 and isinstance(json.loads(out), list)


def test_locate_honours_db_option_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(tmp_path / "mine", "locate")
    assert code == 0 and str(tmp_path / "mine") in out
    monkeypatch.setenv("LINKVET_DB", str(tmp_path / "fromenv"))
    result = CliRunner().invoke(app, ["locate"])
    assert str(tmp_path / "fromenv") in result.stdout


def test_help_explains_every_command() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in (
        "import",
        "list",
        "show",
        "decide",
        "undo",
        "stats",
        "export",
        "locate",
        "match",
        "patterns",
        "triage",
        "demo",
    ):
        assert command in result.stdout
        sub = CliRunner().invoke(app, [command, "--help"])
        assert sub.exit_code == 0 and len(sub.stdout) > 100


def test_decide_a_whole_pattern_in_one_undoable_step(db: Path) -> None:
    patterns = json.loads(run(db, "patterns", "--json")[1])
    fanout = next(p for p in patterns if p["kind"] == "fanout" and len(p["members"]) >= 3)
    code, out, _ = run(db, "decide", "--pattern", fanout["id"], "decline")
    assert code == 0 and out.count("(saved)") == len(fanout["members"])
    for member in fanout["members"]:
        assert json.loads(run(db, "show", member, "--json")[1])["status"] == "declined"
    code, out, _ = run(db, "undo")
    assert code == 0 and out.count("undid") == len(fanout["members"])
    assert {json.loads(run(db, "show", m, "--json")[1])["status"] for m in fanout["members"]} == {
        "pending"
    }
    assert run(db, "decide", "--pattern", fanout["id"], "abc", "decline")[0] == 2
    assert run(db, "decide", "--pattern", "nosuch", "decline")[0] == 1


def test_many_row_problems_are_counted_but_only_the_first_thousand_kept(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    rows = "".join(f",,,,Acme {n},,08 Feb 2024\n" for n in range(1500))  # no name: a problem
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    path.write_text(header + "Ann,Lee,,,,,08 Feb 2024\n" + rows, encoding="utf-8")
    code, out, _ = run(tmp_path / "db", "import", str(path), "--owner", "Olivia Owner", "--json")
    assert code == 1  # bad rows: nothing written unless they are to be skipped
    assert json.loads(out)["written"] is False and json.loads(out)["rows_skipped"] == 1500
    code, out, _ = run(
        tmp_path / "db", "import", str(path), "--owner", "Olivia Owner", "--json", "--skip-bad-rows"
    )
    assert code == 0 and json.loads(out)["written"] is True
    (summary,) = json.loads(out)["files"]
    assert (summary["imported"], summary["skipped"], summary["problem_count"]) == (1, 1500, 1500)
    assert len(summary["problems"]) == 1000
    assert summary["problems"][0] == {"line": 3, "reason": "no name"}
    code, out, _ = run(tmp_path / "db2", "import", str(path), "--owner", "Olivia Owner")
    assert code == 1 and "... and 1480 more problems" in out


def test_listing_commands_print_one_text_block_per_item_or_say_there_are_none(
    db: Path, tmp_path: Path
) -> None:
    patterns = json.loads(run(db, "patterns", "--json")[1])
    out = run(db, "patterns")[1]
    heads = [line for line in out.splitlines() if not line.startswith("    ")]
    assert [h.split(" ", 1)[0] for h in heads] == [p["id"] for p in patterns]
    assert len(run(db, "list")[1].splitlines()) == 390
    empty = tmp_path / "empty"
    assert run(empty, "list")[1].startswith("No invitations match.")
    assert run(empty, "patterns")[1] == "No mass-invite patterns found.\n"
    assert run(empty, "match", "Derek Hollis")[1] == "No contact matches.\n"
    assert run(empty, "match", "Derek Hollis", "--json")[1] == "[]\n"


def test_done_marks_a_decision_carried_out_and_undo_reverts_it(db: Path) -> None:
    code, out, _ = run(db, "list", "--status", "pending", "--json")
    target = json.loads(out)[0]["id"]
    code, _, err = run(db, "done", target)
    assert code == 1 and "decide first" in err and "\n" not in err.strip()
    run(db, "decide", target, "decline")
    code, out, _ = run(db, "done", target, "--json")
    (item,) = json.loads(out)
    assert code == 0 and item["status"] == "done" and item["kind"] == "carried_out"
    assert "you marked it carried out" in item["status_reason"]
    code, out, _ = run(db, "actions", "--format", "json")
    assert target not in out
    code, out, _ = run(db, "undo")
    assert "undid 'carried out'" in out
    code, out, _ = run(db, "show", target, "--json")
    assert json.loads(out)["status"] == "declined"


def test_an_address_book_can_come_first(tmp_path: Path) -> None:
    """Import order is free: contacts imported before any export belong to "you", and the
    first export that names its owner takes them over (no second owner)."""
    db = tmp_path / "db"
    book = tmp_path / "contacts.csv"
    book.write_text(
        "First Name,Last Name,E-mail Address\nAda,Lovelace,ada@x.io\n", encoding="utf-8"
    )
    code, out, err = run(db, "import", str(book))
    assert code == 0, err
    assert 'kept for "you"' in out
    code, out, err = run(db, "import", str(OWNERS[0]))
    assert code == 0, err
    assert "now belongs to Dana Whitfield" in out
    code, out, _ = run(db, "stats", "--json")
    assert json.loads(out)["owners"] == 1


def test_no_advice_is_shown_for_what_is_settled_on_linkedin(db: Path) -> None:
    _, out, _ = run(db, "list", "--status", "accepted", "--json")
    accepted = [i for i in json.loads(out) if i["decision"] == "pending"]
    assert accepted and all(i["verdict"] is None for i in accepted)
    _, out, _ = run(db, "list", "--status", "accepted")
    line = next(x for x in out.splitlines() if x.startswith(accepted[0]["id"]))
    assert line.split()[2] == "-"  # the advice column


def test_decide_ask_with_a_message_is_what_show_and_actions_give(db: Path) -> None:
    inv = json.loads(run(db, "list", "--status", "pending", "--json")[1])[0]
    text = "Hi, which company is the role with?"
    code, out, _ = run(db, "decide", inv["id"], "ask", "--message", text)
    assert code == 0 and f"message to send: {text}" in out
    assert json.loads(run(db, "show", inv["id"], "--json")[1])["ask_message"] == text
    assert text in run(db, "show", inv["id"])[1]
    assert text in run(db, "actions", "--format", "csv")[1]
    code, _, err = run(db, "decide", inv["id"], "accept", "--message", text)
    assert code == 2 and "--message goes with ask" in err


def test_match_links_an_invitations_sender_and_undo_removes_it(db: Path) -> None:
    items = json.loads(run(db, "list", "--json")[1])
    inv = next(i for i in items if i["known_contact"] is None and i["candidates"])
    person = inv["candidates"][0]["name"]
    code, out, _ = run(db, "match", person)
    assert code == 0 and person in out.splitlines()[0]
    code, out, _ = run(db, "match", person, "--link", inv["id"])
    assert code == 0 and out.startswith(f"{inv['id']}: linked ")
    shown = json.loads(run(db, "show", inv["id"], "--json")[1])
    assert shown["known_contact"]["evidence"][0] == "linked by you"
    assert shown["history"][-1]["kind"] == "link"
    assert run(db, "undo")[0] == 0
    assert json.loads(run(db, "show", inv["id"], "--json")[1])["known_contact"] is None
    code, _, err = run(db, "match", person, "--link", inv["id"], "--pick", "99")
    assert code == 1 and err.startswith("linkvet: no row 99")


def test_list_takes_the_tuis_filter_words(db: Path) -> None:
    every = json.loads(run(db, "list", "--json")[1])
    owner = every[0]["recipient"]["name"]
    first = owner.split()[0].lower()
    code, out, _ = run(db, "list", "rec:decline", f"to:{first}", "--json")
    assert code == 0
    found = json.loads(out)
    expected = [
        i["id"]
        for i in every
        if i["verdict"] and i["verdict"]["verdict"] == "decline" and i["recipient"]["name"] == owner
    ]
    assert expected and [i["id"] for i in found] == expected
    # a name with a space stays one word; -FIELD:VALUE after `--` keeps the others
    assert json.loads(run(db, "list", f"to:{owner}", "rec:dec", "--json")[1]) == found
    others = json.loads(run(db, "list", "--json", "--", "-flag:mass")[1])
    assert others and all("mass_invite" not in i["flags"] for i in others)
    assert len(others) == sum(1 for i in every if "mass_invite" not in i["flags"])
    # the options and the words narrow together
    both = json.loads(run(db, "list", "--status", "pending", "flag:mass", "--json")[1])
    assert both and all(i["status"] == "pending" and "mass_invite" in i["flags"] for i in both)


def test_a_filter_word_with_an_unknown_value_is_one_line_and_exit_1(db: Path) -> None:
    code, out, err = run(db, "list", "status:maybe")
    assert code == 1 and out == ""
    assert err.strip() == (
        "linkvet: status:maybe: no status is called that "
        "(use pending, accepted, declined, asked, done, gone)"
    )
    code, out, _ = run(db, "list", "to:nobody-called-this")
    assert code == 0 and out.strip() == "No invitations match."


def _invitations(rows: int, bad: set[int], undated: frozenset[int] = frozenset()) -> str:
    """An Invitations.csv of `rows` incoming rows; `bad` ones have no direction LinkedIn
    writes, `undated` ones a date nobody can read (numbers are 0-based data rows)."""
    lines = ["From,To,Sent At,Message,Direction"]
    for n in range(rows):
        when = "sometime" if n in undated else f'"3/{n % 28 + 1}/24, 7:00 PM"'
        lines.append(f"Person {n},Olivia Owner,{when},,{'SIDEWAYS' if n in bad else 'INCOMING'}")
    return "\n".join(lines) + "\n"


def test_bad_rows_hold_the_whole_import_back_unless_skipped(tmp_path: Path) -> None:
    """Issue 19.7: 5 of 40 rows bad used to import 35 with the headline "Imported."; now
    the headline counts what was kept and what was not, nothing is written and the exit
    status is 1, unless --skip-bad-rows says to import the rest."""
    path = tmp_path / "Invitations.csv"
    path.write_text(_invitations(40, {3, 7, 11, 15, 19}, undated=frozenset({4})), encoding="utf-8")
    db = tmp_path / "db"
    code, out, err = run(db, "import", str(path), "--owner", "Olivia Owner")
    assert code == 1 and err == ""
    assert out.splitlines()[0] == (
        "Nothing imported: would import 35 of 40 invitation rows (1 with a gap, kept); "
        "5 bad rows skipped: see below. Fix them, or import the rest with --skip-bad-rows."
    )
    assert "      line 5: unknown Direction 'SIDEWAYS'" in out
    assert "  Database (nothing written): " in out
    assert run(db, "list", "--json")[1].strip() == "[]"

    code, out, _ = run(db, "import", str(path), "--owner", "Olivia Owner", "--dry-run")
    assert code == 1 and out.startswith("Dry run, nothing written: would import 35 of 40")

    code, out, _ = run(db, "import", str(path), "--owner", "Olivia Owner", "--skip-bad-rows")
    assert code == 0
    assert out.splitlines()[0] == (
        "Imported 35 of 40 invitation rows (1 with a gap, kept); 5 bad rows skipped: see below."
    )
    assert len(json.loads(run(db, "list", "--json")[1])) == 35


def test_a_held_import_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "db"
    good = tmp_path / "Invitations.csv"
    good.write_text(_invitations(10, set()), encoding="utf-8")
    assert run(db, "import", str(good), "--owner", "Olivia Owner")[0] == 0
    before = sorted(p.name for p in db.iterdir())
    good.write_text(_invitations(20, {12}), encoding="utf-8")  # 10 new rows, 1 of them bad
    code, out, _ = run(db, "import", str(good), "--owner", "Olivia Owner", "--json")
    assert code == 1
    report = json.loads(out)
    assert (report["written"], report["complete"], report["rows_skipped"]) == (False, False, 1)
    assert report["dry_run"] is False and report["skip_bad_rows"] is False
    assert report["headline"].startswith("Nothing imported: would import 19 of 20")
    assert sorted(p.name for p in db.iterdir()) == before
    assert len(json.loads(run(db, "list", "--json")[1])) == 10


def test_rows_kept_with_a_gap_never_hold_an_import_back(tmp_path: Path) -> None:
    path = tmp_path / "Invitations.csv"
    path.write_text(_invitations(6, set(), undated=frozenset({1, 2})), encoding="utf-8")
    code, out, _ = run(tmp_path / "db", "import", str(path), "--owner", "O O", "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["written"], report["complete"], report["rows_skipped"]) == (True, True, 0)
    assert report["files_not_read"] == []
    assert report["headline"] == (
        "Imported 6 invitation rows (2 with a gap, kept): see the notes below."
    )


def test_a_file_of_the_export_not_read_is_named_in_the_headline(tmp_path: Path) -> None:
    export = tmp_path / "Basic_LinkedInDataExport_11-20-2026"
    export.mkdir()
    (export / "Invitations.csv").write_text(_invitations(3, set()), encoding="utf-8")
    (export / "Connections.csv").write_text("Foo,Bar\n1,2\n", encoding="utf-8")
    (export / "Skills.csv").write_text("Name\nPython\n", encoding="utf-8")
    db = tmp_path / "db"
    code, out, _ = run(db, "import", str(export), "--owner", "Olivia Owner")
    assert code == 1
    assert out.splitlines()[0] == (
        "Nothing imported: would import 3 invitation rows; 1 file not read (Connections.csv): "
        "see below. Fix them, or import the rest with --skip-bad-rows."
    )
    assert "      NOT READ: Connections.csv: unknown columns" in out
    assert "      ignored: Skills.csv" in out  # not a file linkvet reads: no loss
    code, out, _ = run(db, "import", str(export), "--owner", "Olivia Owner", "--json",
                       "--skip-bad-rows")  # fmt: skip
    assert code == 0
    assert json.loads(out)["files_not_read"] == [f"{export}!Connections.csv"]
