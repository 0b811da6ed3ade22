"""`linkvet` as a Unix process: --version, `python -m linkvet`, start-up that never loads
core for --help or a TAB, a closed pipe is success, Ctrl-C says one line and exits 130."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest
from linkvet.core.importers.kinds import KINDS
from linkvet.core.models import CHECK_IDS
from linkvet.core.recommend.rules import VERDICTS
from linkvet.core.triage.service import DECISIONS, FLAGS, STATUSES
from linkvet.tui import cli

import linkvet
from tests.test_cli import db, run, sample_db  # noqa: F401 (fixtures)

LINKVET = [sys.executable, "-m", "linkvet"]


def linkvet_process(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*LINKVET, *args], capture_output=True, text=True, timeout=120, check=False, **kw
    )


def imported_modules(*args: str, extra_env: dict[str, str] | None = None) -> set[str]:
    """The modules a `python -m linkvet ARGS` run imports (from -X importtime)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "linkvet", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, **(extra_env or {})},
    )
    return {
        line.rsplit("|", 1)[1].strip()
        for line in proc.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


def test_the_option_words_are_cores_own() -> None:
    assert cli.KINDS == KINDS
    assert cli.STATUSES == STATUSES
    assert cli.VERDICTS == VERDICTS
    assert cli.FLAGS == FLAGS
    assert cli.CHECK_IDS == CHECK_IDS
    assert cli.DECISIONS == DECISIONS


def test_version_and_python_m() -> None:
    proc = linkvet_process("--version")
    assert proc.returncode == 0 and proc.stdout == f"linkvet {linkvet.__version__}\n"
    proc = linkvet_process("--help")
    assert proc.returncode == 0 and proc.stdout.startswith("Usage: linkvet [OPTIONS] COMMAND")


def test_help_loads_neither_core_nor_rich() -> None:
    modules = imported_modules("--help")
    assert "linkvet.tui.cli" in modules
    assert not {m for m in modules if m.startswith(("linkvet.core", "textual", "numpy"))}
    assert "rich.console" not in modules


def test_shell_completion_is_on_and_a_tab_does_not_load_core() -> None:
    words = {"COMP_WORDS": "linkvet list --status p", "COMP_CWORD": "3"}
    env = {**os.environ, "_LINKVET_COMPLETE": "complete_bash", **words}
    proc = linkvet_process(env=env)
    assert proc.returncode == 0 and proc.stdout.split() == ["pending"]
    commands = linkvet_process(env={**env, "COMP_WORDS": "linkvet de", "COMP_CWORD": "1"})
    assert commands.stdout.split() == ["decide", "demo"]
    modules = imported_modules(extra_env={"_LINKVET_COMPLETE": "complete_bash", **words})
    assert not {m for m in modules if m.startswith("linkvet.core")}
    assert "--install-completion" in linkvet_process("--help").stdout


def test_a_closed_pipe_is_success_and_silent(db: Path) -> None:
    proc = subprocess.Popen(
        [*LINKVET, "--db", str(db), "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().strip() == b"["  # like `| head -1`: read a line, go away
    proc.stdout.close()
    assert proc.wait(timeout=120) == 0
    assert proc.stderr.read() == b""


def test_ctrl_c_says_nothing_half_written_was_kept_and_exits_130(tmp_path: Path) -> None:
    database = tmp_path / "db"
    proc = subprocess.Popen(
        [*LINKVET, "--db", str(database), "import", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stderr is not None
    header = b"Name,Profile URL,Message,Received,Recipient\n"
    rows = b"".join(
        b"Sender %d,https://www.linkedin.com/in/s-%d,hi,2026-11-01,Olivia Owner\n" % (n, n)
        for n in range(4000)
    )
    # far more than a pipe holds: this returns only once linkvet is reading stdin
    proc.stdin.write(header + rows)
    proc.stdin.flush()
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)  # what Ctrl-C sends, while it waits for the rest
    assert proc.wait(timeout=60) == 130
    assert proc.stderr.read().decode().splitlines()[-1] == cli.INTERRUPTED
    proc.stdin.close()
    assert not list(tmp_path.rglob("*.tmp"))  # no temporary file left behind
    assert run(database, "list", "--json")[1] == "[]\n"  # and nothing imported


@pytest.mark.parametrize("args", [["list", "--status", "weird"], ["nosuch"]])
def test_usage_errors_still_exit_2(tmp_path: Path, args: list[str]) -> None:
    proc = linkvet_process("--db", str(tmp_path / "db"), *args)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_serve_runs_linkvet_per_browser_tab_or_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[tuple[str, str, int]] = []

    class Server:
        def __init__(self, command: str, host: str, port: int, title: str) -> None:
            served.append((command, host, port))

        def serve(self) -> None:
            pass

    fake = types.ModuleType("textual_serve.server")
    fake.Server = Server  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "textual_serve.server", fake)
    code, _, err = run(tmp_path / "db", "serve", "--port", "8123")
    assert code == 0 and "serving on http://127.0.0.1:8123" in err
    ((command, host, port),) = served
    assert (host, port) == ("127.0.0.1", 8123)
    assert shlex.split(command)[1:3] == ["-m", "linkvet"]
    assert shlex.split(command)[3:5] == ["--db", str(tmp_path / "db")]
    assert command.endswith(" triage")

    monkeypatch.setitem(sys.modules, "textual_serve.server", None)  # not installed
    code, _, err = run(tmp_path / "db", "serve")
    assert code == 1 and "needs the web extra: pip install 'linkvet[web]'" in err


def test_list_help_names_every_filter_field() -> None:
    from linkvet.core.triage.query import FIELDS

    assert tuple(f.name for f in FIELDS) == cli.FILTER_FIELDS
    for field in FIELDS:
        for word in (field.name, *field.aliases):
            if word != "verdict":
                assert f"{word}:" in cli.FILTER_HELP


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE as on Linux")
def test_a_file_size_limit_keeps_the_old_export(db: Path, tmp_path: Path) -> None:
    """The kernel refuses the write part way (RLIMIT_FSIZE, like a full disk): the export
    written before is intact and the error is one line naming the file."""
    import resource

    target = tmp_path / "all.csv"
    assert linkvet_process("--db", str(db), "export", "--out", str(target)).returncode == 0
    old = target.read_bytes()

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (16_384, 16_384))

    proc = linkvet_process(
        "--db", str(db), "export", "--format", "json", "--out", str(target),
        preexec_fn=small_files,
    )  # fmt: skip
    assert proc.returncode == 1
    assert (
        proc.stderr
        == f"linkvet: {target}: cannot write: File too large; the old file is unchanged\n"
    )
    assert target.read_bytes() == old


def test_a_broken_vcard_prints_no_library_log_lines(tmp_path: Path) -> None:
    """Issue 19.3: vobject logs `vobject.base ERROR Skipped line ...` on stderr by itself;
    through the real command line only linkvet's own words appear (the note, on stdout)."""
    from tests.importers.test_addressbooks import BROKEN_VCARD

    book = tmp_path / "broken.vcf"
    book.write_text(BROKEN_VCARD, encoding="utf-8")
    proc = linkvet_process(
        "--db", str(tmp_path / "db"), "import", str(book), "--owner", "Olivia Owner"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "vobject" not in proc.stdout
    assert "kept without that line (lines 8, 15)" in proc.stdout
