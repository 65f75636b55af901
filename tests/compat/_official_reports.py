"""A typed view of the official client's chart, event and usage reports (no tests in here)."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from typing import Protocol, cast

from ._official import OfficialClient
from ._official_events import OfficialObjectInfo


class OfficialChartObjectInfo(Protocol):
    """`seatsio.domain.ChartObjectInfo` (the fields these tests read)."""

    @property
    def label(self) -> str: ...
    @property
    def category_key(self) -> str | None: ...
    @property
    def object_type(self) -> str: ...
    @property
    def capacity(self) -> int | None: ...
    @property
    def num_seats(self) -> int | None: ...


class OfficialChartReport(Protocol):
    """`seatsio.domain.ChartReport`."""

    @property
    def items(self) -> dict[str, list[OfficialChartObjectInfo]]: ...
    def get(self, key: str) -> list[OfficialChartObjectInfo] | None: ...


class OfficialEventReport(Protocol):
    """`seatsio.domain.EventReport`."""

    @property
    def items(self) -> dict[str, list[OfficialObjectInfo]]: ...
    def get(self, key: str) -> list[OfficialObjectInfo] | None: ...


class OfficialEventReports(Protocol):
    """`client.events.reports`; the report methods are called by name (`by_status`, ...)."""

    def with_season_bookings_not_propagated(self) -> OfficialEventReports: ...
    def flat_list(self, event_key: str) -> list[OfficialObjectInfo]: ...
    def flat_list_csv(self, event_key: str) -> str: ...


class OfficialMonth(Protocol):
    """`seatsio.domain.Month`."""

    @property
    def year(self) -> int: ...
    @property
    def month(self) -> int: ...


class OfficialUsageForMonth(Protocol):
    """`seatsio.domain.UsageSummaryForMonth`."""

    @property
    def month(self) -> OfficialMonth: ...
    @property
    def numUsedObjects(self) -> int: ...


class OfficialUsageSummary(Protocol):
    """`seatsio.domain.UsageSummaryForAllMonths`."""

    @property
    def usage(self) -> list[OfficialUsageForMonth]: ...
    @property
    def usage_cutoff_date(self) -> dt.datetime | None: ...


class OfficialUsageEvent(Protocol):
    """`seatsio.domain.UsageEvent`."""

    @property
    def id(self) -> int: ...
    @property
    def key(self) -> str: ...


class OfficialUsageByEvent(Protocol):
    """`seatsio.domain.UsageByEvent`."""

    @property
    def event(self) -> OfficialUsageEvent: ...
    @property
    def num_used_objects(self) -> int: ...


class OfficialUsageChart(Protocol):
    """`seatsio.domain.UsageChart`."""

    @property
    def name(self) -> str: ...
    @property
    def key(self) -> str: ...


class OfficialUsageByChart(Protocol):
    """`seatsio.domain.UsageByChart`."""

    @property
    def chart(self) -> OfficialUsageChart: ...
    @property
    def usage_by_event(self) -> list[OfficialUsageByEvent]: ...


class OfficialUsageDetails(Protocol):
    """`seatsio.domain.UsageDetails`."""

    @property
    def workspace(self) -> int: ...
    @property
    def usage_by_chart(self) -> list[OfficialUsageByChart]: ...


class OfficialUsageForObject(Protocol):
    """`seatsio.domain.UsageForObjectV2` (V1 has `num_first_bookings` instead)."""

    @property
    def object(self) -> str: ...
    @property
    def num_usedObjects(self) -> int: ...
    @property
    def usage_by_reason(self) -> dict[str, int]: ...


class OfficialUsageReports(Protocol):
    """`client.usage_reports`."""

    def summary_for_all_months(self) -> OfficialUsageSummary: ...
    def details_for_month(self, month: object) -> list[OfficialUsageDetails]: ...
    def details_for_event_in_month(
        self, event_id: int, month: object
    ) -> list[OfficialUsageForObject]: ...


class _WithReports(Protocol):
    @property
    def usage_reports(self) -> OfficialUsageReports: ...


class _HasReports(Protocol):
    @property
    def reports(self) -> object: ...


class _WithChartsAndEvents(Protocol):
    @property
    def charts(self) -> _HasReports: ...
    @property
    def events(self) -> _HasReports: ...


def chart_reports_of(client: OfficialClient) -> object:
    """`client.charts.reports` (its methods are called by name, see `call`)."""
    return cast("_WithChartsAndEvents", client).charts.reports


def event_reports_of(client: OfficialClient) -> OfficialEventReports:
    """`client.events.reports`, typed (the `by_*` methods are called by name, see `call`)."""
    reports = cast("_WithChartsAndEvents", client).events.reports
    return cast("OfficialEventReports", reports)  # untyped library; the Protocol states it


def usage_reports_of(client: OfficialClient) -> OfficialUsageReports:
    """`client.usage_reports`, typed."""
    return cast("_WithReports", client).usage_reports


def call(reports: object, method: str, *args: object) -> object:
    """Call a report method by name (`by_status`, `summary_by_zone`, ...)."""
    bound: Callable[..., object] = getattr(reports, method)
    return bound(*args)


def month(year: int, number: int) -> object:
    """An official `seatsio.domain.Month` (`serialize()` gives `YYYY-MM`)."""
    factory: Callable[[int, int], object] = importlib.import_module("seatsio.domain").Month
    return factory(year, number)
