"""`linkvet export`: JSON valid, stable and documented; CSV cells formula-safe."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from linkvet.core.export import CSV_COLUMNS, to_csv, to_json

from tests.conftest import ROOT
from tests.triage.helpers import workspace

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def test_json_round_trip_and_stability(db: Path) -> None:
    ws = workspace(db)
    first = ws.views()[0]
    ws.decide([first.id], "decline", note="no")
    views = ws.views()
    text = to_json(views)
    data = json.loads(text)
    assert data == [v.to_json(history=True) for v in views]
    assert to_json(workspace(db).views()) == text  # same database, same bytes
    assert data[0]["history"][0]["note"] == "no"


def _documented_keys() -> set[str]:
    doc = (ROOT / "docs" / "JSON.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\|\s*`([a-z_\.]+)`", doc, flags=re.M))


def _flatten(prefix: str, value: object) -> set[str]:
    keys: set[str] = set()
    if isinstance(value, dict):
        for k, v in value.items():
            name = f"{prefix}.{k}" if prefix else k
            keys.add(name)
            if k not in ("checks", "candidates", "known_contact", "history"):
                keys |= _flatten(name, v)
    return keys


def test_every_invitation_key_is_documented(db: Path) -> None:
    ws = workspace(db)
    ws.decide([ws.views()[0].id], "ask")
    documented = _documented_keys()
    for view in ws.views()[:40]:
        missing = _flatten("", view.to_json(history=True)) - documented
        assert not missing, f"undocumented keys in docs/JSON.md: {sorted(missing)}"
    match_keys = next(
        (v.match.known_contact.to_dict() for v in ws.views() if v.match.known_contact), None
    ) or next(v.match.candidates[0].to_dict() for v in ws.views() if v.match.candidates)
    assert {f"match.{k}" for k in match_keys} <= documented
    pattern = ws.patterns()[0].to_dict()
    assert {f"pattern.{k}" for k in pattern} <= documented


def test_csv_cells_never_start_a_formula(hostile_db: Path) -> None:
    views = workspace(hostile_db).views()
    text = to_csv(views)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == len(views) + 1
    names = {row[CSV_COLUMNS.index("sender_name")] for row in rows[1:]}
    assert '\'=HYPERLINK("http://evil.example","x")' in names
    assert "'-2+3" in names and "'@SUM(A1:A2)" in names
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(FORMULA_START), cell
