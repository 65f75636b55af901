"""Chart operations (charts.md): the chart itself, listing, archive, tags and categories.

The operations on a chart's versions (drawings, thumbnails, copies, publish, validate) are in
`seatsio_typed._endpoints.chart_versions`.
"""

from __future__ import annotations

from pydantic import Field

from seatsio_typed._endpoint import NO_CONTENT, Endpoint, json_response
from seatsio_typed._http import QueryValue
from seatsio_typed.models import (
    AddCategoryRequest,
    Category,
    Chart,
    CreateChartRequest,
    ResponseModel,
    UpdateCategoryRequest,
    UpdateChartRequest,
)
from seatsio_typed.pagination import Page

__all__ = [
    "ADD_CATEGORY",
    "ADD_TAG",
    "CREATE",
    "LIST",
    "LIST_ALL_TAGS",
    "LIST_ARCHIVE",
    "LIST_CATEGORIES",
    "MOVE_OUT_OF_ARCHIVE",
    "MOVE_TO_ARCHIVE",
    "REMOVE_CATEGORY",
    "REMOVE_TAG",
    "RETRIEVE",
    "RETRIEVE_WITH_EVENTS",
    "UPDATE",
    "UPDATE_CATEGORY",
    "CategoryList",
    "TagList",
    "list_query",
]

# Query parameters of every chart list variant (the official client only sends some of them
# on some variants; this SDK accepts all of them everywhere).
LIST_QUERY = ("filter", "tag", "expand", "limit", "start_after_id", "end_before_id")


class CategoryList(ResponseModel):
    """Body of `GET /charts/{key}/categories`."""

    categories: list[Category] = Field(default_factory=list[Category])


class TagList(ResponseModel):
    """Body of `GET /charts/tags`."""

    tags: list[str] = Field(default_factory=list[str])
    """Every tag used on a chart of the workspace."""


CREATE = Endpoint(
    name="charts.create",
    method="POST",
    path="/charts",
    response=json_response(Chart),
    body=CreateChartRequest,
    summary="Create a chart, optionally with a name, venue type and categories.",
)
RETRIEVE = Endpoint(
    name="charts.retrieve",
    method="GET",
    path="/charts/{key}",
    response=json_response(Chart),
    summary="Retrieve a chart's metadata.",
)
RETRIEVE_WITH_EVENTS = Endpoint(
    name="charts.retrieve_with_events",
    method="GET",
    path="/charts/{key}",
    response=json_response(Chart),
    fixed_query=(("expand", "events"),),
    summary="Retrieve a chart's metadata with its events (newest first).",
)
UPDATE = Endpoint(
    name="charts.update",
    method="POST",
    path="/charts/{key}",
    response=NO_CONTENT,
    body=UpdateChartRequest,
    summary="Rename a chart and/or replace its categories (in its draft when it has events).",
)
LIST = Endpoint(
    name="charts.list",
    method="GET",
    path="/charts",
    response=json_response(Page[Chart]),
    query=LIST_QUERY,
    summary="List charts, newest first, one page at a time.",
)
LIST_ARCHIVE = Endpoint(
    name="charts.archive.list",
    method="GET",
    path="/charts/archive",
    response=json_response(Page[Chart]),
    query=("filter", "limit", "start_after_id", "end_before_id"),
    summary="List archived charts, newest first, one page at a time.",
)
MOVE_TO_ARCHIVE = Endpoint(
    name="charts.move_to_archive",
    method="POST",
    path="/charts/{key}/actions/move-to-archive",
    response=NO_CONTENT,
    summary="Move a chart to the archive.",
)
MOVE_OUT_OF_ARCHIVE = Endpoint(
    name="charts.move_out_of_archive",
    method="POST",
    path="/charts/{key}/actions/move-out-of-archive",
    response=NO_CONTENT,
    summary="Move a chart out of the archive.",
)
LIST_ALL_TAGS = Endpoint(
    name="charts.list_all_tags",
    method="GET",
    path="/charts/tags",
    response=json_response(TagList),
    summary="List every tag used on the workspace's charts.",
)
ADD_TAG = Endpoint(
    name="charts.add_tag",
    method="POST",
    path="/charts/{key}/tags/{tag}",
    response=NO_CONTENT,
    summary="Add a tag to a chart.",
)
REMOVE_TAG = Endpoint(
    name="charts.remove_tag",
    method="DELETE",
    path="/charts/{key}/tags/{tag}",
    response=NO_CONTENT,
    summary="Remove a tag from a chart.",
)
LIST_CATEGORIES = Endpoint(
    name="charts.list_categories",
    method="GET",
    path="/charts/{key}/categories",
    response=json_response(CategoryList),
    summary="List the categories of a chart.",
)
ADD_CATEGORY = Endpoint(
    name="charts.add_category",
    method="POST",
    path="/charts/{key}/categories",
    response=NO_CONTENT,
    body=AddCategoryRequest,
    summary="Add a category at the end of a chart's categories.",
)
REMOVE_CATEGORY = Endpoint(
    name="charts.remove_category",
    method="DELETE",
    path="/charts/{key}/categories/{category_key}",
    response=NO_CONTENT,
    summary="Remove a category from a chart.",
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
