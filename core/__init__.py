"""linkvet's headless domain package: import, store, match, detect, evaluate, recommend.

Never imports textual, rich or typer (tests/test_core_headless.py proves it).
"""

from linkvet import __version__

__all__ = ["__version__"]
