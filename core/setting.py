"""One config setting, declared once: type, default, allowed values and doc text in one place.

A settings dataclass names its config table (`TABLE = Table("ask", doc)`) and declares each
key with `setting(default, doc=..., minimum=..., choices=...)`; the key's type is the field's
annotation: bool, int, float, str, list[str] or dict[str, list[str]] (a sub-table per
language). `read()` builds the dataclass from a TOML table and `validate()` checks one: both
walk these declarations and raise SettingError naming the key. The config loader turns that
into `path:line: reason` and writes the commented config file from the same declarations.
"""

from __future__ import annotations

import copy
import re
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from linkvet.core.errors import LinkvetError

T = TypeVar("T")

# A check of its own for one setting: (key, value) -> what is wrong, or None when fine.
Check = Callable[[str, Any], str | None]

_SPEC = "linkvet.setting"
_ATTACHED = "linkvet.attached"


@dataclass(frozen=True)
class Table:
    """A settings class's config table: its name (`[ask]`) and one line saying what it holds."""

    name: str
    doc: str


@dataclass(frozen=True)
class Spec:
    """What a setting allows beyond its type, and the one-line doc written above it."""

    doc: str
    minimum: float | None = None  # inclusive
    maximum: float | None = None  # inclusive
    above: float | None = None  # exclusive lower bound
    below: float | None = None  # exclusive upper bound
    choices: tuple[str, ...] = ()
    regex: bool = False  # the text (or each text of a list) is a regular expression
    check: Check | None = None


@dataclass(frozen=True)
class Declared:
    """One declared setting of a settings class: key, type, default and spec."""

    key: str
    kind: Any
    default: Any
    spec: Spec


class SettingError(LinkvetError):
    """A setting that cannot be used; `keys` locates it in `[table]` (a sub-table key second)."""

    def __init__(self, table: str, keys: tuple[str, ...], message: str) -> None:
        super().__init__(message)
        self.table = table
        self.keys = keys


def setting(
    default: T,
    *,
    doc: str,
    minimum: float | None = None,
    maximum: float | None = None,
    above: float | None = None,
    below: float | None = None,
    choices: tuple[str, ...] = (),
    regex: bool = False,
    check: Check | None = None,
) -> T:
    """A dataclass field that is one key of the class's config table."""
    spec = Spec(doc, minimum, maximum, above, below, choices, regex, check)
    metadata = {_SPEC: spec}
    if isinstance(default, list | dict):
        frozen = copy.deepcopy(default)
        return field(default_factory=lambda: copy.deepcopy(frozen), metadata=metadata)
    return field(default=default, metadata=metadata)


def attached(factory: Callable[[], T]) -> T:
    """A field holding another table's settings (the one `[roles]`, the one `[ask]`): not a
    key of this table; the config loader sets it to the object read from that table."""
    return field(default_factory=factory, compare=False, repr=False, metadata={_ATTACHED: True})


_DECLARED: dict[type, tuple[Declared, ...]] = {}


def declared(cls: type) -> tuple[Declared, ...]:
    """The settings `cls` declares, in declaration order; TypeError for an undeclared field."""
    if cls not in _DECLARED:
        _DECLARED[cls] = _declarations(cls)
    return _DECLARED[cls]


def _declarations(cls: type) -> tuple[Declared, ...]:
    hints = typing.get_type_hints(cls)
    defaults = cls()
    out = []
    for f in fields(cls):
        if f.metadata.get(_ATTACHED):
            continue
        spec = f.metadata.get(_SPEC)
        if not isinstance(spec, Spec):
            raise TypeError(f"{cls.__name__}.{f.name} is not declared with setting()")
        out.append(Declared(f.name, hints[f.name], getattr(defaults, f.name), spec))
    return tuple(out)


def table_of(cls: type) -> Table:
    """The config table a settings class declares (its `TABLE`)."""
    table = getattr(cls, "TABLE", None)
    if not isinstance(table, Table):
        raise TypeError(f"{cls.__name__} declares no TABLE")
    return table


def read(cls: type[T], data: Mapping[str, Any]) -> T:
    """Settings from a TOML table: unknown keys, wrong types and bad values raise SettingError.
    A per-language sub-table replaces the languages it gives and keeps the others."""
    name = table_of(cls).name
    known = {d.key: d for d in declared(cls)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        item = known.get(key)
        if item is None:
            raise SettingError(
                name, (key,), f"unknown key {key!r} in [{name}] (known: {', '.join(known)})"
            )
        values[key] = _typed(name, item, value)
        if isinstance(item.default, dict):
            values[key] = {**copy.deepcopy(item.default), **values[key]}
    settings = cls(**values)
    validate(settings)
    return settings


def validate(settings: object) -> None:
    """Raise SettingError for the first declared setting whose value does not fit its spec."""
    name = table_of(type(settings)).name
    for item in declared(type(settings)):
        value = _typed(name, item, getattr(settings, item.key))
        fault = _fault(item, value)
        if fault:
            raise SettingError(name, (item.key,), f"[{name}] {item.key} {fault}")


# ---------------------------------------------------------------- types

_TYPE_WORDS: dict[Any, str] = {
    bool: "true or false",
    int: "an integer",
    float: "a number",
    str: "text",
}


def type_words(kind: Any) -> str:
    """The type a setting takes, in words ("an integer", "a list of strings")."""
    origin = typing.get_origin(kind)
    if origin is list:
        return "a list of strings"
    if origin is dict:
        return "a table of lists of strings"
    return _TYPE_WORDS.get(kind, str(kind))


def _fits(kind: Any, value: Any) -> bool:
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is str:
        return isinstance(value, str)
    if typing.get_origin(kind) is list:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    raise TypeError(f"unsupported setting type {kind}")  # pragma: no cover


def _typed(table: str, item: Declared, value: Any) -> Any:
    """`value` in the setting's type (a copy; ints become floats where a number is wanted)."""
    if typing.get_origin(item.kind) is dict:
        if not isinstance(value, dict):
            raise SettingError(
                table,
                (item.key,),
                f"[{table}] {item.key} must be a table, not {type(value).__name__}",
            )
        _, inner = typing.get_args(item.kind)
        return {lang: _one(table, (item.key, lang), inner, words) for lang, words in value.items()}
    return _one(table, (item.key,), item.kind, value)


def _one(table: str, keys: tuple[str, ...], kind: Any, value: Any) -> Any:
    if not _fits(kind, value):
        where = f"[{table}.{keys[0]}] {keys[1]}" if len(keys) > 1 else f"[{table}] {keys[0]}"
        raise SettingError(
            table, keys, f"{where} must be {type_words(kind)}, not {type(value).__name__}"
        )
    if kind is float:
        return float(value)
    return list(value) if isinstance(value, list) else value


# ---------------------------------------------------------------- allowed values


def _number(value: float) -> str:
    return f"{value:g}"


def range_words(spec: Spec) -> str | None:
    """The allowed range in words ("at least 1", "between 1 and 100"), None when unbounded."""
    if spec.minimum is not None and spec.maximum is not None:
        return f"between {_number(spec.minimum)} and {_number(spec.maximum)}"
    if spec.above is not None and spec.below is not None:
        return f"between {_number(spec.above)} and {_number(spec.below)} (exclusive)"
    parts = []
    if spec.minimum is not None:
        parts.append(f"at least {_number(spec.minimum)}")
    if spec.above is not None:
        parts.append(f"greater than {_number(spec.above)}")
    if spec.maximum is not None:
        parts.append(f"at most {_number(spec.maximum)}")
    if spec.below is not None:
        parts.append(f"less than {_number(spec.below)}")
    return " and ".join(parts) or None


def choice_words(choices: tuple[str, ...]) -> str:
    """'"a", "b" or "c"'."""
    quoted = [f'"{c}"' for c in choices]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def allowed(spec: Spec) -> str:
    """The allowed values as a sentence for the docs ("At least 1."), "" when any value fits."""
    if spec.choices:
        either = "Either" if len(spec.choices) == 2 else "One of"
        return f"{either} {choice_words(spec.choices)}."
    words = range_words(spec)
    return f"{words[0].upper()}{words[1:]}." if words else ""


def described(spec: Spec) -> str:
    """The doc text followed by the allowed values: what the config file and README say."""
    return f"{spec.doc} {allowed(spec)}".strip()


def _in_range(spec: Spec, value: float) -> bool:
    return not (
        (spec.minimum is not None and value < spec.minimum)
        or (spec.maximum is not None and value > spec.maximum)
        or (spec.above is not None and value <= spec.above)
        or (spec.below is not None and value >= spec.below)
    )


def _fault(item: Declared, value: Any) -> str | None:
    """What is wrong with a (well-typed) value, or None."""
    spec = item.spec
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and not _in_range(spec, value):
        return f"must be {range_words(spec)}"
    if spec.choices and value not in spec.choices:
        return f"must be {choice_words(spec.choices)}"
    if spec.regex:
        for pattern in [value] if isinstance(value, str) else value:
            try:
                re.compile(pattern)
            except re.error as exc:
                return f"has a bad regex {pattern!r}: {exc}"
    if spec.check is not None:
        return spec.check(item.key, value)
    return None
