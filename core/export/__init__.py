"""Write invitations out: JSON (the documented objects) and CSV (flat, formula-safe)."""

from linkvet.core.export.tables import CSV_COLUMNS, to_csv, to_json

__all__ = ["CSV_COLUMNS", "to_csv", "to_json"]
