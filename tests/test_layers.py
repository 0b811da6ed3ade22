"""The architecture, enforced: core's layers import only downwards, no import cycles, and
mypy is clean on core/ and tui/ (run against the installed package layout)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAPPED = {"core": "linkvet.core", "tui": "linkvet.tui"}
# core's layers, lowest first: a module imports from its own layer or lower ones only
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "vocabulary",
        (
            "errors",
            "setting",
            "dates",
            "conversation",
            "files",
            "models",
            "text",
            "identity",
            "emails",
            "company",
            "roles",
            "safe_text",
            "paths",
            "ui",
            "key_bindings",
            "notes",
            "derived",
            "invitations",
            "merge_counts",
            "contacts",
            "connections",
        ),
    ),
    ("importers", ("importers", "ingest")),
    ("store", ("store",)),
    ("analysis", ("matching", "patterns", "checklist", "recommend", "ask", "names")),
    ("config", ("config", "export.settings")),
    ("triage", ("triage", "sample")),
    ("export", ("export", "selection")),
)
FRONT_END = 99


def _module(path: Path) -> str:
    top = path.relative_to(ROOT).parts[0]
    parts = [MAPPED[top], *path.relative_to(ROOT / top).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module(p): p for top in MAPPED for p in (ROOT / top).rglob("*.py")}


def _type_only(tree: ast.Module) -> set[int]:
    """Nodes under `if TYPE_CHECKING:` (annotations only: no import at run time)."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = getattr(test, "id", None) or getattr(test, "attr", None)
            if name == "TYPE_CHECKING":
                out.update(id(n) for n in ast.walk(node))
    return out


def import_graph() -> dict[str, set[str]]:
    """Module -> the linkvet modules it imports at run time (lazy imports included)."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_only(tree)
        found: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("linkvet."):
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else str(node.module))
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("linkvet."))
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def layer_of(module: str) -> int:
    if module.startswith("linkvet.tui"):
        return FRONT_END
    if module == "linkvet.core":
        return -1
    parts_of = module.split(".")[2:]
    for whole in (".".join(parts_of[:2]), parts_of[0]):  # a module named alone wins
        for number, (_, parts) in enumerate(LAYERS):
            if whole in parts:
                return number
    raise AssertionError(f"{module}: not in any layer of tests/test_layers.py LAYERS")


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_core_layers_import_only_downwards() -> None:
    graph = import_graph()
    assert len(graph) > 100  # the walk really found the code
    upward = sorted(
        f"{m} imports {d}" for m, deps in graph.items() for d in deps if layer_of(d) > layer_of(m)
    )
    assert upward == []


def test_there_are_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


def test_the_checks_can_fail() -> None:
    """Guard against a vacuous test: a planted upward import and a planted cycle are seen."""
    graph = import_graph()
    graph["linkvet.core.models"] = graph["linkvet.core.models"] | {"linkvet.core.triage.views"}
    assert any(layer_of(d) > layer_of("linkvet.core.models") for d in graph["linkvet.core.models"])
    assert cycles(graph)  # views imports models, models now imports views


def test_mypy_is_clean_on_core_and_tui(tmp_path: Path) -> None:
    """mypy needs the installed layout (linkvet/core, linkvet/tui): links to the repository
    folders in a temporary tree give it exactly that."""
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent)) or shutil.which("mypy")
    if mypy is None:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    tree = tmp_path / "linkvet"
    tree.mkdir()
    for name in ("__init__.py", "__main__.py"):
        (tree / name).symlink_to(ROOT / "linkvet" / name)
    for folder in ("core", "tui", "sample_data"):
        (tree / folder).symlink_to(ROOT / folder, target_is_directory=True)
    result = subprocess.run(
        [mypy, "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir",
         str(tmp_path / "cache"), "-p", "linkvet.core", "-p", "linkvet.tui"],
        cwd=tmp_path, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
