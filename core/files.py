"""Files linkvet writes for the user (action lists, exports, team bundles): private to them.

What these files hold (who invited whom, decisions, notes) is the user's own business, so a
new file is created readable by the user only; an existing file keeps its permissions.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_private(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path`, readable by the user only when the file is new."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
