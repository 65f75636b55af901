"""Chart reports (`client.charts.reports`): the objects of a chart's drawing, grouped and counted.

The dimensions are data (`seatsio_typed._endpoints.chart_reports.DIMENSIONS`); the methods are
the official ones. `book_whole_tables` is typed: True (tables only), False (seats at tables
only), ``"chart"`` (each table as the chart books it); None lists tables and their seats.
The official client's strings ``"true"``/``"false"`` are accepted and sent as they are.
"""

from __future__ import annotations

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import chart_reports as endpoints
from seatsio_typed._endpoints.chart_reports import BookWholeTables, ChartVersion, report_query
from seatsio_typed.models import ChartReport, ChartSummaryItem

__all__ = ["AsyncChartReports"]


class AsyncChartReports:
    """Reports on the objects of a chart (`client.charts.reports`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def _by(
        self,
        dimension: str,
        chart_key: str,
        book_whole_tables: BookWholeTables | None,
        version: ChartVersion | None,
    ) -> ChartReport:
        return await self._requester.request(
            endpoints.BY[dimension],
            path_params={"chart_key": chart_key},
            query=report_query(book_whole_tables, version),
        )

    async def _summary(
        self,
        dimension: str,
        chart_key: str,
        book_whole_tables: BookWholeTables | None,
        version: ChartVersion | None,
    ) -> dict[str, ChartSummaryItem]:
        return await self._requester.request(
            endpoints.SUMMARY[dimension],
            path_params={"chart_key": chart_key},
            query=report_query(book_whole_tables, version),
        )

    async def by_label(
        self,
        chart_key: str,
        book_whole_tables: BookWholeTables | None = None,
        version: ChartVersion | None = None,
    ) -> ChartReport:
        """List the objects of a chart per label.

        Args:
            chart_key: Key of the chart.
            book_whole_tables: True: tables only; False: seats at tables only; ``"chart"``: as
                the chart books each table; None: tables and their seats.
            version: ``"draft"`` to report on the draft version; None: the published one.

        Returns:
            Group (object labels) -> the objects in it.

        Raises:
            SeatsioException: the chart does not exist (NotFoundException) or the call failed.
        """
        return await self._by("label", chart_key, book_whole_tables, version)

    async def by_object_type(
        self,
        chart_key: str,
        book_whole_tables: BookWholeTables | None = None,
        version: ChartVersion | None = None,
    ) -> ChartReport:
        """List the objects of a chart per object type.

        Args:
            chart_key: Key of the chart.
            book_whole_tables: True: tables only; False: seats at tables only; ``"chart"``: as
                the chart books each table; None: tables and their seats.
            version: ``"draft"`` to report on the draft version; None: the published one.

        Returns:
            Group (`seat`, `table`, `booth`, `generalAdmission`) -> the objects in it.

        Raises:
            SeatsioException: the chart does not exist (NotFoundException) or the call failed.
        """
        return await self._by("object_type", chart_key, book_whole_tables, version)

    async def summary_by_object_type(
        self,
        chart_key: str,
        book_whole_tables: BookWholeTables | None = None,
        version: ChartVersion | None = None,
    ) -> dict[str, ChartSummaryItem]:
        """Count the places of a chart per object type, broken down by the other dimensions.

        Args:
            chart_key: Key of the chart.
            book_whole_tables: True: tables only; False: seats at tables only; ``"chart"``: as
                the chart books each table; None: tables and their seats.
            version: ``"draft"`` to report on the draft version; None: the published one.

        Returns:
            Group (`seat`, `table`, `booth`, `generalAdmission`) -> its place count and breakdowns.

        Raises:
            SeatsioException: the chart does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("object_type", chart_key, book_whole_tables, version)

    async def by_category_key(
        self,
        chart_key: str,
        book_whole_tables: BookWholeTables | None = None,
        version: ChartVersion | None = None,
    ) -> ChartReport:
        """List the objects of a chart per category key.

        Args:
            chart_key: Key of the chart.
            book_whole_tables: True: tables only; False: seats at tables only; ``"chart"``: as
                the chart books each table; None: tables and their seats.
            version: ``"draft"`` to report on the draft version; None: the published one.

        Returns:
            Group (category keys (as text) and `NO_CATEGORY`) -> the objects in it.

        Raises:
            SeatsioException: the chart does not exist (NotFoundException) or the call failed.
        """
        return await self._by("category_key", chart_key, book_whole_tables, version)

    async def summary_by_category_key(
        self,
        chart_key: str,
        book_whole_tables: BookWholeTables | None = None,
        version: ChartVersion | None = None,
    ) -> dict[str, ChartSummaryItem]:
        """Count the places of a chart per category key, broken down by the other dimensions.

        Args:
            chart_key: Key of the chart.
            book_whole_tables: True: tables only; False: seats at tables only; ``"chart"``: as
                the chart books each table; None: tables and their seats.
            version: ``"draft"`` to report on the draft version; None: the published one.

        Returns:
            Group (category keys (as text) and `NO_CATEGORY`) -> its place count and breakdowns.

        Raises:
            SeatsioException: the chart does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("category_key", chart_key, book_whole_tables, version)

    async def by_category_label(
        self,
        chart_key: str,
        book_whole_tables: BookWholeTables | None = None,
        version: ChartVersion | None = None,
    ) -> ChartReport:
        """List the objects of a chart per category label.

        Args:
            chart_key: Key of the chart.
            book_whole_tables: True: tables only; False: seats at tables only; ``"chart"``: as
                the chart books each table; None: tables and their seats.
            version: ``"draft"`` to report on the draft version; None: the published one.

        Returns:
            Group (category labels and `NO_CATEGORY`) -> the objects in it.

        Raises:
            SeatsioException: the chart does not exist (NotFoundException) or the call failed.
        """
        return await self._by("category_label", chart_key, book_whole_tables, version)

    async def summary_by_category_label(
        self,
        chart_key: str,
        book_whole_tables: BookWholeTables | None = None,
        version: ChartVersion | None = None,
    ) -> dict[str, ChartSummaryItem]:
        """Count the places of a chart per category label, broken down by the other dimensions.

        Args:
            chart_key: Key of the chart.
            book_whole_tables: True: tables only; False: seats at tables only; ``"chart"``: as
                the chart books each table; None: tables and their seats.
            version: ``"draft"`` to report on the draft version; None: the published one.

        Returns:
            Group (category labels and `NO_CATEGORY`) -> its place count and breakdowns.

        Raises:
            SeatsioException: the chart does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("category_label", chart_key, book_whole_tables, version)

    async def by_section(
        self,
        chart_key: str,
        book_whole_tables: BookWholeTables | None = None,
        version: ChartVersion | None = None,
    ) -> ChartReport:
        """List the objects of a chart per section.

        Args:
            chart_key: Key of the chart.
            book_whole_tables: True: tables only; False: seats at tables only; ``"chart"``: as
                the chart books each table; None: tables and their seats.
            version: ``"draft"`` to report on the draft version; None: the published one.

        Returns:
            Group (section labels and `NO_SECTION`) -> the objects in it.

        Raises:
            SeatsioException: the chart does not exist (NotFoundException) or the call failed.
        """
        return await self._by("section", chart_key, book_whole_tables, version)

    async def summary_by_section(
        self,
        chart_key: str,
        book_whole_tables: BookWholeTables | None = None,
        version: ChartVersion | None = None,
    ) -> dict[str, ChartSummaryItem]:
        """Count the places of a chart per section, broken down by the other dimensions.

        Args:
            chart_key: Key of the chart.
            book_whole_tables: True: tables only; False: seats at tables only; ``"chart"``: as
                the chart books each table; None: tables and their seats.
            version: ``"draft"`` to report on the draft version; None: the published one.

        Returns:
            Group (section labels and `NO_SECTION`) -> its place count and breakdowns.

        Raises:
            SeatsioException: the chart does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("section", chart_key, book_whole_tables, version)

    async def by_zone(
        self,
        chart_key: str,
        book_whole_tables: BookWholeTables | None = None,
        version: ChartVersion | None = None,
    ) -> ChartReport:
        """List the objects of a chart per zone.

        Args:
            chart_key: Key of the chart.
            book_whole_tables: True: tables only; False: seats at tables only; ``"chart"``: as
                the chart books each table; None: tables and their seats.
            version: ``"draft"`` to report on the draft version; None: the published one.

        Returns:
            Group (zone keys and `NO_ZONE` (always present)) -> the objects in it.

        Raises:
            SeatsioException: the chart does not exist (NotFoundException) or the call failed.
        """
        return await self._by("zone", chart_key, book_whole_tables, version)

    async def summary_by_zone(
        self,
        chart_key: str,
        book_whole_tables: BookWholeTables | None = None,
        version: ChartVersion | None = None,
    ) -> dict[str, ChartSummaryItem]:
        """Count the places of a chart per zone, broken down by the other dimensions.

        Args:
            chart_key: Key of the chart.
            book_whole_tables: True: tables only; False: seats at tables only; ``"chart"``: as
                the chart books each table; None: tables and their seats.
            version: ``"draft"`` to report on the draft version; None: the published one.

        Returns:
            Group (zone keys and `NO_ZONE` (always present)) -> its place count and breakdowns.

        Raises:
            SeatsioException: the chart does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("zone", chart_key, book_whole_tables, version)
