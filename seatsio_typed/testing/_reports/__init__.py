"""Reports: computed from the state on every call, never stored (reports.md), and seat maps.

- `status_source.py`: the one place a report reads an object's state and builds its view of
  the event (the `seasonBookingsPropagated` switch goes through it).
- `items.py`: report items (the object infos of an event, the chart infos of a drawing) with
  the value of every report dimension and the places they count.
- `grouping.py`: detailed reports, one group per value of a dimension, `NO_*` fallbacks.
- `summaries.py`: summaries and deep summaries (counts of places).
- `csv_export.py`: the flat list as CSV.
- `encoding.py`: the big detailed reports and the flat list rendered straight to bytes (the
  same bytes as `dump_json` of the dict, from pre-encoded chart fields).
- `usage.py`: usage reports from the status changes the emulator recorded.
- `seat_map.py`: the seat map as SVG.

The routes are `_routes/reports.py` and `_routes/usage.py`.
"""
