"""The action list rendered: Markdown, CSV, JSON and a self-contained HTML page with tick boxes
(core.export.actions_html). What is on it is decided in core.triage.actions; here are only
the words and formats: each group's title and how-to, escaping, the documented JSON object.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import orjson
from linkvet.core.errors import Refused
from linkvet.core.export.action_words import HOW, TITLES
from linkvet.core.export.tables import safe_csv
from linkvet.core.files import write_private
from linkvet.core.safe_text import inert
from linkvet.core.triage.actions import GROUPS, ActionItem, action_items

if TYPE_CHECKING:
    from linkvet.core.selection import Selection
    from linkvet.core.triage.service import Workspace

FORMATS: dict[str, str] = {
    ".md": "md",
    ".markdown": "md",
    ".csv": "csv",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}
CSV_COLUMNS: tuple[str, ...] = (
    "group", "id", "owner", "name", "link", "link_kind", "sent_at", "message", "detail",
)  # fmt: skip


# ----- formats ---------------------------------------------------------------------------


def _md_text(text: str) -> str:
    """Untrusted text for Markdown: inert, HTML specials as entities, syntax backslashed."""
    text = inert(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = []
    for ch in text:
        if ch in "\\`*_[]()#!|~":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _fence(text: str) -> str:
    longest, run = 0, 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def to_markdown(items: list[ActionItem], today: str) -> str:
    """A Markdown checklist: one section per group, profile links, ask messages in code blocks."""
    owners = {i.owner for i in items}
    lines = [
        f"# LinkedIn actions ({today})",
        "",
        "linkvet never acts on LinkedIn for you: open each link and do it there.",
        f"{len(items)} to do.",
    ]
    if not items:
        lines.append("\nNothing to do on LinkedIn right now.")
    for group in GROUPS:
        rows = [i for i in items if i.group == group]
        if not rows:
            continue
        lines += ["", f"## {TITLES[group]} ({len(rows)})", "", HOW[group], ""]
        for item in rows:
            who = f" for {_md_text(item.owner)}" if len(owners) > 1 else ""
            kind = " (no profile URL: people search)" if item.link_kind == "search" else ""
            lines.append(
                f"- [ ] [{_md_text(item.name)}]({item.link}){kind}{who}: "
                f"{_md_text(item.detail)} `{item.id}`"
            )
            if item.message:
                body = inert(item.message, keep_newlines=True)
                fence = _fence(body)
                lines += ["", "  Message to send:", "", f"  {fence}text"]
                lines += [f"  {line}" for line in body.splitlines()]
                lines += [f"  {fence}", ""]
    return "\n".join(lines).rstrip() + "\n"


def to_csv(items: list[ActionItem]) -> str:
    """One row per action; every cell inert and neutralised against spreadsheet formulas."""
    return safe_csv(CSV_COLUMNS, (i.to_dict() for i in items), multiline=("message",))


def to_json(items: list[ActionItem], today: str) -> str:
    """The documented action-list object (docs/JSON.md)."""
    counts = {g: sum(1 for i in items if i.group == g) for g in GROUPS}
    data = {
        "linkvet_actions": 1,
        "today": today,
        "counts": counts,
        "items": [i.to_dict() for i in items],
    }
    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"


def render_actions(
    ws: Workspace, fmt: str = "md", selection: Selection | None = None
) -> tuple[str, int]:
    """(text, number of items) of the action list in `fmt`: md, csv, json or html."""
    items = action_items(ws, selection)
    today = ws.today()
    if fmt == "md":
        return to_markdown(items, today), len(items)
    if fmt == "csv":
        return to_csv(items), len(items)
    if fmt == "json":
        return to_json(items, today), len(items)
    if fmt == "html":
        from linkvet.core.export.actions_html import to_html

        return to_html(items, today), len(items)
    raise Refused(f"unknown action list format {fmt!r}: use md, csv, json or html")


def format_for(path: Path) -> str:
    """The format named by a file's suffix; Refused for an unknown one."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise Refused(
            f"{path}: cannot tell the format from the suffix {path.suffix or '(none)'!r}; "
            "use .md, .csv, .json or .html"
        )
    return fmt


def write_actions(ws: Workspace, path: Path, fmt: str | None = None) -> int:
    """Write the action list to `path` (format from the suffix when `fmt` is None);
    returns the number of items written."""
    path = Path(path)
    text, count = render_actions(ws, fmt or format_for(path))
    write_private(path, text)
    return count
