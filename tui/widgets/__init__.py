"""Widgets of the triage screen: the invitation list, the detail and checklist panes."""
