"""Channels of an event (channels.md): adding, replacing, updating and removing them, and moving
objects in and out of them.

The event's `channels` list (records.py `Channel`) is the one representation: channels given at
event creation are built here too (`channels_for_new_event`), and the status rules
(`rules.py`, through `EventView.channel`) read the same list, so every change made here is what
the next booking sees.

Rules (channels.md §1; choices marked):
- channel keys and names are unique per event: 400 `CHANNEL_KEY_ALREADY_EXISTS` /
  `CHANNEL_NAME_ALREADY_EXISTS` (the name code is the emulator's choice);
- an object sits in at most one channel: assigning it (by add, add-multiple, replace, update or
  add-objects) takes it out of every other channel, later channels of one request winning; a GA
  area given as a whole likewise leaves the other channels' `areaPlaces`, and a channel that
  takes places of an area takes it out of the other channels' `objects` (partial places of one
  area may sit in several channels);
- one channel may not hold a GA area both as a whole and by places: 400
  `AREA_IN_OBJECTS_AND_AREA_PLACES` (code chosen); labels are not checked against the chart
  (like the for-sale config, the reference is silent);
- add-objects appends new labels in request order and ADDS `areaPlaces` to the channel's
  places (unverified: cumulative); remove-objects subtracts them, dropping areas that reach 0;
- replace keeps the id of a channel whose key it lists again (ids only matter for GA partition
  labels; choice), and a replace without `channels` removes every channel (the reference's
  suggestion);
- an unknown channel key is 404 `CHANNEL_NOT_FOUND` (choice);
- events in a season (channels.md §1, seasons.md §1): update-channel is refused (400
  `EVENT_IN_SEASON`, code chosen: channels are managed on the season); add-objects with a key of
  the top-level season's channels, or with `NO_CHANNEL`, puts the objects in that channel (or in
  none) for this event only, overriding the season's assignment; remove-objects with that key
  lets them follow the season again. Area places are not overridden this way (not enforced by
  booking either).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from seatsio_typed.testing._engine.event_input import ChannelInput
from seatsio_typed.testing._engine.records import NO_CHANNEL, Channel, Event
from seatsio_typed.testing._engine.season_records import IN_SEASON
from seatsio_typed.testing._engine.season_status import season_link
from seatsio_typed.testing._wire.messages import ApiError, bad_request, not_found

CHANNEL_NOT_FOUND: Final = "CHANNEL_NOT_FOUND"
CHANNEL_KEY_ALREADY_EXISTS: Final = "CHANNEL_KEY_ALREADY_EXISTS"
CHANNEL_NAME_ALREADY_EXISTS: Final = "CHANNEL_NAME_ALREADY_EXISTS"
AREA_IN_OBJECTS_AND_AREA_PLACES: Final = "AREA_IN_OBJECTS_AND_AREA_PLACES"
EVENT_IN_SEASON: Final = "EVENT_IN_SEASON"

NewId = Callable[[], str]
"""Makes a fresh channel id (seeded, so deterministic mode stays byte-stable)."""


@dataclass(frozen=True, slots=True)
class ChannelUpdate:
    """The fields of an update-channel body; None means "leave it as it is"."""

    name: str | None = None
    color: str | None = None
    index: int | None = None
    objects: tuple[str, ...] | None = None
    area_places: tuple[tuple[str, int], ...] | None = None


def channels_for_new_event(specs: Sequence[ChannelInput], new_id: NewId) -> list[Channel]:
    """The channels of an event created with `channels`, under the same rules as add."""
    channels: list[Channel] = []
    _add(channels, specs, new_id)
    return channels


def add_channels(event: Event, specs: Sequence[ChannelInput], new_id: NewId) -> None:
    """Add one or more channels after the existing ones (all checked before any is added)."""
    channels = list(event.channels)
    _add(channels, specs, new_id)
    event.channels = channels


def replace_channels(event: Event, specs: Sequence[ChannelInput], new_id: NewId) -> None:
    """Make the event's channels exactly `specs`, in that order."""
    ids = {channel.key: channel.id for channel in event.channels}
    channels: list[Channel] = []
    _add(channels, specs, new_id, kept_ids=ids)
    event.channels = channels


def remove_channel(event: Event, key: str) -> None:
    """Delete a channel; its objects become unassigned, the other channels stay."""
    channel = require_channel(event, key)
    event.channels = [other for other in event.channels if other is not channel]


def update_channel(event: Event, key: str, update: ChannelUpdate) -> None:
    """Change the given fields of a channel; `objects` and `areaPlaces` replace its lists."""
    if _season_channel_keys(event) is not None:
        raise bad_request(
            EVENT_IN_SEASON,
            f"Event {event.key} is part of a season: update its channels on the season",
        )
    channel = require_channel(event, key)
    if update.name is not None:
        _check_name_free(event.channels, update.name, channel)
    objects = channel.objects if update.objects is None else _unique(update.objects)
    places = channel.area_places if update.area_places is None else dict(update.area_places)
    _check_not_both(channel.key, objects, places)
    if update.name is not None:
        channel.name = update.name
    if update.color is not None:
        channel.color = update.color
    if update.index is not None:
        channel.index = update.index
    channel.objects = list(objects)
    channel.area_places = places
    _claim(event.channels, channel)


def add_objects(
    event: Event, key: str, objects: Sequence[str], area_places: Sequence[tuple[str, int]]
) -> None:
    """Assign more objects (appended in request order) and more GA places to a channel."""
    if _overrides_season(event, key):
        for label in objects:
            event.season_channel_overrides[label] = key
        return
    channel = require_channel(event, key)
    merged = _unique([*channel.objects, *objects])
    places = dict(channel.area_places)
    for label, count in area_places:
        places[label] = places.get(label, 0) + count
    _check_not_both(channel.key, merged, places)
    channel.objects = merged
    channel.area_places = {label: count for label, count in places.items() if count > 0}
    _claim(event.channels, channel)


def remove_objects(
    event: Event, key: str, objects: Sequence[str], area_places: Sequence[tuple[str, int]]
) -> None:
    """Unassign objects and subtract GA places from a channel (other objects keep their order)."""
    if _overrides_season(event, key):
        for label in objects:
            if event.season_channel_overrides.get(label) == key:
                del event.season_channel_overrides[label]
        return
    channel = require_channel(event, key)
    leaving = set(objects)
    channel.objects = [label for label in channel.objects if label not in leaving]
    places = dict(channel.area_places)
    for label, count in area_places:
        if label in places:
            places[label] -= count
    channel.area_places = {label: count for label, count in places.items() if count > 0}


def _season_channel_keys(event: Event) -> set[str] | None:
    """The channel keys of an event's top-level season; None unless it is an event in one."""
    link = season_link(event)
    if link is None or link.kind != IN_SEASON:
        return None
    return {channel.key for channel in link.channels()}


def _overrides_season(event: Event, key: str) -> bool:
    """Whether a channel call with `key` on this event overrides its season's assignment."""
    if any(channel.key == key for channel in event.channels):
        return False
    season_keys = _season_channel_keys(event)
    return season_keys is not None and (key == NO_CHANNEL or key in season_keys)


def require_channel(event: Event, key: str) -> Channel:
    """The event's channel with that key, or 404 `CHANNEL_NOT_FOUND`."""
    for channel in event.channels:
        if channel.key == key:
            return channel
    raise channel_not_found(event, key)


def channel_not_found(event: Event, key: str) -> ApiError:
    """The 404 for a channel key the event does not have."""
    return not_found(CHANNEL_NOT_FOUND, f"Channel not found: {key} in event {event.key}")


def _add(
    channels: list[Channel],
    specs: Sequence[ChannelInput],
    new_id: NewId,
    *,
    kept_ids: dict[str, str] | None = None,
) -> None:
    """Check `specs` against `channels` and each other, then append them in order."""
    taken_keys = {channel.key for channel in channels}
    taken_names = {channel.name for channel in channels}
    for spec in specs:
        if spec.key in taken_keys:
            raise bad_request(
                CHANNEL_KEY_ALREADY_EXISTS, f"A channel with key {spec.key} already exists"
            )
        if spec.name in taken_names:
            raise _name_taken(spec.name)
        _check_not_both(spec.key, spec.objects, dict(spec.area_places))
        taken_keys.add(spec.key)
        taken_names.add(spec.name)
    for spec in specs:
        known = None if kept_ids is None else kept_ids.get(spec.key)
        channel = Channel(
            id=known if known is not None else new_id(),
            key=spec.key,
            name=spec.name,
            color=spec.color,
            index=spec.index,
            objects=_unique(spec.objects),
            area_places=dict(spec.area_places),
        )
        channels.append(channel)
        _claim(channels, channel)


def _claim(channels: Iterable[Channel], owner: Channel) -> None:
    """Take the owner's objects (and whole GA areas) out of every other channel."""
    whole = set(owner.objects)
    by_places = set(owner.area_places)
    for other in channels:
        if other is owner:
            continue
        if whole & set(other.objects) or by_places & set(other.objects):
            other.objects = [
                label for label in other.objects if label not in whole and label not in by_places
            ]
        if whole & set(other.area_places):
            other.area_places = {
                label: count for label, count in other.area_places.items() if label not in whole
            }


def _check_not_both(key: str, objects: Iterable[str], area_places: dict[str, int]) -> None:
    both = sorted(set(objects) & set(area_places))
    if both:
        raise bad_request(
            AREA_IN_OBJECTS_AND_AREA_PLACES,
            f"Channel {key}: {', '.join(both)} cannot be in both objects and areaPlaces",
        )


def _check_name_free(channels: Iterable[Channel], name: str, owner: Channel) -> None:
    if any(channel.name == name and channel is not owner for channel in channels):
        raise _name_taken(name)


def _name_taken(name: str) -> ApiError:
    return bad_request(CHANNEL_NAME_ALREADY_EXISTS, f"A channel named {name} already exists")


def _unique(labels: Iterable[str]) -> list[str]:
    """Labels without repeats, first occurrence kept (the order of the request)."""
    return list(dict.fromkeys(labels))
