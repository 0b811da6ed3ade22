"""Find which cue groups a folded note hits, without running every group's regex on every note.

Most cues begin with a few literal letters ("we help", "our services", "(?:i am|i'm) ...").
Each group is split into the cues that do (run only when one of those starts occurs in the
note: a substring test, fast) and the ones that do not (a class or a repeat first: always
run). The answer is the same as one alternation per group: the leftmost match.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TypeAlias

_KEY = 6  # letters of a cue's literal start that are tested
_META = set("\\()[]{}?*+|.^$")
_QUANTIFIERS = set("?*+{")
_ESCAPED_LITERALS = set(".$()[]{}?*+|^-/#&'\" ")


def _split_top(pattern: str) -> list[str] | None:
    """The top-level alternatives of a pattern, or None when a class is not closed."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            end = pattern.find("]", i + 2)
            if end < 0:
                return None
            i = end + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str) -> int | None:
    """Index of the ")" closing the group that opens `pattern`, or None."""
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _literal_start(pattern: str) -> str:
    """The literal letters a pattern must begin with ("" when it may begin otherwise)."""
    out: list[str] = []
    i = 0
    while i < len(pattern) and len(out) < _KEY:
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1 : i + 2]
            if nxt not in _ESCAPED_LITERALS:
                break  # a class: \w, \d, \s, \b
            lit, step = nxt, 2
        elif ch in _META:
            break
        else:
            lit, step = ch, 1
        if pattern[i + step : i + step + 1] in _QUANTIFIERS:
            break  # optional or repeated: not a fixed start
        out.append(lit)
        i += step
    return "".join(out)


def literal_starts(pattern: str) -> set[str] | None:
    """Strings one of which every match of `pattern` begins with, or None when unknown."""
    alternatives = _split_top(pattern)
    if alternatives is None:
        return None
    keys: set[str] = set()
    for alt in alternatives:
        found = _alt_starts(alt)
        if found is None:
            return None
        keys |= found
    return keys


def _alt_starts(alt: str) -> set[str] | None:
    """literal_starts of one alternative: a leading group, an optional one, a lookbehind."""
    if alt.startswith(("(?<!", "(?<=")):
        end = _group_end(alt)
        return None if end is None else _alt_starts(alt[end + 1 :])
    if alt.startswith("(?:"):
        end = _group_end(alt)
        inner = _split_top(alt[3:end]) if end is not None else None
        if end is None or inner is None:
            return None
        rest = alt[end + 1 :]
        optional = rest[:1] == "?"
        if optional:
            rest = rest[1:]
        elif rest[:1] in _QUANTIFIERS:
            return None
        keys: set[str] = set()
        for branch in inner:
            start = _literal_start(branch if "(" in branch else branch + rest)
            if len(start) < 2:
                return None
            keys.add(start)
        if optional:
            after = _alt_starts(rest)
            if after is None:
                return None
            keys |= after
        return keys
    start = _literal_start(alt)
    if len(start) >= 2:
        return {start}
    if len(alt) >= 2 and alt[1] == "?" and alt[0] not in _META:  # "#?opentowork"
        after = _alt_starts(alt[2:])
        return None if after is None else after | {alt[0] + k for k in after}
    return None


def _alternation(patterns: Sequence[str]) -> _Lazy | None:
    if not patterns:
        return None
    # A cue written with a trailing space ("estoy buscando ") means "then another word"; the
    # closing word boundary below already says that, and with the space kept it never matched.
    body = "|".join(f"(?:{p.rstrip(' ')})" for p in patterns)
    return _Lazy(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


def _one(pattern: str) -> _Lazy:
    """One cue as its group's alternation would match it (see `_alternation`)."""
    return _Lazy(rf"(?<![a-z0-9])(?:{pattern.rstrip(' ')})(?![a-z0-9])")


class _Lazy:
    """A regex compiled the first time it is used: compiling every cue group costs a process
    about 60 ms, and most commands read one note or none."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled


_Trie: TypeAlias = dict[str, "_Trie"]


def _trie(keys: Sequence[str]) -> str:
    """One regex for many literal keys, as a trie (longest first), so the engine tries each
    position once instead of every key in turn."""
    tree: _Trie = {}
    for key in keys:
        node = tree
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: _Trie) -> str:
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(tree)


class CueMatcher:
    """Compiled cue groups with a literal-start index (see the module docstring)."""

    def __init__(self, groups: Mapping[str, Sequence[str]]) -> None:
        self._names: list[str] = []
        every_always: list[str] = []
        self._always: list[_Lazy | None] = []
        self._cues: list[_Lazy] = []  # the indexed cues, one regex each, compiled when tried
        cues_of_key: dict[str, list[tuple[int, int]]] = {}  # key -> (group, cue), list order
        for index, (group, patterns) in enumerate(groups.items()):
            always: list[str] = []
            for pattern in patterns:
                found = literal_starts(pattern)
                if found is None or not all(k[0].isalnum() for k in found):
                    always.append(pattern)
                    continue
                cue = len(self._cues)
                self._cues.append(_one(pattern))
                for key in {k[:_KEY] for k in found}:
                    cues_of_key.setdefault(key, []).append((index, cue))
            self._names.append(group)
            self._always.append(_alternation(always))
            every_always.extend(always)
        # Most notes hit none of the unindexed cues: one search of them all says when to
        # run each group's own.
        self._any_always = _alternation(every_always)
        self._always_groups = frozenset(i for i, a in enumerate(self._always) if a is not None)
        # The scan finds the longest key at each word start; every key that is a prefix of it
        # is found there too, so a key stands for the cues of all its prefixes.
        keys = sorted(cues_of_key)
        self._cues_at: dict[str, tuple[tuple[int, int], ...]] = {}
        for key in keys:
            prefixes = (cues_of_key.get(key[:n], ()) for n in range(1, len(key) + 1))
            self._cues_at[key] = tuple(sorted({c for cues in prefixes for c in cues}))
        self._scan = _Lazy(rf"(?<![a-z0-9])(?=({_trie(keys)}))") if keys else None

    def hits(self, folded: str) -> dict[str, str]:
        """Cue group -> the text of its leftmost match, for every group the text hits."""
        tries: dict[int, list[tuple[int, int]]] = {}  # group -> (position, cue), in order
        if self._scan is not None:
            cues_at = self._cues_at
            for m in self._scan.regex.finditer(folded):
                found = m.group(1)
                if found:
                    p = m.start()
                    for index, cue in cues_at[found]:
                        tries.setdefault(index, []).append((p, cue))
        out: dict[str, str] = {}
        run_always = (
            self._any_always is not None and self._any_always.regex.search(folded) is not None
        )
        todo = tries.keys() | self._always_groups if run_always else tries.keys()
        for index in sorted(todo):  # group order, as one alternation per group would give
            always = self._always[index] if run_always else None
            best = always.regex.search(folded) if always is not None else None
            # leftmost position first, then the cues in the group's own order: what one
            # alternation of the group's cues would match
            for p, cue in sorted(tries.get(index, ())):
                if best is not None and p >= best.start():
                    break
                found = self._cues[cue].regex.match(folded, p)
                if found is not None:
                    best = found
                    break
            if best is not None:
                out[self._names[index]] = best.group(0)
        return out
