"""The events side of the emulator: events, object status, holds and status changes.

- `records.py`: the `Event` record, its settings and its sparse per-object `ObjectState`.
- `store.py`: `EventStore`, the events of one workspace (`workspace.store(EventStore)`);
  `has_events(chart_key)` and `for_chart(chart_key)` serve the charts endpoints.
- `event_json.py`: `event_to_json(event, chart)`, the one Event serialiser (also used by
  `GET /charts/{key}?expand=events`).
"""
