"""Reading files the way an import does: read_sources, then the merge into a store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from linkvet.core.importers import read_sources
from linkvet.core.ingest import MergeResult, merge


def imported(paths: list[Path], **kw: Any) -> MergeResult:
    """What importing `paths` into an empty database would store (nothing is written)."""
    return merge(read_sources(paths, **kw), {}, {}, [], {})


def incoming(result: MergeResult) -> dict[str, Any]:
    """Stored incoming invitations by sender name."""
    return {i.sender.name: i for i in result.invitations.values() if i.direction == "INCOMING"}
