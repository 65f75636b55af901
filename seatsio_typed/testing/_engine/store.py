"""The events of one workspace, reached through `workspace.store(EventStore)`.

Other domains ask this store about events: the charts endpoints use `has_events(chart_key)`
(chart status, the draft rule) and `for_chart(chart_key)` (newest first, for `expand=events`,
rendered with `event_json.event_to_json`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from seatsio_typed.testing._engine.records import Event
from seatsio_typed.testing._wire.messages import ApiError, not_found


@dataclass
class EventStore:
    """The events of one workspace, by key and by id."""

    by_key: dict[str, Event] = field(default_factory=dict[str, Event])
    by_id: dict[int, Event] = field(default_factory=dict[int, Event])
    deleted_by_id: dict[int, Event] = field(default_factory=dict[int, Event])
    """Deleted events: gone from every endpoint, but what they used still counts (usage)."""

    def get(self, key: str) -> Event | None:
        """The event with that key, or None."""
        return self.by_key.get(key)

    def require(self, key: str, workspace_key: str) -> Event:
        """The event with that key, or the API's 404 `EVENT_NOT_FOUND`."""
        event = self.by_key.get(key)
        if event is None:
            raise event_not_found(key, workspace_key)
        return event

    def add(self, event: Event) -> Event:
        """Store a new event (its key must be free)."""
        self.by_key[event.key] = event
        self.by_id[event.id] = event
        return event

    def rename(self, event: Event, new_key: str) -> None:
        """Give an event a new key; its id and everything else stay."""
        del self.by_key[event.key]
        event.key = new_key
        self.by_key[new_key] = event

    def remove(self, event: Event) -> None:
        """Delete an event: its key is free again; only usage reports still count its uses."""
        self.by_key.pop(event.key, None)
        self.by_id.pop(event.id, None)
        self.deleted_by_id[event.id] = event

    def ever_by_id(self) -> dict[int, Event]:
        """Every event the workspace has had, deleted ones included, by id."""
        return {**self.deleted_by_id, **self.by_id}

    def newest_first(self) -> list[Event]:
        """Every event, most recently created first (list order)."""
        return sorted(self.by_key.values(), key=lambda event: event.id, reverse=True)

    def for_chart(self, chart_key: str) -> list[Event]:
        """The events on one chart, newest first."""
        return [event for event in self.newest_first() if event.chart_key == chart_key]

    def has_events(self, chart_key: str) -> bool:
        """Whether any event uses the chart."""
        return any(event.chart_key == chart_key for event in self.by_key.values())


def event_not_found(key: str, workspace_key: str) -> ApiError:
    """The API's 404 for an unknown (or deleted) event key."""
    return not_found(
        "EVENT_NOT_FOUND", f"Event not found: {key} was not found in workspace {workspace_key}"
    )
