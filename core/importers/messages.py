"""messages.csv (2018, 2021+, fully quoted 2026): message rows for the rapport check.

Drafts and sponsored/InMail rows are dropped and counted; directions are settled later,
once the owner is known.
"""

from __future__ import annotations

import re
from datetime import UTC

from linkvet.core.identity import canonical_profile_url
from linkvet.core.importers.dates import parse_datetime
from linkvet.core.importers.parsed import Parsed, RawMessage, data_rows, reject
from linkvet.core.importers.table import Table

_HTML = re.compile(r"<\s*/?\s*(?:html|body|div|p|br|table|td|tr|a|span|img|style)\b", re.I)
_URL_SPLIT = re.compile(r"(?:(?<!\s)\s+)?,\s*(?=https?://)")  # linear on a run of spaces


def split_urls(value: str) -> list[str]:
    """RECIPIENT PROFILE URLS is comma-joined: split before each `http`, not by name."""
    return [part.strip() for part in _URL_SPLIT.split(value.strip()) if part.strip()]


def is_sponsored(from_name: str, sender_url: str, content: str, folder: str, has_url: bool) -> bool:
    """Sponsored / InMail rows: `LinkedIn Member`, a SPONSORED/INMAIL folder, or an HTML
    body with no sender profile URL."""
    if from_name.casefold() == "linkedin member":
        return True
    upper = folder.upper()
    if "SPONSORED" in upper or "INMAIL" in upper:
        return True
    return has_url and not sender_url and bool(_HTML.search(content))


def parse_messages(table: Table, out: Parsed) -> None:
    """Keep dialogue rows; count drafts and sponsored rows in the file notes."""
    summary = out.summary
    drafts = sponsored = system = 0
    has_sender_url = table.columns.get("sender_url") is not None
    for row in data_rows(table, summary):
        if row.get("is_draft").casefold() in ("yes", "true", "1"):
            drafts += 1
            summary.skipped += 1
            continue
        from_name = row.get("from")
        content = row.get("content") or row.get("subject")
        if is_sponsored(
            from_name, row.get("sender_url"), content, row.get("folder"), has_sender_url
        ):
            sponsored += 1
            summary.skipped += 1
            continue
        if not from_name and not row.get("sender_url"):
            # LinkedIn's own notices ("Message request accepted"): nobody wrote them
            system += 1
            summary.skipped += 1
            continue
        raw = row.get("date")
        at = parse_datetime(raw, UTC)
        if at is None:
            reject(summary, row.line, f"unreadable DATE {raw!r}")
            continue
        direction = row.get("direction").upper()
        hint = {"OUTGOING": "out", "INCOMING": "in"}.get(direction, "")
        if not hint and row.get("folder").upper() == "SENT":
            hint = "out"
        out.seen(at)
        out.messages.append(
            RawMessage(
                line=row.line,
                from_name=from_name,
                from_url=canonical_profile_url(row.get("sender_url")),
                to_name=row.get("to"),
                to_urls=[
                    c
                    for u in split_urls(row.get("recipient_urls"))
                    if (c := canonical_profile_url(u))
                ],
                at=at,
                text=content[:400],
                direction_hint=hint,
            )
        )
        summary.imported += 1
    if drafts:
        summary.notes.append(f"{drafts} draft messages skipped")
    if sponsored:
        summary.notes.append(f"{sponsored} sponsored/InMail messages excluded")
    if system:
        summary.notes.append(f"{system} LinkedIn notices without a sender (not dialogue) skipped")
