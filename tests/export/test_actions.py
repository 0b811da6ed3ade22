"""The action list: groups, links, stale sent invitations, and every output format."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from linkvet.core.errors import Refused
from linkvet.core.export.actions import render_actions, write_actions
from linkvet.core.export.actions_html import STORAGE_PREFIX
from linkvet.core.triage.actions import GROUPS, action_items

from tests.export.conftest import HOSTILE_NAMES
from tests.triage.helpers import TODAY, workspace

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Page(HTMLParser):
    """Collects what the HTML test checks: tags with attributes, text, script bodies."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)


def test_html_page_is_self_contained_and_escaped(hostile_db: Path) -> None:
    ws = workspace(hostile_db)
    text, count = render_actions(ws, "html")
    items = action_items(ws)
    assert count == len(items) > 10
    page = Page()
    page.feed(text)
    tags = page.tags
    # no external resources: no src anywhere, no <link>, <iframe>, <object>, <img>
    assert all("src" not in attrs for _, attrs in tags)
    assert not {t for t, _ in tags} & {"link", "iframe", "object", "embed", "img", "base"}
    assert len(page.scripts) == 1 and "localStorage" in page.scripts[0]
    assert STORAGE_PREFIX in page.scripts[0]
    # every link is https linkedin.com, opened safely
    anchors = [a for t, a in tags if t == "a"]
    assert len(anchors) == len(items)
    for a in anchors:
        href = a["href"] or ""
        host = urlsplit(href).hostname or ""
        assert href.startswith("https://") and (
            host == "linkedin.com" or host.endswith(".linkedin.com")
        )
        assert a["rel"] == "noopener noreferrer"
    # one tick box per item, keyed by invitation id
    boxes = [a for t, a in tags if t == "input" and a.get("type") == "checkbox"]
    assert sorted(b["data-id"] or "" for b in boxes) == sorted(i.id for i in items)
    # the hostile name is text, not markup
    assert "<script>alert(1)</script>" in "".join(page.text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "javascript:" not in "".join(a["href"] or "" for a in anchors)
    # ask messages are ready to paste in read-only text areas
    areas = [a for t, a in tags if t == "textarea"]
    assert len(areas) == sum(1 for i in items if i.message)
    csp = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv"))
    assert csp and "default-src 'none'" in csp and "script-src 'sha256-" in csp


def test_markdown_escapes_and_lists_every_group(hostile_db: Path) -> None:
    ws = workspace(hostile_db)
    text, count = render_actions(ws, "md")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "](javascript" not in text
    for group in ("Accept", "Decline (ignore)", "Ask first", "Consider withdrawing"):
        assert f"## {group} (" in text
    assert text.count("- [ ] ") == count


def test_actions_csv_is_formula_safe(hostile_db: Path) -> None:
    text, count = render_actions(workspace(hostile_db), "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == count + 1
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(FORMULA_START), cell
    names = {r[3] for r in rows[1:]}
    assert {'\'=HYPERLINK("http://evil.example","x")', "'+1+2", "'@SUM(A1:A2)"} <= names
    assert "'-Still Waiting" in names


def test_json_counts_and_items(hostile_db: Path) -> None:
    data = json.loads(render_actions(workspace(hostile_db), "json")[0])
    assert data["linkvet_actions"] == 1 and data["today"] == TODAY.date().isoformat()
    assert list(data["counts"]) == list(GROUPS)
    assert sum(data["counts"].values()) == len(data["items"])
    assert {i["name"] for i in data["items"]} >= set(HOSTILE_NAMES)


def test_write_actions_picks_the_format_from_the_suffix(hostile_db: Path, tmp_path: Path) -> None:
    ws = workspace(hostile_db)
    n = write_actions(ws, tmp_path / "todo.html")
    assert (tmp_path / "todo.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert write_actions(ws, tmp_path / "todo.json") == n
    assert json.loads((tmp_path / "todo.json").read_text())["counts"]
    assert write_actions(ws, tmp_path / "todo.txt", "md") == n
    with pytest.raises(Refused, match="suffix"):
        write_actions(ws, tmp_path / "todo.txt")
    assert (tmp_path / "todo.html").stat().st_mode & 0o077 == 0


def test_cli_actions_and_health(hostile_db: Path, tmp_path: Path) -> None:
    from linkvet.tui.cli import app
    from typer.testing import CliRunner

    def run(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(app, ["--db", str(hostile_db), *args])

    result = run("actions")
    assert result.exit_code == 0 and result.stdout.startswith("# LinkedIn actions")
    out = tmp_path / "a.html"
    result = run("actions", "--out", str(out))
    assert result.exit_code == 0 and "<!DOCTYPE html>" in out.read_text()
    assert run("actions", "--format", "pdf").exit_code == 2
    assert run("actions", "--out", str(tmp_path / "a.pdf")).exit_code == 2
    result = run("health", "--json")
    assert result.exit_code == 0
    assert [n["code"] for n in json.loads(result.stdout)] == ["no_address_book"]
    assert "Fix:" in run("health").stdout


EDITED = "Hi there, which team is the role in? (edited by me)\nThanks, Dana"


def test_the_edited_ask_message_is_what_every_format_gives_to_paste(db: Path) -> None:
    ws = workspace(db)
    target = ws.views(status="pending")[0]
    ws.decide([target.id], "ask", message=EDITED)
    assert ws.view(target.id).ask_message == EDITED  # what `show` prints
    (item,) = [i for i in action_items(ws) if i.id == target.id]
    assert item.group == "ask" and item.message == EDITED
    items = json.loads(render_actions(ws, "json")[0])["items"]
    assert [i["message"] for i in items if i["id"] == target.id] == [EDITED]
    rows = list(csv.DictReader(io.StringIO(render_actions(ws, "csv")[0])))
    assert [r["message"] for r in rows if r["id"] == target.id] == [EDITED]
    md = render_actions(ws, "md")[0]
    assert all(line in md for line in EDITED.splitlines())
    page = render_actions(ws, "html")[0]
    assert "which team is the role in? (edited by me)" in page
    assert "Thanks, Dana" in page
