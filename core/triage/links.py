"""Links the action list may open: LinkedIn profile URLs and people searches, nothing else.

Untrusted URLs never pass through as written: only http(s) `linkedin.com` member URLs are
rebuilt as `https://` links from their parsed parts; everything else becomes a people search
built from the sender's name (so a `javascript:` URL can never become a link).
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlencode, urlsplit

from linkvet.core.identity import profile_slug

SEARCH_URL = "https://www.linkedin.com/search/results/people/"
_HOST = re.compile(r"^(?:[a-z0-9-]+\.)*linkedin\.com$")


def profile_link(url: str | None) -> str | None:
    """A clean https link to a LinkedIn member profile, or None when `url` is not one."""
    if not url or not url.strip():
        return None
    text = url.strip()
    if "://" in text:
        scheme = text.split("://", 1)[0].lower()
        if scheme not in ("http", "https"):
            return None
    elif ":" in text.split("/", 1)[0]:
        return None  # `javascript:...`, `data:...` without slashes
    slug = profile_slug(text)
    if slug is None:
        return None
    if not slug.startswith(("pub:", "sales:")):
        return f"https://www.linkedin.com/in/{quote(slug, safe='')}/"
    parts = urlsplit(text if "://" in text else "https://" + text.lstrip("/"))
    host = (parts.hostname or "").lower()
    if not _HOST.match(host):
        return None
    path = quote(unquote(parts.path), safe="/-_.~,")
    return f"https://{host}{path}"


def search_link(name: str) -> str:
    """A LinkedIn people search for `name` (URL-encoded), for senders without a profile URL."""
    keywords = " ".join((name or "").split())
    return f"{SEARCH_URL}?{urlencode({'keywords': keywords})}"


def person_link(name: str, url: str | None) -> tuple[str, str]:
    """(link, kind) for a person: their profile when the URL is usable, else a name search."""
    link = profile_link(url)
    if link is not None:
        return link, "profile"
    return search_link(name), "search"
