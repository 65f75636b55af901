"""Reports: computed from the state on every call, never stored (reports.md), and seat maps."""
