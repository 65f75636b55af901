"""The rules of the emulator: events, object status, holds, channels, for-sale, seasons, charts.

Records and stores
- `records.py`: the `Event` record, its settings and its sparse per-object `ObjectState`.
- `store.py`: `EventStore`, the events of one workspace (`workspace.store(EventStore)`);
  `has_events(chart_key)` and `for_chart(chart_key)` serve the charts endpoints.
- `holds.py`: `HoldTokenStore` and `expire_holds(workspace, now, ids)`, which every route that
  reads or changes object state must call first (`_routes/_access.workspace_now` does it).

Reading requests
- `event_input.py` (create/update bodies), `requests.py` (status-change and best-available
  bodies).

Rules and application
- `view.py`: `EventView`, an event with its chart (bookable objects under its table booking
  mode, categories, for-sale, channels) and the EventObjectInfo renderer.
- `rules.py`: the status rules for one object; `transaction.py`: all-or-nothing application
  over several events and batch items; `best_available.py`: choosing objects.
- `lifecycle.py`: creating and updating events; `status_changes.py`: records and their lists.
- `channels.py`: adding, replacing, updating and removing channels and their objects (one
  object in at most one channel); `for_sale.py`: editing and replacing the for-sale config and
  the per-event quota of for-sale changes. Both change the `Event` the rules read.

Seasons
- `season_records.py`: `SeasonLinks` (`Event.season`): how seasons, partial seasons and events
  in a season point at each other; `seasons.py`: creating and linking them, rendering a season.
- `season_status.py`: what a season's bookings do to its events and back (`SeasonLink`, used
  by `EventView.season`), override / use season status.

Charts and the company
- `charts.py`: chart rules that span records (validation settings, derived status, the draft
  rule, copies); `key_rules.py`: the chart and event keys accepted.
- `event_log.py`: the company's event log; `ticket_buyers.py`: its ticket buyer ids.

Rendering
- `event_json.py`: `event_to_json(event, chart)`, the one Event serialiser (also used by
  `GET /charts/{key}?expand=events`).

The routes live in `_routes/` (one module per resource).
"""
