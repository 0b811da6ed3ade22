"""Date parsing for LinkedIn exports and their Excel re-saves, always to an aware datetime.

LinkedIn writes invitation times without a zone; they are US Pacific. Numeric dates are
month-first when written with slashes (LinkedIn's `M/D/YY`) and day-first with dots
(`dd.mm.yyyy`, the European Excel re-save).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

PACIFIC = ZoneInfo("America/Los_Angeles")

_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_TIME = (
    r"(?:[ ,T]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
)
_UTC_STAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC")  # messages.csv
_ZONE = r"\s*(?P<zone>UTC|GMT|Z|[+-]\d{2}:?\d{2})?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(r"^" + body + _TIME + _ZONE + r"$", re.IGNORECASE))
    for kind, body in (
        ("ymd", r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
        ("mdy", r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4})"),
        ("dmy", r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2}|\d{4})"),
        ("dmy", r"(?P<d>\d{1,2})[- ](?P<mon>[A-Za-z]{3,9})\.?[- ,]+(?P<y>\d{2}|\d{4})"),
        ("mdy", r"(?P<mon>[A-Za-z]{3,9})\.? (?P<d>\d{1,2}),? (?P<y>\d{4})"),
        ("my", r"(?P<mon>[A-Za-z]{3,9})\.? (?P<y>\d{4})"),
        ("my", r"(?P<m>\d{1,2})/(?P<y>\d{4})"),
        ("y", r"(?P<y>\d{4})"),
    )
)


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if len(text) == 2 else value


def _zone(text: str | None, default_tz: tzinfo) -> tzinfo:
    if not text:
        return default_tz
    upper = text.upper()
    if upper in ("UTC", "GMT", "Z"):
        return UTC
    sign = -1 if upper[0] == "-" else 1
    digits = upper[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


@lru_cache(maxsize=1 << 14)
def parse_datetime(raw: str | None, default_tz: tzinfo = PACIFIC) -> datetime | None:
    """Parse any date/time form seen in exports or re-saves; None when empty or unreadable.

    Values without a zone are taken in `default_tz` (US Pacific for LinkedIn invitations);
    date-only values give midnight. Two-digit years are 20xx. Memoised (dates repeat).
    """
    if raw is None:
        return None
    if _UTC_STAMP.fullmatch(raw):  # fast path for the most common form (one per message)
        try:
            return datetime.fromisoformat(raw[:19]).replace(tzinfo=UTC)
        except ValueError:
            return None
    text = " ".join(raw.replace("\u202f", " ").replace("\u00a0", " ").split())
    if not text:
        return None
    for kind, pattern in _PATTERNS:
        found = pattern.match(text)
        if found is None:
            continue
        parts = found.groupdict()
        try:
            year = _year(parts["y"])
            if parts.get("mon"):
                month = _MONTHS.get(parts["mon"].lower().rstrip("."))
                if month is None:
                    continue
            else:
                month = int(parts["m"]) if parts.get("m") else 1
            day = int(parts["d"]) if parts.get("d") else 1
            if kind == "mdy" and month > 12 and day <= 12:
                month, day = day, month  # unambiguous day-first slash date
            hour = int(parts["h"]) if parts.get("h") else 0
            minute = int(parts["mi"]) if parts.get("mi") else 0
            second = int(parts["s"]) if parts.get("s") else 0
            ampm = (parts.get("ampm") or "").replace(".", "").upper()
            if ampm:
                if not 1 <= hour <= 12:
                    return None
                hour = hour % 12 + (12 if ampm == "PM" else 0)
            value = datetime.combine(date(year, month, day), time(hour, minute, second))
        except (ValueError, TypeError):
            return None
        return value.replace(tzinfo=_zone(parts.get("zone"), default_tz))
    return None


def local_day(moment: datetime, zone: tzinfo = PACIFIC) -> str:
    """ISO calendar date of `moment` in `zone` (the day used in invitation ids)."""
    return moment.astimezone(zone).date().isoformat()
