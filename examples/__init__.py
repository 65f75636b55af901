"""Runnable, type-checked examples; tests import them as `examples.<name>`."""
