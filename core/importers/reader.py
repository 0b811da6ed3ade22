"""Reading one file: detect its kind from content, parse it, and turn every low-level
failure (encoding, CSV syntax, corrupt zip data, I/O) into a one-line InputError."""

from __future__ import annotations

import csv
import zipfile
import zlib
from collections.abc import Callable

from linkvet.core.importers.addressbook import parse_address_book
from linkvet.core.importers.batch import FileSummary, InputError
from linkvet.core.importers.connections import parse_connections
from linkvet.core.importers.invitations import parse_generic, parse_invitations
from linkvet.core.importers.kinds import expected_columns, signatures_for
from linkvet.core.importers.messages import parse_messages
from linkvet.core.importers.parsed import Parsed
from linkvet.core.importers.profile import parse_positions, parse_profile
from linkvet.core.importers.streams import Progress, SourceFile, TextSource
from linkvet.core.importers.table import Table, open_table
from linkvet.core.importers.vcard import looks_like_vcard, parse_vcard

_PARSERS: dict[str, Callable[[Table, Parsed], None]] = {
    "invitations": parse_invitations,
    "connections": parse_connections,
    "messages": parse_messages,
    "profile": parse_profile,
    "positions": parse_positions,
    "contacts": parse_address_book,
    "generic": parse_generic,
}
_NOT_DIALOGUE = ("guide", "coach", "learning")  # assistant message files in newer exports


class Ignored(Exception):
    """A file inside a zip/folder that is not one linkvet reads (reason in args[0])."""


# LinkedIn export files linkvet reads, by name: one ignored for its columns is a loss to report
KNOWN_NAMES: dict[str, str] = {
    "connections.csv": "connections",
    "invitations.csv": "invitations",
    "messages.csv": "messages",
    "contacts.csv": "contacts",
    "importedcontacts.csv": "contacts",
    "imported contacts.csv": "contacts",
}


def _unknown_columns(name: str, head: str, what: str) -> str:
    """Why a file in an export was not read (`what`); for a file named like one linkvet
    reads, also the columns it needs and the first line it found instead."""
    kind = KNOWN_NAMES.get(name.casefold())
    if kind is None:
        return what
    found = " ".join(head.split())[:80] or "an empty first line"
    return f"{what}: a {name} needs {expected_columns(kind)}; found {found!r}"


def _one_line(err: BaseException) -> str:
    text = str(err) or type(err).__name__
    return " ".join(text.split())


def read_file(
    src: SourceFile, kind: str | None, in_bundle: bool, progress: Progress | None
) -> Parsed:
    """Detect and parse `src`. In a bundle, unrecognised files raise Ignored instead of
    InputError; any problem once the kind is known is an InputError either way."""
    try:
        return _read(src, kind, in_bundle, progress)
    except UnicodeDecodeError:
        raise InputError(src.display, "not UTF-8 text (re-save it as 'CSV UTF-8')") from None
    except (csv.Error, zipfile.BadZipFile, zlib.error, EOFError) as err:
        raise InputError(src.display, f"corrupt data ({_one_line(err)})") from None
    except NotImplementedError as err:  # zipfile: unsupported compression method
        # (before RuntimeError, of which NotImplementedError is a subclass)
        raise InputError(src.display, f"unsupported zip compression ({_one_line(err)})") from None
    except RuntimeError as err:  # zipfile: encrypted entry
        raise InputError(src.display, f"cannot read ({_one_line(err)})") from None
    except OSError as err:
        raise InputError(src.display, f"cannot read ({err.strerror or _one_line(err)})") from None


def _read(src: SourceFile, kind: str | None, in_bundle: bool, progress: Progress | None) -> Parsed:
    try:
        text = TextSource(src, progress)
    except InputError as err:
        if in_bundle:
            raise Ignored(err.reason) from None
        raise
    with text:
        if kind == "vcard" or (kind is None and looks_like_vcard(text.head_line)):
            if not looks_like_vcard(text.head_line):
                raise InputError(src.display, "not a vCard file (no BEGIN:VCARD)", 1)
            parsed = Parsed(FileSummary(src.display, "vcard"))
            parse_vcard(text, parsed)
            return parsed
        try:
            table = open_table(text, signatures_for(kind, in_bundle))
        except InputError as err:
            if in_bundle:
                raise Ignored(err.reason) from None
            raise
        if table is None:
            # UTF-16 files in an archive are never the export files: say what they are
            what = "UTF-16 text with unknown columns" if text.utf16 else "unknown columns"
            if in_bundle:
                raise Ignored(_unknown_columns(src.name, text.head_line, what))
            want = f"a {kind} file ({expected_columns(kind)})" if kind else "a file linkvet reads"
            raise InputError(src.display, f"{what}: no header row of {want} in the first 20 lines")
        family = table.signature.kind
        if in_bundle and family == "messages" and any(w in src.name.lower() for w in _NOT_DIALOGUE):
            raise Ignored("assistant messages, not dialogue")
        parsed = Parsed(FileSummary(src.display, family))
        _PARSERS[family](table, parsed)
        if parsed.summary.rows_read == 0:
            if in_bundle:
                parsed.summary.notes.append("no data rows")
            else:
                raise InputError(src.display, "no data rows", table.header_line)
        return parsed
