"""Developer scripts (run them as files: `python scripts/unasync.py`)."""
