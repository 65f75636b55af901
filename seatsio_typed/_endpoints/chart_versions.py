"""Operations on a chart's versions (charts.md §3.8 to §3.11).

Drawings, thumbnails, copies, discard, publish and validate; every path names the version it
acts on (`published` or `draft`).
"""

from __future__ import annotations

from seatsio_typed._endpoint import BYTES, NO_CONTENT, Endpoint, json_response
from seatsio_typed.models import Chart, ChartDrawing, ChartValidation

__all__ = [
    "COPY",
    "COPY_DRAFT_VERSION",
    "COPY_FROM_WORKSPACE_TO",
    "COPY_TO_WORKSPACE",
    "DISCARD_DRAFT_VERSION",
    "PUBLISH_DRAFT_VERSION",
    "RETRIEVE_DRAFT_VERSION",
    "RETRIEVE_DRAFT_VERSION_THUMBNAIL",
    "RETRIEVE_PUBLISHED_VERSION",
    "RETRIEVE_PUBLISHED_VERSION_THUMBNAIL",
    "VALIDATE_DRAFT_VERSION",
    "VALIDATE_PUBLISHED_VERSION",
]

RETRIEVE_PUBLISHED_VERSION = Endpoint(
    name="charts.retrieve_published_version",
    method="GET",
    path="/charts/{key}/version/published",
    response=json_response(ChartDrawing),
    summary="Retrieve the drawing of a chart's published version.",
)
RETRIEVE_DRAFT_VERSION = Endpoint(
    name="charts.retrieve_draft_version",
    method="GET",
    path="/charts/{key}/version/draft",
    response=json_response(ChartDrawing),
    summary="Retrieve the drawing of a chart's draft version (404 without a draft).",
)
RETRIEVE_PUBLISHED_VERSION_THUMBNAIL = Endpoint(
    name="charts.retrieve_published_version_thumbnail",
    method="GET",
    path="/charts/{key}/version/published/thumbnail",
    response=BYTES,
    summary="Retrieve the PNG thumbnail of a chart's published version.",
)
RETRIEVE_DRAFT_VERSION_THUMBNAIL = Endpoint(
    name="charts.retrieve_draft_version_thumbnail",
    method="GET",
    path="/charts/{key}/version/draft/thumbnail",
    response=BYTES,
    summary="Retrieve the PNG thumbnail of a chart's draft version.",
)
COPY = Endpoint(
    name="charts.copy",
    method="POST",
    path="/charts/{key}/version/published/actions/copy",
    response=json_response(Chart),
    summary="Copy a chart's published version into a new chart.",
)
COPY_TO_WORKSPACE = Endpoint(
    name="charts.copy_to_workspace",
    method="POST",
    path="/charts/{key}/version/published/actions/copy-to-workspace/{to_workspace_key}",
    response=json_response(Chart),
    summary="Copy a chart's published version into a new chart of another workspace.",
)
COPY_FROM_WORKSPACE_TO = Endpoint(
    name="charts.copy_from_workspace_to",
    method="POST",
    path=(
        "/charts/{key}/version/published/actions/copy/from/{from_workspace_key}"
        "/to/{to_workspace_key}"
    ),
    response=json_response(Chart),
    summary="Copy a chart of one workspace into a new chart of another (company admin key).",
)
COPY_DRAFT_VERSION = Endpoint(
    name="charts.copy_draft_version",
    method="POST",
    path="/charts/{key}/version/draft/actions/copy",
    response=json_response(Chart),
    summary="Copy a chart's draft version into a new chart (published there).",
)
DISCARD_DRAFT_VERSION = Endpoint(
    name="charts.discard_draft_version",
    method="POST",
    path="/charts/{key}/version/draft/actions/discard",
    response=NO_CONTENT,
    summary="Delete a chart's draft version for good.",
)
PUBLISH_DRAFT_VERSION = Endpoint(
    name="charts.publish_draft_version",
    method="POST",
    path="/charts/{key}/version/draft/actions/publish",
    response=NO_CONTENT,
    summary="Make a chart's draft version its published version.",
)
VALIDATE_PUBLISHED_VERSION = Endpoint(
    name="charts.validate_published_version",
    method="POST",
    path="/charts/{key}/version/published/actions/validate",
    response=json_response(ChartValidation),
    summary="Run the company's validators on a chart's published version.",
)
VALIDATE_DRAFT_VERSION = Endpoint(
    name="charts.validate_draft_version",
    method="POST",
    path="/charts/{key}/version/draft/actions/validate",
    response=json_response(ChartValidation),
    summary="Run the company's validators on a chart's draft version.",
)
