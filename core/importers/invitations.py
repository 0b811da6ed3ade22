"""Invitations.csv (all three header eras) and generic invitation CSVs from other tools."""

from __future__ import annotations

from linkvet.core.identity import canonical_profile_url, member_urn
from linkvet.core.importers.dates import parse_datetime
from linkvet.core.importers.parsed import (
    Parsed,
    RawInvitation,
    data_rows,
    note_rows,
    opt,
    reject,
)
from linkvet.core.importers.table import Table


def parse_invitations(table: Table, out: Parsed) -> None:
    """LinkedIn Invitations.csv: both directions; URLs only from the Dec 2023 header on.

    No row is dropped quietly: a row without the other person's name is kept (shown as
    "(no name)"; its URL, when any, still says who it is) and a row whose date cannot be
    read is kept with its raw text; both are counted in the file's notes with their lines.
    Only a row that is not an invitation at all (no direction) is refused, with its line."""
    summary = out.summary
    has_url_columns = "inviter_url" in table.columns or "invitee_url" in table.columns
    any_url = False
    bare = False
    nameless: list[int] = []
    undated: list[int] = []
    for row in data_rows(table, summary):
        direction = row.get("direction").upper()
        if direction not in ("INCOMING", "OUTGOING"):
            reject(summary, row.line, f"unknown Direction {row.get('direction')!r}")
            continue
        sender = row.get("from")
        recipient = row.get("to")
        if not (sender if direction == "INCOMING" else recipient):
            nameless.append(row.line)
        raw = row.get("sent_at")
        sent = parse_datetime(raw)
        if sent is None:
            undated.append(row.line)
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
                from_urn=member_urn(row.get("inviter_urn")),
                to_urn=member_urn(row.get("invitee_urn")),
            )
        )
        summary.imported += 1
    note_rows(summary, nameless, "without the other person's name, kept as (no name)")
    note_rows(summary, undated, "with a date linkvet cannot read, kept with the date as written")
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
    undated: list[int] = []
    for row in data_rows(table, summary):
        name = row.get("name")
        if not name and not canonical_profile_url(row.get("url")):
            reject(summary, row.line, "no name and no profile URL: nobody to triage")
            continue
        raw = row.get("received")
        sent = parse_datetime(raw) if raw else None
        if raw and sent is None:
            undated.append(row.line)
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
    note_rows(summary, undated, "with a date linkvet cannot read, kept with the date as written")
