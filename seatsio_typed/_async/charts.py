"""Charts: create, retrieve, update and list; versions, archive, tags and categories in mixins.

`AsyncChartsClient` is composed of one mixin per module: the version methods
(`chart_versions.py`) and the archive/tag/category methods (`chart_organize.py`). Its
sub-resources are attributes set in `__init__`: `archive` (the archived charts).
"""

from __future__ import annotations

from collections.abc import Sequence

from seatsio_typed._async._paging import AsyncPageIterator
from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._async.chart_organize import AsyncChartOrganizeMethods
from seatsio_typed._async.chart_reports import AsyncChartReports
from seatsio_typed._async.chart_versions import AsyncChartVersionMethods
from seatsio_typed._async.listers import AsyncLister
from seatsio_typed._endpoints import charts as endpoints
from seatsio_typed.models import Category, Chart, CreateChartRequest, UpdateChartRequest
from seatsio_typed.pagination import Page

__all__ = ["AsyncChartsClient"]


class AsyncChartsClient(AsyncChartVersionMethods, AsyncChartOrganizeMethods):
    """Charts of the workspace (`client.charts`)."""

    archive: AsyncLister[Chart]
    """The archived charts (`list`, `first_page`, `page_after`, `page_before`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.archive = AsyncLister(requester, endpoints.LIST_ARCHIVE)
        self.reports = AsyncChartReports(requester)
        """Chart reports: the chart's objects grouped by label, category, section, zone ..."""

    async def create(
        self,
        name: str | None = None,
        venue_type: str | None = None,
        categories: Sequence[Category] | None = None,
    ) -> Chart:
        """Create a chart; without arguments an empty "Untitled chart".

        Args:
            name: The chart's name ("Untitled chart" when None).
            venue_type: The venue type, e.g. `VenueType.WITH_SECTIONS_AND_FLOORS` (`SIMPLE`
                when None).
            categories: The chart's categories.

        Returns:
            The new chart.

        Raises:
            SeatsioException: When the request fails.
        """
        body = CreateChartRequest(name=name, venue_type=venue_type, categories=categories)
        return await self._requester.request(endpoints.CREATE, body=body)

    async def retrieve(self, chart_key: str) -> Chart:
        """Retrieve a chart's metadata.

        Args:
            chart_key: The chart key.

        Returns:
            The chart (without its events; see `retrieve_with_events`).

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        return await self._requester.request(endpoints.RETRIEVE, path_params={"key": chart_key})

    async def retrieve_with_events(self, chart_key: str) -> Chart:
        """Retrieve a chart's metadata with the events (and seasons) that use it.

        Args:
            chart_key: The chart key.

        Returns:
            The chart, `events` filled in (newest first; seasons come back as `Season`).

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        return await self._requester.request(
            endpoints.RETRIEVE_WITH_EVENTS, path_params={"key": chart_key}
        )

    async def update(
        self,
        key: str,
        new_name: str | None = None,
        categories: Sequence[Category] | None = None,
    ) -> None:
        """Rename a chart and/or replace its categories.

        A chart with events gets a draft version (created if needed) that takes the change;
        a chart without events changes in place.

        Args:
            key: The chart key.
            new_name: The new name; None keeps the current one.
            categories: The complete list of categories the chart should have: missing ones
                are deleted (`[]` deletes all, unlike the official client, which drops it);
                None keeps them.

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        body = UpdateChartRequest(name=new_name, categories=categories)
        await self._requester.request(endpoints.UPDATE, path_params={"key": key}, body=body)

    def list(
        self,
        chart_filter: str | None = None,
        tag: str | None = None,
        expand_events: bool = False,
        expand_validation: bool = False,
        expand_venue_type: bool = False,
        expand_zones: bool = False,
    ) -> AsyncPageIterator[Chart]:
        """Iterate over all (not archived) charts, newest first, fetching pages as needed.

        Args:
            chart_filter: Keep only charts whose name contains this (case-insensitive).
            tag: Keep only charts with this tag.
            expand_events: Fill in each chart's `events`.
            expand_validation: Fill in each chart's `validation`.
            expand_venue_type: Fill in each chart's `venue_type`.
            expand_zones: Fill in each chart's `zones`.

        Returns:
            A lazy iterator; nothing is requested before iteration starts.

        Raises:
            SeatsioException: During iteration, when a page request fails.
        """
        return self._lister(
            chart_filter, tag, expand_events, expand_validation, expand_venue_type, expand_zones
        ).list()

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
        """Fetch the first page of charts (`page_size` of them, or the server's default).

        Args:
            page_size: How many charts per page (the server's default when None).
            filter: Keep only charts whose name contains this (case-insensitive).
            tag: Keep only charts with this tag.
            expand_events: Fill in each chart's `events`.
            expand_validation: Fill in each chart's `validation`.
            expand_venue_type: Fill in each chart's `venue_type`.
            expand_zones: Fill in each chart's `zones`.

        Returns:
            The page, with the cursor of the next one when there is more.

        Raises:
            SeatsioException: When the request fails.
        """
        lister = self._lister(
            filter, tag, expand_events, expand_validation, expand_venue_type, expand_zones
        )
        return await lister.first_page(page_size)

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
        """Fetch the page after the chart with id `after_id` (a `next_page_starts_after`).

        Args:
            after_id: The cursor: the id of the last chart of the previous page.
            page_size: How many charts per page (the server's default when None).
            filter: Keep only charts whose name contains this (case-insensitive).
            tag: Keep only charts with this tag.
            expand_events: Fill in each chart's `events`.
            expand_validation: Fill in each chart's `validation`.
            expand_venue_type: Fill in each chart's `venue_type`.
            expand_zones: Fill in each chart's `zones`.

        Returns:
            The page, with the cursors of its neighbours.

        Raises:
            SeatsioException: When the request fails.
        """
        lister = self._lister(
            filter, tag, expand_events, expand_validation, expand_venue_type, expand_zones
        )
        return await lister.page_after(after_id, page_size)

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
        """Fetch the page before the chart with id `before_id` (a `previous_page_ends_before`).

        Args:
            before_id: The cursor: the id of the first chart of the following page.
            page_size: How many charts per page (the server's default when None).
            filter: Keep only charts whose name contains this (case-insensitive).
            tag: Keep only charts with this tag.
            expand_events: Fill in each chart's `events`.
            expand_validation: Fill in each chart's `validation`.
            expand_venue_type: Fill in each chart's `venue_type`.
            expand_zones: Fill in each chart's `zones`.

        Returns:
            The page, with the cursors of its neighbours.

        Raises:
            SeatsioException: When the request fails.
        """
        lister = self._lister(
            filter, tag, expand_events, expand_validation, expand_venue_type, expand_zones
        )
        return await lister.page_before(before_id, page_size)

    def _lister(
        self,
        chart_filter: str | None,
        tag: str | None,
        expand_events: bool,
        expand_validation: bool,
        expand_venue_type: bool,
        expand_zones: bool,
    ) -> AsyncLister[Chart]:
        # The shared lister, made per call with this call's filter, tag and expand flags.
        query = endpoints.list_query(
            chart_filter, tag, expand_events, expand_validation, expand_venue_type, expand_zones
        )
        return AsyncLister(self._requester, endpoints.LIST, query=query)
