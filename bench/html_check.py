"""The HTML action list in a real browser: headless Chromium runs its script under its CSP.

    python bench/html_check.py [--chromium /usr/bin/chromium]

Needs Chromium (Debian: `apt-get install chromium`); the test suite checks the page by
parsing it, this checks what only a browser can tell. On the sample data with a few
decisions, it writes `linkvet actions --format html` and loads it with `--dump-dom`:

1. the inline script runs under the page's Content-Security-Policy (it fills in the
   "N of M done" counter, which the page ships as "–");
2. the same page with one byte of the script changed is blocked by that policy;
3. a tick stored in localStorage (by a page of the same origin) is restored on load;
4. a sender whose name is an HTML tag shows it as text: no element is created.

Prints one line per check; exits 1 when one fails. Not a test: CI has no browser.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from linkvet.core.export.actions import render_actions  # noqa: E402
from linkvet.core.export.actions_html import STORAGE_PREFIX  # noqa: E402
from linkvet.core.models import Invitation, Person  # noqa: E402
from linkvet.core.sample import load_sample_data  # noqa: E402
from linkvet.core.store import Store  # noqa: E402
from linkvet.core.triage import Workspace  # noqa: E402

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE_NAME = '<img src=x onerror="document.title=1">Eve <b>Bold</b>'
_COUNTER = re.compile(r'id="done-count">([^<]*)<')


def build_page(folder: Path) -> tuple[Path, str]:
    """The action page of the sample data plus a hostile sender, and one invitation id."""
    ws = Workspace(Store(folder / "db"))
    load_sample_data(ws)
    pending = [v for v in ws.views() if v.status == "pending"]
    hostile = pending[0].invitation
    renamed = Invitation.from_dict(hostile.to_dict())
    renamed.sender = Person(HOSTILE_NAME, hostile.sender.profile_url, hostile.sender.headline)
    invitations = dict(ws.store.invitations()) | {renamed.id: renamed}
    with ws.store.transaction():
        ws.store.save(invitations=invitations.values(), owners=ws.store.owners().values())
    ws.refresh()
    ids = [v.id for v in pending[:6]]
    ws.decide(ids[:3], "accept")
    ws.decide(ids[3:], "decline")
    text, _ = render_actions(ws, "html")
    page = folder / "actions.html"
    page.write_text(text, encoding="utf-8")
    return page, ids[0]


def dump(chromium: str, url: str, profile: Path) -> str:
    """The DOM after load (scripts run), from a fresh browser profile."""
    result = subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    return result.stdout


def counter(dom: str) -> str | None:
    found = _COUNTER.search(dom)
    return found.group(1) if found else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args(argv)
    if shutil.which(args.chromium) is None:
        print(f"no browser at {args.chromium!r}: install Chromium or pass --chromium PATH")
        return 2
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        page, first_id = build_page(folder)
        html = page.read_text(encoding="utf-8")

        def report(name: str, ok: bool, detail: str) -> None:
            nonlocal failures
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")

        dom = dump(args.chromium, page.as_uri(), folder / "p1")
        report(
            "script runs under the CSP",
            counter(html) == "–" and counter(dom) == "0",
            f"counter {counter(html)!r} in the file, {counter(dom)!r} after load",
        )
        tampered = folder / "tampered.html"
        tampered.write_text(html.replace("var done = 0;", "var done = 0; "), encoding="utf-8")
        dom = dump(args.chromium, tampered.as_uri(), folder / "p2")
        report(
            "a changed script is blocked by the CSP",
            counter(dom) == "–",
            f"counter {counter(dom)!r} after load",
        )
        seed = folder / "seed.html"  # same origin (file://): sets the tick, then opens the page
        seed.write_text(
            f'<!doctype html><script>localStorage.setItem("{STORAGE_PREFIX}{first_id}", "1");'
            f'location.replace("{page.name}");</script>',
            encoding="utf-8",
        )
        dom = dump(args.chromium, seed.as_uri(), folder / "p3")
        marked = dom.count('class="done"')
        report(
            "a tick kept in localStorage is restored",
            counter(dom) == "1" and marked == 1,
            f"counter {counter(dom)!r}, rows marked done: {marked}",
        )
        dom = dump(args.chromium, page.as_uri(), folder / "p4")
        report(
            "a name made of HTML tags stays text",
            "<img" not in dom and "<b>Bold" not in dom and "&lt;b&gt;Bold" in dom,
            "no <img> or <b> element made from the name; its tags are shown as text",
        )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
