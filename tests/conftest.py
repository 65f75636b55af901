"""Fixtures shared by every test directory."""
