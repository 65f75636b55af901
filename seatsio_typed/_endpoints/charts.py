"""Chart operations (charts.md)."""

from __future__ import annotations

from pydantic import Field

from seatsio_typed._endpoint import NO_CONTENT, Endpoint, JsonResponse
from seatsio_typed._http import QueryValue
from seatsio_typed.models import (
    Category,
    Chart,
    CreateChartRequest,
    ResponseModel,
    UpdateCategoryRequest,
)
from seatsio_typed.pagination import Page

__all__ = [
    "CREATE",
    "LIST",
    "LIST_CATEGORIES",
    "RETRIEVE",
    "UPDATE_CATEGORY",
    "CategoryList",
    "list_query",
]

# Query parameters of every chart list variant (the official client only sends some of them
# on some variants; this SDK accepts all of them everywhere).
LIST_QUERY = ("filter", "tag", "expand", "limit", "start_after_id", "end_before_id")


class CategoryList(ResponseModel):
    """Body of `GET /charts/{key}/categories`."""

    categories: list[Category] = Field(default_factory=list[Category])


CREATE = Endpoint(
    name="charts.create",
    method="POST",
    path="/charts",
    response=JsonResponse(Chart),
    body=CreateChartRequest,
    summary="Create a chart, optionally with a name, venue type and categories.",
)
RETRIEVE = Endpoint(
    name="charts.retrieve",
    method="GET",
    path="/charts/{key}",
    response=JsonResponse(Chart),
    summary="Retrieve a chart's metadata.",
)
LIST = Endpoint(
    name="charts.list",
    method="GET",
    path="/charts",
    response=JsonResponse(Page[Chart]),
    query=LIST_QUERY,
    summary="List charts, newest first, one page at a time.",
)
LIST_CATEGORIES = Endpoint(
    name="charts.list_categories",
    method="GET",
    path="/charts/{key}/categories",
    response=JsonResponse(CategoryList),
    summary="List the categories of a chart.",
)
UPDATE_CATEGORY = Endpoint(
    name="charts.update_category",
    method="POST",
    path="/charts/{key}/categories/{category_key}",
    response=NO_CONTENT,
    body=UpdateCategoryRequest,
    summary="Change the label, colour or accessibility of a chart category.",
)


def list_query(
    chart_filter: str | None,
    tag: str | None,
    expand_events: bool,
    expand_validation: bool,
    expand_venue_type: bool,
    expand_zones: bool,
) -> dict[str, QueryValue]:
    """Filter, tag and expand flags of a chart list request (`expand` repeated per flag)."""
    flags = (
        ("events", expand_events),
        ("validation", expand_validation),
        ("venueType", expand_venue_type),
        ("zones", expand_zones),
    )
    return {
        "filter": chart_filter,
        "tag": tag,
        "expand": [name for name, wanted in flags if wanted],
    }
