"""Channels of an event or season: objects reserved for a group of buyers (`events.channels`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import event_channels as endpoints
from seatsio_typed.models import (
    AddChannelsRequest,
    ChannelCreationParams,
    ChannelObjectsRequest,
    ReplaceChannelsRequest,
    UpdateChannelRequest,
)

__all__ = ["AsyncEventChannelsClient"]


class AsyncEventChannelsClient:
    """The channels of events and seasons (`client.events.channels`).

    Objects in a channel can only be booked by naming the channel (`channel_keys=[...]`) or
    with `ignore_channels=True`. An object belongs to at most one channel: assigning it to one
    takes it out of any other. The channels of an event are read from `Event.channels`.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def add(
        self,
        event_key: str,
        channel_key: str,
        channel_name: str,
        channel_color: str,
        index: int | None = None,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
    ) -> None:
        """Add a channel to an event or season.

        Args:
            event_key: The event or season.
            channel_key: The new channel's key, unique within the event.
            channel_name: Its display name in the Event Manager, unique within the event.
            channel_color: Its CSS colour in the Event Manager, e.g. `#ED303D` or `red`.
            index: Its place in the Event Manager's ordering.
            objects: Labels of the objects to assign to it (they leave any other channel).
            area_places: Places of general admission areas to assign, by area label.

        Raises:
            ValueError: An empty key or name, a malformed colour, an empty label or a place
                count below 1 (nothing is sent).
            BadRequestException: The channel key is taken.
            NotFoundException: No such event.
            SeatsioException: Any other failure of the call.
        """
        body = ChannelCreationParams(
            channel_key, channel_name, channel_color, index, objects, area_places
        )
        await self._requester.request(
            endpoints.ADD, path_params={"event_key": event_key}, body=body
        )

    async def add_multiple(
        self, event_key: str, channels_properties: Sequence[ChannelCreationParams]
    ) -> None:
        """Add several channels to an event or season in one call.

        Args:
            event_key: The event or season.
            channels_properties: The channels to add, each with a key unique within the event.

        Raises:
            ValueError: No channel, or two with the same key (nothing is sent).
            BadRequestException: A channel key is taken.
            NotFoundException: No such event.
            SeatsioException: Any other failure of the call.
        """
        body = AddChannelsRequest(channels=channels_properties)
        await self._requester.request(
            endpoints.ADD_MULTIPLE, path_params={"event_key": event_key}, body=body
        )

    async def remove(self, event_key: str, channel_key: str) -> None:
        """Remove a channel from an event or season; its objects become unassigned.

        Args:
            event_key: The event or season.
            channel_key: The channel to remove.

        Raises:
            NotFoundException: No such event.
            SeatsioException: Any other failure of the call (e.g. an unknown channel).
        """
        await self._requester.request(
            endpoints.REMOVE, path_params={"event_key": event_key, "channel_key": channel_key}
        )

    async def update(
        self,
        event_key: str,
        channel_key: str,
        name: str | None = None,
        color: str | None = None,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
    ) -> None:
        """Change a channel; what is left out (None) stays as it is.

        Args:
            event_key: The event or season (events of a season are refused: change the
                season's channels instead).
            channel_key: The channel to change.
            name: The new display name.
            color: The new CSS colour.
            objects: Replaces the channel's objects (`[]` empties it).
            area_places: Replaces the channel's general admission places (`{}` empties them).

        Raises:
            ValueError: Nothing to change, an empty name, a malformed colour, an empty label
                or a place count below 1 (nothing is sent).
            NotFoundException: No such event.
            SeatsioException: Any other failure of the call.
        """
        body = UpdateChannelRequest(
            name=name, color=color, objects=objects, area_places=area_places
        )
        await self._requester.request(
            endpoints.UPDATE,
            path_params={"event_key": event_key, "channel_key": channel_key},
            body=body,
        )

    async def add_objects(
        self,
        event_key: str,
        channel_key: str,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
    ) -> None:
        """Assign more objects to a channel; its other objects stay.

        Args:
            event_key: The event or season. On an event of a season this overrides the
                season's assignment for that event.
            channel_key: The channel.
            objects: Labels to add, appended in this order (they leave any other channel).
            area_places: General admission places to add, by area label.

        Raises:
            ValueError: Neither objects nor area places, an empty label or a place count
                below 1 (nothing is sent).
            NotFoundException: No such event.
            SeatsioException: Any other failure of the call.
        """
        body = ChannelObjectsRequest(objects=objects or (), area_places=area_places)
        await self._requester.request(
            endpoints.ADD_OBJECTS,
            path_params={"event_key": event_key, "channel_key": channel_key},
            body=body,
        )

    async def remove_objects(
        self,
        event_key: str,
        channel_key: str,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
    ) -> None:
        """Take objects out of a channel; its other objects stay, in their order.

        Args:
            event_key: The event or season.
            channel_key: The channel.
            objects: Labels to take out.
            area_places: General admission places to take out, by area label (subtracted).

        Raises:
            ValueError: Neither objects nor area places, an empty label or a place count
                below 1 (nothing is sent).
            NotFoundException: No such event.
            SeatsioException: Any other failure of the call.
        """
        body = ChannelObjectsRequest(objects=objects or (), area_places=area_places)
        await self._requester.request(
            endpoints.REMOVE_OBJECTS,
            path_params={"event_key": event_key, "channel_key": channel_key},
            body=body,
        )

    async def replace(self, event_key: str, channels: Sequence[ChannelCreationParams]) -> None:
        """Make these the event's channels, in this order; channels not listed are removed.

        Args:
            event_key: The event or season.
            channels: The channels the event keeps (an empty list removes them all).

        Raises:
            ValueError: Two channels with the same key (nothing is sent).
            NotFoundException: No such event.
            SeatsioException: Any other failure of the call.
        """
        body = ReplaceChannelsRequest(channels=channels)
        await self._requester.request(
            endpoints.REPLACE, path_params={"event_key": event_key}, body=body
        )
