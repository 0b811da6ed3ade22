"""Which invitations a filter keeps: field terms and free text, one rule for the TUI's `/`
and the CLI's `linkvet list`.

A query is words. A word `field:value` narrows by a field (`rec:decline`, `flag:mass`,
`status:asked`, `to:dana`, `owner:dana`); `-field:value` keeps the others; any other word
is free text, searched in the sender's name, headline, company and note. Values are a word
or the start of one (`rec:dec`, `flag:dup`); a comma lists alternatives (`rec:ask,decline`)
and a start several words share keeps all of them. Different words must all hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from linkvet.core.errors import Refused
from linkvet.core.recommend.rules import VERDICTS
from linkvet.core.text import fold
from linkvet.core.triage.service import FLAGS, STATUSES
from linkvet.core.triage.view import InvitationView
from rapidfuzz import fuzz, process

FUZZY_CUTOFF = 80  # rapidfuzz partial_ratio a typo must reach (free text of 3+ characters)


@dataclass(frozen=True, slots=True)
class Field:
    """One field a query can name: its words, what it means, and its values (None: a name)."""

    name: str
    aliases: tuple[str, ...]
    noun: str
    meaning: str
    values: tuple[str, ...] | None

    @property
    def example(self) -> str:
        """How the field is written, for help texts: `rec:accept|ask|decline`."""
        shown = "|".join(self.values) if self.values else "NAME"
        return f"{self.name}:{shown}"


FIELDS: tuple[Field, ...] = (
    Field("rec", ("verdict",), "recommendation", "the recommendation", tuple(VERDICTS)),
    Field("flag", (), "flag", "a flag (its start is enough: mass, dup, open)", FLAGS),
    Field("status", (), "status", "the status", STATUSES),
    Field(
        "to",
        ("owner",),
        "owner",
        "who received it: a name or its start (owner: is the same)",
        None,
    ),
)
_BY_WORD: dict[str, Field] = {w: f for f in FIELDS for w in (f.name, *f.aliases)}
# field:value (value possibly quoted), a quoted phrase, or any other word
_TOKEN = re.compile(r'(-?)([A-Za-z]+):("[^"]*"?|\S*)|"([^"]*)"?|(\S+)')


@dataclass(frozen=True, slots=True)
class Term:
    """One field word: the field, the values it accepts (any of them), kept or excluded."""

    field: str
    values: tuple[str, ...]
    negate: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed filter: field terms (all must hold), folded free text, and the problems
    found (a value no word of its field starts with)."""

    terms: tuple[Term, ...] = ()
    text: str = ""
    problems: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """True when the query narrows nothing."""
        return not (self.terms or self.text or self.problems)

    def keeps(self, view: InvitationView) -> bool:
        """True when every field term holds for the view (free text is not looked at)."""
        if self.problems:
            return False
        return all(_holds(term, view) != term.negate for term in self.terms)

    def strict(self) -> Query:
        """This query, or Refused naming its first problem (the CLI: a typo is an error)."""
        if self.problems:
            raise Refused(self.problems[0])
        return self


def parse(text: str) -> Query:
    """Read a query typed in the TUI or given to `linkvet list` (never raises: problems are
    collected, so a half-typed value just matches nothing yet)."""
    terms: list[Term] = []
    words: list[str] = []
    problems: list[str] = []
    for match in _TOKEN.finditer(text):
        minus, name, value, phrase, word = match.groups()
        field = _BY_WORD.get(name.casefold()) if name else None
        if field is None:
            words.append(phrase if phrase is not None else (word or match.group(0)))
            continue
        value = value.strip('"')
        if not value:
            continue  # "rec:" while typing: nothing to narrow by yet
        resolved = _values(field, value)
        if isinstance(resolved, str):
            problems.append(resolved)
            continue
        terms.append(Term(field.name, resolved, negate=bool(minus)))
    return Query(tuple(terms), fold(" ".join(words)), tuple(problems))


def _values(field: Field, given: str) -> tuple[str, ...] | str:
    """The values a field word names, or a one-line problem."""
    parts = [p for p in (fold(p) for p in given.split(",")) if p]
    if field.values is None:
        return tuple(parts)
    found: list[str] = []
    for part in parts:
        key = part.replace("-", "_").replace(" ", "_")
        hits = [v for v in field.values if v == key] or [
            v for v in field.values if v.startswith(key)
        ]
        if not hits:
            choices = ", ".join(field.values)
            return f"{field.name}:{part}: no {field.noun} is called that (use {choices})"
        found.extend(h for h in hits if h not in found)
    return tuple(found)


def _holds(term: Term, view: InvitationView) -> bool:
    if term.field == "rec":
        return view.verdict is not None and view.verdict.verdict in term.values
    if term.field == "flag":
        return any(flag in term.values for flag in view.flags)
    if term.field == "status":
        return view.status in term.values
    return any(_names(view, given) for given in term.values)


def _names(view: InvitationView, given: str) -> bool:
    """True when `given` (folded) is the owner's id, or each of its words starts a word of
    the owner's or the recipient's name."""
    inv = view.invitation
    if given == fold(inv.owner_id):
        return True
    wanted = given.split()
    for name in (view.owner.name if view.owner else None, inv.recipient.name):
        have = _name_words(name or "")
        if have and all(any(w.startswith(part) for w in have) for part in wanted):
            return True
    return False


@lru_cache(maxsize=1024)
def _name_words(name: str) -> tuple[str, ...]:
    """The folded words of an owner's name (a team has a few: folded once each)."""
    return tuple(fold(name).split())


def haystack(view: InvitationView) -> str:
    """What free text searches: sender name, headline, company and note, folded (accents,
    case and scripts, so "jose" finds "José")."""
    sender = view.invitation.sender
    parts = (sender.name, sender.headline or "", sender.company or "", view.invitation.message)
    return fold(" ".join(parts))


def search(
    query: Query,
    views: Mapping[str, InvitationView],
    hay: Mapping[str, str] | Callable[[str], str] | None = None,
    limit: int | None = None,
) -> list[str]:
    """Ids of the views (given in display order) the query keeps, best first.

    Field terms narrow; then every free-text word must appear (substring) in the view's
    haystack; failing that, a fuzzy partial match of the whole text (typos) counts, ranked
    after. `hay` holds haystacks made earlier (the TUI keeps one per loaded view); at most
    `limit` ids.
    """
    narrowed = bool(query.terms or query.problems)
    order = [i for i, v in views.items() if query.keeps(v)] if narrowed else list(views)
    text = query.text
    if not text:
        return order[:limit]
    get = _hay_getter(views, hay)
    words = text.split()
    exact = [i for i in order if all(w in get(i) for w in words)]
    cap = len(order) if limit is None else limit
    if len(exact) >= cap or len(text) < 3:
        return exact[:cap]
    seen = set(exact)
    rest = [i for i in order if i not in seen]
    fuzzy = process.extract(
        text,
        [get(i) for i in rest],
        scorer=fuzz.partial_ratio,
        score_cutoff=FUZZY_CUTOFF,
        limit=cap - len(exact),
    )
    return exact + [rest[index] for _, _, index in fuzzy]


def _hay_getter(
    views: Mapping[str, InvitationView], hay: Mapping[str, str] | Callable[[str], str] | None
) -> Callable[[str], str]:
    if callable(hay):
        return hay
    if hay is not None:
        return hay.__getitem__
    made: dict[str, str] = {}

    def get(inv_id: str) -> str:
        found = made.get(inv_id)
        if found is None:
            found = made[inv_id] = haystack(views[inv_id])
        return found

    return get


def from_words(words: Sequence[str]) -> Query:
    """A query given as separate words (command-line arguments): a word the shell kept
    whole stays whole, so `to:"Dana Whitfield"` names one owner."""
    quoted = []
    for word in words:
        if not any(ch.isspace() for ch in word):
            quoted.append(word)
            continue
        name, colon, value = word.partition(":")
        field_word = (
            colon and name.lstrip("-").isalpha() and name.lstrip("-").casefold() in _BY_WORD
        )
        quoted.append(f'{name}:"{value}"' if field_word else f'"{word}"')
    return parse(" ".join(quoted))


def select(views: Sequence[InvitationView], words: Sequence[str]) -> list[InvitationView]:
    """The views a query keeps, best first (`linkvet list QUERY...`); Refused for a value
    no word of its field starts with (on the command line a typo is an error)."""
    by_id = {v.id: v for v in views}
    return [by_id[i] for i in search(from_words(words).strict(), by_id)]


def help_lines() -> list[tuple[str, str]]:
    """(how it is written, what it narrows by) for each field, then the free text: the TUI's
    help and palette and the CLI's --help say the same."""
    lines = [(f.example, f.meaning) for f in FIELDS]
    lines.append(("-FIELD:VALUE", "everything but those"))
    lines.append(("any other words", "sender, headline, company and note (typos forgiven)"))
    return lines
