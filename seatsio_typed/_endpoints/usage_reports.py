"""Usage reports (reports.md §4; company admin key)."""

from __future__ import annotations

from seatsio_typed._endpoint import Endpoint, JsonResponse, json_response
from seatsio_typed.models import (
    UsageDetails,
    UsageForObject,
    UsageForObjectV1,
    UsageForObjectV2,
    UsageSummaryForAllMonths,
)

__all__ = ["DETAILS_FOR_EVENT_IN_MONTH", "DETAILS_FOR_MONTH", "SUMMARY_FOR_ALL_MONTHS"]

SUMMARY_FOR_ALL_MONTHS = Endpoint(
    name="usage_reports.summary_for_all_months",
    method="GET",
    path="/reports/usage",
    response=json_response(UsageSummaryForAllMonths),
    # Without version=2 the API answers an older shape (a bare array).
    fixed_query=(("version", "2"),),
    summary="Report the used objects of the company per month.",
)
DETAILS_FOR_MONTH = Endpoint(
    name="usage_reports.details_for_month",
    method="GET",
    path="/reports/usage/month/{month}",
    response=json_response(list[UsageDetails]),
    summary="Report the used objects of one month per workspace, chart and event.",
)
DETAILS_FOR_EVENT_IN_MONTH = Endpoint(
    name="usage_reports.details_for_event_in_month",
    method="GET",
    path="/reports/usage/month/{month}/event/{event_id}",
    # Each item is validated as either format by its own fields (usageByReason or not).
    response=JsonResponse(
        list[UsageForObjectV1 | UsageForObjectV2], validate_as=list[UsageForObject]
    ),
    summary="Report the used objects of one event in one month, per object.",
)
