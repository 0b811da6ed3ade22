"""User configuration: one TOML file (`LINKVET_CONFIG`, else the platform config dir).

Every setting is declared once, in the settings class of the rule that reads it
(`core.setting`: type, default, range or choices, doc text). This module reads the file
through those declarations, reports any problem as one line `path:line: reason`
(ConfigError), and writes the commented file from the same declarations
(`default_config_text()`, `dump_config()`). `[keys]` and `[[rules]]` have a structure of
their own and their own small readers, with the same error lines.
"""

from __future__ import annotations

import json
import re
import textwrap
import tomllib
import typing
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from linkvet.core.ask import AskSettings
from linkvet.core.checklist.settings import ChecklistSettings
from linkvet.core.errors import LinkvetError
from linkvet.core.key_bindings import BINDING_IDS, unknown_binding
from linkvet.core.matching.settings import MatchSettings
from linkvet.core.patterns.settings import PatternSettings
from linkvet.core.recommend.rules import CONDITIONS, RULE_KEYS, RuleError, parse_rules
from linkvet.core.recommend.settings import RecommendSettings
from linkvet.core.roles import RolesSettings
from linkvet.core.setting import Declared, SettingError, declared, described, read, table_of
from linkvet.core.ui import UiSettings

if typing.TYPE_CHECKING:
    from linkvet.core.export.settings import ActionSettings
    from linkvet.core.recommend.rules import Rule

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


_TABLE = {"table": True}  # metadata of a Config field that is a settings table (same name)


@dataclass
class Config:
    """Every setting linkvet reads from the config file, plus where it came from.

    The settings tables come in file order; `[roles]` and `[ask]` are one object each,
    attached to the settings that read them (checks and patterns; the verdict)."""

    checklist: ChecklistSettings = field(default_factory=ChecklistSettings, metadata=_TABLE)
    roles: RolesSettings = field(default_factory=RolesSettings, metadata=_TABLE)
    recommend: RecommendSettings = field(default_factory=RecommendSettings, metadata=_TABLE)
    ask: AskSettings = field(default_factory=AskSettings, metadata=_TABLE)
    patterns: PatternSettings = field(default_factory=PatternSettings, metadata=_TABLE)
    matching: MatchSettings = field(default_factory=MatchSettings, metadata=_TABLE)
    actions: ActionSettings = field(default_factory=_default_actions, metadata=_TABLE)
    ui: UiSettings = field(default_factory=UiSettings, metadata=_TABLE)
    rules: list[Rule] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # binding id -> key, for the TUI
    path: Path | None = None
    source_text: str = ""

    def __post_init__(self) -> None:
        self.checklist.roles = self.roles
        self.patterns.roles = self.roles
        self.recommend.ask = self.ask

    def tables(self) -> list[Any]:
        """The settings objects, one per settings table, in file order."""
        return [getattr(self, name) for name in SETTING_TABLES]


SETTING_TABLES: tuple[str, ...] = tuple(f.name for f in fields(Config) if f.metadata.get("table"))
TABLES: tuple[str, ...] = (*SETTING_TABLES, "keys", "rules")


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

    def setting(self, table: str, keys: tuple[str, ...]) -> int | None:
        """Line of a setting: `[table] key`, or `lang` inside its sub-table `[table.key]`."""
        if len(keys) > 1:
            for number, is_array, header in self.headers:
                if header == f"{table}.{keys[0]}" and not is_array:
                    return self._key_in(*self._region(number), keys[1]) or number
        return self.key(table, keys[0]) if keys else self.table(table)


# ---------------------------------------------------------------- reading


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
    defaults = Config()
    tables = {
        name: _settings(type(getattr(defaults, name)), data.get(name, {}), where, path)
        for name in SETTING_TABLES
    }
    return Config(
        **tables,
        rules=_rules(data.get("rules", []), where, path),
        keys=_keys(data.get("keys", {}), where, path),
        path=path,
        source_text=text,
    )


def _settings(cls: type, table: dict[str, Any], where: _Lines, path: Path) -> Any:
    """One settings table through its declarations; a moved key says where it went."""
    name = table_of(cls).name
    for key in table:
        moved = MOVED.get((name, key))
        if moved:
            raise ConfigError(path, where.key(name, key), f"[{name}] {key} {moved}")
    try:
        return read(cls, table)
    except SettingError as exc:
        raise ConfigError(path, where.setting(name, exc.keys), str(exc)) from None


def _keys(table: dict[str, Any], where: _Lines, path: Path) -> dict[str, str]:
    """`[keys]`: binding id -> key; an id the TUI does not have is an error, like any
    unknown key (the ids: core.key_bindings)."""
    for key, value in table.items():
        if not isinstance(value, str):
            raise ConfigError(path, where.key("keys", key), f"[keys] {key} must be text (a key)")
        if key not in BINDING_IDS:
            raise ConfigError(path, where.key("keys", key), f"[keys] {unknown_binding(key)}")
    return dict(table)


def _rules(raw: Any, where: _Lines, path: Path) -> list[Rule]:
    """`[[rules]]` through the rule parser; each rule learns its line for messages."""
    try:
        rules = parse_rules(raw)
    except RuleError as exc:
        name = None
        if isinstance(raw, list) and exc.index is not None and exc.index < len(raw):
            item = raw[exc.index]
            name = item.get("name") if isinstance(item, dict) else None
        raise ConfigError(path, where.rule(exc.index, name, exc.key), str(exc)) from None
    for index, rule in enumerate(rules):
        rule.line = where.rule(index, rule.name, None)
    return rules


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
    wrong now (it is left alone) or the value is (checked like any setting in the file)."""
    from linkvet.core.files import write_private

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
    write_private(target, updated)
    return target


# ---------------------------------------------------------------- writing TOML with comments

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_WIDTH = 96


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _toml_string(key)


def _toml_string(value: str) -> str:
    if "\\" in value and "'" not in value and not _CONTROL.search(value):
        return f"'{value}'"  # a literal string keeps regexes readable
    quoted = json.dumps(value, ensure_ascii=False)
    return quoted.replace("\x7f", "\\u007f")  # JSON leaves DEL as is, TOML wants it escaped


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _assign(key: str, value: Any) -> str:
    one = f"{_toml_key(key)} = {_toml_value(value)}"
    if len(one) <= _WIDTH or not isinstance(value, list) or not value:
        return one
    lines = [f"{_toml_key(key)} = ["]
    current = "    "
    for item in value:
        piece = _toml_value(item) + ","
        if len(current) + len(piece) + 1 > _WIDTH and current.strip():
            lines.append(current.rstrip())
            current = "    "
        current += piece + " "
    if current.strip():
        lines.append(current.rstrip())
    lines.append("]")
    return "\n".join(lines)


def _comment(text: str) -> list[str]:
    """Doc text as `# ` lines that fit the width."""
    return ["# " + line for line in textwrap.wrap(text, _WIDTH - 2, break_on_hyphens=False)]


_PER_LANGUAGE = "Setting a language replaces that language's defaults; [] switches it off."

_KEYS_DOC = (
    'Key bindings for the TUI: binding id = key, e.g. "decide.accept" = "a". '
    "Ids are listed in the help panel (press ?) and in the README's key table."
)
_RULES_DOC = "User rules run before the built-in verdict; the first rule that matches decides."
_RULES_EXAMPLES = """\
[[rules]]
name = "crypto spam"
when = { headline_matches = "crypto|forex|MLM", note = "none" }
then = "decline"

[[rules]]
name = "my company"
when = { email_domain_in = ["contoso.com"] }
then = "accept"

[[rules]]
name = "well connected"
when = { mutual_connections_gte = 10 }
then = "ask"
"""


def _section(settings: Any) -> list[str]:
    """One settings table: its doc, then each setting's doc above its value; the
    per-language settings follow as sub-tables."""
    name = table_of(type(settings)).name
    lines = [*_comment(table_of(type(settings)).doc), f"[{name}]"]
    subtables: list[tuple[Declared, dict[str, Any]]] = []
    for item in declared(type(settings)):
        value = getattr(settings, item.key)
        if isinstance(value, dict):
            subtables.append((item, value))
            continue
        lines += [*_comment(described(item.spec)), _assign(item.key, value)]
    for item, value in subtables:
        lines += ["", *_comment(f"{item.spec.doc} {_PER_LANGUAGE}"), f"[{name}.{item.key}]"]
        lines += [_assign(str(lang), words) for lang, words in value.items()]
    return lines


def _rules_comment() -> list[str]:
    """What a `[[rules]]` entry may say (from the rule parser's own tables), and examples."""
    lines = [*_comment(_RULES_DOC), "# Keys:"]
    lines += [f"#   {key}: {doc}" for key, doc in RULE_KEYS.items()]
    lines.append("# Conditions in `when`:")
    for key, doc in CONDITIONS.items():
        lines += [
            "#   " + line
            for line in textwrap.wrap(f"{key} = {doc}", _WIDTH - 4, subsequent_indent="    ")
        ]
    lines.append("#")
    lines += [f"# {line}".rstrip() for line in _RULES_EXAMPLES.splitlines()]
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
    for settings in config.tables():
        out += [*_section(settings), ""]
    out += [*_comment(_KEYS_DOC), "[keys]", *(_assign(k, v) for k, v in config.keys.items())]
    out += ["", *_rules_comment(), ""]
    for rule in config.rules:
        out += [*_rule_lines(rule), ""]
    return "\n".join(out).rstrip() + "\n"


def default_config_text() -> str:
    """The commented TOML file with every default (`linkvet config show` / `config init`)."""
    return dump_config(Config())


# ---------------------------------------------------------------- the README's settings table


def _readme_default(value: Any) -> str:
    if isinstance(value, dict):
        return "per language: " + ", ".join(value) if value else "none"
    if isinstance(value, list):
        return f"{len(value)} entries" if value else "`[]`"
    if isinstance(value, str) and (len(value) > 24 or "\n" in value):
        return "a message"
    return f"`{_toml_value(value)}`"


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def readme_table() -> str:
    """The README's table of every setting (markdown), from the same declarations."""
    rows = ["| setting | default | what it sets |", "|---|---|---|"]
    for settings in Config().tables():
        name = table_of(type(settings)).name
        items = sorted(declared(type(settings)), key=lambda d: isinstance(d.default, dict))
        for item in items:  # in file order: the per-language sub-tables last
            value = getattr(settings, item.key)
            where = f"[{name}.{item.key}]" if isinstance(value, dict) else f"[{name}] {item.key}"
            rows.append(_row(f"`{where}`", _readme_default(value), described(item.spec)))
    rows.append(_row('`[keys] "binding id"`', "none", _KEYS_DOC))
    rows.append(
        _row(
            "`[[rules]]`",
            "none",
            f"{_RULES_DOC} `linkvet config show` lists their keys and conditions.",
        )
    )
    return "\n".join(rows)


if __name__ == "__main__":
    print(readme_table())
