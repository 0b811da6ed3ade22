"""Where linkvet keeps things: the database directory and the config file.

`--db PATH` beats `LINKVET_DB`, which beats the platform's user data dir; tests and the demo
point these at temporary folders so they never touch a user's real data.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "linkvet"


def default_db_dir() -> Path:
    """The database directory used when neither --db nor LINKVET_DB is given."""
    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "db"


def resolve_db(path: str | Path | None = None) -> Path:
    """The database directory in effect for this run."""
    if path:
        return Path(path).expanduser()
    env = os.environ.get("LINKVET_DB")
    if env:
        return Path(env).expanduser()
    return default_db_dir()


def default_config_path() -> Path:
    """The config file used when LINKVET_CONFIG is not set."""
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "config.toml"


def resolve_config(path: str | Path | None = None) -> Path:
    """The config file in effect for this run (it need not exist)."""
    if path:
        return Path(path).expanduser()
    env = os.environ.get("LINKVET_CONFIG")
    if env:
        return Path(env).expanduser()
    return default_config_path()
