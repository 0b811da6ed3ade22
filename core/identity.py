"""Who someone is: profile slugs, member URNs, phone keys, the same-person rule, short ids.

The one home of "same person" (docs/IDENTITY.md): `PersonRef.same_as` for two rows and
`PersonIndex` for many. E-mail rules live in core.emails; which rows are the same invitation
or contact in core.invitations and core.contacts, built on this rule.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar
from urllib.parse import unquote, urlsplit

_LOCALE_SEGMENT = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2})?$")
# The shape of nearly every URL in an export; anything else takes the general parser.
_PLAIN_MEMBER_URL = re.compile(
    r"(?:https?://)?(?:[a-z0-9-]+\.)*linkedin\.com/in/([^/?#\s]+)/?", re.IGNORECASE
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
        elif not slug.isascii():  # raw Unicode slugs (Invitations.csv writes them so)
            slug = unicodedata.normalize("NFC", slug)
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


def person_key(name: str, profile_url: str | None, urn: str | None = None) -> str:
    """One person's identity key: `in:<slug>` from a profile URL, `urn:<id>` from a member
    URN, else `name:<name_key>` (the weak fallback; see `PersonRef.same_as`)."""
    return PersonRef.of(name, profile_url, urn).key


_MEMBER_URN = re.compile(r"^urn:li:(?:member|fs_miniprofile|fsd_profile|person):(\S+)$", re.I)


def member_urn(value: str | None) -> str | None:
    """The member id of a LinkedIn URN (`urn:li:member:610150649` -> `610150649`), the
    identity Jul-Sep 2023 Invitations.csv exports carry instead of profile URLs."""
    if not value:
        return None
    found = _MEMBER_URN.match(value.strip())
    return found.group(1).casefold() if found else None


_NOT_DIGIT = re.compile(r"\D+")


def phone_key(value: str | None) -> str | None:
    """Comparison key of a phone number: its last ten digits (so `+44 20 7946 0958` and
    `020 7946 0958` agree), or all digits when fewer; None below seven digits."""
    if not value:
        return None
    digits = _NOT_DIGIT.sub("", value)
    if len(digits) < 7:
        return None
    return digits[-10:]


@dataclass(frozen=True, slots=True)
class PersonRef:
    """What an export row says about who someone is: a name and, when known, a profile slug
    or a member URN (the strong keys). The one rule for "same person" in linkvet."""

    name: str
    slug: str | None = None
    urn: str | None = None

    @classmethod
    def of(cls, name: str, profile_url: str | None = None, urn: str | None = None) -> PersonRef:
        """From a display name, a profile URL and a URN as written (all optional)."""
        return cls(name or "", profile_slug(profile_url), member_urn(urn) or (urn or None))

    @property
    def strong(self) -> str | None:
        """`in:<slug>` or `urn:<id>`: a key that tells people apart; None when only a name."""
        if self.slug:
            return f"in:{self.slug}"
        if self.urn:
            return f"urn:{self.urn}"
        return None

    @property
    def key(self) -> str:
        """The strong key, else `name:<name_key>`."""
        return self.strong or f"name:{name_key(self.name)}"

    @property
    def name_key(self) -> str:
        return name_key(self.name)

    def comparable(self, other: PersonRef) -> bool:
        """True when both carry a key of the same kind (two slugs, or two URNs)."""
        return bool((self.slug and other.slug) or (self.urn and other.urn))

    def same_as(self, other: PersonRef) -> bool:
        """Same person by the identity rule: comparable strong keys decide; names only when
        the keys cannot be compared (one side has none, or a URL meets a URN). Callers that
        hold many people use `PersonIndex`, which also refuses names that several people
        carry."""
        if self.slug and other.slug:
            return self.slug == other.slug
        if self.urn and other.urn:
            return self.urn == other.urn
        return bool(self.name_key) and self.name_key == other.name_key


T = TypeVar("T")


class PersonIndex(Generic[T]):
    """Items (contacts, conversations, invitations) filed by the person they belong to.

    `find(ref)` returns the items that are the same person as `ref`: by comparable strong
    key first; by name only across keys that cannot be compared, and only while the name is
    not ambiguous: when two different slugs (or two different URNs) carry the same name
    among the items and the people `note`d here, a name alone no longer says who it is.
    """

    def __init__(self) -> None:
        self._by_slug: dict[str, list[T]] = {}
        self._by_urn: dict[str, list[T]] = {}
        self._by_name: dict[str, list[tuple[PersonRef, T]]] = {}
        self._slugs_of: dict[str, set[str]] = {}
        self._urns_of: dict[str, set[str]] = {}

    def note(self, ref: PersonRef) -> None:
        """Count `ref`'s strong keys against its name (evidence of who carries the name)."""
        key = ref.name_key
        if ref.slug:
            self._slugs_of.setdefault(key, set()).add(ref.slug)
        if ref.urn:
            self._urns_of.setdefault(key, set()).add(ref.urn)

    def add(self, ref: PersonRef, item: T) -> None:
        """File `item` under `ref`."""
        self.note(ref)
        if ref.slug:
            self._by_slug.setdefault(ref.slug, []).append(item)
        if ref.urn:
            self._by_urn.setdefault(ref.urn, []).append(item)
        if ref.name_key:
            self._by_name.setdefault(ref.name_key, []).append((ref, item))

    def ambiguous(self, ref: PersonRef) -> bool:
        """True when the name of `ref` is carried by two different people (slugs or URNs)."""
        key = ref.name_key
        slugs = self._slugs_of.get(key, set()) | ({ref.slug} if ref.slug else set())
        urns = self._urns_of.get(key, set()) | ({ref.urn} if ref.urn else set())
        return len(slugs) > 1 or len(urns) > 1

    def find(self, ref: PersonRef) -> list[T]:
        """The items that are the same person as `ref` (first-filed first, no repeats)."""
        found: dict[int, T] = {}  # by object identity: equal records may be two people
        for item in self._by_slug.get(ref.slug, []) if ref.slug else []:
            found.setdefault(id(item), item)
        for item in self._by_urn.get(ref.urn, []) if ref.urn else []:
            found.setdefault(id(item), item)
        named = self._by_name.get(ref.name_key, [])
        if named and not self.ambiguous(ref):
            for other, item in named:
                if not ref.comparable(other):
                    found.setdefault(id(item), item)
        return list(found.values())


def legacy_invitation_id(
    owner_id: str, sender_name: str, day: str, direction: str = "INCOMING"
) -> str:
    """The invitation id of schema 1 (owner + name + local day), which merged two people of
    the same name who invited the owner on the same day. Kept only to recognise, after the
    upgrade, the invitations that an older linkvet had folded into another."""
    prefix = "out" if direction == "OUTGOING" else "inv"
    return short_id(prefix, owner_id, name_key(sender_name), day)
