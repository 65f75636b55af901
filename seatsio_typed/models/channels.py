"""Channels: objects of an event reserved for a group of buyers, and the channel requests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import Field

from seatsio_typed.models._base import RequestModel, ResponseModel

__all__ = [
    "Channel",
    "ChannelCreationParams",
    "ChannelObjectsRequest",
    "ReplaceChannelsRequest",
    "UpdateChannelRequest",
]


class Channel(ResponseModel):
    """A channel of an event or season, as listed in its ``channels``."""

    key: str
    name: str
    id: str | None = None
    """Server-generated id (used in GA partition labels ``{area}##{id}``)."""
    color: str | None = None
    index: int | None = None
    """Ordering in the Event Manager; None when it was never set."""
    objects: list[str] = Field(default_factory=list[str])
    area_places: dict[str, int] = Field(default_factory=dict[str, int])
    """Places of general admission areas assigned to this channel, by area label."""


class ChannelCreationParams(RequestModel):
    """A channel to create with an event or season, or with the add/replace channel calls."""

    key: str
    name: str
    color: str
    index: int | None = None
    objects: Sequence[str] | None = None
    area_places: Mapping[str, int] | None = None


class UpdateChannelRequest(RequestModel):
    """Body of ``POST /events/{key}/channels/{channelKey}``; fields left out stay unchanged."""

    name: str | None = None
    color: str | None = None
    objects: Sequence[str] | None = None
    """Replaces the channel's objects."""
    area_places: Mapping[str, int] | None = None
    """Replaces the channel's GA places."""


class ChannelObjectsRequest(RequestModel):
    """Body of adding objects to (POST) or removing them from (DELETE) a channel."""

    objects: Sequence[str] = ()
    area_places: Mapping[str, int] | None = None
    """GA places, added to or subtracted from the channel's."""


class ReplaceChannelsRequest(RequestModel):
    """Body of ``POST /events/{key}/channels/replace``: exactly these channels, in this order."""

    channels: Sequence[ChannelCreationParams]
