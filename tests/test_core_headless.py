"""`core` must stay headless: importing all of it loads no textual, rich or typer."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import linkvet.core as core

ROOT = Path(__file__).resolve().parents[1]


def test_importing_every_core_module_loads_no_front_end_package() -> None:
    modules = [m.name for m in pkgutil.walk_packages(core.__path__, "linkvet.core.")]
    assert len(modules) > 10  # the walk really found the package
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich', 'typer') or m.startswith('linkvet.tui'))\n"  # noqa: E501
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"core pulled in: {result.stdout.strip()}"


def test_the_check_itself_can_fail() -> None:
    """Guard against a vacuous test: importing tui does pull in textual."""
    code = "import sys, linkvet.tui.cli; print('typer' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
