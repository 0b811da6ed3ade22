"""User configuration: one TOML file (`LINKVET_CONFIG`, else the platform config dir).

`load_config()` returns defaults when the file is missing, and raises ConfigError
(`path:line: reason`, one line) for a syntax error, an unknown table or key, a wrong type or
an invalid rule. `default_config_text()` is the commented file with every default.
"""

from __future__ import annotations

import json
import re
import tomllib
import typing
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from linkvet.core.ask import AskSettings
from linkvet.core.checklist.settings import ChecklistSettings
from linkvet.core.errors import LinkvetError
from linkvet.core.matching.settings import MatchSettings
from linkvet.core.patterns.settings import PatternSettings
from linkvet.core.recommend.rules import RuleError, parse_rules
from linkvet.core.recommend.settings import RecommendSettings
from linkvet.core.roles import RolesSettings
from linkvet.core.ui import UiSettings

if typing.TYPE_CHECKING:
    from linkvet.core.export.settings import ActionSettings
    from linkvet.core.recommend.rules import Rule

TABLES = (
    "checklist",
    "roles",
    "recommend",
    "ask",
    "patterns",
    "matching",
    "actions",
    "ui",
    "keys",
    "rules",
)

# Keys that moved or went away, with what to write instead (old config files get this
# message, naming the line, instead of "unknown key").
MOVED: dict[tuple[str, str], str] = {
    **{
        ("checklist", f"{kind}_keywords"): f"moved to the [roles] table: write [roles.{kind}] "
        f"(same languages and words) instead of [checklist.{kind}_keywords]"
        for kind in ("recruiter", "seller", "open_networker")
    },
    **{
        ("checklist", f"extra_{kind}_keywords"): f"moved to the [roles] table: write "
        f"extra_{kind} = [...] under [roles]"
        for kind in ("recruiter", "seller", "open_networker")
    },
    ("checklist", "open_networker_case_sensitive"): "moved to the [roles] table (same key)",
    ("checklist", "open_networker_patterns"): "moved to the [roles] table (same key)",
    ("checklist", "personal_keywords"): "was removed: notes are now read for what they say "
    "(see README, How the recommendation works); for your own phrases use a [[rules]] entry "
    'with note_matches = "..."',
    ("checklist", "extra_personal_keywords"): "was removed: notes are now read for what they "
    'say; for your own phrases use a [[rules]] entry with note_matches = "..."',
    ("checklist", "question_min_length"): "was removed: a question mark no longer makes a note "
    "personal",
    ("patterns", "recruiter_keywords"): "moved to the [roles] table: one recruiter lexicon now "
    "serves checks and patterns; add your own words with extra_recruiter = [...] under [roles]",
}


class ConfigError(LinkvetError):
    """A config problem; str() is one line `path:line: reason` (no line when unknown)."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line else f"{self.path}"
        super().__init__(f"{where}: {reason}")


def _default_actions() -> ActionSettings:
    from linkvet.core.export.settings import ActionSettings  # lazy: core.export imports core.triage

    return ActionSettings()


@dataclass
class Config:
    """Every setting linkvet reads from the config file, plus where it came from."""

    checklist: ChecklistSettings = field(default_factory=ChecklistSettings)
    roles: RolesSettings = field(default_factory=RolesSettings)
    recommend: RecommendSettings = field(default_factory=RecommendSettings)
    ask: AskSettings = field(default_factory=AskSettings)
    patterns: PatternSettings = field(default_factory=PatternSettings)
    matching: MatchSettings = field(default_factory=MatchSettings)
    actions: ActionSettings = field(default_factory=_default_actions)
    ui: UiSettings = field(default_factory=UiSettings)
    rules: list[Rule] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # binding id -> key, for the TUI
    path: Path | None = None
    source_text: str = ""


# ---------------------------------------------------------------- line lookup in the raw text

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]#]+?)\s*\]\]?\s*(?:#.*)?$")


def _norm_header(name: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in name.split("."))


class _Lines:
    """Finds the line of a table, key or rule in the raw TOML text (tomllib has no positions)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: list[tuple[int, bool, str]] = []  # (line number, is_array, name)
        for number, line in enumerate(self.lines, 1):
            m = _HEADER.match(line)
            if m:
                self.headers.append((number, m.group(1) == "[[", _norm_header(m.group(2))))

    def _region(self, start: int) -> tuple[int, int]:
        end = len(self.lines) + 1
        for number, _, _ in self.headers:
            if number > start:
                end = number
                break
        return start, end

    def _key_in(self, start: int, end: int, key: str) -> int | None:
        rx = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=")
        for number in range(start, end):
            if rx.match(self.lines[number - 1]):
                return number
        return None

    def table(self, name: str) -> int | None:
        """Line of `[name]` (or of `name = ...` / `name.x = ...` at top level)."""
        for number, _, header in self.headers:
            if header == name or header.startswith(name + "."):
                return number
        top_end = self.headers[0][0] if self.headers else len(self.lines) + 1
        rx = re.compile(r"^\s*" + re.escape(name) + r"\s*[.=]")
        for number in range(1, top_end):
            if rx.match(self.lines[number - 1]):
                return number
        return None

    def key(self, table: str, key: str) -> int | None:
        """Line of `key` inside `[table]` (or its sub-table `[table.key]`), else the table."""
        for number, _, header in self.headers:
            if header == f"{table}.{key}":
                return number
        for number, _, header in self.headers:
            if header == table:
                found = self._key_in(*self._region(number), key)
                if found:
                    return found
        return self.table(table)

    def rule(self, index: int | None, name: Any, key: str | None) -> int | None:
        """Line of the index-th `[[rules]]` (the offending key inside it when found)."""
        arrays = [n for n, is_array, h in self.headers if is_array and h == "rules"]
        if index is not None and index < len(arrays):
            start, end = self._region(arrays[index])
            for number, _, header in self.headers:
                if start < number and header.startswith("rules.") and number >= end:
                    end = self._region(number)[1]
            if key:
                found = self._key_in(start, end, key)
                if found is None:
                    rx = re.compile(r"\b" + re.escape(key) + r"\s*=")
                    for number in range(start, end):
                        if rx.search(self.lines[number - 1]):
                            return number
                return found or arrays[index]
            return arrays[index]
        if isinstance(name, str) and name:
            quoted = (json.dumps(name), f"'{name}'")
            for number, line in enumerate(self.lines, 1):
                if any(q in line for q in quoted):
                    return number
        return self.table("rules")


# ---------------------------------------------------------------- type checking and building


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is list:
        return "a list of strings"
    if origin is dict:
        return "a table"
    return {int: "an integer", float: "a number", bool: "true or false", str: "text"}.get(
        tp, str(tp)
    )


def _check_value(tp: Any, value: Any) -> Any:
    """The value converted to type `tp`, or ValueError with the expected type in words."""
    origin = typing.get_origin(tp)
    bad = ValueError(f"must be {_type_name(tp)}, not {type(value).__name__}")
    if tp is bool:
        if not isinstance(value, bool):
            raise bad
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise bad
        return value
    if origin is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad
        return list(value)
    if origin is dict:
        _, vt = typing.get_args(tp)
        if not isinstance(value, dict):
            raise bad
        out = {}
        for k, v in value.items():
            try:
                out[k] = _check_value(vt, v)
            except ValueError as exc:
                raise ValueError(f"{k} {exc}") from None
        return out
    raise ValueError(f"has an unsupported type {tp}")  # pragma: no cover


def _config_fields(cls: type) -> list[Any]:
    """The dataclass fields that are keys of the class's config table (not attached ones)."""
    return [f for f in fields(cls) if f.metadata.get("config", True)]


def _fields_of(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints.get(f.name, Any) for f in _config_fields(cls)}


def _build(
    cls: type,
    table: dict[str, Any],
    section: str,
    where: _Lines,
    path: Path,
    exclude: tuple[str, ...] = (),
) -> Any:
    """A settings dataclass from its TOML table: unknown keys and wrong types are errors."""
    known = _fields_of(cls)
    defaults = cls()
    values: dict[str, Any] = {}
    for key, value in table.items():
        moved = MOVED.get((section, key))
        if moved:
            raise ConfigError(path, where.key(section, key), f"[{section}] {key} {moved}")
        if key not in known or key in exclude:
            allowed = ", ".join(k for k in known if k not in exclude)
            raise ConfigError(
                path,
                where.key(section, key),
                f"unknown key {key!r} in [{section}] (known: {allowed})",
            )
        tp = known[key]
        try:
            checked = _check_value(tp, value) if tp is not Any else value
        except ValueError as exc:
            raise ConfigError(path, where.key(section, key), f"[{section}] {key} {exc}") from None
        default = getattr(defaults, key)
        if isinstance(default, dict) and isinstance(checked, dict):
            checked = {**default, **checked}  # a language given replaces that language only
        values[key] = checked
    settings = cls(**values)
    validate = getattr(settings, "validate", None)
    if callable(validate):
        try:
            validate()
        except ValueError as exc:
            key = _key_named(str(exc), list(table)) or next(iter(table), "")
            raise ConfigError(path, where.key(section, key), f"[{section}] {exc}") from None
    return settings


def _key_named(message: str, keys: list[str]) -> str | None:
    hits = [(message.find(k), k) for k in keys if k in message]
    return min(hits)[1] if hits else None


def _parse_error_line(exc: tomllib.TOMLDecodeError) -> tuple[int | None, str]:
    text = str(exc)
    m = re.search(r"\(at line (\d+), column \d+\)", text)
    if m:
        return int(m.group(1)), text[: m.start()].strip()
    m = re.search(r"\(at end of document\)", text)
    if m:
        return None, text[: m.start()].strip() + " at the end of the file"
    return None, text


def parse_config(text: str, path: Path) -> Config:
    """A Config from TOML text; ConfigError (path:line: reason) on any problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, reason = _parse_error_line(exc)
        raise ConfigError(path, line, f"TOML syntax error: {reason}") from None
    where = _Lines(text)
    for name, value in data.items():
        if name not in TABLES:
            raise ConfigError(
                path, where.table(name), f"unknown table [{name}] (known: {', '.join(TABLES)})"
            )
        if name != "rules" and not isinstance(value, dict):
            raise ConfigError(path, where.table(name), f"[{name}] must be a table")

    ask = _build(AskSettings, data.get("ask", {}), "ask", where, path)
    recommend = _build(
        RecommendSettings,
        data.get("recommend", {}),
        "recommend",
        where,
        path,
        exclude=("follow_up_days",),
    )
    recommend.follow_up_days = ask.follow_up_days
    checklist = _build(ChecklistSettings, data.get("checklist", {}), "checklist", where, path)
    roles = _build(RolesSettings, data.get("roles", {}), "roles", where, path)
    checklist.roles = roles
    patterns = _patterns(data.get("patterns", {}), where, path)
    patterns.roles = roles
    matching = _build(MatchSettings, data.get("matching", {}), "matching", where, path)
    from linkvet.core.export.settings import ActionSettings  # lazy: core.export imports core.triage

    actions = _build(ActionSettings, data.get("actions", {}), "actions", where, path)
    ui = _build(UiSettings, data.get("ui", {}), "ui", where, path)

    keys = data.get("keys", {})
    for key, value in keys.items():
        if not isinstance(value, str):
            raise ConfigError(path, where.key("keys", key), f"[keys] {key} must be text (a key)")

    try:
        rules = parse_rules(data.get("rules", []))
    except RuleError as exc:
        raw = data.get("rules")
        name = None
        if isinstance(raw, list) and exc.index is not None and exc.index < len(raw):
            item = raw[exc.index]
            name = item.get("name") if isinstance(item, dict) else None
        line = where.rule(exc.index, name, exc.key)
        raise ConfigError(path, line, str(exc)) from None
    for index, rule in enumerate(rules):
        rule.line = where.rule(index, rule.name, None)

    return Config(
        checklist=checklist,
        roles=roles,
        recommend=recommend,
        ask=ask,
        patterns=patterns,
        matching=matching,
        actions=actions,
        ui=ui,
        rules=rules,
        keys=dict(keys),
        path=path,
        source_text=text,
    )


def _patterns(table: dict[str, Any], where: _Lines, path: Path) -> PatternSettings:
    for key in table:
        moved = MOVED.get(("patterns", key))
        if moved:
            raise ConfigError(path, where.key("patterns", key), f"[patterns] {key} {moved}")
    try:
        return PatternSettings.from_mapping(table)
    except ValueError as exc:
        key = _key_named(str(exc), list(table))
        line = where.key("patterns", key) if key else where.table("patterns")
        raise ConfigError(path, line, str(exc)) from None


def config_path(path: Path | str | None = None) -> Path:
    """The config file in effect: the argument, else LINKVET_CONFIG, else the platform dir."""
    from linkvet.core.paths import resolve_config

    return resolve_config(path)


def load_config(path: Path | None = None) -> Config:
    """Read the config file; defaults when it does not exist; ConfigError when it is wrong."""
    target = config_path(path)
    if not target.exists():
        return Config(path=target)
    try:
        text = target.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(target, None, f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise ConfigError(target, None, f"cannot read: {exc.strerror or exc}") from None
    return parse_config(text, target)


def save_setting(path: Path | None, table: str, key: str, value: Any) -> Path:
    """Set `[table] key = value` (a value on one line: text, number, true/false) in the
    config file, every other line kept as written (comments included); the file is created
    when missing and replaced atomically. Returns the file. ConfigError when the file is
    wrong now (it is left alone) or the value is."""
    from linkvet.core.store.atomic import write_atomic

    target = config_path(path)
    text = target.read_text(encoding="utf-8-sig") if target.exists() else ""
    parse_config(text, target)
    lines = text.splitlines()
    where = _Lines(text)
    assignment = _assign(key, value)
    header = next((n for n, array, name in where.headers if name == table and not array), None)
    if header is None:
        lines += [""] if lines and lines[-1].strip() else []
        lines += [f"[{table}]", assignment]
    else:
        found = where._key_in(*where._region(header), key)
        if found is None:
            lines.insert(header, assignment)
        else:
            lines[found - 1] = assignment
    updated = "\n".join(lines) + "\n"
    parse_config(updated, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, updated.encode("utf-8"))
    return target


# ---------------------------------------------------------------- writing TOML with comments

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key, ensure_ascii=False)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        if "\\" in value and "'" not in value and "\n" not in value:
            return f"'{value}'"  # literal string keeps regexes readable
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _assign(key: str, value: Any, width: int = 96) -> str:
    one = f"{_toml_key(key)} = {_toml_value(value)}"
    if len(one) <= width or not isinstance(value, list) or not value:
        return one
    lines = [f"{_toml_key(key)} = ["]
    current = "    "
    for item in value:
        piece = _toml_value(item) + ","
        if len(current) + len(piece) + 1 > width and current.strip():
            lines.append(current.rstrip())
            current = "    "
        current += piece + " "
    if current.strip():
        lines.append(current.rstrip())
    lines.append("]")
    return "\n".join(lines)


# Field comments too long for the settings class's source (the rest come from there)
_COMMENTS: dict[str, str] = {
    "roles.extra_recruiter": (
        "Words added to the lists below without repeating them. A trailing * matches a word\n"
        '# prefix ("recruit*" matches recruiter, recruiting, Recruiterin); accents and case are\n'
        "# ignored."
    ),
}

_SECTION_COMMENTS: dict[str, str] = {
    "checklist": "The seven checks: the two_way check's keyword lists per language.",
    "roles": (
        "Recruiter, seller and open-networker words per language, read from headlines,\n"
        "# companies, names (and notes, for open networkers): one lexicon for checks and patterns."
    ),
    "recommend": "The built-in verdict (accept / decline / ask).",
    "ask": (
        "The message you send when you ask: one template per situation the note shows\n"
        "# (nothing to go on, an event, a person, a school, a role...). {first_name},\n"
        "# {owner_name} and {note} work everywhere; the others where the comment says."
    ),
    "patterns": "Mass-invite detection thresholds.",
    "matching": "Contact matching thresholds and weights.",
    "actions": "The action list and data-health notes: when sent invitations and exports get old.",
    "ui": "The terminal UI.",
    "keys": (
        'Key bindings for the TUI: binding id = key, e.g. "decide.accept" = "a".\n'
        "# Ids are listed in the help panel (press ?)."
    ),
}

_RULES_EXAMPLE = """\
# User rules run before the built-in verdict; the first rule that matches decides.
# Conditions (all must hold): headline_matches, name_matches, company_matches, note_matches
# (regex, case-insensitive); note = "none" | "stock" | "personal" | "other" (or a list);
# note_category = "personal" | "event" | "candidate" | "recruiter" | "sales" | "spam" |
# "generic" (what the note reads as, or a list);
# email_domain_in = [domains]; mutual_connections_gte / mutual_connections_lte = N (false
# when the count is unknown); check = { id = "pass" | "fail" | "unknown" };
# pattern_kind_in = ["fanout", "campaign", "template", "burst", "reinvite"].
# Optional: confidence = 0.9, reason = "text shown instead of the conditions".
#
# [[rules]]
# name = "crypto spam"
# when = { headline_matches = "crypto|forex|MLM", note = "none" }
# then = "decline"
#
# [[rules]]
# name = "my company"
# when = { email_domain_in = ["contoso.com"] }
# then = "accept"
#
# [[rules]]
# name = "well connected"
# when = { mutual_connections_gte = 10 }
# then = "ask"
"""


def _source_comments(cls: type) -> dict[str, str]:
    """Field comments from a settings class's source: trailing `#` or the docstring after it."""
    import inspect

    try:
        source = inspect.getsource(cls).splitlines()
    except (OSError, TypeError):
        return {}
    out: dict[str, str] = {}
    names = {f.name for f in _config_fields(cls)}
    for i, line in enumerate(source):
        m = re.match(r"^\s{4}(\w+)\s*:", line)
        if not m or m.group(1) not in names:
            continue
        name = m.group(1)
        if "#" in line and not line.rstrip().endswith(("(", "[")):
            out[name] = line.split("#", 1)[1].strip()
            continue
        for follow in source[i + 1 : i + 6]:
            stripped = follow.strip()
            if stripped.startswith('"""') and stripped.endswith('"""') and len(stripped) > 6:
                out[name] = stripped.strip('"').strip()
                break
            if re.match(r"^\s{4}\w+\s*:", follow):
                break
    return out


def _section(name: str, settings: Any, exclude: tuple[str, ...] = ()) -> list[str]:
    comments = {f"{name}.{k}": v for k, v in _source_comments(type(settings)).items()}
    comments.update({k: v for k, v in _COMMENTS.items() if k.startswith(name + ".")})
    lines = [f"# {_SECTION_COMMENTS.get(name, '')}".rstrip(), f"[{name}]"]
    tables: list[tuple[str, dict[str, Any]]] = []
    for f in _config_fields(type(settings)):
        if f.name in exclude:
            continue
        value = getattr(settings, f.name)
        if isinstance(value, dict):
            tables.append((f.name, value))
            continue
        comment = comments.get(f"{name}.{f.name}")
        if comment:
            lines.append(f"# {comment}")
        if value is None:
            lines.append(f"# {_toml_key(f.name)} = (not set)")
        else:
            lines.append(_assign(f.name, value))
    for sub, value in tables:
        lines.append("")
        if name in ("checklist", "roles"):
            lines.append(
                "# Setting a language replaces that language's defaults; [] switches it off."
            )
        lines.append(f"[{name}.{sub}]")
        lines.extend(_assign(str(k), v) for k, v in value.items())
    return lines


def _rule_lines(rule: Rule) -> list[str]:
    lines = ["[[rules]]", _assign("name", rule.name), _assign("then", rule.then)]
    if rule.confidence != 0.9:
        lines.append(_assign("confidence", rule.confidence))
    if rule.reason:
        lines.append(_assign("reason", rule.reason))
    lines.append("when = " + _toml_value({c.key: c.value for c in rule.conditions}))
    return lines


def dump_config(config: Config) -> str:
    """The configuration as a commented TOML document that load_config reads back equal."""
    out = [
        "# linkvet configuration. Each value below is shown with its effective setting;",
        "# remove a line to get the default back. Unknown tables or keys are an error.",
        "# File: $LINKVET_CONFIG, else the platform config dir (see `linkvet config show`).",
        "",
    ]
    sections: list[tuple[str, Any, tuple[str, ...]]] = [
        ("checklist", config.checklist, ()),
        ("roles", config.roles, ()),
        ("recommend", config.recommend, ("follow_up_days",)),
        ("ask", config.ask, ()),
        ("patterns", config.patterns, ()),
        ("matching", config.matching, ()),
        ("actions", config.actions, ()),
        ("ui", config.ui, ()),
    ]
    for name, settings, exclude in sections:
        out.extend(_section(name, settings, exclude))
        out.append("")
    out.append(f"# {_SECTION_COMMENTS['keys']}")
    out.append("[keys]")
    out.extend(_assign(k, v) for k, v in config.keys.items())
    out.append("")
    out.append(_RULES_EXAMPLE)
    for rule in config.rules:
        out.extend(_rule_lines(rule))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def default_config_text() -> str:
    """The commented TOML file with every default (`linkvet config show` / `config init`)."""
    return dump_config(Config())
