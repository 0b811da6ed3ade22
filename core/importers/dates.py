"""Date parsing for LinkedIn exports and their Excel re-saves, always to an aware datetime.

LinkedIn writes invitation times without a zone; they are US Pacific. Numeric dates are
month-first when written with slashes (LinkedIn's `M/D/YY`) or dashes (`MM-DD-YYYY`, a
spreadsheet's rewrite of it) and day-first with dots (`dd.mm.yyyy`, the European Excel
re-save); a month over 12 swaps them. Month names may be in any language LinkedIn exports
in.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

PACIFIC = ZoneInfo("America/Los_Angeles")

# Month names and abbreviations in the languages LinkedIn exports in, as Excel writes them
# when it re-saves a date in the user's locale (`15-ene-24`, `13-Mär-24`, `3-abr-23`,
# `12-dic-22`, `5-févr.-24`, `9-mrt-23`). Each row is one language: its twelve months,
# January first, separated by spaces, each month's spellings separated by `|`. A word means
# one month in every language that has it (tests/importers/test_dates.py checks that).
_MONTH_WORDS: dict[str, str] = {
    "en": (
        "jan|january feb|february mar|march apr|april may jun|june jul|july aug|august "
        "sep|sept|september oct|october nov|november dec|december"
    ),
    "es": (
        "ene|enero feb|febrero mar|marzo abr|abril may|mayo jun|junio jul|julio "
        "ago|agosto sep|sept|set|septiembre|setiembre oct|octubre nov|noviembre "
        "dic|diciembre"
    ),
    "fr": (
        "janv|janvier févr|fév|fevr|février|fevrier mars avr|avril mai juin juil|juillet "
        "août|aout sept|septembre oct|octobre nov|novembre déc|dec|décembre|decembre"
    ),
    "de": (
        "jan|jän|januar|jänner feb|februar mär|mrz|maer|märz|maerz apr|april mai jun|juni "
        "jul|juli aug|august sep|sept|september okt|oktober nov|november dez|dezember"
    ),
    "it": (
        "gen|gennaio feb|febbraio mar|marzo apr|aprile mag|maggio giu|giugno lug|luglio "
        "ago|agosto set|settembre ott|ottobre nov|novembre dic|dicembre"
    ),
    "pt": (
        "jan|janeiro fev|fevereiro mar|março|marco abr|abril mai|maio jun|junho jul|julho "
        "ago|agosto set|setembro out|outubro nov|novembro dez|dezembro"
    ),
    "nl": (
        "jan|januari feb|februari mrt|maart apr|april mei jun|juni jul|juli aug|augustus "
        "sep|sept|september okt|oktober nov|november dec|december"
    ),
    "sv": (
        "jan|januari feb|februari mar|mars apr|april maj jun|juni jul|juli aug|augusti "
        "sep|september okt|oktober nov|november dec|december"
    ),
    "da_no": (
        "jan|januar feb|februar mar|marts apr|april maj|mai jun|juni jul|juli aug|august "
        "sep|september okt|oktober nov|november dec|des|december|desember"
    ),
    "pl": (
        "sty|stycznia|styczeń lut|lutego|luty mar|marca|marzec kwi|kwietnia maj|maja "
        "cze|czerwca lip|lipca sie|sierpnia wrz|września paź|października lis|listopada "
        "gru|grudnia"
    ),
    "tr": (
        "oca|ocak şub|şubat mar|mart nis|nisan may|mayıs haz|haziran tem|temmuz "
        "ağu|ağustos eyl|eylül eki|ekim kas|kasım ara|aralık"
    ),
    "ro": (
        "ian|ianuarie feb|februarie mar|martie apr|aprilie mai iun|iunie iul|iulie "
        "aug|august sep|septembrie oct|octombrie noi|noiembrie dec|decembrie"
    ),
    "id_ms": (
        "jan|januari feb|februari mar|mac|maret apr|april mei jun|juni jul|juli "
        "agu|agt|ogo|agustus|ogos sep|september okt|oktober nov|november "
        "des|dis|desember|disember"
    ),
}
_MONTHS: dict[str, int] = {
    word: month
    for row in _MONTH_WORDS.values()
    for month, cell in enumerate(row.split(), start=1)
    for word in cell.split("|")
}

_TIME = (
    r"(?:[ ,T]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
)
_WORD = r"[^\W\d_]{3,10}"  # a month word in any script's letters (`Mär`, `févr`, `paź`)
_UTC_STAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC")  # messages.csv
_ZONE = r"\s*(?P<zone>UTC|GMT|Z|[+-]\d{2}:?\d{2})?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(r"^" + body + _TIME + _ZONE + r"$", re.IGNORECASE))
    for kind, body in (
        ("ymd", r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
        ("mdy", r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4})"),
        ("dmy", r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2}|\d{4})"),
        # a spreadsheet's rewrite of M/D/YYYY with dashes (seen in a real export)
        ("mdy", r"(?P<m>\d{1,2})-(?P<d>\d{1,2})-(?P<y>\d{4})"),
        ("dmy", r"(?P<d>\d{1,2})\.?[- ](?P<mon>" + _WORD + r")\.?[- ,]+(?P<y>\d{2}|\d{4})"),
        ("mdy", r"(?P<mon>" + _WORD + r")\.? (?P<d>\d{1,2}),? (?P<y>\d{4})"),
        ("my", r"(?P<mon>" + _WORD + r")\.? (?P<y>\d{4})"),
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
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)  # `Ma\u0308r` as typed on some systems
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
                month = _MONTHS.get(parts["mon"].lower())
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
