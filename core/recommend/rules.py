"""User rules (config `[[rules]]`): conditions on the sender that force a verdict.

Rules run in file order before the built-in verdict; the first rule whose every condition
holds decides, and its name appears in the reasons. A rule's keys are `RULE_KEYS`, its
conditions (all ANDed) `CONDITIONS`, each with the doc text the config file shows. A missing
value (no headline, no e-mail, unknown mutual count) makes its condition false: an absent
count is never treated as zero.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, get_args

from linkvet.core.checklist.context import Context
from linkvet.core.emails import normalize_email
from linkvet.core.models import CHECK_IDS, PATTERN_KINDS, CheckState, VerdictWord
from linkvet.core.notes import CATEGORIES, is_stock_note, read_note

VERDICTS: tuple[str, ...] = get_args(VerdictWord)
NOTE_KINDS = ("none", "stock", "personal", "other")
# rule key -> what it holds (the config file's comment on [[rules]])
RULE_KEYS: dict[str, str] = {
    "name": "required; shown in the reasons",
    "when": "required; a table of conditions, all must hold",
    "then": " | ".join(f'"{v}"' for v in VERDICTS),
    "confidence": "optional, 0 to 1 (default 0.9)",
    "reason": "optional; text shown instead of the conditions",
}
# condition -> its value and when it holds (the config file's comment on [[rules]])
CONDITIONS: dict[str, str] = {
    "headline_matches": "a regex (case-insensitive) the sender's headline matches",
    "name_matches": "a regex the sender's name matches",
    "company_matches": "a regex the sender's company matches",
    "note_matches": "a regex the invitation note matches",
    "note": " | ".join(f'"{k}"' for k in NOTE_KINDS)
    + " (or a list): the note is empty / LinkedIn stock text / passes the note check / other",
    "note_category": " | ".join(f'"{c}"' for c in CATEGORIES)
    + " (or a list): what the note reads as",
    "email_domain_in": "[domains]: the sender's (or matched contact's) e-mail domain is one "
    "of them or a subdomain",
    "mutual_connections_gte": "N: the mutual-connection count is known and at least N",
    "mutual_connections_lte": "N: the mutual-connection count is known and at most N",
    "check": "{ id = "
    + " | ".join(f'"{state}"' for state in get_args(CheckState))
    + " } (or a list of states): every named check has that state",
    "pattern_kind_in": "["
    + ", ".join(f'"{k}"' for k in PATTERN_KINDS)
    + "]: the invitation belongs to a pattern of one of these kinds",
}

Predicate = Callable[[Context, Mapping[str, str]], bool]


class RuleError(ValueError):
    """An invalid rule; `key` names the offending key (for the config's line lookup)."""

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.index: int | None = None  # position in the rules array, set by parse_rules


@dataclass
class Condition:
    """One compiled condition: its config key, the value as written, and a predicate."""

    key: str
    value: Any
    test: Predicate = field(repr=False, compare=False)

    def describe(self) -> str:
        """Plain words for the reasons: `headline matches crypto|forex`."""
        words = self.key.replace("_", " ")
        if isinstance(self.value, list):
            return f"{words} {', '.join(str(v) for v in self.value)}"
        if isinstance(self.value, dict):
            return "checks " + ", ".join(f"{k} {v}" for k, v in self.value.items())
        return f"{words} {self.value}"


@dataclass
class Rule:
    """A user rule: all conditions must hold for `then` to be the verdict."""

    name: str
    conditions: list[Condition]
    then: str
    confidence: float = 0.9
    reason: str | None = None
    line: int | None = None  # line of the rule in the config file, for messages

    def matches(self, ctx: Context, states: Mapping[str, str]) -> bool:
        """True when every condition holds; `states` maps check id -> state."""
        return all(cond.test(ctx, states) for cond in self.conditions)

    def explain(self) -> str:
        """The reason sentence for a verdict this rule decided."""
        if self.reason:
            return f'rule "{self.name}": {self.reason}'
        what = "; ".join(c.describe() for c in self.conditions)
        return f'rule "{self.name}" matched ({what})'

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], line: int | None = None) -> Rule:
        """Build and validate a rule from its TOML table; raises RuleError naming the key."""
        if not isinstance(data, Mapping):
            raise RuleError("a rule must be a table")
        for key in data:
            if key not in RULE_KEYS:
                raise RuleError(f"unknown rule key {key!r} (known: {', '.join(RULE_KEYS)})", key)
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise RuleError("a rule needs a name (text)", "name")
        then = data.get("then")
        if then not in VERDICTS:
            raise RuleError(
                f"rule {name!r}: then must be one of {', '.join(VERDICTS)}, not {then!r}", "then"
            )
        confidence = data.get("confidence", 0.9)
        if isinstance(confidence, bool) or not isinstance(confidence, int | float):
            raise RuleError(f"rule {name!r}: confidence must be a number", "confidence")
        if not 0 <= confidence <= 1:
            raise RuleError(f"rule {name!r}: confidence must be between 0 and 1", "confidence")
        reason = data.get("reason")
        if reason is not None and not isinstance(reason, str):
            raise RuleError(f"rule {name!r}: reason must be text", "reason")
        when = data.get("when")
        if not isinstance(when, Mapping) or not when:
            raise RuleError(f"rule {name!r}: when must be a non-empty table of conditions", "when")
        conditions = [_condition(name, key, value) for key, value in when.items()]
        return cls(name, conditions, then, float(confidence), reason, line)


def _regex(rule: str, key: str, value: Any) -> re.Pattern[str]:
    if not isinstance(value, str) or not value:
        raise RuleError(f"rule {rule!r}: {key} must be a non-empty regex string", key)
    try:
        return re.compile(value, re.IGNORECASE)
    except re.error as exc:
        raise RuleError(f"rule {rule!r}: {key} is not a valid regex ({exc})", key) from None


def _str_list(rule: str, key: str, value: Any, allowed: tuple[str, ...] | None = None) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(v, str) for v in items):
        raise RuleError(f"rule {rule!r}: {key} must be a string or a list of strings", key)
    if allowed is not None:
        for item in items:
            if item not in allowed:
                raise RuleError(
                    f"rule {rule!r}: {key} value {item!r} is not one of {', '.join(allowed)}",
                    key,
                )
    return list(items)


def _search(pattern: re.Pattern[str], getter: Callable[[Context], str | None]) -> Predicate:
    def test(ctx: Context, _states: Mapping[str, str]) -> bool:
        text = getter(ctx)
        return bool(text) and pattern.search(text) is not None  # type: ignore[arg-type]

    return test


def note_kind(ctx: Context, states: Mapping[str, str]) -> str:
    """none (empty), stock (LinkedIn text), personal (note check passes) or other."""
    note = ctx.invitation.message or ""
    if not note.strip():
        return "none"
    if is_stock_note(note):
        return "stock"
    if states.get("note") == "pass":
        return "personal"
    return "other"


def _domains(ctx: Context) -> list[str]:
    emails = [ctx.invitation.sender.email]
    if ctx.match.known_contact is not None:
        emails.append(ctx.match.known_contact.email)
    out = []
    for email in emails:
        norm = normalize_email(email)
        if norm:
            out.append(norm.split("@", 1)[1])
    return out


def _condition(rule: str, key: str, value: Any) -> Condition:
    sender_fields: dict[str, Callable[[Context], str | None]] = {
        "headline_matches": lambda c: c.invitation.sender.headline,
        "name_matches": lambda c: c.invitation.sender.name,
        "company_matches": lambda c: c.invitation.sender.company,
        "note_matches": lambda c: c.invitation.message,
    }
    if key in sender_fields:
        return Condition(key, value, _search(_regex(rule, key, value), sender_fields[key]))
    if key == "note":
        kinds = frozenset(_str_list(rule, key, value, NOTE_KINDS))
        return Condition(key, value, lambda c, s: note_kind(c, s) in kinds)
    if key == "note_category":
        categories = frozenset(_str_list(rule, key, value, CATEGORIES))
        return Condition(
            key, value, lambda c, s: read_note(c.invitation.message).category in categories
        )
    if key == "email_domain_in":
        wanted = tuple(d.strip().lower().lstrip("@") for d in _str_list(rule, key, value))

        def in_domains(ctx: Context, _s: Mapping[str, str]) -> bool:
            return any(d == w or d.endswith("." + w) for d in _domains(ctx) for w in wanted)

        return Condition(key, value, in_domains)
    if key in ("mutual_connections_gte", "mutual_connections_lte"):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise RuleError(f"rule {rule!r}: {key} must be a whole number, 0 or more", key)
        limit, compare = value, operator.ge if key.endswith("gte") else operator.le

        def mutual(ctx: Context, _s: Mapping[str, str]) -> bool:
            count = ctx.invitation.mutual_connections
            return count is not None and compare(count, limit)

        return Condition(key, value, mutual)
    if key == "check":
        if not isinstance(value, Mapping) or not value:
            raise RuleError(f'rule {rule!r}: check must be a table like {{ known = "pass" }}', key)
        wanted_states: dict[str, frozenset[str]] = {}
        for check_id, state in value.items():
            if check_id not in CHECK_IDS:
                raise RuleError(
                    f"rule {rule!r}: unknown check {check_id!r} (known: {', '.join(CHECK_IDS)})",
                    key,
                )
            wanted_states[check_id] = frozenset(_str_list(rule, key, state, get_args(CheckState)))
        return Condition(
            key,
            dict(value),
            lambda c, s: all(s.get(i) in st for i, st in wanted_states.items()),
        )
    if key == "pattern_kind_in":
        kinds = frozenset(_str_list(rule, key, value, PATTERN_KINDS))
        return Condition(
            key,
            value,
            lambda c, s: any(p.kind in kinds and c.invitation.id in p.members for p in c.patterns),
        )
    raise RuleError(
        f"rule {rule!r}: unknown condition {key!r} (known: {', '.join(CONDITIONS)})", key
    )


def parse_rules(items: Any) -> list[Rule]:
    """Rules from the `rules` array; a RuleError carries the failing rule's `.index`."""
    if not isinstance(items, list):
        raise RuleError("rules must be an array of tables ([[rules]])")
    rules = []
    for index, item in enumerate(items):
        try:
            rules.append(Rule.from_mapping(item))
        except RuleError as exc:
            exc.index = index
            raise
    names = [r.name for r in rules]
    for index, name in enumerate(names):
        if name in names[:index]:
            err = RuleError(f"two rules are named {name!r}", "name")
            err.index = index
            raise err
    return rules
