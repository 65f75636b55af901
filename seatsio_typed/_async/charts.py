"""Charts: create, retrieve, list (all pages or one), and chart categories."""

from __future__ import annotations

import builtins
from collections.abc import Sequence

from seatsio_typed._async._paging import AsyncPageIterator
from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import charts as endpoints
from seatsio_typed.models import (
    Category,
    CategoryKey,
    Chart,
    CreateChartRequest,
    UpdateCategoryRequest,
)
from seatsio_typed.pagination import Page

__all__ = ["AsyncChartsClient"]


class AsyncChartsClient:
    """Charts of the workspace (`client.charts`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        name: str | None = None,
        venue_type: str | None = None,
        categories: Sequence[Category] | None = None,
    ) -> Chart:
        """Create a chart (`POST /charts`); without arguments an empty "Untitled chart".

        Args:
            name: The chart's name.
            venue_type: The drawing's venue type (`SIMPLE` when left out); `VenueType` members
                work.
            categories: The chart's categories.

        Returns:
            The new chart.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error, or the request failed.
        """
        body = CreateChartRequest(name=name, venue_type=venue_type, categories=categories)
        return await self._requester.request(endpoints.CREATE, body=body)

    async def retrieve(self, chart_key: str) -> Chart:
        """Retrieve a chart's metadata (`GET /charts/{key}`).

        Args:
            chart_key: The chart's key.

        Returns:
            The chart.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error (`NotFoundException`: no such
                chart), or the request failed.
        """
        return await self._requester.request(endpoints.RETRIEVE, path_params={"key": chart_key})

    def list(
        self,
        chart_filter: str | None = None,
        tag: str | None = None,
        expand_events: bool = False,
        expand_validation: bool = False,
        expand_venue_type: bool = False,
        expand_zones: bool = False,
    ) -> AsyncPageIterator[Chart]:
        """Iterate over all charts, newest first, fetching a page only when it is reached.

        Nothing is requested before iteration starts; each iteration starts from the first page.

        Args:
            chart_filter: Only charts whose name contains this text.
            tag: Only charts with this tag.
            expand_events: Include each chart's events (`Chart.events`).
            expand_validation: Include each chart's validation result (`Chart.validation`).
            expand_venue_type: Include each chart's venue type (`Chart.venue_type`).
            expand_zones: Include each chart's zones (`Chart.zones`).

        Returns:
            A lazy iterator over every chart (`async for`); `.pages()` gives whole pages.

        Raises:
            SeatsioException: while iterating, the API answered with an error or a request
                failed.
        """
        query = endpoints.list_query(
            chart_filter, tag, expand_events, expand_validation, expand_venue_type, expand_zones
        )

        async def fetch_page_after(cursor: int | None) -> Page[Chart]:
            return await self._requester.request(
                endpoints.LIST, query={**query, "start_after_id": cursor}
            )

        return AsyncPageIterator(fetch_page_after)

    async def list_first_page(
        self,
        page_size: int | None = None,
        filter: str | None = None,
        *,
        tag: str | None = None,
        expand_events: bool = False,
        expand_validation: bool = False,
        expand_venue_type: bool = False,
        expand_zones: bool = False,
    ) -> Page[Chart]:
        """Fetch the first page of charts, newest first.

        Args:
            page_size: How many charts per page; the server's default when left out.
            filter: Only charts whose name contains this text.
            tag: Only charts with this tag.
            expand_events: Include each chart's events (`Chart.events`).
            expand_validation: Include each chart's validation result (`Chart.validation`).
            expand_venue_type: Include each chart's venue type (`Chart.venue_type`).
            expand_zones: Include each chart's zones (`Chart.zones`).

        Returns:
            The page; `next_page_starts_after` is the cursor of the next one.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error, or the request failed.
        """
        query = endpoints.list_query(
            filter, tag, expand_events, expand_validation, expand_venue_type, expand_zones
        )
        return await self._requester.request(endpoints.LIST, query={**query, "limit": page_size})

    async def list_page_after(
        self,
        after_id: int,
        page_size: int | None = None,
        filter: str | None = None,
        *,
        tag: str | None = None,
        expand_events: bool = False,
        expand_validation: bool = False,
        expand_venue_type: bool = False,
        expand_zones: bool = False,
    ) -> Page[Chart]:
        """Fetch the page of charts after the chart with id `after_id`.

        Args:
            after_id: A page's `next_page_starts_after`.
            page_size: How many charts per page; the server's default when left out.
            filter: Only charts whose name contains this text.
            tag: Only charts with this tag.
            expand_events: Include each chart's events (`Chart.events`).
            expand_validation: Include each chart's validation result (`Chart.validation`).
            expand_venue_type: Include each chart's venue type (`Chart.venue_type`).
            expand_zones: Include each chart's zones (`Chart.zones`).

        Returns:
            The page.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error, or the request failed.
        """
        query = endpoints.list_query(
            filter, tag, expand_events, expand_validation, expand_venue_type, expand_zones
        )
        return await self._requester.request(
            endpoints.LIST, query={**query, "limit": page_size, "start_after_id": after_id}
        )

    async def list_page_before(
        self,
        before_id: int,
        page_size: int | None = None,
        filter: str | None = None,
        *,
        tag: str | None = None,
        expand_events: bool = False,
        expand_validation: bool = False,
        expand_venue_type: bool = False,
        expand_zones: bool = False,
    ) -> Page[Chart]:
        """Fetch the page of charts before the chart with id `before_id`.

        Args:
            before_id: A page's `previous_page_ends_before`.
            page_size: How many charts per page; the server's default when left out.
            filter: Only charts whose name contains this text.
            tag: Only charts with this tag.
            expand_events: Include each chart's events (`Chart.events`).
            expand_validation: Include each chart's validation result (`Chart.validation`).
            expand_venue_type: Include each chart's venue type (`Chart.venue_type`).
            expand_zones: Include each chart's zones (`Chart.zones`).

        Returns:
            The page.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error, or the request failed.
        """
        query = endpoints.list_query(
            filter, tag, expand_events, expand_validation, expand_venue_type, expand_zones
        )
        return await self._requester.request(
            endpoints.LIST, query={**query, "limit": page_size, "end_before_id": before_id}
        )

    async def list_categories(self, chart_key: str) -> builtins.list[Category]:
        """List the categories of a chart, in drawing order (`GET /charts/{key}/categories`).

        Args:
            chart_key: The chart's key.

        Returns:
            The categories.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error, or the request failed.
        """
        result = await self._requester.request(
            endpoints.LIST_CATEGORIES, path_params={"key": chart_key}
        )
        return result.categories

    async def update_category(
        self,
        chart_key: str,
        category_key: CategoryKey,
        label: str | None,
        color: str | None,
        accessible: bool | None,
    ) -> None:
        """Change a chart category (`POST /charts/{key}/categories/{categoryKey}`).

        Args:
            chart_key: The chart's key.
            category_key: The category's key (an int stays an int).
            label: The new label; None leaves it unchanged.
            color: The new CSS colour; None leaves it unchanged.
            accessible: The new accessibility; None leaves it unchanged.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error, or the request failed.
        """
        body = UpdateCategoryRequest(label=label, color=color, accessible=accessible)
        await self._requester.request(
            endpoints.UPDATE_CATEGORY,
            path_params={"key": chart_key, "category_key": category_key},
            body=body,
        )
