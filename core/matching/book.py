"""One owner's contacts as the matcher sees them: keys, readings, value counts and blocks.

Everything a sender is compared with lives here, per owner: team mode matches each owner's
senders against that owner's people only. The numpy tables are built once per change of the
book (contacts can be added incrementally).
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np
from linkvet.core.matching.levels import VOWEL, Vocab, consonant_skeleton
from linkvet.core.matching.model import READING_COST
from linkvet.core.matching.prepared import Prepared
from linkvet.core.matching.readings import Reading


@dataclass(slots=True)
class BookTables:
    """Column arrays over every reading of every contact of one owner."""

    entry: np.ndarray  # reading -> contact position
    given: np.ndarray  # reading -> folded given name ("" when missing), object array of str
    surname: np.ndarray
    given_ids: np.ndarray  # reading -> id of its given name in `given_vocab`
    surname_ids: np.ndarray
    given_vocab: Vocab
    surname_vocab: Vocab
    cost: np.ndarray  # reading -> its log2 cost (an alternative split of a display name)
    count_g: np.ndarray  # reading -> how many contacts have that given name
    count_s: np.ndarray  # reading -> how many contacts have that surname
    held_g: np.ndarray  # given-name vocabulary id -> how many contacts have it (0: none)
    held_s: np.ndarray
    start: np.ndarray  # contact -> its first reading
    size: np.ndarray  # contact -> how many readings
    keys: list[str]  # distinct reading keys: the cdist choices
    key_start: np.ndarray  # CSR: key -> readings with that key
    key_readings: np.ndarray
    sorted_given: list[str]  # every contact's given name, sorted (prefix counts by bisect)
    sorted_surname: list[str]

    def prefix_count(self, value: str, given: bool) -> int:
        """How many contacts have a given name (surname) starting with `value`."""
        values = self.sorted_given if given else self.sorted_surname
        return bisect.bisect_left(values, value + "\x7f") - bisect.bisect_left(values, value)


def skeleton_key(r: Reading) -> str:
    """The consonants of a reading's parts, sorted: finds "mhmd hdad" for Mohammed Haddad."""
    return " ".join(sorted(consonant_skeleton(p) for p in (r.given, r.surname) if p))


def written_without_vowels(r: Reading) -> bool:
    """A reading with a part in consonants only (an abjad name transliterated)."""
    return any(p and not VOWEL.search(p) for p in (r.given, r.surname))


class OwnerBook:
    """All contacts of one owner: prepared records, key dicts, blocks and column tables."""

    def __init__(self) -> None:
        self.entries: list[Prepared] = []
        self.by_slug: dict[str, list[int]] = defaultdict(list)
        self.by_email: dict[str, list[int]] = defaultdict(list)
        self.by_given_company: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.given_counts: Counter[str] = Counter()  # over each contact's first reading
        self.surname_counts: Counter[str] = Counter()
        self.given_block: dict[str, list[int]] = defaultdict(list)  # value -> contacts
        self.surname_block: dict[str, list[int]] = defaultdict(list)
        self._skeleton_block: dict[str, list[int]] | None = None  # see skeleton_hits
        self.company_counts: Counter[str] = Counter()  # company key -> contacts there
        self.company_holders = 0  # contacts with any company key
        self.role_counts: Counter[str] = Counter()  # folded position -> contacts
        self.role_holders = 0
        self._tables: BookTables | None = None
        self._sorted_tokens: list[str] | None = None
        self.by_token: dict[str, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, prepared: Prepared) -> int:
        """Append one prepared contact; returns its position."""
        i = len(self.entries)
        self.entries.append(prepared)
        if prepared.slug:
            self.by_slug[prepared.slug].append(i)
        for e in prepared.emails:
            self.by_email[e].append(i)
        if prepared.readings:
            first = prepared.readings[0]
            if first.given:
                self.given_counts[first.given] += 1
            if first.surname:
                self.surname_counts[first.surname] += 1
        for value in {r.given for r in prepared.readings if r.given}:
            self.given_block[value].append(i)
        for value in {r.surname for r in prepared.readings if r.surname}:
            self.surname_block[value].append(i)
        given = prepared.readings[0].given if prepared.readings else ""
        for ck in prepared.company[0]:
            self.company_counts[ck] += 1
            if given:
                self.by_given_company[(given, ck)].append(i)
        self.company_holders += bool(prepared.company[0])
        if prepared.role:
            self.role_counts[prepared.role] += 1
            self.role_holders += 1
        for t in set(prepared.norm.tokens):
            self.by_token[t].append(i)
        self._tables = None
        self._sorted_tokens = None
        self._skeleton_block = None
        return i

    def skeleton_hits(self, r: Reading) -> list[int]:
        """Contacts whose reading has the consonants of `r` (built on first use: only a name
        written without vowels needs it)."""
        if self._skeleton_block is None:
            block: dict[str, list[int]] = defaultdict(list)
            for i, p in enumerate(self.entries):
                for key in {skeleton_key(x) for x in p.readings}:
                    block[key].append(i)
            self._skeleton_block = block
        return self._skeleton_block.get(skeleton_key(r), [])

    def tables(self) -> BookTables:
        """The column tables of the current contacts (built on first use after a change)."""
        if self._tables is None:
            self._tables = self._build()
        return self._tables

    def _build(self) -> BookTables:
        entry: list[int] = []
        given: list[str] = []
        surname: list[str] = []
        cost: list[float] = []
        start: list[int] = []
        size: list[int] = []
        by_key: dict[str, list[int]] = {}
        gc, sc = self.given_counts, self.surname_counts
        for i, p in enumerate(self.entries):
            start.append(len(entry))
            size.append(len(p.readings))
            for r in p.readings:
                by_key.setdefault(r.key, []).append(len(entry))
                entry.append(i)
                given.append(r.given)
                surname.append(r.surname)
                cost.append(READING_COST.get(r.kind, 0.0))
        keys = list(by_key)
        key_sizes = np.fromiter((len(v) for v in by_key.values()), dtype=np.int64, count=len(keys))
        key_start = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum(key_sizes, out=key_start[1:])
        flat = [r for v in by_key.values() for r in v]
        given_vocab, surname_vocab = Vocab(), Vocab()
        given_ids, surname_ids = given_vocab.encode(given), surname_vocab.encode(surname)
        return BookTables(
            entry=np.array(entry, dtype=np.int64),
            given=np.array(given, dtype=object),
            surname=np.array(surname, dtype=object),
            given_ids=given_ids,
            surname_ids=surname_ids,
            given_vocab=given_vocab,
            surname_vocab=surname_vocab,
            cost=np.array(cost, dtype=np.float64),
            count_g=np.array([gc.get(g, 1) for g in given], dtype=np.int64),
            count_s=np.array([sc.get(s, 1) for s in surname], dtype=np.int64),
            held_g=np.array([gc.get(v, 0) for v in given_vocab.values], dtype=np.int64),
            held_s=np.array([sc.get(v, 0) for v in surname_vocab.values], dtype=np.int64),
            start=np.array(start, dtype=np.int64),
            size=np.array(size, dtype=np.int64),
            keys=keys,
            key_start=key_start,
            key_readings=np.array(flat, dtype=np.int64),
            sorted_given=sorted(gc.elements()),
            sorted_surname=sorted(sc.elements()),
        )

    def key_hits(self, p: Prepared) -> dict[int, list[str]]:
        """Contacts sharing a profile slug or personal e-mail with `p`, with the key names."""
        hits: dict[int, list[str]] = {}
        if p.slug:
            for i in self.by_slug.get(p.slug, ()):
                hits.setdefault(i, []).append("profile URL")
        for e in p.emails:
            for i in self.by_email.get(e, ()):
                if "email" not in hits.setdefault(i, []):
                    hits[i].append("email")
        return hits

    def sorted_tokens(self) -> list[str]:
        """All distinct name tokens, sorted (for prefix lookups by bisect)."""
        if self._sorted_tokens is None:
            self._sorted_tokens = sorted(self.by_token)
        return self._sorted_tokens
