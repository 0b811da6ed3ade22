"""Table test of the date parser: every format seen in exports and Excel re-saves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from linkvet.core.importers.dates import _MONTH_WORDS, PACIFIC, local_day, parse_datetime

CASES = [
    # raw, expected wall time, expected UTC offset in hours (None = naive input -> Pacific)
    ("3/12/24, 7:00 PM", datetime(2024, 3, 12, 19, 0), -7),
    ("12/11/23, 12:18 AM", datetime(2023, 12, 11, 0, 18), -8),
    ("1/25/24, 12:48 PM", datetime(2024, 1, 25, 12, 48), -8),
    ("3/12/24,\u202f7:00\u202fPM", datetime(2024, 3, 12, 19, 0), -7),
    ("08 Feb 2024", datetime(2024, 2, 8), -8),
    ("8 February 2024", datetime(2024, 2, 8), -8),
    ("2024-01-26 04:43:37 UTC", datetime(2024, 1, 26, 4, 43, 37), 0),
    ("2024-01-26T04:43:37Z", datetime(2024, 1, 26, 4, 43, 37), 0),
    ("2024-01-26T04:43:37+05:30", datetime(2024, 1, 26, 4, 43, 37), 5.5),
    ("13-Mar-24", datetime(2024, 3, 13), -7),
    ("16.09.2021", datetime(2021, 9, 16), -7),
    ("16.09.2021 14:05", datetime(2021, 9, 16, 14, 5), -7),
    ("11/28/21", datetime(2021, 11, 28), -8),
    ("28/11/21", datetime(2021, 11, 28), -8),  # impossible month: day-first
    ("3/4/24", datetime(2024, 3, 4), -8),  # ambiguous: LinkedIn is month-first
    ("04.03.2024", datetime(2024, 3, 4), -8),  # dots: day-first
    ("Mar 2021", datetime(2021, 3, 1), -8),
    ("Feb 8, 2024", datetime(2024, 2, 8), -8),
    ("2024-02-01", datetime(2024, 2, 1), -8),
    # Excel re-saves in the user's locale (dd-mmm-yy with the month in that language)
    ("15-ene-24", datetime(2024, 1, 15), -8),  # Spanish
    ("13-Mär-24", datetime(2024, 3, 13), -7),  # German
    ("13-Mrz-24", datetime(2024, 3, 13), -7),  # German, older Excel
    ("3-abr-23", datetime(2023, 4, 3), -7),  # Spanish / Portuguese
    ("12-dic-22", datetime(2022, 12, 12), -8),  # Spanish / Italian
    ("5-févr.-24", datetime(2024, 2, 5), -8),  # French
    ("1-août-23", datetime(2023, 8, 1), -7),  # French
    ("9-mrt-23", datetime(2023, 3, 9), -8),  # Dutch
    ("20-mei-23", datetime(2023, 5, 20), -7),  # Dutch
    ("4-ott-22", datetime(2022, 10, 4), -7),  # Italian
    ("7-gen-23", datetime(2023, 1, 7), -8),  # Italian
    ("11-out-22", datetime(2022, 10, 11), -7),  # Portuguese
    ("24-dez-21", datetime(2021, 12, 24), -8),  # German / Portuguese
    ("1-paź-22", datetime(2022, 10, 1), -7),  # Polish
    ("15. März 2024", datetime(2024, 3, 15), -7),  # German long date
    ("15 janv. 2024", datetime(2024, 1, 15), -8),  # French long date
    ("13-Ma\u0308r-24", datetime(2024, 3, 13), -7),  # decomposed umlaut
    # a spreadsheet's MM-DD-YYYY rewrite of LinkedIn's M/D/YY (seen in a real export)
    ("09-04-2021", datetime(2021, 9, 4), -7),
    ("25-04-2021", datetime(2021, 4, 25), -7),  # impossible month: day-first
]


@pytest.mark.parametrize(("raw", "wall", "offset"), CASES)
def test_formats(raw: str, wall: datetime, offset: float) -> None:
    parsed = parse_datetime(raw)
    assert parsed is not None
    assert parsed.replace(tzinfo=None) == wall
    assert parsed.utcoffset() == timedelta(hours=offset)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "soon",
        "2/30/24",
        "13:00 PM",
        "3/12/24, 13:00 PM",
        "99/99/99",
        "2024-02-30 10:00:00 UTC",
        "2024-01-26 24:00:00 UTC",
        "13-Foo-24",
        "13-xyz-2024",
        "09-04-21",  # two-digit year with dashes: no spreadsheet writes it
    ],
)
def test_unreadable_is_none(raw: str) -> None:
    assert parse_datetime(raw) is None


def test_default_zone_is_used_only_without_zone() -> None:
    assert parse_datetime("11/28/21", UTC) == datetime(2021, 11, 28, tzinfo=UTC)
    zone = timezone(timedelta(hours=1))
    assert parse_datetime("2024-01-26 04:43:37 UTC", zone) == datetime(
        2024, 1, 26, 4, 43, 37, tzinfo=UTC
    )


def test_local_day_is_pacific() -> None:
    late_utc = datetime(2024, 1, 26, 4, 0, tzinfo=UTC)  # 8 PM on the 25th in California
    assert local_day(late_utc) == "2024-01-25"
    assert local_day(datetime(2024, 1, 26, 23, 0, tzinfo=PACIFIC)) == "2024-01-26"


def test_every_language_has_twelve_months_and_no_word_means_two() -> None:
    seen: dict[str, int] = {}
    for language, row in _MONTH_WORDS.items():
        months = row.split()
        assert len(months) == 12, language
        for month, cell in enumerate(months, start=1):
            for word in cell.split("|"):
                assert seen.setdefault(word, month) == month, (language, word)
