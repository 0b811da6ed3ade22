"""The front ends (tui/: the Textual app and the Typer CLI) reach the data through the
Workspace facade only: no `.store` attribute, no import of core.store, no Store built."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

TUI = Path(__file__).resolve().parents[2] / "tui"
SOURCES = sorted(TUI.rglob("*.py"))


def store_uses(path: Path, root: Path = TUI) -> list[str]:
    """`file:line: what` for every way the source reaches the store: an attribute named
    `store`, an import from linkvet.core.store, a `Store(...)` call, or the text `.store`
    anywhere (getattr strings and comments included: a plain grep, so nothing slips by)."""
    text = path.read_text(encoding="utf-8")
    where = path.relative_to(root.parent)
    found: list[str] = []
    for node in ast.walk(ast.parse(text, str(path))):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Attribute) and node.attr == "store":
            found.append(f"{where}:{line}: .store")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "linkvet.core.store"
        ):
            found.append(f"{where}:{line}: from {node.module} import")
        elif isinstance(node, ast.Import) and any(
            a.name.startswith("linkvet.core.store") for a in node.names
        ):
            found.append(f"{where}:{line}: import linkvet.core.store")
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Store":
            found.append(f"{where}:{line}: Store(...)")
    for number, line in enumerate(text.splitlines(), 1):
        if re.search(r"\.store\b", line):
            found.append(f"{where}:{number}: {line.strip()}")
    return found


def test_the_sources_are_found() -> None:
    names = {p.name for p in SOURCES}
    assert {"app.py", "cli.py", "launch.py", "triage.py", "importer.py"} <= names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(TUI)))
def test_no_front_end_touches_the_store(path: Path) -> None:
    assert store_uses(path) == []


def test_the_guard_sees_each_way_of_touching_the_store(tmp_path: Path) -> None:
    """The check above can fail: each way is caught in a file written to break it."""
    bad = (
        "from linkvet.core.store.lock import StoreBusy\n"
        "import linkvet.core.store\n"
        "def f(ws):\n"
        "    Store('db')\n"
        "    return getattr(ws, 'x').store.states()\n"
    )
    target = tmp_path / "tui" / "sample_breach.py"
    target.parent.mkdir()
    target.write_text(bad, encoding="utf-8")
    found = store_uses(target, target.parent)
    kinds = {f.split(": ", 1)[1].split(" ")[0] for f in found}
    assert {"from", "import", "Store(...)", ".store"} <= kinds, found
