"""Screens of the linkvet TUI: triage (main), modals, help and stats."""
