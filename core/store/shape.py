"""What a table file must look like, and the one way a damaged database is reported.

A TinyDB file is {table: {document id: document}}; linkvet never writes an empty file, a
list, or a table file without its own table. Anything else was damaged after it was written
(or is not linkvet's), and is reported as such, never read as an empty table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from linkvet.core.store.atomic import CorruptDatabase

HINT = "run `linkvet repair` to go back to the last good copy"


def damaged(path: Path, why: str) -> CorruptDatabase:
    """The one-line error for a damaged database file (to raise)."""
    return CorruptDatabase(f"{path}: damaged ({why}); {HINT}")


def expected_table(name: str) -> str | None:
    """The table a file of the current layout must hold (meta.json: `meta`;
    `invitations-X.json`: `invitations`...); None for the legacy layout's files."""
    if name == "meta.json":
        return "meta"
    head, sep, _ = name.partition("-")
    return head if sep and name.endswith(".json") else None


def parse_tables(path: Path, raw: bytes) -> dict[str, dict[str, Any]]:
    """The tables of a file's bytes, checked for shape (CorruptDatabase naming the file)."""
    if not raw.strip():
        raise damaged(path, "empty file")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise damaged(path, f"not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise damaged(path, f"a JSON {type(data).__name__}, not a table file")
    for table, docs in data.items():
        if not isinstance(docs, dict) or not all(isinstance(d, dict) for d in docs.values()):
            raise damaged(path, f"table {table!r} is not a set of documents")
    table = expected_table(path.name)
    if table is not None and not data.get(table):
        raise damaged(path, f"no {table!r} records")
    return data
