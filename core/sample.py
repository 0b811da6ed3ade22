"""Load the bundled sample data (sample_data/) into a workspace: the demo's data set."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from linkvet.core.errors import Refused
from linkvet.core.importers import read_sources
from linkvet.core.triage import ImportReport, Workspace
from linkvet.core.triage.analysis import Progress


def sample_root() -> Path:
    """The bundled sample_data folder (shipped in the wheel as `linkvet.sample_data`)."""
    return Path(str(files("linkvet.sample_data")))


def owner_folders(root: Path) -> list[Path]:
    """Each owner's export folder (any folder holding a Connections.csv or Invitations.csv)."""
    return sorted(
        p
        for p in root.iterdir()
        if p.is_dir()
        and any(c.name.lower() in ("connections.csv", "invitations.csv") for c in p.iterdir())
    )


def first_owner_name(folder: Path) -> str | None:
    """The owner's full name from the folder's Profile.csv, read by the importer (the
    address books belong to the first owner)."""
    profile = next((p for p in folder.iterdir() if p.name.lower() == "profile.csv"), None)
    if profile is None:
        return None
    owners = read_sources([profile]).owners
    return owners[0].name if owners else None


def load_sample_data(
    ws: Workspace, root: Path | None = None, progress: Progress | None = None
) -> list[ImportReport]:
    """Import every owner folder (team mode), the address books, and the generic CSV."""
    root = root or sample_root()
    if not root.is_dir():
        raise Refused(
            f"{root}: the sample data is not here (the installation is incomplete: "
            "reinstall linkvet)"
        )
    folders = owner_folders(root)
    reports = [ws.import_paths(folders, progress=progress)]
    books_dir = root / "address_books"
    books = sorted(p for p in books_dir.iterdir() if p.is_file()) if books_dir.is_dir() else []
    owner = first_owner_name(folders[0]) if folders else None
    if books:
        reports.append(ws.import_paths(books, owner_name=owner, progress=progress))
    generic = root / "generic_invitations.csv"
    if generic.exists():
        reports.append(ws.import_paths([generic], kind="generic", progress=progress))
    return reports
