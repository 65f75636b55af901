"""Event create/update bodies read into typed settings (events.md §3.1-3.4).

Absent and `null` options take their defaults (the official client's serializer writes `null`
for unset attributes of nested objects, e.g. `tableBookingConfig.tables` in create-multiple).
An `eventKey` no event could be found by (empty, `.`, `..`, longer than 256 characters) is 400
`INVALID_KEY` (`key_rules.py`).
Schema problems give the emulator's 400 `VALIDATION_FAILED` with a JSON-pointer message; a date
that is not `yyyy-MM-dd` or lies outside 2014-01-01 ... today + 10 years gives 400 `INVALID_DATE`
(code unverified). Unknown members are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from seatsio_typed.testing._charts import TABLE_BOOKING_MODES, CategoryDef, default_color
from seatsio_typed.testing._engine.key_rules import check_event_key
from seatsio_typed.testing._engine.records import ForSaleConfig, TableBookingConfig
from seatsio_typed.testing._wire.body import JsonArray, JsonObject, json_type_name, schema_error
from seatsio_typed.testing._wire.messages import JSON, bad_request

TABLE_MODES: Final = ("BY_TABLE", "BY_SEAT")
EARLIEST_DATE: Final = date(2014, 1, 1)
_DATE_SHAPE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class ChannelInput:
    """A channel given at event creation (channels.md §2.1 fields)."""

    key: str
    name: str
    color: str | None
    index: int | None
    objects: tuple[str, ...]
    area_places: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Unset:
    """Marks an update field that was not sent (so it stays unchanged)."""


UNSET: Final = Unset()


@dataclass(frozen=True, slots=True)
class EventSettings:
    """The settings of a create or update body; `UNSET` where an update leaves things alone."""

    event_key: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    date: str | Unset | None = UNSET
    table_booking: TableBookingConfig | Unset = UNSET
    object_categories: dict[str, int | str] | Unset | None = UNSET
    categories: tuple[CategoryDef, ...] | Unset = UNSET
    channels: tuple[ChannelInput, ...] = ()
    for_sale: ForSaleConfig | None = None
    is_in_the_past: bool | Unset = UNSET


def read_settings(body: JsonObject, today: date, *, creating: bool) -> EventSettings:
    """Read the event fields of a create (or create-multiple item) or update body."""
    # `null` means "not given", except for the two maps where the docs make it a removal.
    present = set(body.data)
    return EventSettings(
        event_key=_event_key(body) if "eventKey" in body else UNSET,
        name=_optional_text(body, "name") if "name" in body else UNSET,
        date=_date(body, today) if "date" in body else UNSET,
        table_booking=_table_booking(body) if "tableBookingConfig" in body else UNSET,
        object_categories=(_object_categories(body) if "objectCategories" in present else UNSET),
        categories=_categories(body) if "categories" in present else UNSET,
        channels=_channels(body) if creating else (),
        for_sale=_for_sale(body) if creating else None,
        is_in_the_past=(
            (body.optional_boolean("isInThePast") or False) if "isInThePast" in body else UNSET
        ),
    )


def _event_key(body: JsonObject) -> str | None:
    # null is "no key given"; an empty, dot or overlong key is refused (`key_rules.py`).
    key = body.optional_string("eventKey")
    return None if key is None else check_event_key(key)


def _optional_text(body: JsonObject, key: str) -> str | None:
    value = body.optional_string(key)
    return value if value else None


def _date(body: JsonObject, today: date) -> str | None:
    text = body.optional_string("date")
    if not text:
        return None
    try:
        if not _DATE_SHAPE.fullmatch(text):
            raise ValueError(text)
        parsed = date.fromisoformat(text)
    except ValueError:
        raise bad_request("INVALID_DATE", f"Invalid date {text}: expected yyyy-MM-dd") from None
    latest = _years_later(today, 10)
    if not EARLIEST_DATE <= parsed <= latest:
        raise bad_request(
            "INVALID_DATE",
            f"Invalid date {text}: must lie between {EARLIEST_DATE.isoformat()} and "
            f"{latest.isoformat()}",
        )
    return text


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def read_table_booking(config: JsonObject) -> TableBookingConfig:
    """A `tableBookingConfig` object; `tables` is kept for CUSTOM only."""
    mode = config.enum("mode", TABLE_BOOKING_MODES)
    tables = config.optional_child("tables")
    if mode != "CUSTOM" or tables is None:
        return TableBookingConfig(mode)
    overrides: list[tuple[str, str]] = []
    for label in list(tables.data):
        value = tables.raw(label)
        if not isinstance(value, str) or value not in TABLE_MODES:
            raise schema_error(f"{tables.pointer_to(label)}: {value} is not a valid enum value")
        overrides.append((label, value))
    return TableBookingConfig(mode, tuple(overrides))


def _table_booking(body: JsonObject) -> TableBookingConfig:
    return read_table_booking(body.child("tableBookingConfig"))


def _object_categories(body: JsonObject) -> dict[str, int | str] | None:
    raw: JSON = body.raw("objectCategories")
    if raw is None or raw == [] or raw == {}:
        return None
    overrides = body.child("objectCategories")
    return {label: overrides.string_or_integer(label) for label in list(overrides.data)}


def _categories(body: JsonObject) -> tuple[CategoryDef, ...]:
    items = body.optional_array("categories")
    if items is None:
        return ()
    categories: list[CategoryDef] = []
    for position, item in enumerate(items.objects()):
        categories.append(
            CategoryDef(
                key=item.string_or_integer("key"),
                label=item.string("label"),
                # As for a chart's categories (charts.md §1.3): a default colour when absent.
                color=item.optional_string("color") or default_color(position),
                accessible=item.optional_boolean("accessible") or False,
            )
        )
    return tuple(categories)


def _channels(body: JsonObject) -> tuple[ChannelInput, ...]:
    items = body.optional_array("channels")
    return () if items is None else read_channels(items)


def read_channels(items: JsonArray) -> tuple[ChannelInput, ...]:
    """The channel objects of an array (event creation, add-multiple, replace); a key given
    twice is 400 `CHANNEL_KEY_ALREADY_EXISTS`."""
    channels: list[ChannelInput] = []
    for item in items.objects():
        channel = read_channel(item)
        if any(other.key == channel.key for other in channels):
            raise bad_request("CHANNEL_KEY_ALREADY_EXISTS", f"Duplicate channel key {channel.key}")
        channels.append(channel)
    return tuple(channels)


def read_channel(item: JsonObject) -> ChannelInput:
    """One channel object (channels.md §2.1): `key` and `name` required, the rest optional."""
    objects = item.optional_array("objects")
    return ChannelInput(
        key=item.string("key"),
        name=item.string("name"),
        color=item.optional_string("color"),
        index=item.optional_integer("index"),
        objects=() if objects is None else tuple(objects.strings()),
        area_places=read_area_places(item),
    )


def read_area_places(item: JsonObject) -> tuple[tuple[str, int], ...]:
    """An optional `areaPlaces` map (GA area label -> places, each at least 0)."""
    places = item.optional_child("areaPlaces")
    if places is None:
        return ()
    return tuple((label, places.integer(label, minimum=0)) for label in list(places.data))


def _for_sale(body: JsonObject) -> ForSaleConfig | None:
    config = body.optional_child("forSaleConfig")
    if config is None:
        return None
    return read_for_sale_config(config)


def read_for_sale_config(config: JsonObject) -> ForSaleConfig:
    """A ForSaleConfig object: `forSale` plus optional objects, areaPlaces and categories."""
    return read_for_sale_lists(config, for_sale=config.boolean("forSale"))


def read_for_sale_lists(body: JsonObject, *, for_sale: bool) -> ForSaleConfig:
    """The optional `objects`, `areaPlaces` and `categories` of a body, as a config."""
    objects = body.optional_array("objects")
    categories = body.optional_array("categories")
    return ForSaleConfig(
        for_sale=for_sale,
        objects=() if objects is None else tuple(objects.strings()),
        area_places=read_area_places(body),
        categories=() if categories is None else _category_texts(categories),
    )


def _category_texts(values: JsonArray) -> tuple[str, ...]:
    # Category keys may be numbers; the config keeps them as the text the API compares.
    texts: list[str] = []
    for position, value in enumerate(values):
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            texts.append(str(value))
        else:
            raise schema_error(
                f"{values.pointer}/{position}: expected type: String or Integer, found: "
                f"{json_type_name(value)}"
            )
    return tuple(texts)
