"""Copying that only says "copied" when it knows.

Textual copies by OSC 52, an escape sequence the terminal may ignore without telling
anyone (tmux does by default, so do several terminals). So the text also goes to the
system's copy tool when one is installed (pbcopy, wl-copy, xclip, xsel, clip.exe) or
through pyperclip when that is installed; only a tool that took the text and exited 0
confirms the copy. Otherwise the caller says where else the text is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass

from textual.app import App

TOOL_TIMEOUT = 2.0  # seconds a copy tool may take (they fork and return at once)


@dataclass(frozen=True, slots=True)
class Copied:
    """What is known about a copy: confirmed by `tool`, or only sent by OSC 52."""

    confirmed: bool
    tool: str = ""


def tools(env: Mapping[str, str] | None = None, platform: str | None = None) -> list[list[str]]:
    """The copy commands of this system that are installed, in the order to try them."""
    env = os.environ if env is None else env
    platform = platform or sys.platform
    wanted: list[list[str]] = []
    if platform == "darwin":
        wanted.append(["pbcopy"])
    if env.get("WAYLAND_DISPLAY"):
        wanted.append(["wl-copy"])
    if env.get("DISPLAY"):
        wanted.append(["xclip", "-selection", "clipboard"])
        wanted.append(["xsel", "--clipboard", "--input"])
    wanted.append(["clip.exe"])  # Windows and WSL
    path = env.get("PATH")
    return [cmd for cmd in wanted if shutil.which(cmd[0], path=path)]


def _run_tool(command: list[str], text: str, env: Mapping[str, str] | None) -> bool:
    """True when the tool read the text and exited 0."""
    # clip.exe reads the console code page unless the text says it is UTF-16
    data = text.encode("utf-16" if command[0].startswith("clip") else "utf-8")
    path = shutil.which(command[0], path=(os.environ if env is None else env).get("PATH"))
    if path is None:
        return False
    try:
        done = subprocess.run(
            [path, *command[1:]],
            input=data,
            stdout=subprocess.DEVNULL,  # xclip and wl-copy keep running to serve the text:
            stderr=subprocess.DEVNULL,  # pipes they inherit would keep us waiting
            timeout=TOOL_TIMEOUT,
            check=False,
            env=None if env is None else dict(env),
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def _pyperclip(text: str) -> bool:
    """True when pyperclip is installed and copied without complaint."""
    try:
        import pyperclip  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return False
    try:
        pyperclip.copy(text)
    except Exception:  # pyperclip.PyperclipException and what its back ends raise
        return False
    return True


def copy(app: App[object], text: str, env: Mapping[str, str] | None = None) -> Copied:
    """Copy `text`: by OSC 52 always, and by the system's copy tool or pyperclip when there
    is one (not in a browser tab: the tool would copy on the server)."""
    app.copy_to_clipboard(text)
    if app.is_web:
        return Copied(False)
    for command in tools(env):
        if _run_tool(command, text, env):
            return Copied(True, command[0])
    if _pyperclip(text):
        return Copied(True, "pyperclip")
    return Copied(False)


def said(copied: Copied, what: str, elsewhere: str) -> str:
    """The line to show: `what` copied (and by which tool), or that the terminal was sent
    it but may have ignored it, and `elsewhere`: where the text can be found anyway."""
    if copied.confirmed:
        return f"{what} copied to the clipboard ({copied.tool})"
    return (
        f"{what}: sent to the terminal's clipboard, which may ignore it (tmux does by "
        f"default); {elsewhere}"
    )
