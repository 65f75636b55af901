"""Seasons: events that group other events of one chart, booked together (`client.seasons`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import events as event_endpoints
from seatsio_typed._endpoints import seasons as endpoints
from seatsio_typed.errors import UnexpectedResponseError
from seatsio_typed.models import (
    AddEventsToPartialSeasonRequest,
    Category,
    CategoryKey,
    ChannelCreationParams,
    CreateEventsInSeasonRequest,
    CreatePartialSeasonRequest,
    CreateSeasonRequest,
    Event,
    ForSaleConfig,
    Season,
    TableBookingConfig,
    UpdateSeasonRequest,
)

__all__ = ["AsyncSeasonsClient"]


class AsyncSeasonsClient:
    """Top-level and partial seasons of the workspace (`client.seasons`).

    A season is an event: the `events` methods (book, hold, object infos, channels, for-sale
    configs, reports) take a season key too, and a booking on a season holds for every event
    in it.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        chart_key: str,
        key: str | None = None,
        name: str | None = None,
        number_of_events: int | None = None,
        event_keys: Sequence[str] | None = None,
        table_booking_config: TableBookingConfig | None = None,
        object_categories: Mapping[str, CategoryKey] | None = None,
        categories: Sequence[Category] | None = None,
        channels: Sequence[ChannelCreationParams] | None = None,
        for_sale_config: ForSaleConfig | None = None,
        for_sale_propagated: bool | None = None,
    ) -> Season:
        """Create a top-level season on a chart, optionally with events in it.

        Args:
            chart_key: The chart of the season and its events.
            key: The season's key; generated when left out.
            name: Display name.
            number_of_events: Create this many events with generated keys (not with
                `event_keys`).
            event_keys: Create events with these keys (they must not exist yet).
            table_booking_config: How tables are booked (default: as the chart says).
            object_categories: Category overrides, object label -> category key.
            categories: Season-level categories, added to the chart's.
            channels: Channels of the season.
            for_sale_config: The initial for-sale config.
            for_sale_propagated: Whether the season's for-sale config applies to its events.

        Returns:
            The season, with its events (`events`) and no partial seasons yet.

        Raises:
            ValueError: An empty key, an empty `event_keys`, a `number_of_events` below 1, or
                both ways of making events (nothing is sent).
            NotFoundException: No such chart.
            SeatsioException: Any other failure of the call (e.g. an event key in use).
        """
        body = CreateSeasonRequest(
            chart_key=chart_key,
            key=key,
            name=name,
            number_of_events=number_of_events,
            event_keys=event_keys,
            table_booking_config=table_booking_config,
            object_categories=object_categories,
            categories=categories,
            channels=channels,
            for_sale_config=for_sale_config,
            for_sale_propagated=for_sale_propagated,
        )
        return await self._requester.request(endpoints.CREATE, body=body)

    async def create_partial_season(
        self,
        top_level_season_key: str,
        partial_season_key: str | None = None,
        name: str | None = None,
        event_keys: Sequence[str] | None = None,
    ) -> Season:
        """Create a partial season: a subset of the events of a top-level season.

        Args:
            top_level_season_key: The top-level season.
            partial_season_key: The partial season's key; generated when left out.
            name: Display name.
            event_keys: Events of the top-level season that make up the partial season.

        Returns:
            The partial season, with its events.

        Raises:
            ValueError: An empty key or an empty `event_keys` (nothing is sent).
            NotFoundException: No such season.
            SeatsioException: Any other failure of the call (e.g. an event outside the season).
        """
        body = CreatePartialSeasonRequest(key=partial_season_key, name=name, event_keys=event_keys)
        return await self._requester.request(
            endpoints.CREATE_PARTIAL_SEASON,
            path_params={"top_level_season_key": top_level_season_key},
            body=body,
        )

    async def create_events(
        self, key: str, event_keys: Sequence[str] | None = None, number_of_events: int | None = None
    ) -> list[Event | Season]:
        """Create events inside a season; they inherit the season's bookings.

        Args:
            key: The season.
            event_keys: Keys of the events to create (they must not exist yet).
            number_of_events: Create this many events with generated keys instead.

        Returns:
            The events created, newest first (the reverse of `event_keys`); typed like the
            items of `events.create_multiple` (events, never seasons, in practice).

        Raises:
            ValueError: Neither or both of `event_keys` and `number_of_events`, an empty list or
                key, or a number below 1 (nothing is sent).
            NotFoundException: No such season.
            SeatsioException: Any other failure of the call (e.g. an event key in use).
        """
        body = CreateEventsInSeasonRequest(event_keys=event_keys, number_of_events=number_of_events)
        created = await self._requester.request(
            endpoints.CREATE_EVENTS, path_params={"key": key}, body=body
        )
        return list(created.events)

    async def add_events_to_partial_season(
        self, top_level_season_key: str, partial_season_key: str, event_keys: Sequence[str]
    ) -> Season:
        """Add events of the top-level season to one of its partial seasons.

        Args:
            top_level_season_key: The top-level season.
            partial_season_key: The partial season.
            event_keys: Events of the top-level season to add.

        Returns:
            The partial season with its events.

        Raises:
            ValueError: No event key, or an empty one (nothing is sent).
            NotFoundException: No such season.
            SeatsioException: Any other failure of the call (e.g. an event outside the season).
        """
        body = AddEventsToPartialSeasonRequest(event_keys=event_keys)
        return await self._requester.request(
            endpoints.ADD_EVENTS_TO_PARTIAL_SEASON,
            path_params={
                "top_level_season_key": top_level_season_key,
                "partial_season_key": partial_season_key,
            },
            body=body,
        )

    async def remove_event_from_partial_season(
        self, top_level_season_key: str, partial_season_key: str, event_key: str
    ) -> Season:
        """Take an event out of a partial season; it stays in the top-level season.

        Args:
            top_level_season_key: The top-level season.
            partial_season_key: The partial season.
            event_key: The event to take out.

        Returns:
            The partial season without the event.

        Raises:
            NotFoundException: No such season.
            SeatsioException: Any other failure of the call.
        """
        return await self._requester.request(
            endpoints.REMOVE_EVENT_FROM_PARTIAL_SEASON,
            path_params={
                "top_level_season_key": top_level_season_key,
                "partial_season_key": partial_season_key,
                "event_key": event_key,
            },
        )

    async def retrieve(self, key: str) -> Season:
        """Retrieve a top-level or partial season, with its events.

        Args:
            key: The season.

        Returns:
            The season (`events`, `partial_season_keys`, its kind and for-sale settings).

        Raises:
            NotFoundException: No event or season has this key.
            UnexpectedResponseError: The key names an event that is not a season (the official
                client would return that `Event`; here the result is always a `Season`).
            SeatsioException: Any other failure of the call.
        """
        event = await self._requester.request(event_endpoints.RETRIEVE, path_params={"key": key})
        if not isinstance(event, Season):
            raise UnexpectedResponseError(f"{key!r} is an event, not a season")
        return event

    async def update(
        self,
        key: str,
        event_key: str | None = None,
        name: str | None = None,
        table_booking_config: TableBookingConfig | None = None,
        object_categories: Mapping[str, CategoryKey] | None = None,
        categories: Sequence[Category] | None = None,
        for_sale_propagated: bool | None = None,
    ) -> None:
        """Change a season; what is left out (None) stays as it is.

        Args:
            key: The season.
            event_key: A new key for the season.
            name: A new display name.
            table_booking_config: How tables are booked.
            object_categories: Replaces the category overrides (`{}` removes them).
            categories: Replaces the season-level categories.
            for_sale_propagated: Whether the season's for-sale config applies to its events.

        Raises:
            ValueError: An empty new key (nothing is sent).
            NotFoundException: No such season.
            SeatsioException: Any other failure of the call.
        """
        body = UpdateSeasonRequest(
            event_key=event_key,
            name=name,
            table_booking_config=table_booking_config,
            object_categories=object_categories,
            categories=categories,
            for_sale_propagated=for_sale_propagated,
        )
        await self._requester.request(endpoints.UPDATE, path_params={"key": key}, body=body)
