"""The seven checks, one module each; `core.checklist.evaluate` runs them in CHECK_IDS order."""
