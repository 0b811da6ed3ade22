"""Identity keys: LinkedIn profile slugs, e-mail addresses, and short stable ids.

Every module that needs to say "same person" or "same record" goes through here, so an
invitation id computed by the importer today equals the one computed by a later import.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote, urlsplit

_LOCALE_SEGMENT = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2})?$")
# The shape of nearly every URL in an export; anything else takes the general parser.
_PLAIN_MEMBER_URL = re.compile(
    r"(?:https?://)?(?:[a-z0-9-]+\.)*linkedin\.com/in/([A-Za-z0-9_.~%-]+)/?", re.IGNORECASE
)


@lru_cache(maxsize=262_144)
def profile_slug(url: str | None) -> str | None:
    """Identity key of a LinkedIn member URL: the `/in/<slug>`, decoded and casefolded.

    Accepts any host variant (`de.linkedin.com`, no `www.`, `http://`), drops query strings,
    fragments, trailing `/` and locale segments. The bare `https://www.linkedin.com/in` (a real
    export bug) and non-LinkedIn URLs give None. Legacy `/pub/` and Sales Navigator ids keep
    their own key space (`pub:...`, `sales:...`), since they cannot be mapped to a vanity slug.
    """
    if not url:
        return None
    text = url.strip()
    plain = _PLAIN_MEMBER_URL.fullmatch(text)
    if plain is not None:  # fast path, same result as the general parser below
        slug = plain.group(1)
        if "%" in slug:
            slug = unicodedata.normalize("NFC", unquote(slug).strip())
        return slug.casefold() or None
    return _general_profile_slug(text)


def _general_profile_slug(text: str) -> str | None:
    """profile_slug for any URL shape: parsed with urlsplit, percent-decoded, NFC."""
    if not text:
        return None
    if "://" not in text:
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if len(segments) < 2:
        return None
    head = segments[0].casefold()
    if head == "in":
        slug = segments[1]
    elif head == "pub":
        rest = [s for s in segments[1:] if not _LOCALE_SEGMENT.match(s.casefold())]
        return "pub:" + "/".join(rest).casefold()
    elif head == "sales" and len(segments) >= 3:
        return "sales:" + segments[2].split(",")[0]
    else:
        return None
    slug = unicodedata.normalize("NFC", slug.strip()).casefold()
    return slug or None


def canonical_profile_url(url: str | None) -> str | None:
    """A clean `https://www.linkedin.com/in/<slug>` for display, or None when unusable."""
    slug = profile_slug(url)
    if slug is None:
        return None
    if slug.startswith(("pub:", "sales:")):
        return url.strip() if url else None
    return f"https://www.linkedin.com/in/{slug}"


@lru_cache(maxsize=65_536)
def name_key(name: str) -> str:
    """Exact-ish name identity: NFKC, casefold, single spaces. Used where URLs are missing."""
    text = unicodedata.normalize("NFKC", name or "").casefold()
    return " ".join(text.split())


_BASE32 = "abcdefghijklmnopqrstuvwxyz234567"  # RFC 4648 alphabet, lowercase
_BASE32_PAIRS = [a + b for a in _BASE32 for b in _BASE32]  # 10 bits -> two characters


def short_id(*parts: str, length: int = 7) -> str:
    """A short, stable, lowercase base32 id derived from the given parts.

    Equal to the first `length` characters of base64.b32encode(sha1(parts)), computed from
    an integer 10 bits at a time (the stdlib encoder is pure Python and several times slower).
    """
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).digest()
    pairs = (length + 1) // 2
    size = (pairs * 10 + 7) // 8
    value = int.from_bytes(digest[:size], "big") >> (size * 8 - pairs * 10)
    text = "".join(_BASE32_PAIRS[(value >> (10 * k)) & 1023] for k in range(pairs - 1, -1, -1))
    return text[:length]


def person_key(name: str, profile_url: str | None) -> str:
    """Identity of a person in one export: profile slug when known, normalised name otherwise."""
    slug = profile_slug(profile_url)
    return f"in:{slug}" if slug else f"name:{name_key(name)}"


def invitation_id(owner_id: str, sender_name: str, day: str, direction: str = "INCOMING") -> str:
    """Stable invitation id: owner + sender's normalised name + local calendar day it was sent.

    Name rather than profile URL, because the same invitation arrives without URLs in 2023
    exports and with them later; the day (not the time) so an Excel re-save keeps the id.
    OUTGOING rows (name = invitee) get their own id space, so crossed invitations between the
    same two people on one day stay two records.
    """
    if direction == "OUTGOING":
        return short_id("out", owner_id, name_key(sender_name), day)
    return short_id("inv", owner_id, name_key(sender_name), day)
