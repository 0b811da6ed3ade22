"""The root of every failure linkvet expects: one exception family, each said in one line.

Front ends catch `LinkvetError` (and `OSError` for the file system) and show `str(err)`;
anything else is a bug and may surface as one. Subclasses live next to the rule that raises
them: InputError (a file that cannot be imported), ConfigError (the config file),
CorruptDatabase and StoreBusy (the store); `Refused` is for a request linkvet will not carry
out as asked (an unknown id, a decision word it does not know, nothing decided to mark done).
"""

from __future__ import annotations


class LinkvetError(Exception):
    """A failure linkvet explains to the user in one line; nothing was half-written."""


class Refused(LinkvetError):
    """A request that cannot be carried out as given (the message says what to do)."""
