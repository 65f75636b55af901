"""Channel operations of an event or season (channels.md): every call answers 204."""

from __future__ import annotations

from seatsio_typed._endpoint import NO_CONTENT, Endpoint
from seatsio_typed.models import (
    AddChannelsRequest,
    ChannelCreationParams,
    ChannelObjectsRequest,
    ReplaceChannelsRequest,
    UpdateChannelRequest,
)

__all__ = ["ADD", "ADD_MULTIPLE", "ADD_OBJECTS", "REMOVE", "REMOVE_OBJECTS", "REPLACE", "UPDATE"]

ADD = Endpoint(
    name="events.channels.add",
    method="POST",
    path="/events/{event_key}/channels",
    response=NO_CONTENT,
    body=ChannelCreationParams,
    summary="Add one channel to an event.",
)
ADD_MULTIPLE = Endpoint(
    name="events.channels.add_multiple",
    method="POST",
    path="/events/{event_key}/channels",
    response=NO_CONTENT,
    # The same route as ADD; the body is a JSON array instead of one object.
    body=AddChannelsRequest,
    summary="Add several channels to an event.",
)
REMOVE = Endpoint(
    name="events.channels.remove",
    method="DELETE",
    path="/events/{event_key}/channels/{channel_key}",
    response=NO_CONTENT,
    summary="Remove a channel from an event; its objects become unassigned.",
)
UPDATE = Endpoint(
    name="events.channels.update",
    method="POST",
    path="/events/{event_key}/channels/{channel_key}",
    response=NO_CONTENT,
    body=UpdateChannelRequest,
    summary="Change a channel's name, colour, objects or area places.",
)
ADD_OBJECTS = Endpoint(
    name="events.channels.add_objects",
    method="POST",
    path="/events/{event_key}/channels/{channel_key}/objects",
    response=NO_CONTENT,
    body=ChannelObjectsRequest,
    summary="Assign more objects (or GA places) to a channel.",
)
REMOVE_OBJECTS = Endpoint(
    name="events.channels.remove_objects",
    method="DELETE",
    path="/events/{event_key}/channels/{channel_key}/objects",
    response=NO_CONTENT,
    # A DELETE with a JSON body: the objects (and GA places) to take out of the channel.
    body=ChannelObjectsRequest,
    summary="Take objects (or GA places) out of a channel.",
)
REPLACE = Endpoint(
    name="events.channels.replace",
    method="POST",
    path="/events/{event_key}/channels/replace",
    response=NO_CONTENT,
    body=ReplaceChannelsRequest,
    summary="Replace all channels of an event with the given ones, in this order.",
)
