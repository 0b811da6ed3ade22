"""Connections.csv: first-degree connections (any era, with or without preamble or URL)."""

from __future__ import annotations

from linkvet.core.identity import canonical_profile_url
from linkvet.core.importers.dates import parse_datetime
from linkvet.core.importers.parsed import Parsed, RawConnection, data_rows, opt, reject
from linkvet.core.importers.table import Table


def parse_connections(table: Table, out: Parsed) -> None:
    """Rows empty except the date (hidden members) are skipped and counted in the notes."""
    summary = out.summary
    ghosts = 0
    undated = 0
    for row in data_rows(table, summary):
        first, last = row.get("first"), row.get("last")
        url_cell = row.get("url")
        if not (first or last or url_cell or row.get("email") or row.get("company")):
            ghosts += 1
            summary.skipped += 1
            continue
        if not (first or last):
            reject(summary, row.line, "no name")
            continue
        # Invitation `From` equals First + " " + Last byte for byte (inner spaces kept).
        name = f"{row.raw('first').lstrip()} {row.raw('last').rstrip()}".strip()
        raw_date = row.get("connected_on")
        when = parse_datetime(raw_date)
        if when is None and raw_date:
            undated += 1
        out.seen(when)
        out.connections.append(
            RawConnection(
                name=name,
                first=first,
                last=last,
                url=canonical_profile_url(url_cell),
                email=opt(row.get("email")),
                company=opt(row.get("company")),
                position=opt(row.get("position")),
                connected_on=when.date().isoformat() if when else None,
            )
        )
        summary.imported += 1
    if ghosts:
        summary.notes.append(f"{ghosts} hidden members (empty rows) skipped")
    if undated:
        summary.notes.append(f"{undated} rows with an unreadable Connected On kept without date")
