"""Given names as written (core.names), from linkvet's own name parsing (no nameparser)."""

from __future__ import annotations

import pytest
from linkvet.core.names import first_name


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("Dr. Jane Doe, MBA", "Jane"),
        ("𝐉𝐚𝐧𝐞 Doe", "Jane"),
        ("Doe, Jane", "Jane"),
        ("José García", "José"),
        ("Jean-Luc Picard", "Jean-Luc"),
        ("Aisha Bello (she/her)", "Aisha"),
        ("Prof. Dr. Hans Müller", "Hans"),
        ("Mark Stone (LION) 30K+", "Mark"),
        ("李小龙", "李小龙"),
        ("{owner_name}", "{owner_name}"),  # untrusted text is returned as text
        ("", ""),
        (None, ""),
    ],
)
def test_first_name(name: str | None, given: str) -> None:
    assert first_name(name) == given


def test_nameparser_is_no_longer_a_dependency() -> None:
    from pathlib import Path

    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text()
    assert "nameparser" not in pyproject
