"""The action list as one self-contained HTML page to work through next to LinkedIn.

No external resources: inline CSS and JS only, pinned by a Content-Security-Policy with
their SHA-256 hashes, so nothing else can run or load even if a string slipped through.
Every untrusted string goes through html.escape; links come from core.triage.links only.
Tick boxes keep their state in the browser's localStorage, keyed by invitation id.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from linkvet.core.export.action_words import HOW, TITLES
from linkvet.core.safe_text import inert
from linkvet.core.triage.actions import GROUPS, ActionItem

STORAGE_PREFIX = "linkvet:done:"

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem auto;
max-width:72rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:1.8rem 0 .2rem}
p.how{margin:.2rem 0 .6rem;color:#57606a}p.summary{color:#57606a}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d0d7de}
th{font-weight:600;font-size:.85rem;color:#57606a}
td.tick{width:2rem}td.tick input{width:1.2rem;height:1.2rem}
tr.done td:not(.tick){opacity:.45;text-decoration:line-through}
a{color:#0a66c2}.kind{font-size:.8rem;color:#57606a}.id{font:12px monospace;color:#57606a}
textarea{width:100%;min-height:5.5rem;font:inherit;font-size:.9rem;box-sizing:border-box}
button.copy{margin-top:.2rem}
@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}a{color:#58a6ff}
th,td{border-color:#30363d}textarea{background:#161b22;color:#e6edf3}}
""".strip()

_JS = """
(function () {
  "use strict";
  var PREFIX = "%PREFIX%";
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }
  var boxes = Array.prototype.slice.call(
    document.querySelectorAll("input[type=checkbox][data-id]"));
  function paint() {
    var done = 0;
    boxes.forEach(function (box) {
      var row = box.closest("tr");
      if (box.checked) { done += 1; row.classList.add("done"); }
      else { row.classList.remove("done"); }
    });
    var counter = document.getElementById("done-count");
    if (counter) { counter.textContent = String(done); }
  }
  boxes.forEach(function (box) {
    var key = PREFIX + box.getAttribute("data-id");
    if (store && store.getItem(key) === "1") { box.checked = true; }
    box.addEventListener("change", function () {
      if (store) {
        if (box.checked) { store.setItem(key, "1"); } else { store.removeItem(key); }
      }
      paint();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (button) {
    button.addEventListener("click", function () {
      var area = document.getElementById(button.getAttribute("data-target"));
      if (!area) { return; }
      area.focus();
      area.select();
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(area.value);
      } else {
        document.execCommand("copy");
      }
      button.textContent = "Copied";
    });
  });
  paint();
})();
""".strip().replace("%PREFIX%", STORAGE_PREFIX)


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


CSP = (
    "default-src 'none'; "
    f"style-src {_sha256(_CSS)}; "
    f"script-src {_sha256(_JS)}; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)


def _e(text: str | None) -> str:
    """Untrusted text as HTML: inert (no controls, no bidi tricks), then escaped."""
    return escape(inert(text or ""), quote=True)


def _row(item: ActionItem, many_owners: bool) -> str:
    iid = _e(item.id)
    kind = (
        ' <span class="kind">(no profile URL: people search)</span>'
        if item.link_kind == "search"
        else ""
    )
    cells = [
        f'<td class="tick"><input type="checkbox" id="cb-{iid}" data-id="{iid}" '
        f'aria-label="done: {_e(item.name)}"></td>',
        f'<td><a href="{escape(item.link, quote=True)}" target="_blank" '
        f'rel="noopener noreferrer">{_e(item.name)}</a>{kind}'
        f'<br><span class="id">{iid}</span></td>',
    ]
    if many_owners:
        cells.append(f"<td>{_e(item.owner)}</td>")
    cells.append(f"<td>{(_e(item.sent_at) or '')[:10]}</td>")
    what = _e(item.detail)
    if item.message:
        body = escape(inert(item.message, keep_newlines=True), quote=True)
        what += (
            f'<br><textarea readonly id="msg-{iid}" aria-label="message to send">{body}'
            f'</textarea><br><button type="button" class="copy" data-target="msg-{iid}">'
            "Copy message</button>"
        )
    cells.append(f"<td>{what}</td>")
    return f'<tr id="row-{iid}">' + "".join(cells) + "</tr>"


def to_html(items: list[ActionItem], today: str) -> str:
    """The whole page as one string (UTF-8, no external references)."""
    many_owners = len({i.owner for i in items}) > 1
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(CSP, quote=True)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>LinkedIn actions {_e(today)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>LinkedIn actions ({_e(today)})</h1>",
        '<p class="summary">linkvet never acts on LinkedIn for you: open each link, do it '
        "there, tick it off here (ticks are kept in this browser). "
        f'<span id="done-count">–</span> of {len(items)} done.</p>',
    ]
    body: list[str] = []
    if not items:
        body.append("<p>Nothing to do on LinkedIn right now.</p>")
    for group in GROUPS:
        rows = [i for i in items if i.group == group]
        if not rows:
            continue
        owner_th = "<th>For</th>" if many_owners else ""
        body += [
            f'<section id="group-{group}">',
            f"<h2>{escape(TITLES[group])} ({len(rows)})</h2>",
            f'<p class="how">{escape(HOW[group])}</p>',
            f"<table><thead><tr><th>Done</th><th>Who</th>{owner_th}<th>Sent</th>"
            "<th>What to do</th></tr></thead><tbody>",
            *(_row(i, many_owners) for i in rows),
            "</tbody></table>",
            "</section>",
        ]
    tail = [f"<script>{_JS}</script>", "</body>", "</html>"]
    return "\n".join(head + body + tail) + "\n"
