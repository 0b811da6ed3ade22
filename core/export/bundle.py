"""Team bundles: one owner's invitations and decisions as a single JSON file to share.

A bundle holds the owner record, every invitation of that owner (incoming and outgoing,
notes included: template detection needs them) and the current decision per invitation with
its date. It never holds messages.csv content, contacts or address books. Format: docs/JSON.md.
"""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import Any

import orjson
from linkvet.core.errors import Refused
from linkvet.core.export.actions import write_private
from linkvet.core.identity import name_key
from linkvet.core.models import Owner
from linkvet.core.store.database import now_iso
from linkvet.core.triage.service import Workspace
from linkvet.core.triage.status import DECIDED

BUNDLE_VERSION = 1


def pick_owner(ws: Workspace, owner: str | None) -> Owner:
    """The owner named `owner` (name, case-insensitive, or id); the only one when None."""
    owners = sorted(ws.store.owners().values(), key=lambda o: o.name.casefold())
    if not owners:
        raise Refused("the database is empty: import an export first")
    if owner is None:
        if len(owners) == 1:
            return owners[0]
        names = ", ".join(o.name for o in owners)
        raise Refused(
            f"the database has {len(owners)} owners ({names}): choose one with --owner NAME"
        )
    key = name_key(owner)
    hits = [o for o in owners if name_key(o.name) == key or o.id == owner.strip()]
    if not hits:
        names = ", ".join(o.name for o in owners)
        raise Refused(f"no owner named {owner!r} (owners: {names})")
    return hits[0]


def bundle_data(ws: Workspace, owner: str | None = None) -> dict[str, Any]:
    """The bundle object for one owner (see docs/JSON.md, "Team bundle")."""
    chosen = pick_owner(ws, owner)
    invitations = sorted(
        (i for i in ws.store.invitations().values() if i.owner_id == chosen.id),
        key=lambda i: (i.direction, i.sent_at or "", i.id),
    )
    states = ws.store.states()
    decisions: dict[str, dict[str, Any]] = {}
    records = []
    for inv in invitations:
        record = inv.to_dict()
        record["source"] = PurePath(inv.source.replace("\\", "/")).name if inv.source else ""
        records.append(record)
        state = states.get(inv.id)
        if inv.direction == "INCOMING" and state is not None and state.decision in DECIDED:
            decisions[inv.id] = {
                "decision": state.decision,
                "at": state.decided_at,
                "note": state.note,
            }
    return {
        "linkvet_bundle": BUNDLE_VERSION,
        "exported_at": now_iso(),
        "owner": chosen.to_dict(),
        "invitations": records,
        "decisions": decisions,
    }


def dumps(data: dict[str, Any]) -> str:
    """Bundle JSON text: indented, keys sorted (stable diffs between two bundles)."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode() + "\n"


def write_bundle(ws: Workspace, path: Path, owner: str | None = None) -> int:
    """Write one owner's bundle to `path`; returns the number of invitations in it."""
    data = bundle_data(ws, owner)
    write_private(Path(path), dumps(data))
    return len(data["invitations"])


def default_bundle_name(ws: Workspace, owner: str | None = None) -> str:
    """A file name like `dana-whitfield.linkvet.json` for the chosen owner."""
    chosen = pick_owner(ws, owner)
    slug = "-".join("".join(c if c.isalnum() else " " for c in chosen.name).split()).lower()
    return f"{slug or chosen.id}.linkvet.json"
