"""Invitations.csv (all three header eras) and generic invitation CSVs from other tools."""

from __future__ import annotations

from linkvet.core.identity import canonical_profile_url
from linkvet.core.importers.dates import parse_datetime
from linkvet.core.importers.parsed import Parsed, RawInvitation, data_rows, opt, reject
from linkvet.core.importers.table import Table


def parse_invitations(table: Table, out: Parsed) -> None:
    """LinkedIn Invitations.csv: both directions; URLs only from the Dec 2023 header on."""
    summary = out.summary
    has_url_columns = "inviter_url" in table.columns or "invitee_url" in table.columns
    any_url = False
    bare = False
    for row in data_rows(table, summary):
        direction = row.get("direction").upper()
        if direction not in ("INCOMING", "OUTGOING"):
            reject(summary, row.line, f"unknown Direction {row.get('direction')!r}")
            continue
        sender = row.get("from")
        recipient = row.get("to")
        other = sender if direction == "INCOMING" else recipient
        if not other:
            reject(
                summary,
                row.line,
                "no sender name" if direction == "INCOMING" else "no invitee name",
            )
            continue
        raw = row.get("sent_at")
        sent = parse_datetime(raw)
        if sent is None:
            reject(summary, row.line, f"unreadable Sent At {raw!r}")
            continue
        from_url = canonical_profile_url(row.get("inviter_url"))
        to_url = canonical_profile_url(row.get("invitee_url"))
        if from_url or to_url:
            any_url = True
        elif row.get("inviter_url") or row.get("invitee_url"):
            bare = True
        out.seen(sent)
        out.invitations.append(
            RawInvitation(
                line=row.line,
                direction=direction,
                from_name=sender,
                from_url=from_url,
                to_name=recipient,
                to_url=to_url,
                sent_at=sent,
                sent_at_raw=raw,
                message=row.get("message"),
            )
        )
        summary.imported += 1
    if any_url:
        out.url_era = "urls"
    elif has_url_columns and bare:
        out.url_era = "bare"
    elif "inviter_urn" in table.columns or "invitee_urn" in table.columns:
        out.url_era = "urns"
    else:
        out.url_era = "none"


def _mutual(value: str) -> int | None:
    digits = value.replace(",", "").replace("+", "").strip()
    return int(digits) if digits.isdigit() else None


def parse_generic(table: Table, out: Parsed) -> None:
    """A CSV of received invitations from another tool: every row is INCOMING."""
    summary = out.summary
    for row in data_rows(table, summary):
        name = row.get("name")
        if not name:
            reject(summary, row.line, "no name")
            continue
        raw = row.get("received")
        sent = parse_datetime(raw) if raw else None
        if raw and sent is None:
            reject(summary, row.line, f"unreadable date {raw!r}")
            continue
        out.seen(sent)
        out.invitations.append(
            RawInvitation(
                line=row.line,
                direction="INCOMING",
                from_name=name,
                from_url=canonical_profile_url(row.get("url")),
                to_name="",
                to_url=None,
                sent_at=sent,
                sent_at_raw=raw,
                message=row.get("message"),
                headline=opt(row.get("headline")),
                company=opt(row.get("company")),
                mutual=_mutual(row.get("mutual")),
                recipient=row.get("recipient"),
            )
        )
        summary.imported += 1
