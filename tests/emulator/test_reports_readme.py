"""The emulator report examples of examples/readme_emulator_reports.py, run as they are (with
the `seatsio_emulator` and `seatsio_company` fixtures of the package's pytest plugin)."""

from __future__ import annotations

from examples.readme_emulator_reports import test_summary_by_status, test_usage_this_month

__all__ = ["test_summary_by_status", "test_usage_this_month"]
