"""Profile.csv (owner's name and headline) and Positions.csv (owner's current company)."""

from __future__ import annotations

from linkvet.core.importers.dates import parse_datetime
from linkvet.core.importers.parsed import Parsed, data_rows, opt
from linkvet.core.importers.table import Table


def parse_profile(table: Table, out: Parsed) -> None:
    """The first row with a name is the owner."""
    for row in data_rows(table, out.summary):
        name = " ".join(f"{row.get('first')} {row.get('last')}".split())
        if name and out.profile_name is None:
            out.profile_name = name
            out.profile_headline = opt(row.get("headline"))
            out.summary.imported += 1
        else:
            out.summary.skipped += 1


def parse_positions(table: Table, out: Parsed) -> None:
    """Current company: a position with no Finished On, the most recently started first."""
    best: tuple[float, int] | None = None
    for index, row in enumerate(data_rows(table, out.summary)):
        out.summary.imported += 1
        company = opt(row.get("company"))
        if company is None or row.get("finished_on"):
            continue
        started = parse_datetime(row.get("started_on"))
        key = (started.timestamp() if started else float("-inf"), -index)
        if best is None or key > best:
            best = key
            out.current_company = company
