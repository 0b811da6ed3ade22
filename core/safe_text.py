"""Make untrusted text inert for terminals and spreadsheets.

Names and notes come from strangers: escape sequences (CSI, OSC 52 clipboard writes),
control characters and bidi overrides must show as visible symbols, never act.
"""

from __future__ import annotations

import re

# ESC-introduced sequences (CSI, OSC ... BEL/ST, other 2-char escapes) and 8-bit C1 CSI/OSC
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC (incl. OSC 52)
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC
    r"|\x1b[@-Z\\-_]?"  # other escapes, or a lone ESC
    r"|[\x9b\x9d][^\x07]*\x07?"  # 8-bit CSI/OSC
)
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), "\ufffd")
_CONTROLS = {c: 0x2400 + c for c in range(0x20) if c not in (0x0A,)}  # ␀..␟ pictures
_CONTROLS[0x7F] = 0x2421  # ␡
_C1 = dict.fromkeys(range(0x80, 0xA0), "\ufffd")


def inert(text: str | None, keep_newlines: bool = False) -> str:
    """Text with escape sequences shown as `␛[…`, controls as control pictures, bidi
    overrides as U+FFFD. Newlines become spaces unless keep_newlines."""
    if not text:
        return ""
    text = _ESCAPES.sub(lambda m: "␛" + m.group(0)[1:].translate(_CONTROLS), text)
    text = text.translate(_CONTROLS).translate(_C1).translate(_BIDI)
    if keep_newlines:
        return text
    return text.replace("\n", " ")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Neutralise a CSV cell that a spreadsheet would run as a formula (OWASP guidance):
    prefix it with a single quote. Non-strings pass through."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
