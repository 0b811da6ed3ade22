"""The declarative settings engine (core.setting): declarations, reading and checking."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

import pytest
from linkvet.core.setting import (
    SettingError,
    Spec,
    Table,
    allowed,
    attached,
    declared,
    read,
    setting,
    validate,
)


def _no_x(key: str, value: Any) -> str | None:
    return "must not contain x" if "x" in value else None


@dataclass
class Other:
    TABLE: ClassVar[Table] = Table("other", "Another table.")
    word: str = setting("hi", doc="A word.")


@dataclass
class Demo:
    TABLE: ClassVar[Table] = Table("demo", "A table for the tests.")

    count: int = setting(3, doc="A count.", minimum=1, maximum=9)
    share: float = setting(0.5, doc="A share.", above=0, below=1)
    mode: str = setting("on", doc="A mode.", choices=("on", "off", "auto"))
    name: str = setting("ok", doc="A name.", check=_no_x)
    flag: bool = setting(False, doc="A flag.")
    patterns: list[str] = setting([r"\d+"], doc="Regexes.", regex=True)
    words: dict[str, list[str]] = setting({"en": ["a"], "de": ["b"]}, doc="Words.")
    other: Other = attached(Other)


def test_defaults_are_fresh_copies_and_attached_fields_are_not_keys() -> None:
    one, two = Demo(), Demo()
    one.words["en"].append("z")
    assert two.words == {"en": ["a"], "de": ["b"]}
    assert [d.key for d in declared(Demo)] == [
        "count", "share", "mode", "name", "flag", "patterns", "words",
    ]  # fmt: skip
    assert Demo(other=Other("changed")) == Demo()  # an attached table is compared in its own


def test_read_converts_and_merges_languages() -> None:
    demo = read(Demo, {"share": 0.25, "words": {"de": []}, "count": 9})
    assert demo.share == 0.25 and demo.count == 9
    assert demo.words == {"en": ["a"], "de": []}  # a language given replaces that language only
    assert isinstance(read(Demo, {"share": 0.5}).share, float)
    assert read(Demo, {}) == Demo()


@pytest.mark.parametrize(
    ("data", "keys", "message"),
    [
        ({"colour": 1}, ("colour",), "unknown key 'colour' in [demo] (known: count, share, mode"),
        ({"other": {}}, ("other",), "unknown key 'other' in [demo]"),
        ({"count": 0}, ("count",), "[demo] count must be between 1 and 9"),
        ({"count": True}, ("count",), "[demo] count must be an integer, not bool"),
        ({"share": 1}, ("share",), "[demo] share must be between 0 and 1 (exclusive)"),
        ({"share": "x"}, ("share",), "[demo] share must be a number, not str"),
        ({"mode": "maybe"}, ("mode",), '[demo] mode must be "on", "off" or "auto"'),
        ({"name": "xy"}, ("name",), "[demo] name must not contain x"),
        ({"flag": "yes"}, ("flag",), "[demo] flag must be true or false, not str"),
        ({"patterns": ["("]}, ("patterns",), "[demo] patterns has a bad regex '('"),
        ({"patterns": "a"}, ("patterns",), "[demo] patterns must be a list of strings, not str"),
        ({"words": ["a"]}, ("words",), "[demo] words must be a table, not list"),
        ({"words": {"fr": "a"}}, ("words", "fr"), "[demo.words] fr must be a list of strings"),
    ],
)
def test_every_fault_names_its_key(data: dict[str, Any], keys: tuple[str, ...], message: str):
    with pytest.raises(SettingError) as info:
        read(Demo, data)
    assert info.value.keys == keys and info.value.table == "demo"
    assert message in str(info.value)


def test_validate_checks_settings_made_in_code() -> None:
    validate(Demo())
    with pytest.raises(SettingError, match="count must be an integer"):
        validate(Demo(count="3"))  # type: ignore[arg-type]
    with pytest.raises(SettingError, match="mode must be"):
        validate(Demo(mode="sideways"))


def test_allowed_values_in_words() -> None:
    assert allowed(Spec("d", minimum=1)) == "At least 1."
    assert allowed(Spec("d", above=0, maximum=100)) == "Greater than 0 and at most 100."
    assert allowed(Spec("d", minimum=0.5, maximum=2)) == "Between 0.5 and 2."
    assert allowed(Spec("d", below=10)) == "Less than 10."
    assert allowed(Spec("d", choices=("ask", "decline"))) == 'Either "ask" or "decline".'
    assert allowed(Spec("d", choices=("a", "b", "c"))) == 'One of "a", "b" or "c".'
    assert allowed(Spec("d")) == ""


def test_a_field_without_a_declaration_is_refused() -> None:
    @dataclass
    class Sloppy:
        TABLE: ClassVar[Table] = Table("sloppy", "Undeclared.")
        count: int = 3
        words: list[str] = field(default_factory=list)

    with pytest.raises(TypeError, match=r"Sloppy\.count is not declared with setting"):
        declared(Sloppy)
