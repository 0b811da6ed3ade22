"""Check a whole generation before trusting it: before a write builds on it, after a write
made it (before anything older is pruned) and when `repair` picks the copy to go back to.

A generation with a manifest is checked file by file against it (size and SHA-256, and
with `parse` every table file's shape); one written before manifests existed is checked by
the shape of its files, the presence of its meta file and of every invitation shard its
order names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from linkvet.core.store.layout import META, named_files
from linkvet.core.store.manifest import Entry, check_file, entry_of, read_manifest
from linkvet.core.store.shape import damaged, parse_tables

LEGACY_MARK = "invitations.json"  # schema 1-2 layout: three files, no manifest


def verify_generation(gen_dir: Path, parse: bool = True) -> dict[str, Entry]:
    """Every file of the generation as written (CorruptDatabase naming the first that is
    not); the entries of its files, for the next generation's manifest."""
    if not gen_dir.is_dir():
        raise damaged(gen_dir, "missing data folder")
    entries = read_manifest(gen_dir)
    if entries is not None:
        for name, entry in sorted(entries.items()):
            raw = check_file(gen_dir / name, entry)
            if parse and name.endswith(".json"):
                parse_tables(gen_dir / name, raw)
        return entries
    computed: dict[str, Entry] = {}
    tables: dict[str, dict[str, dict[str, Any]]] = {}
    for path in sorted(gen_dir.glob("*.json")):
        raw = path.read_bytes()
        tables[path.name] = parse_tables(path, raw)
        computed[path.name] = entry_of(raw)
    if (gen_dir / LEGACY_MARK).exists():
        return computed
    if META not in tables:
        raise damaged(gen_dir / META, "missing")
    meta = tables[META]
    order, sources = meta.get("order", {}).values(), meta.get("contact_sources", {}).values()
    for name in sorted(named_files(order, sources) - set(tables)):
        raise damaged(gen_dir / name, "missing, though meta.json lists records in it")
    return computed


def invitation_ids(gen_dir: Path) -> set[str] | None:
    """The invitation ids a generation's meta file lists (None when it cannot be read): what
    `repair` compares to say what going back loses."""
    try:
        data = orjson.loads((gen_dir / META).read_bytes())
        out: set[str] = set()
        for doc in data["order"].values():
            out.update(doc.get("incoming", []), doc.get("outgoing", []))
        return out
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        return None


def imported_files(gen_dir: Path) -> set[str] | None:
    """The names of the files imported into a generation (None when unreadable)."""
    try:
        data = orjson.loads((gen_dir / META).read_bytes())
        return {str(d["path"]) for d in data["files"].values()}
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        return None
