"""Reports: computed from the state on every call, never stored (reports.md), and seat maps.

- `items.py`: report items (the object infos of an event, the chart infos of a drawing) with
  the value of every report dimension and the places they count.
- `grouping.py`: detailed reports, one group per value of a dimension, `NO_*` fallbacks.
- `summaries.py`: summaries and deep summaries (counts of places).
- `csv_export.py`: the flat list as CSV.
- `encoding.py`: the big detailed reports and the flat list rendered straight to bytes (the
  same bytes as `dump_json` of the dict, from pre-encoded chart fields).
- `usage.py`: usage reports from the status changes the emulator recorded.
- `seat_map.py`: the seat map as SVG.

An event report reads each object's own state in the event and renders it through `EventView`,
which adds what the seasons booked unless built with `season_bookings_propagated=False`
(`?seasonBookingsPropagated=false`, reports.md §3.8).

The routes are `_routes/reports.py` and `_routes/usage.py`.
"""
