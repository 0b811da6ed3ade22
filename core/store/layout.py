"""The names of a generation's files: which shard a record goes to, which file holds an
owner's contacts, and which files a meta file says must be there."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

META = "meta.json"
CONTACTS = "contacts"  # file prefix: contacts-OWNER.json
SHARD_CHARS = "abcdefghijklmnopqrstuvwxyz234567"
_SAFE_ID = re.compile(r"[A-Za-z0-9_]{1,40}")


def shard_of(key: str) -> str:
    """The shard a record id belongs to: its first character (ids are base32)."""
    head = key[:1]
    return head if head and head in SHARD_CHARS else "_"


def shard_file(table: str, shard: str) -> str:
    return f"{table}-{shard}.json"


def contacts_file(owner_id: str) -> str:
    """The file of one owner's contacts (an id that is not a plain word is hashed)."""
    if not _SAFE_ID.fullmatch(owner_id):
        owner_id = "x" + hashlib.sha1(owner_id.encode("utf-8")).hexdigest()[:16]
    return shard_file(CONTACTS, owner_id)


def named_files(order: Iterable[dict[str, Any]], sources: Iterable[dict[str, Any]]) -> set[str]:
    """The files a meta file's `order` and `contact_sources` documents say hold records:
    every invitation's shard and every owner's contacts file (how a generation written
    before manifests is checked for a missing file)."""
    ids = (i for d in order for i in (*d.get("incoming", []), *d.get("outgoing", [])))
    names = {shard_file("invitations", shard_of(str(i))) for i in ids}
    names.update(contacts_file(str(d["owner_id"])) for d in sources if d.get("count"))
    return names
