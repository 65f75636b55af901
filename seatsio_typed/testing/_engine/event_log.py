"""The company's event log (ticket-buyers-and-event-log.md §2): what changed, oldest first.

The log belongs to the company (every workspace writes to it; an item names its workspace in
`data.workspaceKey`). Items are written synchronously by the operation that makes the change
(the real server writes them within about two seconds), and an item older than 14 days on the
emulator clock is no longer listed.

Which calls write which type (the six types of the reference; nothing else is invented):

- `chart.created`: a chart is created through the API (`POST /charts`, every chart copy, moving
  an event to a new chart copy). *Choice:* the seeding upload (`/system/public/charts/{key}`) is
  not an API call and writes nothing.
- `chart.published`: a draft is published, or a chart without events (so without a draft) is
  saved: a rename, a category change (confirmed for a rename).
- `event.categories.updated`, `event.table.booking.config.updated`: an event update that sets
  its object categories (or categories), or its table booking config.
- `event.for.sale.config.updated`: every accepted for-sale call (edit, replace, mark
  everything); `event.channels.updated`: every accepted channel call (add, update, remove,
  replace, objects in or out). Whether the real server logs these API calls is unverified;
  the reference asks an emulator to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from seatsio_typed.testing._state.clock import format_timestamp
from seatsio_typed.testing._state.companies import Workspace
from seatsio_typed.testing._wire.messages import JSONObject

CHART_CREATED = "chart.created"
CHART_PUBLISHED = "chart.published"
EVENT_FOR_SALE_CONFIG_UPDATED = "event.for.sale.config.updated"
EVENT_CHANNELS_UPDATED = "event.channels.updated"
EVENT_CATEGORIES_UPDATED = "event.categories.updated"
EVENT_TABLE_BOOKING_CONFIG_UPDATED = "event.table.booking.config.updated"

RETENTION = timedelta(days=14)
"""Items older than this are not returned (docs)."""


@dataclass(frozen=True)
class EventLogItem:
    """One change: its cursor id, type, instant, and the workspace and key it concerns."""

    id: int
    type: str
    timestamp: datetime
    workspace_key: str
    key: str

    def to_json(self) -> JSONObject:
        """The item as the API renders it (`data` holds exactly `workspaceKey` and `key`)."""
        return {
            "id": self.id,
            "type": self.type,
            "timestamp": format_timestamp(self.timestamp),
            "data": {"workspaceKey": self.workspace_key, "key": self.key},
        }


@dataclass
class EventLog:
    """A company's log, in the order written (ids rise with it)."""

    items: list[EventLogItem] = field(default_factory=list[EventLogItem])
    last_id: int = 0

    def record(self, kind: str, workspace_key: str, key: str, now: datetime) -> EventLogItem:
        """Append an item and return it."""
        self.last_id += 1
        item = EventLogItem(self.last_id, kind, now, workspace_key, key)
        self.items.append(item)
        return item

    def visible(self, now: datetime) -> list[EventLogItem]:
        """The items still listed at `now`, oldest first."""
        oldest = now - RETENTION
        return [item for item in self.items if item.timestamp >= oldest]


def log_change(workspace: Workspace, kind: str, key: str, now: datetime) -> None:
    """Write one item about `key` (a chart or event key) in `workspace` to its company's log."""
    workspace.company.store(EventLog).record(kind, workspace.key, key, now)
