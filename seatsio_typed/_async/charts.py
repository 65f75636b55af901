"""Charts: create, retrieve, list (all pages or one), and chart categories."""

from __future__ import annotations

import builtins
from collections.abc import Sequence

from seatsio_typed._async._paging import AsyncPageIterator
from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._async.chart_reports import AsyncChartReports
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
        self.reports = AsyncChartReports(requester)
        """Chart reports: the chart's objects grouped by label, category, section, zone ..."""

    async def create(
        self,
        name: str | None = None,
        venue_type: str | None = None,
        categories: Sequence[Category] | None = None,
    ) -> Chart:
        """Create a chart; without arguments an empty "Untitled chart"."""
        body = CreateChartRequest(name=name, venue_type=venue_type, categories=categories)
        return await self._requester.request(endpoints.CREATE, body=body)

    async def retrieve(self, chart_key: str) -> Chart:
        """Retrieve a chart's metadata."""
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
        """Iterate over all charts, newest first, fetching a page only when it is reached."""
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
        """Fetch the first page of charts (`page_size` of them, or the server's default)."""
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
        """Fetch the page after the chart with id `after_id` (a `next_page_starts_after`)."""
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
        """Fetch the page before the chart with id `before_id` (a `previous_page_ends_before`)."""
        query = endpoints.list_query(
            filter, tag, expand_events, expand_validation, expand_venue_type, expand_zones
        )
        return await self._requester.request(
            endpoints.LIST, query={**query, "limit": page_size, "end_before_id": before_id}
        )

    async def list_categories(self, chart_key: str) -> builtins.list[Category]:
        """List the categories of a chart, in drawing order."""
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
        """Change a category's label, colour and/or accessibility; None leaves a field as is."""
        body = UpdateCategoryRequest(label=label, color=color, accessible=accessible)
        await self._requester.request(
            endpoints.UPDATE_CATEGORY,
            path_params={"key": chart_key, "category_key": category_key},
            body=body,
        )
