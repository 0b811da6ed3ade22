"""`[patterns]` settings read through the one declarative engine (core.setting)."""

from __future__ import annotations

from typing import Any

import pytest
from linkvet.core.patterns import PatternSettings
from linkvet.core.setting import SettingError, read


def test_settings_defaults_and_reading() -> None:
    s = read(
        PatternSettings,
        {"fanout_window_days": 3, "burst_min_owners": 4, "ignored_companies": ["acme"]},
    )
    assert s.fanout_window_days == 3.0 and isinstance(s.fanout_window_days, float)
    assert s.burst_min_owners == 4 and s.ignored_companies == ["acme"]
    assert s.campaign_min_senders == PatternSettings().campaign_min_senders == 3
    assert read(PatternSettings, {}) == PatternSettings()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"fanout_windw_days": 3}, "unknown key 'fanout_windw_days' in [patterns]"),
        ({"burst_min_owners": "3"}, "[patterns] burst_min_owners must be an integer, not str"),
        ({"burst_min_owners": 2.5}, "burst_min_owners must be an integer, not float"),
        ({"fanout_min_owners": True}, "fanout_min_owners must be an integer, not bool"),
        ({"ignored_companies": "acme"}, "ignored_companies must be a list of strings"),
        ({"roles": {}}, "unknown key 'roles'"),  # attached by the loader, not a [patterns] key
        ({"campaign_min_senders": 1}, "[patterns] campaign_min_senders must be at least 2"),
        ({"template_similarity": 101}, "template_similarity must be greater than 0 and at most"),
        ({"template_similarity": 0}, "template_similarity must be greater than 0 and at most"),
        ({"burst_window_hours": 0}, "[patterns] burst_window_hours must be greater than 0"),
        ({"template_min_chars": -1}, "template_min_chars must be at least 0"),
    ],
)
def test_bad_input_is_rejected_naming_the_key(data: dict[str, Any], words: str) -> None:
    with pytest.raises(SettingError) as info:
        read(PatternSettings, data)
    assert words in str(info.value)
    assert info.value.keys == (next(iter(data)),)
