"""Config loading: defaults, round trip of the default text, errors as `path:line: reason`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from linkvet.core.ask import AskSettings
from linkvet.core.checklist import ChecklistSettings
from linkvet.core.config import (
    SETTING_TABLES,
    TABLES,
    Config,
    ConfigError,
    default_config_text,
    dump_config,
    load_config,
    readme_table,
    save_setting,
)
from linkvet.core.files import OutputError
from linkvet.core.recommend import RecommendSettings
from linkvet.core.setting import (
    Declared,
    SettingError,
    declared,
    described,
    table_of,
    validate,
)

from tests.conftest import FullDisk


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error(tmp_path: Path, text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text))
    return info.value


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "nope.toml")
    assert config.checklist == ChecklistSettings()
    assert config.ask == AskSettings()
    assert config.rules == [] and config.keys == {}
    assert config.path == tmp_path / "nope.toml"


def test_env_var_sets_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "[ask]\nfollow_up_days = 3\n")
    monkeypatch.setenv("LINKVET_CONFIG", str(path))
    config = load_config()
    assert config.path == path and config.ask.follow_up_days == 3


def test_default_text_loads_to_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, default_config_text()))
    defaults = Config()
    for name in TABLES:
        assert getattr(config, name) == getattr(defaults, name), name
    assert config.source_text == default_config_text()


def test_default_text_is_commented_and_complete() -> None:
    text = default_config_text()
    for table in ("[checklist]", "[roles]", "[roles.recruiter]", "[recommend]", "[ask]",
                  "[patterns]", "[matching]", "[keys]", "# [[rules]]"):  # fmt: skip
        assert table in text
    assert "# An ask with no reply after this many days becomes decline." in text
    assert "follow_up_days = 14" in text


def test_values_are_read(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            """
[roles]
extra_recruiter = ["talentjäger*"]
[roles.recruiter]
de = ["nur das"]
[recommend]
decline_without_note = true
recruiter_with_role = "ask"
[ask]
follow_up_days = 21
template = "Hi {first_name}"
role_template = "Which company is the {role} role with?"
[patterns]
burst_min_owners = 4
[matching]
known_threshold = 90
[keys]
"decide.accept" = "y"
[[rules]]
name = "my company"
when = { email_domain_in = ["contoso.com"] }
then = "accept"
""",
        )
    )
    assert config.roles.extra_recruiter == ["talentjäger*"]
    assert config.roles.recruiter["de"] == ["nur das"]
    assert config.roles.recruiter["en"][0] == "recruit*"  # other languages kept
    # one [roles] object serves the checks and the pattern detectors
    assert config.checklist.roles is config.roles and config.patterns.roles is config.roles
    assert config.roles.recruiter_word("Talentjägerin bei X") == "talentjagerin"
    assert config.recommend == RecommendSettings(
        decline_without_note=True, recruiter_with_role="ask"
    )
    # the reply wait is one setting, [ask] follow_up_days, which the verdict reads too
    assert config.recommend.ask is config.ask and config.recommend.follow_up_days == 21
    assert config.ask.template == "Hi {first_name}"
    assert config.ask.role_template == "Which company is the {role} role with?"
    assert config.patterns.burst_min_owners == 4
    assert config.matching.known_threshold == 90
    assert config.keys == {"decide.accept": "y"}
    assert [r.name for r in config.rules] == ["my company"]
    assert config.rules[0].line == 19


def test_dump_round_trips_user_values(tmp_path: Path) -> None:
    source = write(
        tmp_path,
        '[ask]\nfollow_up_days = 5\n[keys]\nquit = "x"\n[[rules]]\nname = "r"\nthen = "ask"\n'
        'when = { check = { known = ["pass", "unknown"] }, note_matches = "a\\\\d" }\n',
    )
    first = load_config(source)
    again = load_config(write(tmp_path, dump_config(first)))
    assert again.ask == first.ask and again.keys == first.keys
    assert [(c.key, c.value) for c in again.rules[0].conditions] == [
        (c.key, c.value) for c in first.rules[0].conditions
    ]


def test_save_setting_on_a_full_disk_keeps_the_file(tmp_path: Path, full_disk: FullDisk) -> None:
    """Saving the theme when the disk is full: the config as it was, one line naming it."""
    path = write(tmp_path, '# mine\n[ui]\ntheme = "nord"\n\n[ask]\nfollow_up_days = 10\n')
    path.chmod(0o644)
    old = path.read_bytes()
    full_disk.after(10)
    with pytest.raises(OutputError, match=r"config\.toml: cannot write: No space left"):
        save_setting(path, "ui", "theme", "gruvbox")
    assert path.read_bytes() == old
    full_disk.limit = None
    save_setting(path, "ui", "theme", "gruvbox")
    assert path.stat().st_mode & 0o777 == 0o644  # the user's own file keeps its permissions


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("[ask]\nfollow_up_days = \n", 2, "TOML syntax error"),
        ("[ask]\n\n[colours]\nx = 1\n", 3, "unknown table [colours]"),
        ("[ask]\nfollow_up_day = 3\n", 2, "unknown key 'follow_up_day' in [ask]"),
        ('[ask]\n# c\nfollow_up_days = "3"\n', 3, "[ask] follow_up_days must be an integer"),
        ('[ask]\ntemplate = "Hi {name}"\n', 2, "placeholder {name} is unknown"),
        ("[recommend]\nfollow_up_days = 3\n", 2, "unknown key 'follow_up_days' in [recommend]"),
        ('[roles]\nopen_networker_patterns = ["("]\n', 2, "bad regex"),
        ("[roles.recruiter]\nen = [1]\n", 2, "[roles.recruiter] en must be a list of strings"),
        ("[roles]\nrecruiter = { en = [1] }\n", 2, "[roles.recruiter] en must be a list"),
        ('[roles]\nseller = "sales"\n', 2, "[roles] seller must be a table, not str"),
        ('[ask]\nrole_template = "{company}"\n', 2, "placeholder {company} is unknown"),
        ('[recommend]\ngeneric_note = "maybe"\n', 2, 'generic_note must be "ask" or "decline"'),
        ("[patterns]\nx = 1\nburst_min_owners = 1\n", 2, "unknown key 'x' in [patterns]"),
        ("[patterns]\nburst_min_owners = 1\n", 2, "at least 2"),
        ('[matching]\n\nknown_threshold = "high"\n', 3, "must be an integer"),
        ("[matching]\ntop = 3\n", 2, "unknown key 'top' in [matching]"),
        ("[matching]\ntop_k = 0\n", 2, "[matching] top_k must be at least 1"),
        ("[matching]\nprior_known = 1\n", 2, "prior_known must be between 0 and 1 (exclusive)"),
        ("[matching]\nknown_threshold = 101\n", 2, "known_threshold must be between 1 and 100"),
        ("[actions]\n\nstale_sent_days = 0\n", 3, "[actions] stale_sent_days must be at least 1"),
        ("[ask]\nfollow_up_days = 0\n", 2, "[ask] follow_up_days must be at least 1"),
        ("[ask]\nmax_note_chars = 1.5\n", 2, "[ask] max_note_chars must be an integer, not float"),
        ("[recommend]\ndecision_memory = 1\n", 2, "decision_memory must be true or false, not int"),
        ("[ui]\ntheme = []\n", 2, "[ui] theme must be text, not list"),
        ("[checklist]\nextra_offer_keywords = [1]\n", 2, "must be a list of strings, not list"),
        ("[keys]\nq = 3\n", 2, "[keys] q must be text"),
        ('[keys]\nquit = "q"\n"decide.acept" = "A"\n', 3, 'did you mean "decide.accept"?'),
        (
            '[keys]\nzzz = "z"\n',
            2,
            '"zzz" is not a binding id (known: actions, ask.cancel, ask.confirm',
        ),
        ("ask = 3\n", 1, "[ask] must be a table"),
    ],
)
def test_errors_name_the_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    err = error(tmp_path, text)
    assert err.line == line, str(err)
    assert words in err.reason
    assert str(err) == f"{tmp_path / 'config.toml'}:{line}: {err.reason}"
    assert "\n" not in str(err)


RULES = """\
[ask]
follow_up_days = 14

[[rules]]
name = "fine"
when = { note = "none" }
then = "decline"

[[rules]]
name = "crypto spam"
then = "decline"
when = { headline_matches = "crypto|(" }

[[rules]]
name = "third"
then = "maybe"
when = { note = "none" }
"""


def test_bad_regex_in_second_rule_points_at_its_line(tmp_path: Path) -> None:
    err = error(tmp_path, RULES)
    assert err.line == 12
    assert "'crypto spam'" in err.reason and "not a valid regex" in err.reason


def test_bad_verdict_points_at_then_line(tmp_path: Path) -> None:
    err = error(tmp_path, RULES.replace("crypto|(", "crypto"))
    assert err.line == 16
    assert "then must be one of" in err.reason


def test_unknown_condition_in_when_subtable(tmp_path: Path) -> None:
    text = '[[rules]]\nname = "x"\nthen = "ask"\n[rules.when]\nnote = "none"\nshoe_size = 3\n'
    err = error(tmp_path, text)
    assert err.line == 6
    assert "unknown condition 'shoe_size'" in err.reason


def test_inline_rules_array_found_by_name(tmp_path: Path) -> None:
    text = (
        'rules = [\n  { name = "a", when = { note = "none" }, then = "ask" },\n'
        '  { name = "b", when = { nope = 1 }, then = "ask" },\n]\n'
    )
    err = error(tmp_path, text)
    assert err.line == 3


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'[ask]\ntemplate = "\xff"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(path)


def test_save_setting_changes_one_line_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    save_setting(path, "ui", "theme", "nord")  # no file yet: created
    assert path.read_text(encoding="utf-8") == '[ui]\ntheme = "nord"\n'
    text = '# mine\n[ui]\n# my favourite\ntheme = "nord"\n\n[ask]\nfollow_up_days = 10\n'
    path.write_text(text, encoding="utf-8")
    save_setting(path, "ui", "theme", "gruvbox")
    assert path.read_text(encoding="utf-8") == text.replace('"nord"', '"gruvbox"')
    path.write_text("[ui]\n\n[ask]\nfollow_up_days = 10\n", encoding="utf-8")
    save_setting(path, "ui", "theme", "dracula")
    assert load_config(path).ui.theme == "dracula"
    assert load_config(path).ask.follow_up_days == 10


def test_save_setting_leaves_a_broken_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[ask\nfollow_up_days = 10\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="TOML syntax error"):
        save_setting(path, "ui", "theme", "nord")
    assert path.read_text(encoding="utf-8") == "[ask\nfollow_up_days = 10\n"
    with pytest.raises(ConfigError, match=r"\[ui\] theme must be text"):
        save_setting(tmp_path / "other.toml", "ui", "theme", 3)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("[checklist.recruiter_keywords]\nen = []\n", 1, "write [roles.recruiter]"),
        ("[checklist]\n\nextra_seller_keywords = []\n", 3, "extra_seller = [...] under [roles]"),
        ('[checklist]\nopen_networker_patterns = ["x"]\n', 2, "moved to the [roles] table"),
        ("[checklist]\nquestion_min_length = 60\n", 2, "no longer makes a note personal"),
        ("[checklist]\npersonal_keywords = {}\n", 2, "note_matches"),
        ('[patterns]\nrecruiter_keywords = ["hr"]\n', 2, "one recruiter lexicon"),
    ],
)
def test_old_config_files_get_a_migration_message(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert err.value.line == line
    assert words in err.value.reason
    assert str(err.value).startswith(f"{path}:{line}: ")


# ---------------------------------------------------------------- one declaration per setting

ROOT = Path(__file__).resolve().parents[1]


def every_setting() -> list[tuple[str, Declared]]:
    return [
        (table_of(type(settings)).name, item)
        for settings in Config().tables()
        for item in declared(type(settings))
    ]


def test_the_settings_tables_are_the_config_fields_by_name() -> None:
    config = Config()
    names = [table_of(type(settings)).name for settings in config.tables()]
    assert names == list(SETTING_TABLES)
    assert list(TABLES) == [*names, "keys", "rules"]
    for name in names:
        assert table_of(type(getattr(config, name))).name == name


def comment_above(lines: list[str], index: int) -> str:
    """The `#` lines right above line `index`, as one text."""
    start = index
    while start > 0 and lines[start - 1].startswith("# "):
        start -= 1
    return " ".join(line[2:] for line in lines[start:index])


def test_every_setting_has_one_line_of_doc_written_above_it() -> None:
    lines = default_config_text().splitlines()
    for table, item in every_setting():
        assert item.spec.doc.strip() and "\n" not in item.spec.doc, (table, item.key)
        assert item.spec.doc.endswith((".", ")")), (table, item.key)
        if isinstance(item.default, dict):
            at = lines.index(f"[{table}.{item.key}]")
            assert comment_above(lines, at).startswith(item.spec.doc), item.key
        else:
            header = lines.index(f"[{table}]")
            at = next(n for n in range(header, len(lines)) if lines[n].startswith(f"{item.key} ="))
            assert comment_above(lines, at) == described(item.spec), item.key
    for settings in Config().tables():
        doc = table_of(type(settings)).doc
        assert comment_above(lines, lines.index(f"[{table_of(type(settings)).name}]")) == doc


def test_one_reply_wait_serves_the_ask_and_the_verdict() -> None:
    keys = [item.key for _, item in every_setting()]
    assert keys.count("follow_up_days") == 1
    config = Config(ask=AskSettings(follow_up_days=3))
    assert config.recommend.follow_up_days == 3
    assert config.checklist.roles is config.roles and config.patterns.roles is config.roles


def _other(item: Declared, settings: Any) -> Any:
    """A valid value for the setting that is not its default (and tests the TOML writer)."""
    default = item.default
    if item.spec.choices:
        return next(c for c in item.spec.choices if c != default)
    if isinstance(default, bool):
        return not default
    if isinstance(default, int | float):
        for candidate in (default + 1, default - 1, default / 2):
            value = type(default)(candidate)
            try:
                validate(replace(settings, **{item.key: value}))
            except SettingError:
                continue
            if value != default:
                return value
        raise AssertionError(item.key)  # pragma: no cover
    if isinstance(default, str):
        return default + ' "quoted", it\'s \\ a\tback\x7fslash \u00e9'
    if isinstance(default, list):
        return [*default, r"zz\d+'s" if item.spec.regex else 'zz "x" \\ y']
    assert isinstance(default, dict)
    return {**default, "en": ["only this", "o'neil \\ x"], "xx": []}


def test_a_file_written_from_a_changed_config_reads_back_equal(tmp_path: Path) -> None:
    changed: dict[str, Any] = {}
    for settings in Config().tables():
        values = {item.key: _other(item, settings) for item in declared(type(settings))}
        changed[table_of(type(settings)).name] = replace(settings, **values)
    rules_text = (
        '[[rules]]\nname = "r"\nthen = "ask"\nconfidence = 0.5\nreason = "mine"\n'
        'when = { check = { known = ["pass", "unknown"] }, note_matches = "a\\\\d" }\n'
    )
    rules = load_config(write(tmp_path, rules_text)).rules
    config = Config(**changed, keys={"decide.accept": "y", "pane.next": "ctrl+q"}, rules=rules)
    again = load_config(write(tmp_path, dump_config(config)))
    for name in SETTING_TABLES:
        assert getattr(again, name) == getattr(config, name), name
        assert getattr(again, name) != getattr(Config(), name), name
    assert again.keys == config.keys
    assert [(r.name, r.then, r.confidence, r.reason) for r in again.rules] == [
        ("r", "ask", 0.5, "mine")
    ]
    assert [(c.key, c.value) for c in again.rules[0].conditions] == [
        (c.key, c.value) for c in rules[0].conditions
    ]


def test_the_readme_settings_table_is_the_declarations() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## The config file", 1)[1]
    lines = section.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("|"))
    end = next(n for n in range(start, len(lines)) if not lines[n].startswith("|"))
    assert "\n".join(lines[start:end]) == readme_table(), (
        "README.md's settings table differs from the settings: paste the output of "
        "`python -m linkvet.core.config` under '## The config file'"
    )


def test_save_setting_checks_the_value_like_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[matching]\nknown_threshold = 60\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[matching\] known_threshold must be between 1 and"):
        save_setting(path, "matching", "known_threshold", 0)
    with pytest.raises(ConfigError, match=r"unknown key 'colour' in \[ui\]"):
        save_setting(path, "ui", "colour", "red")
    assert path.read_text(encoding="utf-8") == "[matching]\nknown_threshold = 60\n"
    save_setting(path, "matching", "known_threshold", 70)
    assert load_config(path).matching.known_threshold == 70
