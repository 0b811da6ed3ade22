"""ContactIndex: per-owner sub-indexes answering "do I know this sender?" in bulk and per keystroke.

Exact keys (profile slug, personal e-mail) first; then cdist candidate generation on
pre-normalised sorted-token keys plus a surname block (nicknames, initials); then the
field-wise scorer on the few candidates; then bands, the tie rule and the duplicate-profile flag.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
from linkvet.core.matching.equivalence import nickname_set
from linkvet.core.matching.prepared import Prepared, prepare_contact, prepare_person
from linkvet.core.matching.scorer import PairScore, score_pair
from linkvet.core.matching.settings import MatchSettings
from linkvet.core.models import Confidence, Contact, Match, MatchResult, Person
from rapidfuzz import fuzz, process

DUPLICATE_PROFILE = "possible_duplicate_profile"


class OwnerIndex:
    """All contacts of one owner: prepared records, key dicts, blocks and the cdist choices."""

    def __init__(self) -> None:
        self.entries: list[Prepared] = []
        self.keys: list[str] = []  # sorted-token keys, the cdist choices
        self.by_slug: dict[str, list[int]] = defaultdict(list)
        self.by_email: dict[str, list[int]] = defaultdict(list)
        self.by_token: dict[str, list[int]] = defaultdict(list)
        self.by_given_company: dict[tuple[str, str], list[int]] = defaultdict(list)
        # Blocks: (surname word, given first token) and (surname word, given first letter).
        self.by_surname_given: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.by_surname_letter: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._sorted_tokens: list[str] | None = None

    def add(self, prepared: Prepared) -> int:
        """Append one prepared contact; returns its position (runs once per contact, so
        the dictionaries are bound to locals)."""
        i = len(self.entries)
        self.entries.append(prepared)
        n = prepared.norm
        self.keys.append(n.key)
        if prepared.slug:
            self.by_slug[prepared.slug].append(i)
        for e in prepared.emails:
            self.by_email[e].append(i)
        first = n.given.split(maxsplit=1)[0] if n.given else ""
        words = {w for w in n.tokens if len(w) >= 2 and w != first}
        if n.surname:
            words.add(n.surname_core)
        by_given, by_letter = self.by_surname_given, self.by_surname_letter
        letter = first[:1]
        for w in words:
            by_given[(w, first)].append(i)
            if letter:
                by_letter[(w, letter)].append(i)
        by_token = self.by_token
        for t in set(n.tokens):
            by_token[t].append(i)
        if first:
            for ck in prepared.company[0]:
                self.by_given_company[(first, ck)].append(i)
        self._sorted_tokens = None
        return i

    def sorted_tokens(self) -> list[str]:
        """All distinct name tokens, sorted (for prefix lookups by bisect)."""
        if self._sorted_tokens is None:
            self._sorted_tokens = sorted(self.by_token)
        return self._sorted_tokens

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

    def block(self, p: Prepared, cap: int) -> list[int]:
        """Candidates the cdist pass can miss: same surname word with a nickname or initial."""
        n = p.norm
        if not n.tokens:
            return []
        out: list[int] = []
        seen: set[int] = set()

        def take(ids: Iterable[int]) -> None:
            for i in ids:
                if i not in seen and len(out) < cap:
                    seen.add(i)
                    out.append(i)

        mine = n.given.split()[0] if n.given else ""
        if mine:  # married-name changes: same given name at the same company
            for ck in p.company[0]:
                take(self.by_given_company.get((mine, ck), ()))
        givens = ({mine} | nickname_set(mine)) if mine else set()
        words = {w for w in n.tokens if len(w) >= 2}
        if n.surname:
            words.add(n.surname_core)
        letters = {t[0] for t in n.tokens}
        for w in words:
            for g in givens:
                take(self.by_surname_given.get((w, g), ()))
            for letter in letters:  # contacts written with an initial ("J. Smith")
                take(self.by_surname_given.get((w, letter), ()))
            take(self.by_surname_given.get((w, ""), ()))
            if len(mine) == 1:  # the sender is the one with an initial
                take(self.by_surname_letter.get((w, mine), ()))
        return out


def _band(score: int, s: MatchSettings) -> Confidence | None:
    """The confidence band of a fuzzy score ("certain" comes from keys only), or None."""
    if score >= s.known_threshold:
        return "likely"
    if score >= s.possible_threshold:
        return "possible"
    return None


def _to_match(p: Prepared, score: int, band: Confidence, evidence: list[str]) -> Match:
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
        evidence=list(evidence),
    )


def _same_person(a: Prepared, b: Prepared) -> bool:
    """Two contact records that share a key describe one person (not a homonym)."""
    if a.slug and a.slug == b.slug:
        return True
    return bool(set(a.emails) & set(b.emails))


# (score, band, evidence) of one contact for a typed query
_Scored = tuple[int, Confidence, list[str]]
# (score, name, contact id, prepared contact, band, evidence): a lookup hit before its Match
_Row = tuple[int, str, str, Prepared, Confidence, list[str]]

LOOKUP_FUZZY_FLOOR = 50  # a typed key this similar (fuzz.ratio) to a contact's key is a candidate


def _name_only(q: Prepared) -> bool:
    """True for a query without profile URL and company signal: score_pair then depends on
    the contact's name alone (its norm, a function of `display`), so scores can be shared."""
    keys, domains = q.company
    return not q.slug and not keys and not domains


class _LookupTables:
    """Per-index tables for typed lookups, shared by every owner: each distinct sorted-token
    key once, so one cdist per keystroke replaces one extract per owner."""

    def __init__(self, owners: dict[str, OwnerIndex]) -> None:
        positions: dict[str, int] = {}
        self.key_ids: dict[str, np.ndarray] = {}  # owner id -> distinct-key position per entry
        for owner_id, oi in owners.items():
            ids = [positions.setdefault(k, len(positions)) for k in oi.keys]
            self.key_ids[owner_id] = np.array(ids, dtype=np.intp)
        self.keys: list[str] = list(positions)

    def fuzzy_scores(self, key: str) -> np.ndarray | None:
        """fuzz.ratio of `key` against every distinct key (0 under the floor); None for a key
        too short to compare (under three characters)."""
        if len(key) < 3:
            return None
        return process.cdist(
            [key], self.keys, scorer=fuzz.ratio, processor=None, dtype=np.float64,
            score_cutoff=LOOKUP_FUZZY_FLOOR,
        )[0]  # fmt: skip

    def fuzzy_hits(self, owner_id: str, scores: np.ndarray | None, limit: int) -> list[int]:
        """The owner's entries among its `limit` most similar keys that reach the floor, best
        first, ties by position (what process.extract over its keys returns)."""
        if scores is None:
            return []
        own = scores[self.key_ids[owner_id]]
        hits = np.flatnonzero(own >= LOOKUP_FUZZY_FLOOR)
        best_first = hits[np.argsort(-own[hits], kind="stable")]
        return best_first[:limit].tolist()


class ContactIndex:
    """Matches senders against the contacts of the invitation's owner (team mode: per owner)."""

    def __init__(self, contacts: Iterable[Contact], settings: MatchSettings | None = None) -> None:
        self.settings = settings or MatchSettings()
        self.owners: dict[str, OwnerIndex] = {}
        self._tables: _LookupTables | None = None
        self.add(contacts)

    def __len__(self) -> int:
        return sum(len(o.entries) for o in self.owners.values())

    def add(self, contacts: Iterable[Contact]) -> None:
        """Add contacts incrementally: only the new records are prepared and indexed."""
        self._tables = None  # the lookup tables are rebuilt on the next lookup
        owners = self.owners
        for c in contacts:
            oi = owners.get(c.owner_id)
            if oi is None:
                oi = owners[c.owner_id] = OwnerIndex()
            oi.add(prepare_contact(c))

    # -- bulk matching ---------------------------------------------------------------------

    def match(self, sender: Person, owner_id: str) -> MatchResult:
        """Who `sender` is to `owner_id`: known contact, candidates, ambiguity and flags."""
        return self.match_many([(sender, owner_id)])[0]

    def match_many(self, items: Sequence[tuple[Person, str]]) -> list[MatchResult]:
        """Match many (sender, owner_id) pairs; one chunked cdist per owner."""
        results: list[MatchResult] = [MatchResult() for _ in items]
        by_owner: dict[str, list[int]] = defaultdict(list)
        for pos, (_, owner) in enumerate(items):
            by_owner[owner].append(pos)
        for owner, positions in by_owner.items():
            oi = self.owners.get(owner)
            if oi is None or not oi.entries:
                continue
            prepared = [prepare_person(items[p][0]) for p in positions]
            fuzzy = self._fuzzy_candidates(oi, [q.norm.key for q in prepared])
            for row, pos in enumerate(positions):
                results[pos] = self._decide(oi, prepared[row], fuzzy[row])
        return results

    def _fuzzy_candidates(self, oi: OwnerIndex, queries: list[str]) -> list[list[int]]:
        """Top-k contact positions per query by token-sorted ratio, in memory-bounded chunks.

        `score_cutoff` zeroes weak cells; the surviving (row, col) pairs are ranked per row
        with one lexsort, which is much cheaper than an argpartition over every row.
        """
        s = self.settings
        n = len(oi.keys)
        out: list[list[int]] = []
        rows = max(16, min(1000, s.chunk_cells // max(n, 1)))
        for start in range(0, len(queries), rows):
            chunk = queries[start : start + rows]
            m = process.cdist(
                chunk, oi.keys, scorer=fuzz.ratio, processor=None, dtype=np.uint8,
                workers=-1, score_cutoff=s.fuzzy_floor,
            )  # fmt: skip
            r_idx, c_idx = np.nonzero(m)
            sc = m[r_idx, c_idx]
            del m
            order = np.lexsort((-sc.astype(np.int16), r_idx))
            r_idx, c_idx = r_idx[order], c_idx[order]
            bounds = np.searchsorted(r_idx, np.arange(len(chunk) + 1))
            for r in range(len(chunk)):
                lo, hi = bounds[r], bounds[r + 1]
                out.append(c_idx[lo : min(hi, lo + s.top_k)].tolist())
        return out

    def _decide(self, oi: OwnerIndex, sender: Prepared, fuzzy: list[int]) -> MatchResult:
        """Score the key hits, cdist and block candidates of one sender and assemble them."""
        s = self.settings
        keyed = oi.key_hits(sender)
        cand = set(fuzzy) | set(oi.block(sender, s.block_cap)) | set(keyed)
        scored = [(i, score_pair(sender, oi.entries[i], s)) for i in cand]
        return self._assemble(oi, scored, keyed)

    def _assemble(
        self, oi: OwnerIndex, scored: list[tuple[int, PairScore]], keyed: dict[int, list[str]]
    ) -> MatchResult:
        """Bands, the duplicate-profile flag and the tie rule over the scored candidates."""
        s = self.settings
        flags: list[str] = []
        # (pos, score, band, evidence, rank)
        ranked: list[tuple[int, int, Confidence, list[str], float]] = []
        for i, ps in scored:
            score, ev = ps.score, list(ps.evidence)
            if i in keyed:
                ev = keyed[i] + [e for e in ev if "URL" not in e]
                ranked.append((i, 100, "certain", ev, 1000.0 + ps.rank))
                continue
            entry = oi.entries[i]
            if ps.url_differs and entry.is_connection and score >= s.known_threshold:
                if DUPLICATE_PROFILE not in flags:
                    flags.append(DUPLICATE_PROFILE)
                low = min(score, s.known_threshold - 1)
                ranked.append((i, low, "possible", ev, float(low)))
                continue
            band = _band(score, s)
            if band is not None:
                ranked.append((i, score, band, ev, ps.rank))
        ranked.sort(key=lambda r: (-r[4], r[0]))
        result = MatchResult(flags=flags)
        if not ranked:
            return result
        best = ranked[0]
        known_idx: int | None = None
        if best[2] == "certain":
            known_idx = 0
        elif best[2] == "likely":
            rivals = [
                r
                for r in ranked[1:]
                if r[4] >= best[4] - s.tie_margin
                and r[2] != "possible"
                and not _same_person(oi.entries[r[0]], oi.entries[best[0]])
            ]
            if rivals:
                result.ambiguous = True
            else:
                known_idx = 0
        keep = ranked[: s.max_candidates + 1]
        matches = [_to_match(oi.entries[i], sc, band, ev) for i, sc, band, ev, _ in keep]
        if known_idx is not None:
            result.known_contact = matches[0]
            matches = matches[1:]
        result.candidates = matches[: s.max_candidates]
        return result

    # -- incremental -----------------------------------------------------------------------

    def affected_by(
        self, new_contacts: Sequence[Contact], items: Sequence[tuple[Person, str]]
    ) -> list[int]:
        """Indices of items whose result may change once `new_contacts` are added."""
        if not new_contacts:
            return []
        probe = ContactIndex(new_contacts, self.settings)
        floor = min(self.settings.possible_threshold, self.settings.known_threshold)
        affected: list[int] = []
        for pos, res in enumerate(probe.match_many(items)):
            top = [m.score for m in ([res.known_contact] if res.known_contact else [])]
            top += [m.score for m in res.candidates]
            if res.flags or res.ambiguous or any(sc >= floor for sc in top):
                affected.append(pos)
        return affected

    # -- interactive lookup ----------------------------------------------------------------

    def lookup(
        self,
        name: str,
        company: str | None = None,
        email: str | None = None,
        url: str | None = None,
        owner_id: str | None = None,
        limit: int = 10,
    ) -> list[Match]:
        """Ranked contacts for a typed query (prefix-aware); owner_id None searches all owners.

        Work is shared across owners: one cdist over the distinct keys of every owner, and
        each distinct contact name scored once per query; Match records are built for the
        final `limit` rows only."""
        query = prepare_person(Person(name=name, company=company, email=email, profile_url=url))
        if owner_id is None:
            owners = list(self.owners.items())
        else:
            owners = [(owner_id, self.owners[owner_id])] if owner_id in self.owners else []
        tables = self._lookup_tables()
        fuzzy = tables.fuzzy_scores(query.norm.key)
        memo: dict[tuple[str, bool], _Scored] | None = {} if _name_only(query) else None
        rows: list[_Row] = []
        for oid, oi in owners:
            hits = tables.fuzzy_hits(oid, fuzzy, limit * 2)
            rows.extend(self._lookup_owner(oi, query, limit, hits, memo))
        rows.sort(key=lambda r: (-r[0], r[1], r[2]))
        return [_to_match(entry, score, band, ev) for score, _, _, entry, band, ev in rows[:limit]]

    def _lookup_tables(self) -> _LookupTables:
        """The lookup tables of the current contacts (built on first use, dropped by add)."""
        if self._tables is None:
            self._tables = _LookupTables(self.owners)
        return self._tables

    def _prefix_ids(self, oi: OwnerIndex, tokens: Sequence[str], cap: int) -> list[int]:
        """Contacts having, for every query token, a name token starting with it."""
        toks = oi.sorted_tokens()
        result: set[int] | None = None
        for t in sorted(tokens, key=len, reverse=True):
            ids: set[int] = set()
            lo = bisect.bisect_left(toks, t)
            hi = bisect.bisect_left(toks, t + "\x7f")
            if hi - lo > 2000:
                continue  # too unselective (one letter): let the other tokens decide
            for tok in toks[lo:hi]:
                ids.update(oi.by_token[tok])
            result = ids if result is None else result & ids
            if not result:
                return []
        if result is None:
            return []
        return sorted(result)[: cap * 20]

    def _lookup_owner(
        self,
        oi: OwnerIndex,
        q: Prepared,
        limit: int,
        fuzzy_hits: list[int],
        memo: dict[tuple[str, bool], _Scored] | None,
    ) -> list[_Row]:
        """One owner's best `limit` rows: key hits, prefix matches and fuzzy-key neighbours."""
        keyed = oi.key_hits(q)
        prefix = set(self._prefix_ids(oi, q.norm.tokens, limit))  # empty for no tokens
        cand = set(keyed) | prefix | set(fuzzy_hits)
        qlen = len(q.norm.compact)
        rows: list[_Row] = []
        for i in cand:
            e = oi.entries[i]
            c = e.contact
            assert c is not None
            if i in keyed:
                score, band, ev = 100, "certain", keyed[i]
            else:
                score, band, ev = self._lookup_score(q, e, i in prefix, qlen, memo)
            rows.append((score, c.name or e.display, c.id, e, band, ev))
        rows.sort(key=lambda r: (-r[0], r[1]))
        return rows[:limit]

    def _lookup_score(
        self,
        q: Prepared,
        e: Prepared,
        in_prefix: bool,
        qlen: int,
        memo: dict[tuple[str, bool], _Scored] | None,
    ) -> _Scored:
        """Score, band and evidence of contact `e` for a typed query (a prefix match scores by
        how much of the name is typed); memoised by the contact's name when `memo` is given."""
        key = (e.display, in_prefix)
        if memo is not None and key in memo:
            return memo[key]
        s = self.settings
        ps = score_pair(q, e, s)
        score, ev = ps.score, list(ps.evidence)
        if in_prefix and qlen:
            cover = min(1.0, qlen / max(1, len(e.norm.compact)))
            pscore = int(60 + 35 * cover)
            if pscore > score:
                score, ev = pscore, ["prefix"] + [x for x in ev if x.startswith("company")]
        scored: _Scored = (score, _band(score, s) or "possible", ev)
        if memo is not None:
            memo[key] = scored
        return scored
