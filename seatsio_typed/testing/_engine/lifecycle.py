"""Creating and updating events from their settings (events.md §3.1-3.4).

Keys: an event without `eventKey` gets a generated UUID key. A key already used in the
workspace (by any event) gives 400 `EVENT_KEY_ALREADY_EXISTS`, and so do two items of one
create-multiple call with the same key (code unverified). Everything is checked before anything
is stored, so a failing create-multiple creates nothing.

Update replaces what it is given: `tableBookingConfig` as sent, `objectCategories` wholesale
(`{}`, `[]` or `null` removes them), event-level `categories` wholesale (`[]` or `null` removes
them), `name`, `date`, a new `eventKey` (the id stays), `isInThePast`; `updatedOn` := now.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Final

from seatsio_typed.testing._engine.channels import channels_for_new_event
from seatsio_typed.testing._engine.event_input import EventSettings, Unset
from seatsio_typed.testing._engine.event_log import (
    EVENT_CATEGORIES_UPDATED,
    EVENT_TABLE_BOOKING_CONFIG_UPDATED,
    log_change,
)
from seatsio_typed.testing._engine.records import Event
from seatsio_typed.testing._engine.store import EventStore
from seatsio_typed.testing._state.companies import Workspace
from seatsio_typed.testing._wire.messages import ApiError, bad_request

EVENT_KEY_ALREADY_EXISTS: Final = "EVENT_KEY_ALREADY_EXISTS"


def key_taken(key: str) -> ApiError:
    """The 400 for an event key that is already in use."""
    return bad_request(EVENT_KEY_ALREADY_EXISTS, f"An event with key {key} already exists")


def check_new_keys(store: EventStore, settings: Sequence[EventSettings]) -> None:
    """Refuse keys already used in the workspace or repeated within one request."""
    check_keys_free(store, [item.event_key for item in settings if isinstance(item.event_key, str)])


def check_keys_free(store: EventStore, keys: Iterable[str]) -> None:
    """Refuse keys already used in the workspace or repeated within one request."""
    seen: set[str] = set()
    for key in keys:
        if key in seen or store.get(key) is not None:
            raise key_taken(key)
        seen.add(key)


def new_event(
    *,
    event_id: int,
    key: str,
    chart_key: str,
    now: datetime,
    settings: EventSettings,
    channel_id: Callable[[], str],
) -> Event:
    """A fresh event: every object free, settings as given."""
    event = Event(id=event_id, key=key, chart_key=chart_key, created_on=now)
    _apply_settings(event, settings)
    event.channels = channels_for_new_event(settings.channels, channel_id)
    event.for_sale = settings.for_sale
    return event


def update_event(event: Event, store: EventStore, settings: EventSettings, now: datetime) -> None:
    """Apply an update body to an event (checked first, then applied)."""
    new_key = settings.event_key
    if isinstance(new_key, str) and new_key != event.key and store.get(new_key) is not None:
        raise key_taken(new_key)
    if isinstance(new_key, str) and new_key != event.key:
        store.rename(event, new_key)
    _apply_settings(event, settings)
    event.updated_on = now


def log_event_update(
    workspace: Workspace, event: Event, settings: EventSettings, now: datetime
) -> None:
    """Write what an applied update changed to the event log (`event_log.py`): its object
    categories or categories, its table booking config."""
    if not isinstance(settings.object_categories, Unset) or not isinstance(
        settings.categories, Unset
    ):
        log_change(workspace, EVENT_CATEGORIES_UPDATED, event.key, now)
    if not isinstance(settings.table_booking, Unset):
        log_change(workspace, EVENT_TABLE_BOOKING_CONFIG_UPDATED, event.key, now)


def _apply_settings(event: Event, settings: EventSettings) -> None:
    """Copy every setting that was given onto the event."""
    if not isinstance(settings.name, Unset):
        event.name = settings.name
    if not isinstance(settings.date, Unset):
        event.date = settings.date
    if not isinstance(settings.table_booking, Unset):
        event.table_booking = settings.table_booking
    if not isinstance(settings.object_categories, Unset):
        event.object_categories = settings.object_categories
    if not isinstance(settings.categories, Unset):
        event.categories = settings.categories
    if not isinstance(settings.is_in_the_past, Unset):
        event.is_in_the_past = settings.is_in_the_past
