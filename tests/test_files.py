"""Files written for the user: whole or not at all, the old file intact on a full disk."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from linkvet.core.files import OutputError, write_private

from tests.conftest import FullDisk


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_new_file_is_private_and_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_private(target, "a,b\nZoë,👩‍👩‍👧\n")
    assert target.read_bytes() == "a,b\nZoë,👩‍👩‍👧\n".encode()
    assert target.stat().st_mode & 0o777 == 0o600
    assert _leftovers(tmp_path) == []


def test_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o644)
    write_private(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert target.stat().st_mode & 0o777 == 0o644


def test_full_disk_leaves_the_old_file_byte_identical(tmp_path: Path, full_disk: FullDisk) -> None:
    target = tmp_path / "out.json"
    old = os.urandom(10_000)
    target.write_bytes(old)
    full_disk.after(3000)  # the new content fails part way
    with pytest.raises(OutputError) as caught:
        write_private(target, "x" * 50_000)
    message = str(caught.value)
    assert message == f"{target}: cannot write: No space left on device; the old file is unchanged"
    assert "\n" not in message
    assert full_disk.failed  # the write really was cut short, not skipped
    assert target.read_bytes() == old
    assert _leftovers(tmp_path) == []


def test_full_disk_on_a_new_file_leaves_nothing(tmp_path: Path, full_disk: FullDisk) -> None:
    full_disk.after(0)
    with pytest.raises(OutputError, match="nothing was written"):
        write_private(tmp_path / "new.csv", "a" * 100)
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(OutputError, match=r"out\.csv: cannot write: Read-only file system"):
        write_private(tmp_path / "out.csv", "a")


def test_a_symbolic_link_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_private(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_a_pipe_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_private(fifo, "through the pipe")  # a pipe cannot be renamed over: written to
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert fifo.is_fifo() and _leftovers(tmp_path) == []


def test_dev_stdout_redirected_to_a_file_is_written_through_not_replaced(tmp_path: Path) -> None:
    """`linkvet export --out /dev/stdout >> log` appends to the log (it is never renamed)."""
    log = tmp_path / "log.csv"
    log.write_text("kept\n", encoding="utf-8")
    script = (
        "from pathlib import Path; from linkvet.core.files import write_private; "
        "write_private(Path('/dev/stdout'), 'new\\n')"
    )
    with log.open("a") as handle:
        subprocess.run([sys.executable, "-c", script], stdout=handle, check=True, timeout=60)
    assert log.read_text(encoding="utf-8") == "kept\nnew\n"
