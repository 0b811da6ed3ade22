"""Links the action list may open (core.triage.links): LinkedIn profiles or people searches."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from linkvet.core.triage.links import person_link, profile_link


def test_links_are_only_linkedin_profiles_or_searches() -> None:
    assert profile_link("javascript:alert(1)") is None
    assert profile_link("javascript://www.linkedin.com/in/x") is None
    assert profile_link("https://linkedin.com.evil.example/in/x") is None
    assert profile_link("https://www.linkedin.com/in") is None  # the bare-URL export bug
    assert profile_link("data:text/html,<script>") is None
    assert profile_link("HTTP://DE.LinkedIn.com/in/Jos%C3%A9-X?trk=1") == (
        "https://www.linkedin.com/in/jos%C3%A9-x/"
    )
    link, kind = person_link("Zoë <b>Martínez</b> & co", None)
    assert kind == "search"
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https", "www.linkedin.com", "/search/results/people/",
    )  # fmt: skip
    assert parse_qs(parts.query) == {"keywords": ["Zoë <b>Martínez</b> & co"]}
    assert " " not in link and "<" not in link
