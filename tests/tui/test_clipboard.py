"""Honest copying (tui.clipboard): "copied" only when a copy tool confirmed it; otherwise
the user is told where the text is."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from linkvet.core.triage import Workspace
from linkvet.tui import clipboard
from linkvet.tui.app import make_app
from linkvet.tui.clipboard import tools as real_tools
from linkvet.tui.screens.ask import AskScreen
from linkvet.tui.widgets.queue_table import QueueTable

from tests.tui.conftest import fresh_states, ready

SIZE = (120, 40)
CAT = shutil.which("cat")  # found now: the PATH under test holds the fake tools only


def fake_tool(folder: Path, name: str, exit_code: int = 0) -> Path:
    """A copy tool that writes what it reads to `<folder>/<name>.out`."""
    folder.mkdir(exist_ok=True)
    tool = folder / name
    tool.write_text(f'#!/bin/sh\n{CAT} > "{folder / (name + ".out")}"\nexit {exit_code}\n')
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    return folder / (name + ".out")


@pytest.fixture
def bin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH holding only fake tools, the real tool lookup, and an X display."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setattr(clipboard, "tools", real_tools)
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return folder


def test_the_tools_of_each_system_in_order(tmp_path: Path) -> None:
    for name in ("pbcopy", "wl-copy", "xclip", "xsel", "clip.exe"):
        fake_tool(tmp_path, name)
    path = {"PATH": str(tmp_path)}
    assert real_tools({**path, "DISPLAY": ":0"}, "linux") == [
        ["xclip", "-selection", "clipboard"],
        ["xsel", "--clipboard", "--input"],
        ["clip.exe"],
    ]
    assert [t[0] for t in real_tools({**path, "WAYLAND_DISPLAY": "w"}, "linux")] == [
        "wl-copy",
        "clip.exe",
    ]
    assert real_tools(path, "darwin")[0] == ["pbcopy"]
    assert real_tools({"PATH": str(tmp_path / "none")}, "linux") == []


async def ask_and_confirm(ws: Workspace, text: str = " PS") -> object:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.screen.query_one("#queue", QueueTable).go_to("i06")
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, AskScreen)
        await pilot.press(*text, "ctrl+s")
        await pilot.pause()
        return app


async def test_without_a_copy_tool_it_never_says_copied(
    ws: Workspace, db: Path, bin_dir: Path
) -> None:
    app = await ask_and_confirm(ws)
    said = [n.message for n in app._notifications]  # type: ignore[attr-defined]
    assert fresh_states(db)["i06"].decision == "ask"
    line = next(m for m in said if m.startswith("Message"))
    assert "copied" not in line
    assert "may ignore it" in line and "action list (x)" in line
    assert app.clipboard.endswith(" PS")  # type: ignore[attr-defined]  # OSC 52 was still sent


async def test_a_tool_that_took_the_text_confirms_the_copy(
    ws: Workspace, db: Path, bin_dir: Path
) -> None:
    out = fake_tool(bin_dir, "xclip")
    app = await ask_and_confirm(ws)
    said = [n.message for n in app._notifications]  # type: ignore[attr-defined]
    assert "Message copied to the clipboard (xclip)" in said
    assert out.read_text(encoding="utf-8").endswith(" PS")
    assert out.read_text(encoding="utf-8") == app.clipboard  # type: ignore[attr-defined]


async def test_a_failing_tool_is_not_a_copy(ws: Workspace, bin_dir: Path) -> None:
    fake_tool(bin_dir, "xclip", exit_code=1)
    out = fake_tool(bin_dir, "xsel")  # the next tool is tried
    app = await ask_and_confirm(ws)
    said = [n.message for n in app._notifications]  # type: ignore[attr-defined]
    assert "Message copied to the clipboard (xsel)" in said
    assert out.exists()


async def test_the_profile_link_is_shown_when_the_copy_is_unknown(
    ws: Workspace, bin_dir: Path
) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("y")
        said = [n.message for n in app._notifications]
        line = next(m for m in said if m.startswith("Profile link"))
        assert "copied" not in line
        assert "https://www.linkedin.com/in/alice-known" in line


def test_clip_exe_is_given_utf16(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = fake_tool(tmp_path, "clip.exe")
    env = {**os.environ, "PATH": str(tmp_path)}
    assert clipboard._run_tool(["clip.exe"], "Grüße", env)
    assert out.read_bytes().decode("utf-16") == "Grüße"
