"""linkvet: triage LinkedIn connection invitations from your own data export.

The installed distribution has this one top-level package. Its parts live at the top of the
repository and are mapped here at build time (pyproject.toml `package-dir`):
`linkvet.core` (core/, headless domain code), `linkvet.tui` (tui/, Textual app and Typer CLI)
and `linkvet.sample_data` (sample_data/, the demo's exports).
"""

__version__ = "0.2.0"
