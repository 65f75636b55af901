"""What the emulator remembers, below the engine: no HTTP, no business rules.

- `companies`: companies, workspaces and their per-domain stores, under ONE lock.
- `chart_store`: the charts of a workspace and their versions.
- `clock`: the emulator clock (real or deterministic) and timestamp formatting.
- `keys`: seeded keys, secret keys and tokens.
- `faults`: the injected faults (429s, 5xx, latency) and their counters.

Imports only `_wire` and the chart model (`_charts`).
"""
