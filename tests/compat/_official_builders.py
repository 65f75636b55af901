"""The official client's request helper objects, made with typed arguments (no tests in here).

The client serialises their attributes as they are, so these are what goes on the wire.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import seatsio
from seatsio.events.eventProperties import EventProperties
from seatsio.events.objectProperties import ObjectProperties
from seatsio.events.statusChangeRequest import StatusChangeRequest


def table_booking(mode: str, tables: Mapping[str, str] | None = None) -> object:
    """An official `TableBookingConfig`."""
    made: object = seatsio.TableBookingConfig(mode, None if tables is None else dict(tables))
    return made


def category(key: int | str, label: str, color: str, accessible: bool = False) -> object:
    """An official `Category`."""
    made: object = seatsio.Category(key, label, color, accessible)
    return made


def for_sale_config(
    for_sale: bool,
    objects: Sequence[str] | None = None,
    area_places: Mapping[str, int] | None = None,
    categories: Sequence[str] | None = None,
) -> object:
    """An official `ForSaleConfig`, as `ForSaleConfig.create_new` makes it."""
    # What `ForSaleConfig.create_new` builds (that classmethod is untyped for pyright).
    made: object = seatsio.ForSaleConfig(
        {
            "forSale": for_sale,
            "objects": None if objects is None else list(objects),
            "areaPlaces": None if area_places is None else dict(area_places),
            "categories": None if categories is None else list(categories),
        }
    )
    return made


def channel(
    key: str, name: str, color: str, objects: Sequence[str] | None = None, index: int | None = None
) -> object:
    """An official `ChannelCreationParams`."""
    made: object = seatsio.ChannelCreationParams(
        key, name, color, index, None if objects is None else list(objects)
    )
    return made


def event_properties(
    event_key: str | None = None,
    name: str | None = None,
    date: dt.date | None = None,
    table_booking_config: object | None = None,
) -> object:
    """An official `EventProperties` (one event of create_multiple)."""
    made: object = EventProperties(event_key, name, date, table_booking_config)
    return made


def object_properties(
    object_id: str,
    extra_data: Mapping[str, object] | None = None,
    ticket_type: str | None = None,
    quantity: int | None = None,
) -> object:
    """An official `ObjectProperties`."""
    made: object = ObjectProperties(
        object_id, None if extra_data is None else dict(extra_data), ticket_type, quantity
    )
    return made


def status_change_request(
    event_key: str,
    objects: Sequence[str],
    status: str | None = None,
    *,
    hold_token: str | None = None,
    change_type: str | None = None,
    allowed_previous_statuses: Sequence[str] | None = None,
) -> object:
    """An official `StatusChangeRequest` (one item of a batch)."""
    made: object = StatusChangeRequest(
        event_key,
        list(objects),
        status,
        hold_token=hold_token,
        type=change_type,
        allowed_previous_statuses=(
            None if allowed_previous_statuses is None else list(allowed_previous_statuses)
        ),
    )
    return made
