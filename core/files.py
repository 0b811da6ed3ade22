"""Files linkvet writes for the user (action lists, exports, team bundles, the config file):
written whole or not at all, and private to them.

A file is replaced atomically: the new content goes to a temporary file in the same folder,
is fsync'd, and is renamed over the old one (the folder fsync'd too), so a full disk, a
crash or Ctrl-C leaves the old file exactly as it was, never a torn one. What these files
hold (who invited whom, decisions, notes) is the user's own business, so a new file is
readable by the user only; an existing file keeps its permissions (and owner, where allowed).
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from linkvet.core.errors import LinkvetError

NEW_FILE_MODE = 0o600
_CHUNK = 1 << 20  # bytes handed to one os.write


class OutputError(LinkvetError):
    """A file linkvet was asked to write could not be written (the old one is unchanged).
    `str(err)` is one line: `path: cannot write: reason; what is there now`."""

    def __init__(self, path: Path, reason: str, kept: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"{path}: cannot write: {reason}; {kept}")


def replace_file(path: Path, payload: bytes, mode: int | None = None) -> None:
    """Replace `path` with `payload` atomically and durably (temp file + fsync + rename +
    folder fsync). `mode` forces the permissions; None keeps an existing file's (a new one
    gets NEW_FILE_MODE). Raises OSError as is; the temporary file never stays behind."""
    directory = path.parent
    try:
        old = os.stat(path)
    except FileNotFoundError:
        old = None
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            _write_all(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        _carry_over(tmp, old, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    fsync_dir(directory)


def _write_all(fd: int, payload: bytes) -> None:
    """Every byte of `payload` to `fd` (os.write may write less than it was given)."""
    view = memoryview(payload)
    while view:
        written = os.write(fd, view[:_CHUNK])
        view = view[written:]


def _carry_over(tmp: str, old: os.stat_result | None, mode: int | None) -> None:
    """Give the temporary file the permissions (and owner) the file it replaces had."""
    if mode is None:
        mode = stat.S_IMODE(old.st_mode) if old is not None else NEW_FILE_MODE
    os.chmod(tmp, mode)
    if old is not None and hasattr(os, "chown"):
        try:
            os.chown(tmp, old.st_uid, old.st_gid)
        except OSError:
            pass  # not ours to give away: the file becomes the writer's (mode kept)


def fsync_dir(directory: Path) -> None:
    """Make a rename in `directory` durable (POSIX); a no-op where directories cannot be opened."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    dfd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


def write_private(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` whole or not at all; OutputError (one line naming the
    file, the old file unchanged) when the disk is full, the folder read-only and the like.

    A path that names something other than a regular file (a pipe, a device), or a file
    under /dev (`/dev/stdout` when it is redirected to a file), is written in place: it
    cannot, or must not, be replaced. A symbolic link is followed (its target replaced)."""
    path = Path(path)
    payload = text.encode("utf-8")
    try:
        found = os.stat(path)  # through a symbolic link: what the path names
    except FileNotFoundError:
        found = None
    existed = found is not None and stat.S_ISREG(found.st_mode)
    # /dev/stdout and /dev/fd/N name an open file (`>> log`): written to, never replaced
    in_place = found is not None and (not existed or path.parts[:2] == ("/", "dev"))
    try:
        if in_place:
            with open(path, "ab") as handle:  # a pipe, a device, stdout: added to, never cut
                handle.write(payload)
            return
        replace_file(Path(os.path.realpath(path)) if path.is_symlink() else path, payload)
    except OSError as exc:
        if in_place:
            kept = "what was written before the error is there"  # a pipe cannot take it back
        else:
            kept = "the old file is unchanged" if existed else "nothing was written"
        raise OutputError(path, exc.strerror or str(exc), kept) from None
