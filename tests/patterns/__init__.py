"""Tests for core.patterns (mass-invite detection)."""
