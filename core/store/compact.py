"""Stored documents without the fields that hold their default, so the database stays
within 3x its input (issue 18): a connection's empty e-mail, phone and alias lists, null
URN and `legacy: false` were a fifth of its bytes. Record.from_dict fills a missing field
with its default, so a compact document reads back as the same record (by this version and
by earlier ones); records not listed in COMPACT are written whole, as orjson writes them."""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from functools import cache
from typing import Any

import orjson
from linkvet.core.models import Contact, Conversation, Invitation, Person

# flat records whose from_dict fills every missing field (Invitation's people are required)
COMPACT: tuple[type, ...] = (Contact, Conversation, Invitation, Person)
_REQUIRED = object()


@cache
def _spec(kind: type) -> tuple[tuple[str, Any], ...]:
    """(field, default) of a record class in field order; _REQUIRED for fields without one."""
    out = []
    for f in fields(kind):
        if f.default is not MISSING:
            default = f.default
        elif f.default_factory is not MISSING:
            default = f.default_factory()
        else:
            default = _REQUIRED
        out.append((f.name, default))
    return tuple(out)


def _document(record: Any) -> dict[str, Any]:
    """orjson's `default` for dataclasses: a COMPACT record without its default-valued
    fields (same type and value as the default), any other record whole."""
    kind: type = type(record)  # classes hash by identity: a fine cache key
    if not is_dataclass(record):
        raise TypeError(f"Type is not JSON serializable: {kind.__name__}")
    spec = _spec(kind)
    if kind not in COMPACT:
        return {name: getattr(record, name) for name, _ in spec}
    out = {}
    for name, default in spec:
        value = getattr(record, name)
        if default is _REQUIRED or type(value) is not type(default) or value != default:
            out[name] = value
    return out


def dumps(data: Any) -> bytes:
    """`data` as JSON, records compacted (see the module's docstring)."""
    return orjson.dumps(data, default=_document, option=orjson.OPT_PASSTHROUGH_DATACLASS)
