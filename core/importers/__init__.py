"""Import layer: LinkedIn export zips/folders, single CSVs and vCards into an ImportBatch.

`read_sources` is the one entry point; it writes nothing and raises only InputError for bad
input (one line naming the file and, where known, the line).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path

from linkvet.core.importers.assemble import Assembler
from linkvet.core.importers.batch import FileSummary, ImportBatch, InputError, RowProblem
from linkvet.core.importers.kinds import KINDS
from linkvet.core.importers.parsed import Parsed
from linkvet.core.importers.reader import KNOWN_NAMES, Ignored, read_file
from linkvet.core.importers.sources import expand
from linkvet.core.models import Owner

__all__ = ["FileSummary", "ImportBatch", "InputError", "RowProblem", "read_sources"]


def read_sources(
    paths: Sequence[str | Path],
    kind: str | None = None,
    owner_name: str | None = None,
    owner_company: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    default_owner: Owner | None = None,
    several_owners: bool = False,
) -> ImportBatch:
    """Read zips, folders and single files into one batch (nothing is written anywhere).

    Each zip or folder is one owner's export; all single files together are one more.
    `kind` forces the kind of single files (connections, invitations, messages, contacts,
    vcard, generic). `progress(path, bytes_done, bytes_total)` is called as each file is
    read, at most ~50 times per file, in bytes of uncompressed text. `default_owner` (the
    database's single owner) is used when a file does not tell whose it is; without one such
    files belong to a provisional "you" that the first named export takes over, unless
    `several_owners` are known: then such a file needs `owner_name`.
    """
    if kind is not None and kind not in KINDS:
        raise InputError(str(kind), f"unknown kind; use one of {', '.join(KINDS)}")
    if not paths:
        raise InputError("(no input)", "nothing to import")
    batch = ImportBatch()
    assembler = Assembler(batch, owner_name, owner_company, default_owner, several_owners)
    with ExitStack() as stack:
        units = expand([Path(p) for p in paths], stack)
        for unit in units:
            parsed: list[Parsed] = []
            ignored = list(unit.ignored)
            lost: list[tuple[str, str]] = []  # LinkedIn files of the export not read
            for src in unit.files:
                try:
                    parsed.append(
                        read_file(src, None if unit.bundle else kind, unit.bundle, progress)
                    )
                except Ignored as why:
                    if src.name.casefold() in KNOWN_NAMES:  # a loss: listed on its own
                        lost.append((src.name, str(why.args[0])))
                    else:
                        ignored.append(f"{src.name} ({why.args[0]})")
            if unit.bundle:
                if not parsed:
                    raise InputError(unit.label, "no LinkedIn export files found inside")
                bundle = FileSummary(unit.label, "bundle", ignored=lost)
                if ignored:
                    bundle.notes.append("ignored: " + ", ".join(ignored))
                batch.files.append(bundle)
            batch.files.extend(p.summary for p in parsed)
            assembler.add_unit(unit, parsed)
    assembler.finish()
    return batch
