"""ContactIndex: per-owner books answering "do I know this sender?" in bulk and per keystroke.

Identity keys (profile slug, personal e-mail) are certain. Names: each distinct sender name
once per owner; candidates from a cdist of reading keys (top k) plus exact given-name and
surname blocks; every reading of the name scored field-wise against every reading of each
candidate (core.matching.scoring); one posterior over all candidates and "nobody"
(core.matching.posterior); then the sender's own company, headline and profile URL, the
duplicate-profile rule, ties and the bands.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from linkvet.core.company import company_relation
from linkvet.core.matching import duplicate, evidence
from linkvet.core.matching import levels as lv
from linkvet.core.matching import model as fs
from linkvet.core.matching.book import (
    BookTables,
    OwnerBook,
    written_without_vowels,
)
from linkvet.core.matching.candidates import top_keys
from linkvet.core.matching.posterior import block_overflow, posteriors
from linkvet.core.matching.prepared import Prepared, prepare_contact, prepare_person
from linkvet.core.matching.scoring import PairScores, Queries, score
from linkvet.core.matching.settings import MatchSettings
from linkvet.core.models import Confidence, Contact, Match, MatchResult, Person
from rapidfuzz import fuzz

DUPLICATE_PROFILE = duplicate.DUPLICATE_PROFILE
TIE_BITS = 1.0  # two people whose Bayes factors are within a factor 2 are a tie
HEADLINE_AGREES = 90  # token_set_ratio of headline and stored position that counts as agreeing
_MISSING = (lv.ONE_MISSING, lv.BOTH_MISSING)


@dataclass(slots=True)
class Candidate:
    """One scored contact for one sender, before it becomes a Match."""

    entry: int
    weight: float  # log2 Bayes factor, the sender's own attributes included
    posterior: float = 0.0
    row: int = -1  # its row in the batch's PairScores (-1: not scored by name)
    lines: list[str] = field(default_factory=list)  # lines of the sender's own attributes
    disagrees: bool = False  # a name field differs while the other is present
    other_profile: bool = False  # the contact's profile URL is another one than the sender's
    keys: list[str] = field(default_factory=list)  # identity keys shared with the sender


@dataclass(slots=True)
class _Scored:
    """One owner's batch of distinct names, scored: pairs ordered by (name, best first)."""

    book: OwnerBook
    tables: BookTables
    queries: Queries
    scores: PairScores
    posterior: np.ndarray
    denom: np.ndarray
    order: np.ndarray
    bounds: np.ndarray


def _expand(
    groups: np.ndarray, start: np.ndarray, flat: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """For CSR groups: (position in `groups`, member) for every member of every group."""
    counts = start[groups + 1] - start[groups]
    origin = np.repeat(np.arange(len(groups)), counts)
    first = np.zeros(len(groups) + 1, dtype=np.int64)
    np.cumsum(counts, out=first[1:])
    members = flat[start[groups][origin] + (np.arange(first[-1]) - first[:-1][origin])]
    return origin, members


def _csr(lists: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    sizes = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    start = np.zeros(len(lists) + 1, dtype=np.int64)
    np.cumsum(sizes, out=start[1:])
    flat = np.fromiter((x for xs in lists for x in xs), dtype=np.int64, count=int(start[-1]))
    return start, flat


class ContactIndex:
    """Matches senders against the contacts of the invitation's owner (team mode: per owner)."""

    def __init__(self, contacts: Iterable[Contact], settings: MatchSettings | None = None) -> None:
        self.settings = settings or MatchSettings()
        self.owners: dict[str, OwnerBook] = {}
        self._everyone: OwnerBook | None = None
        self.add(contacts)

    def __len__(self) -> int:
        return sum(len(o) for o in self.owners.values())

    def add(self, contacts: Iterable[Contact]) -> None:
        """Add contacts incrementally: only the new records are prepared and indexed."""
        self._everyone = None
        owners = self.owners
        for c in contacts:
            book = owners.get(c.owner_id)
            if book is None:
                book = owners[c.owner_id] = OwnerBook()
            book.add(prepare_contact(c))

    # -- bulk matching ---------------------------------------------------------------------

    def match(self, sender: Person, owner_id: str) -> MatchResult:
        """Who `sender` is to `owner_id`: known contact, candidates, ambiguity and flags."""
        return self.match_many([(sender, owner_id)])[0]

    def match_many(self, items: Sequence[tuple[Person, str]]) -> list[MatchResult]:
        """Match many (sender, owner_id) pairs: per owner, each distinct name scored once."""
        results: list[MatchResult] = [MatchResult() for _ in items]
        by_owner: dict[str, list[int]] = defaultdict(list)
        for pos, (_, owner) in enumerate(items):
            by_owner[owner].append(pos)
        for owner, positions in by_owner.items():
            book = self.owners.get(owner)
            if book is None or not book.entries:
                continue
            senders = [prepare_person(items[p][0]) for p in positions]
            name_of: dict[str, int] = {}
            for p in senders:
                name_of.setdefault(p.display, len(name_of))
            scored = self.score_names(book, list(name_of), senders)
            done: dict[tuple[object, ...], MatchResult] = {}  # senders alike in every input
            for p, pos in zip(senders, positions, strict=True):
                alike = (p.display, p.company, p.role, p.slug, p.emails)
                same = done.get(alike)
                if same is None:
                    same = done[alike] = self._assemble(scored, p, name_of[p.display])
                    results[pos] = same
                else:  # the same answer; Match records are shared (read-only)
                    results[pos] = MatchResult(
                        same.known_contact, list(same.candidates), same.ambiguous, list(same.flags)
                    )
        return results

    def score_names(
        self,
        book: OwnerBook,
        names: list[str],
        senders: Sequence[Prepared],
        extra: Sequence[int] = (),
        typed: bool = False,
    ) -> _Scored:
        """Candidates and posteriors of each distinct name against one owner's book; `extra`
        contacts are added as candidates of the first name, `typed` marks a lookup query."""
        s = self.settings
        tables = book.tables()
        contacts = len(book)
        readings = [p.readings for p in {p.display: p for p in senders}.values()]
        queries = Queries.of(names, readings)
        # cdist blocking on reading keys
        key_names: dict[str, list[int]] = {}
        for qi, rs in enumerate(readings):
            for r in rs:
                owners_of = key_names.setdefault(r.key, [])
                if not owners_of or owners_of[-1] != qi:
                    owners_of.append(qi)
        qkeys = list(key_names)
        kq, kk = top_keys(qkeys, tables.keys, s.top_k, s.fuzzy_floor, s.chunk_cells)
        kn_start, kn_flat = _csr(list(key_names.values()))
        origin, name_idx = _expand(kq, kn_start, kn_flat)
        origin2, reading_idx = _expand(kk[origin], tables.key_start, tables.key_readings)
        fuzzy_q = name_idx[origin2]
        fuzzy_e = tables.entry[reading_idx]
        # exact blocks (a replaced given name, a common surname) and their unscored overflow
        block_q: list[int] = []
        block_e: list[int] = []
        overflow = np.zeros(len(names), dtype=np.float64)
        for qi, rs in enumerate(readings):
            seen: set[tuple[bool, str]] = set()
            mass = 0.0
            for r in rs:
                for is_given, value, block in (
                    (True, r.given, book.given_block),
                    (False, r.surname, book.surname_block),
                ):
                    if not value or (is_given, value) in seen:
                        continue
                    seen.add((is_given, value))
                    members = block.get(value)
                    if not members:
                        continue
                    if len(members) <= s.block_cap:
                        block_e.extend(members)
                        block_q.extend([qi] * len(members))
                    else:  # a common value: found by cdist where it matters, else counted
                        mass += block_overflow(len(members), 0, contacts, is_given)
            overflow[qi] = mass
            for r in rs:  # an abjad name in Latin letters: its consonants find the contact
                if written_without_vowels(r):
                    members = book.skeleton_hits(r)[: s.block_cap]
                    block_e.extend(members)
                    block_q.extend([qi] * len(members))
        position = {n: i for i, n in enumerate(names)}
        for p in senders:  # married names: the same given name at the same company
            if p.company[0] and p.readings:
                qi = position[p.display]
                for r in p.readings:
                    for ck in p.company[0]:
                        hits = book.by_given_company.get((r.given, ck), ())
                        block_e.extend(hits)
                        block_q.extend([qi] * len(hits))
        block_e.extend(extra)
        block_q.extend([0] * len(extra))
        q = np.concatenate([fuzzy_q, np.array(block_q, dtype=np.int64)])
        e = np.concatenate([fuzzy_e, np.array(block_e, dtype=np.int64)])
        code = np.unique(q * contacts + e)
        q, e = np.divmod(code, contacts)
        scores = score(tables, contacts, queries, q, e, typed)
        post, denom = posteriors(scores.weight, scores.query, overflow, contacts, s)
        order = np.lexsort((scores.entry, -scores.weight, scores.query))
        bounds = np.searchsorted(scores.query[order], np.arange(len(names) + 1))
        return _Scored(book, tables, queries, scores, post, denom, order, bounds)

    # -- one sender ------------------------------------------------------------------------

    def candidates(
        self, sc: _Scored, sender: Prepared, qi: int, limit: int | None = None
    ) -> tuple[list[Candidate], float]:
        """The sender's best candidates (by name, plus its company block) re-weighed with
        its own attributes, best first, and the posterior denominator after them."""
        s = self.settings
        book, scores = sc.book, sc.scores
        rows = sc.order[sc.bounds[qi] : sc.bounds[qi + 1]]
        take = rows[: limit or s.max_candidates + 4]
        if sender.company[0] and limit is None:  # married names: same given name, same company
            mates = {i for r in sender.readings for k in sender.company[0]
                     for i in book.by_given_company.get((r.given, k), ())}  # fmt: skip
            if mates:
                more = rows[len(take) :]
                more = more[np.isin(scores.entry[more], list(mates))]
                take = np.concatenate([take, more])
        attributes = bool(sender.company[0] or sender.company[1] or sender.role or sender.vanity)
        denom = float(sc.denom[qi])
        out: list[Candidate] = []
        picked = take.tolist()
        entries, weights = scores.entry[take].tolist(), scores.weight[take].tolist()
        g_levels, s_levels = scores.given_level[take].tolist(), scores.surname_level[take].tolist()
        for row, entry, base, lg, ls in zip(
            picked, entries, weights, g_levels, s_levels, strict=True
        ):
            cand = Candidate(entry, base, row=row)
            present = lg not in _MISSING and ls not in _MISSING
            cand.disagrees = present and lv.DIFFERENT in (lg, ls)
            if attributes:
                cand.weight += self._attributes(book, sender, book.entries[entry], cand)
                denom += 2.0**cand.weight - 2.0**base
            out.append(cand)
        for cand in out:
            cand.posterior = 2.0**cand.weight / denom
        out.sort(key=lambda c: (-c.weight, c.entry))
        return out, denom

    def lines(self, sc: _Scored, cand: Candidate) -> list[str]:
        """The evidence lines of a candidate: reading, one line per field, attributes."""
        if cand.row < 0:
            return list(cand.lines)
        book, scores, row = sc.book, sc.scores, cand.row
        contact = book.entries[cand.entry]
        qr, br = int(scores.query_reading[row]), int(scores.book_reading[row])
        mine = sc.queries.flat[qr]
        theirs = contact.readings[br - int(sc.tables.start[cand.entry])]
        n = len(book)
        return [
            evidence.reading_line(mine, theirs),
            evidence.field_line(
                "given name", int(scores.given_level[row]), mine.given, theirs.given,
                float(scores.given_weight[row]), book.given_counts.get(theirs.given, 1), n,
            ),
            evidence.field_line(
                "surname", int(scores.surname_level[row]), mine.surname, theirs.surname,
                float(scores.surname_weight[row]), book.surname_counts.get(theirs.surname, 1), n,
            ),
            *cand.lines,
        ]  # fmt: skip

    def _attributes(
        self, book: OwnerBook, sender: Prepared, contact: Prepared, cand: Candidate
    ) -> float:
        """log2 Bayes factor of company, headline and profile URL, with their lines."""
        w = 0.0
        rel = company_relation(sender.company, contact.company)
        if rel == "agrees":
            count = max((book.company_counts.get(k, 1) for k in contact.company[0]), default=1)
            x = fs.attribute_agree(fs.COMPANY_M_AGREE, count, book.company_holders)
            cand.lines.append(f"company: agrees {x:+.1f}")
            w += x
        elif rel == "differs":
            cand.lines.append(f"company: differs {fs.COMPANY_DIFFERS:+.1f}")
            w += fs.COMPANY_DIFFERS
        if sender.role and contact.role:
            if fuzz.token_set_ratio(sender.role, contact.role) >= HEADLINE_AGREES:
                count = book.role_counts.get(contact.role, 1)
                x = fs.attribute_agree(fs.HEADLINE_M_AGREE, count, book.role_holders)
                cand.lines.append(f"headline: agrees with their position {x:+.1f}")
                w += x
            else:
                cand.lines.append(f"headline: other than their position {fs.HEADLINE_OTHER:+.1f}")
                w += fs.HEADLINE_OTHER
        if duplicate.other_profile(sender, contact):
            cand.other_profile = True  # never linked, see core.matching.duplicate
            cand.lines.append(f"profile URL: another one than theirs {fs.URL_DIFFERS:+.1f}")
            w += fs.URL_DIFFERS
        return w

    def _assemble(self, sc: _Scored, sender: Prepared, qi: int) -> MatchResult:
        """Keys, the duplicate-profile rule, ties and bands over one sender's candidates."""
        s = self.settings
        book = sc.book
        cands, denom = self.candidates(sc, sender, qi)
        keyed = book.key_hits(sender)
        if keyed:
            return self._keyed(sc, keyed, cands)
        result = MatchResult()
        if not cands:
            return result
        group = _groups(book, cands)
        best = cands[0]
        best_post = sum(c.posterior for c in cands if group[c.entry] == group[best.entry])
        rivals = [
            c
            for c in cands[1:]
            if group[c.entry] != group[best.entry] and c.weight >= best.weight - TIE_BITS
        ]
        known = s.known_threshold / 100.0
        notes: dict[int, list[str]] = defaultdict(list)
        linked = False
        clone = self._second_profile(cands, denom)
        if clone is not None:
            result.flags.append(DUPLICATE_PROFILE)
            notes[clone.entry].append(duplicate.SUSPECTED)
        elif best.other_profile:
            pass  # another account than the one known: never linked
        elif rivals:
            tied = [best, *rivals]
            if sum(c.posterior for c in tied) >= known:
                result.ambiguous = True
                line = evidence.tie_line([_name(book.entries[c.entry]) for c in tied])
                for c in tied:
                    notes[c.entry].append(line)
        elif best_post >= known:
            if best.disagrees and best_post < s.decisive_threshold / 100.0:
                notes[best.entry].append(evidence.PART_DIFFERS)
            else:
                linked = True
        floor = s.possible_threshold / 100.0
        shown = [
            c for c in cands if c.posterior >= floor or c.entry in notes or (linked and c is best)
        ]  # a link is shown even when a setting puts the link band under the listing one
        matches = [
            self._to_match(
                sc,
                c,
                cands,
                group,
                notes[c.entry],
                "likely" if linked and c is best else "possible",
            )
            for c in shown[: s.max_candidates + 1]
        ]
        if linked:
            result.known_contact = matches.pop(0)
        result.candidates = matches[: s.max_candidates]
        return result

    def _second_profile(self, cands: list[Candidate], denom: float) -> Candidate | None:
        """The contact the sender is suspected to be a second profile of: the best one with
        another profile URL, if its posterior with the URL left aside is high enough."""
        other = [c for c in cands if c.other_profile]
        if not other:
            return None
        best = max(other, key=lambda c: (c.weight, -c.entry))
        aside = 2.0 ** (best.weight - fs.URL_DIFFERS)
        posterior = aside / (denom - 2.0**best.weight + aside)
        return best if duplicate.suspected(posterior, self.settings) else None

    def _keyed(
        self, sc: _Scored, keyed: dict[int, list[str]], cands: list[Candidate]
    ) -> MatchResult:
        """A sender sharing a profile URL or e-mail with contacts: the first is certain."""
        s = self.settings
        scored = {c.entry: c for c in cands}
        ranked = sorted(
            keyed, key=lambda i: (-len(keyed[i]), -(scored[i].weight if i in scored else -99.0), i)
        )
        matches: list[Match] = []
        for i in ranked:
            c = scored.get(i)
            lines = [evidence.CERTAIN_KEYS[k] for k in keyed[i]]
            if c is not None:
                lines += self.lines(sc, c)
            matches.append(_match_record(sc.book.entries[i], 100, "certain", lines, 1.0))
        group = _groups(sc.book, cands)
        floor = s.possible_threshold / 100.0
        for c in cands:
            if c.entry not in keyed and c.posterior >= floor:
                matches.append(self._to_match(sc, c, cands, group, [], "possible"))
        return MatchResult(known_contact=matches[0], candidates=matches[1 : s.max_candidates + 1])

    def _to_match(
        self,
        sc: _Scored,
        c: Candidate,
        cands: list[Candidate],
        group: dict[int, int],
        notes: list[str],
        band: Confidence,
    ) -> Match:
        """The Match of a candidate: its lines, posterior, next-best rival and notes."""
        book = sc.book
        rival = next((r for r in cands if group[r.entry] != group[c.entry]), None)
        lines = [*self.lines(sc, c), evidence.posterior_line(c.posterior)]
        if rival is None:
            lines.append(evidence.rival_line(None, 0.0))
        else:
            lines.append(evidence.rival_line(_name(book.entries[rival.entry]), rival.posterior))
        score = min(99, round(100 * c.posterior))
        return _match_record(book.entries[c.entry], score, band, [*lines, *notes], c.posterior)

    def compare(self, sender: Person, owner_id: str, contact_id: str) -> Match | None:
        """The sender against one given contact of the owner (its posterior still competing
        with every other candidate): why it is, or is not, that contact."""
        book = self.owners.get(owner_id)
        entry = next(
            (i for i, p in enumerate(book.entries) if p.contact and p.contact.id == contact_id),
            None,
        ) if book else None  # fmt: skip
        if book is None or entry is None:
            return None
        p = prepare_person(sender)
        sc = self.score_names(book, [p.display], [p], extra=[entry])
        cands, _ = self.candidates(sc, p, 0, limit=len(sc.order))
        cand = next(c for c in cands if c.entry == entry)
        band: Confidence = "possible"
        return self._to_match(sc, cand, cands, _groups(book, cands), [], band)

    # -- incremental -----------------------------------------------------------------------

    def affected_by(
        self, new_contacts: Sequence[Contact], items: Sequence[tuple[Person, str]]
    ) -> list[int]:
        """Indices of items whose result may change once `new_contacts` are added: every
        sender of an owner who gains contacts (a new contact changes the frequencies and
        the size of the book, so every posterior of that owner moves)."""
        gained = {c.owner_id for c in new_contacts}
        return [pos for pos, (_, owner) in enumerate(items) if owner in gained]

    # -- interactive lookup ----------------------------------------------------------------

    def everyone(self) -> OwnerBook:
        """Every owner's contacts as one book (lookups over all owners; built on first use,
        the single owner's own book when there is one)."""
        if len(self.owners) == 1:
            return next(iter(self.owners.values()))
        if self._everyone is None:
            book = OwnerBook()
            for owner in self.owners.values():
                for p in owner.entries:
                    book.add(p)
            self._everyone = book
        return self._everyone

    def lookup(
        self,
        name: str,
        company: str | None = None,
        email: str | None = None,
        url: str | None = None,
        owner_id: str | None = None,
        limit: int = 10,
    ) -> list[Match]:
        """Ranked contacts for a typed query (see core.matching.lookup)."""
        from linkvet.core.matching.lookup import lookup

        query = Person(name=name, company=company, email=email, profile_url=url)
        return lookup(self, query, owner_id, limit)


def _name(p: Prepared) -> str:
    c = p.contact
    return (c.name if c is not None and c.name else p.display) or "?"


def _groups(book: OwnerBook, cands: list[Candidate]) -> dict[int, int]:
    """Candidates that share a profile slug or e-mail are one person: entry -> group id."""
    group = {c.entry: c.entry for c in cands}
    seen: dict[str, int] = {}
    for c in cands:
        p = book.entries[c.entry]
        if not p.slug and not p.emails:
            continue
        for key in ([f"in:{p.slug}"] if p.slug else []) + [f"@{e}" for e in p.emails]:
            if key in seen:
                group[c.entry] = group[seen[key]]
            else:
                seen[key] = c.entry
    return group


def _match_record(
    p: Prepared, score: int, band: Confidence, lines: list[str], posterior: float
) -> Match:
    c = p.contact
    assert c is not None
    return Match(
        contact_id=c.id,
        name=c.name or p.display,
        company=c.company,
        email=c.emails[0] if c.emails else None,
        profile_url=c.profile_url,
        source=c.source,
        score=score,
        confidence=band,
        evidence=lines,
        posterior=round(posterior, 4),
    )
