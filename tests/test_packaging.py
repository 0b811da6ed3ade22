"""The distribution's layout: one top-level package whose parts are mapped from the repo."""

from __future__ import annotations

import tomllib
from pathlib import Path

from linkvet.core import sample

import linkvet

ROOT = Path(__file__).resolve().parents[1]
MAPPED = {"core": "linkvet.core", "tui": "linkvet.tui", "sample_data": "linkvet.sample_data"}


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_directory_is_listed_for_the_wheel() -> None:
    listed = set(_config()["tool"]["setuptools"]["packages"])
    found = {"linkvet"}
    for top, name in MAPPED.items():
        for init in (ROOT / top).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / top).parts
            found.add(".".join((name, *rel)))
    assert found == listed


def test_package_dir_maps_the_repository_folders() -> None:
    mapping = _config()["tool"]["setuptools"]["package-dir"]
    assert mapping == {"linkvet": "linkvet", **{v: k for k, v in MAPPED.items()}}


def test_sample_data_is_found_through_the_package() -> None:
    root = sample.sample_root()
    assert root.resolve() == (ROOT / "sample_data").resolve()
    assert sample.owner_folders(root)


def test_version_is_single_sourced() -> None:
    cfg = _config()
    assert cfg["project"]["dynamic"] == ["version"]
    assert cfg["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "linkvet.__version__"}
    assert linkvet.__version__.count(".") == 2
