"""Channels: objects of an event reserved for a group of buyers, and the channel requests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Annotated, overload

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer, model_validator

from seatsio_typed.models._base import (
    DocumentedRequest,
    DocumentedResponse,
)
from seatsio_typed.models._constraints import AreaPlaces, Color, Key, Name, ObjectLabel
from seatsio_typed.models._types import SequenceAsList

__all__ = [
    "AddChannelsRequest",
    "Channel",
    "ChannelCreationParams",
    "ChannelObjectsRequest",
    "ReplaceChannelsRequest",
    "UpdateChannelRequest",
]


def _by_name(
    class_name: str, order: tuple[str, ...], args: tuple[object, ...], fields: dict[str, object]
) -> dict[str, object]:
    """Positional arguments given the names of the official constructor, merged with keywords.

    Keywords are passed through as they come (snake_case or the camelCase wire names).
    """
    if len(args) > len(order):
        raise TypeError(
            f"{class_name} takes at most {len(order)} positional arguments ({len(args)} given)"
        )
    for name, value in zip(order, args, strict=False):
        if name in fields:
            raise TypeError(f"{class_name} got {name!r} twice")
        fields[name] = value
    return fields


class Channel(DocumentedResponse):
    """A channel of an event or season, as listed in its ``channels``.

    Also built like the official client's, positionally in its order
    ``Channel(name, id, color, index, key, objects, area_places)``, or by keyword.
    """

    key: str
    """The channel key, what status changes name in ``channel_keys``."""
    name: str
    """Display name in the Event Manager (unique within the event)."""
    id: str | None = None
    """Server-generated id (used in GA partition labels ``{area}##{id}``)."""
    color: str | None = None
    """CSS colour shown in the Event Manager."""
    index: int | None = None
    """Ordering in the Event Manager; None when it was never set."""
    objects: list[str] = Field(default_factory=list[str])
    """Labels of the objects assigned to this channel, in assignment order."""
    area_places: dict[str, int] = Field(default_factory=dict[str, int])
    """Places of general admission areas assigned to this channel, by area label."""

    if TYPE_CHECKING:
        # What type checkers see: the official client's seven positional arguments, or keywords.
        @overload
        def __init__(
            self,
            name: str,
            id: str | None,
            color: str | None,
            index: int | None,
            key: str,
            objects: Sequence[str],
            area_places: Mapping[str, int],
        ) -> None: ...

        @overload
        def __init__(
            self,
            *,
            key: str,
            name: str,
            id: str | None = ...,
            color: str | None = ...,
            index: int | None = ...,
            objects: Sequence[str] = ...,
            area_places: Mapping[str, int] = ...,
        ) -> None: ...

        def __init__(self, *args: object, **fields: object) -> None: ...

    else:

        def __init__(self, *args, **fields):
            super().__init__(**_by_name(type(self).__name__, _CHANNEL_ORDER, args, fields))

        # Not a custom constructor for pydantic: a channel read from a response is validated
        # straight from JSON, without a Python call per channel (see RequestModel).
        __init__.__pydantic_base_init__ = True

    def area_partition_label(self, area_label: str) -> str:
        """The label of this channel's part of a general admission area: ``{area}##{id}``.

        Args:
            area_label: The label of the area, e.g. ``GA1``.

        Returns:
            The partition label, as the official client builds it.

        Raises:
            ValueError: The channel has no id (it was not read from the API).
        """
        if self.id is None:
            raise ValueError(f"channel {self.key!r} has no id: read it from the event first")
        return f"{area_label}##{self.id}"


_CHANNEL_ORDER = ("name", "id", "color", "index", "key", "objects", "area_places")


class ChannelCreationParams(DocumentedRequest):
    """A channel to create with an event or season, or with the add/replace channel calls.

    Built like the official client's, positionally or by keyword:
    ``ChannelCreationParams("vip", "VIP", "#ED303D", objects=["A-1", "A-2"])``.
    """

    key: Key
    """The channel key (unique within the event; UUIDs are recommended)."""
    name: Name
    """Display name in the Event Manager (unique within the event)."""
    color: Color
    """CSS colour shown in the Event Manager, e.g. ``#ED303D`` or ``red``."""
    index: int | None = None
    """Ordering in the Event Manager."""
    objects: SequenceAsList[ObjectLabel] | None = None
    """Labels of the objects to assign (they leave any other channel)."""
    area_places: AreaPlaces | None = None
    """Places of general admission areas to assign, by area label."""

    if TYPE_CHECKING:
        # What type checkers see: the official client's signature, positional or by keyword.
        def __init__(
            self,
            key: str,
            name: str,
            color: str,
            index: int | None = None,
            objects: Sequence[str] | None = None,
            area_places: Mapping[str, int] | None = None,
        ) -> None: ...

    else:

        def __init__(self, *args, **fields):
            self._validate(_by_name(type(self).__name__, _CREATION_ORDER, args, fields))

        # Not a custom constructor for pydantic: nested validation and `model_validate` skip it
        # (see RequestModel).
        __init__.__pydantic_base_init__ = True


_CREATION_ORDER = ("key", "name", "color", "index", "objects", "area_places")


def _refuse_repeated_keys(channels: Sequence[ChannelCreationParams]) -> None:
    keys = [channel.key for channel in channels]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise ValueError(f"channel keys must be unique within an event: {repeated} repeat")


class AddChannelsRequest(DocumentedRequest):
    """Body of adding several channels with ``POST /events/{key}/channels``: a JSON array."""

    channels: Annotated[SequenceAsList[ChannelCreationParams], Field(min_length=1)]
    """The channels to add; at least one."""

    @model_validator(mode="after")
    def _check_keys(self) -> AddChannelsRequest:
        _refuse_repeated_keys(self.channels)
        return self

    @model_serializer(mode="wrap")
    def _as_array(self, handler: SerializerFunctionWrapHandler) -> object:
        # The endpoint takes the bare array (the single-channel form takes one object).
        fields: dict[str, object] = handler(self)
        return fields["channels"]


class UpdateChannelRequest(DocumentedRequest):
    """Body of ``POST /events/{key}/channels/{channelKey}``; fields left out stay unchanged."""

    name: Name | None = None
    """The new display name."""
    color: Color | None = None
    """The new CSS colour."""
    objects: SequenceAsList[ObjectLabel] | None = None
    """Replaces the channel's objects (``[]`` empties it)."""
    area_places: AreaPlaces | None = None
    """Replaces the channel's GA places (``{}`` empties it)."""

    @model_validator(mode="after")
    def _check_something_changes(self) -> UpdateChannelRequest:
        if (self.name, self.color, self.objects, self.area_places) == (None, None, None, None):
            raise ValueError("give at least one of name, color, objects or area_places")
        return self


class ChannelObjectsRequest(DocumentedRequest):
    """Body of adding objects to (POST) or removing them from (DELETE) a channel."""

    objects: SequenceAsList[ObjectLabel] = Field(default_factory=list)
    """Labels of the objects to add or remove."""
    area_places: AreaPlaces | None = None
    """GA places, added to or subtracted from the channel's."""

    @model_validator(mode="after")
    def _check_something_is_named(self) -> ChannelObjectsRequest:
        if not self.objects and not self.area_places:
            raise ValueError("give at least one object or some area places")
        return self


class ReplaceChannelsRequest(DocumentedRequest):
    """Body of ``POST /events/{key}/channels/replace``: exactly these channels, in this order."""

    channels: SequenceAsList[ChannelCreationParams]
    """The channels the event keeps (an empty list removes them all)."""

    @model_validator(mode="after")
    def _check_keys(self) -> ReplaceChannelsRequest:
        _refuse_repeated_keys(self.channels)
        return self
