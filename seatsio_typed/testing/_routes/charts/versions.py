"""Chart versions: read, validate, publish, discard, thumbnails (charts.md §3.10-§3.11).

A chart without a draft asked for anything about its draft answers 404
`DRAFT_VERSION_NOT_FOUND` (documented for retrieve; chosen for the other draft calls).
Validation uses the company's severities (`_charts_state.ChartValidationSettings`); publishing
a draft that fails a validator at ERROR level is refused with the documented 400
`DRAWING_VALIDATION_FAILED` body, warnings listed under `warnings`.
"""

from __future__ import annotations

from seatsio_typed.testing._engine.charts import publish_draft, require_valid, validate_version
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._routes.charts._lookup import chart_in, draft_of, requested_chart
from seatsio_typed.testing._state.chart_store import ChartVersion
from seatsio_typed.testing._wire.messages import (
    Response,
    json_response,
    no_content,
    not_found,
)

PNG_CONTENT_TYPE = "image/png"


def retrieve_published_version(ctx: RequestContext) -> Response:
    """GET /charts/{key}/version/published"""
    return json_response(requested_chart(ctx).published.drawing)


def retrieve_draft_version(ctx: RequestContext) -> Response:
    """GET /charts/{key}/version/draft"""
    return json_response(draft_of(requested_chart(ctx)).drawing)


def validate_published_version(ctx: RequestContext) -> Response:
    """POST /charts/{key}/version/published/actions/validate"""
    return _validation(ctx, requested_chart(ctx).published)


def validate_draft_version(ctx: RequestContext) -> Response:
    """POST /charts/{key}/version/draft/actions/validate"""
    return _validation(ctx, draft_of(requested_chart(ctx)))


def _validation(ctx: RequestContext, version: ChartVersion) -> Response:
    return json_response(validate_version(ctx.company, version).to_json())


def discard_draft_version(ctx: RequestContext) -> Response:
    """POST /charts/{key}/version/draft/actions/discard"""
    chart = requested_chart(ctx)
    draft_of(chart)
    chart.draft = None
    return no_content()


def publish_draft_version(ctx: RequestContext) -> Response:
    """POST /charts/{key}/version/draft/actions/publish"""
    chart = requested_chart(ctx)
    draft = draft_of(chart)
    message = f"Failed to publish chart [key: {chart.key}]: invalid draft drawing"
    require_valid(ctx.company, draft, message, "draft drawing")
    publish_draft(ctx.workspace, chart, draft, ctx.now())
    return no_content()


def published_thumbnail(ctx: RequestContext) -> Response:
    """GET /charts/{key}/version/published/thumbnail"""
    return png_response(requested_chart(ctx).published)


def draft_thumbnail(ctx: RequestContext) -> Response:
    """GET /charts/{key}/version/draft/thumbnail"""
    return png_response(draft_of(requested_chart(ctx)))


def public_thumbnail(ctx: RequestContext) -> Response:
    """GET /thumbnails/{workspaceKey}/{chartKey}/{version}/thumbnail (the public URLs)."""
    key = ctx.param("workspaceKey")
    workspace = next(
        (
            found
            for company in ctx.state.companies.values()
            if (found := company.workspaces.get(key)) is not None
        ),
        None,
    )
    if workspace is None:
        raise not_found("WORKSPACE_NOT_FOUND", f"Workspace not found: {key}")
    chart = chart_in(workspace, ctx.param("chartKey"))
    version = ctx.param("version")
    if version == "published":
        return png_response(chart.published)
    if version == "draft":
        return png_response(draft_of(chart))
    raise not_found("NOT_FOUND", f"No such chart version: {version}")


def png_response(version: ChartVersion) -> Response:
    """The version's thumbnail as `image/png` (rendered once per version)."""
    return Response(200, (("content-type", PNG_CONTENT_TYPE),), version.thumbnail)
