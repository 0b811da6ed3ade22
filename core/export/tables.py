"""Every invitation with its decision, verdict, checks and history, as JSON or CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import orjson
from linkvet.core.models import CHECK_IDS
from linkvet.core.safe_text import inert, spreadsheet_safe
from linkvet.core.triage.view import InvitationView

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "status",
    "decision",
    "verdict",
    "verdict_confidence",
    "verdict_reasons",
    "sent_at",
    "sender_name",
    "sender_profile_url",
    "sender_headline",
    "sender_company",
    "recipient_name",
    "message",
    "known_contact",
    "patterns",
    *(f"check_{c}" for c in CHECK_IDS),
    "flags",
    "history",
)


def to_json(views: Sequence[InvitationView]) -> str:
    """A JSON array of invitation objects including history (stable key order)."""
    return orjson.dumps(
        [v.to_json(history=True) for v in views], option=orjson.OPT_INDENT_2
    ).decode("utf-8")


def _row(v: InvitationView) -> dict[str, Any]:
    data = v.to_json(history=True)
    checks = {c["id"]: c["state"] + ("*" if c["manual"] else "") for c in data["checks"]}
    verdict = data["verdict"] or {}
    known = data["known_contact"]
    history = "; ".join(
        f"{h['at']} {h['kind']} {h['before'] or ''}->{h['after'] or ''}".strip()
        + (f" ({h['note']})" if h["note"] else "")
        for h in data["history"]
    )
    return {
        "id": data["id"],
        "status": data["status"],
        "decision": data["decision"],
        "verdict": verdict.get("verdict", ""),
        "verdict_confidence": verdict.get("confidence", ""),
        "verdict_reasons": " | ".join(verdict.get("reasons", [])),
        "sent_at": data["sent_at"] or data["sent_at_raw"],
        "sender_name": data["sender"]["name"],
        "sender_profile_url": data["sender"]["profile_url"] or "",
        "sender_headline": data["sender"]["headline"] or "",
        "sender_company": data["sender"]["company"] or "",
        "recipient_name": data["recipient"]["name"] or "",
        "message": data["message"],
        "known_contact": f"{known['name']} ({known['confidence']})" if known else "",
        "patterns": " ".join(f"{p['kind']}:{p['id']}" for p in data["patterns"]),
        **{f"check_{c}": checks.get(c, "") for c in CHECK_IDS},
        "flags": " ".join(data["flags"]),
        "history": history,
    }


def safe_csv(
    columns: Sequence[str], rows: Iterable[Mapping[str, Any]], multiline: Collection[str] = ()
) -> str:
    """CSV text (CRLF) of `rows`: every text cell made inert (newlines kept only in the
    `multiline` columns) and neutralised against spreadsheet formulas; None is empty."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: spreadsheet_safe(inert(x, keep_newlines=k in multiline))
                if isinstance(x, str)
                else x
                for k, x in row.items()
            }
        )
    return buffer.getvalue()


def to_csv(views: Sequence[InvitationView]) -> str:
    """CSV with one row per invitation; every text cell made inert and formula-safe."""
    return safe_csv(CSV_COLUMNS, (_row(v) for v in views))
