"""Fuzzy contact lookup (the TUI's `f`, `linkvet match`) on the matching model itself.

The typed text is a sender like any other, except that a word may be typed only in part
(its beginning agrees as strongly as the share of contacts whose name begins so allows).
Rows are ranked by posterior and cut off below `lookup_cutoff` or far behind the best; a
person held by several owners or sources (the same profile URL or e-mail) is one row that
names all of them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from linkvet.core.matching import evidence
from linkvet.core.matching.book import OwnerBook
from linkvet.core.matching.prepared import Prepared, prepare_person
from linkvet.core.models import Match, Person

if TYPE_CHECKING:
    from linkvet.core.matching.index import ContactIndex

SCAN = 60  # candidates per owner weighed per keystroke
RIVAL_SHARE = 20  # rows less than 1/20 as probable as the best are not shown
PREFIX_TOKENS = 2000  # a typed word starting more distinct words than this is not a block

# (posterior, name, contact id, owner id, prepared contact, lines)
_Row = tuple[float, str, str, str, Prepared, list[str]]


def prefix_entries(book: OwnerBook, tokens: Sequence[str], cap: int) -> list[int]:
    """Contacts having, for every typed word, a name word starting with it."""
    toks = book.sorted_tokens()
    result: set[int] | None = None
    for t in sorted(tokens, key=len, reverse=True):
        lo = bisect.bisect_left(toks, t)
        hi = bisect.bisect_left(toks, t + "\x7f")
        if hi - lo > PREFIX_TOKENS:
            continue  # too unselective (one letter): let the other words decide
        ids: set[int] = set()
        for tok in toks[lo:hi]:
            ids.update(book.by_token[tok])
        result = ids if result is None else result & ids
        if not result:
            return []
    return sorted(result)[:cap] if result else []


def _rows(index: ContactIndex, book: OwnerBook, q: Prepared, scan: int) -> list[_Row]:
    """A book's rows for the query: identity-key hits, then posterior-ranked names."""
    cutoff = index.settings.lookup_cutoff / 100.0
    keyed = book.key_hits(q)
    rows: list[_Row] = []
    for entry, keys in keyed.items():
        p = book.entries[entry]
        lines = [evidence.CERTAIN_KEYS[k] for k in keys]
        rows.append((1.0, _name(p), _id(p), _owner(p), p, lines))
    if not q.readings:
        return rows
    extra = prefix_entries(book, q.norm.tokens, scan)
    scored = index.score_names(book, [q.display], [q], extra, typed=True)
    cands, _ = index.candidates(scored, q, 0, limit=scan)
    for c in cands:
        if c.entry in keyed or c.posterior < cutoff:
            continue
        p = book.entries[c.entry]
        lines = [*index.lines(scored, c), evidence.posterior_line(c.posterior)]
        rows.append((c.posterior, _name(p), _id(p), _owner(p), p, lines))
    return rows


def _person_keys(p: Prepared) -> list[str]:
    return ([f"in:{p.slug}"] if p.slug else []) + [f"@{e}" for e in p.emails]


def lookup(index: ContactIndex, query: Person, owner_id: str | None, limit: int) -> list[Match]:
    """Ranked people for a typed query; `owner_id` None searches every owner's contacts as
    one book (the team's people: a name's rarity counted over all of them)."""
    q = prepare_person(query)
    book: OwnerBook | None
    if owner_id is None:
        book, scan = index.everyone(), SCAN * min(len(index.owners), 5)
    else:
        book, scan = index.owners.get(owner_id), SCAN
    rows = _rows(index, book, q, max(scan, SCAN)) if book is not None and len(book) else []
    rows.sort(key=lambda r: (-r[0], r[1], r[2]))
    if rows:  # far behind the best is noise, however probable on its own
        rows = [r for r in rows if r[0] * RIVAL_SHARE >= rows[0][0]]
    people: list[list[_Row]] = []
    where: dict[str, int] = {}
    for row in rows:  # best row of a person first: it names the person
        keys = _person_keys(row[4])
        found = next((where[k] for k in keys if k in where), None)
        if found is None:
            found = len(people)
            people.append([])
        people[found].append(row)
        for k in keys:
            where.setdefault(k, found)
    return [_to_match(group) for group in people[:limit]]


def _to_match(group: list[_Row]) -> Match:
    _, name, cid, _, p, lines = group[0]
    c = p.contact
    assert c is not None
    posterior = min(1.0, sum(r[0] for r in group))  # the person's records share the posterior
    certain = posterior >= 1.0
    return Match(
        contact_id=cid,
        name=name,
        company=c.company
        or next(
            (r[4].contact.company for r in group if r[4].contact and r[4].contact.company), None
        ),  # type: ignore[union-attr]
        email=c.emails[0] if c.emails else None,
        profile_url=c.profile_url,
        source=c.source,
        score=100 if certain else min(99, round(100 * posterior)),
        confidence="certain" if certain else ("likely" if posterior >= 0.5 else "possible"),
        evidence=lines,
        posterior=round(posterior, 4),
        owners=sorted({r[3] for r in group}),
        sources=sorted({r[4].contact.source for r in group if r[4].contact}),
        also=[r[2] for r in group[1:]],
    )


def _name(p: Prepared) -> str:
    return (p.contact.name if p.contact and p.contact.name else p.display) or "?"


def _owner(p: Prepared) -> str:
    assert p.contact is not None
    return p.contact.owner_id


def _id(p: Prepared) -> str:
    assert p.contact is not None
    return p.contact.id
