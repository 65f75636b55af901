"""The charts endpoints (charts.md), one handler per operation, as a table of routes.

Where the reference is silent or unverified the emulator chooses (each module says more):

- create and every copy answer 201 with the new chart; list pages hold at most 20 charts
  (default 20; a larger `limit` is clamped);
- a chart's `name` is its draft's while it has one; `status` is derived from its events;
- error codes not documented: `DUPLICATE_CATEGORY_KEY` (400), `CATEGORY_NOT_FOUND` (404),
  `TAG_NOT_FOUND` (404), `CHART_ALREADY_ARCHIVED` / `CHART_NOT_ARCHIVED` (400),
  `DRAFT_VERSION_NOT_FOUND` (404, any draft call on a chart without draft), body schema
  violations `VALIDATION_FAILED` (400, messages like the server's schema errors);
- thumbnails are real PNGs of the drawing, also served without credentials at the chart's
  public thumbnail URLs (`_render.py`);
- validator severities are a company setting, switchable through `/_emulator/chart-validation`
  (`settings.py`).
"""

from __future__ import annotations

from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._routes.charts import (
    categories,
    copies,
    crud,
    organize,
    settings,
    versions,
)
from seatsio_typed.testing._routes.charts._render import THUMBNAIL_ROUTE

_W = Access.WORKSPACE
_PUBLISHED = "/charts/{key}/version/published"
_DRAFT = "/charts/{key}/version/draft"

ROUTES = (
    Route("POST", "/charts", crud.create_chart, _W),
    Route("GET", "/charts", crud.list_charts, _W),
    Route("GET", "/charts/archive", crud.list_archived_charts, _W),
    Route("GET", "/charts/tags", organize.list_all_tags, _W),
    Route("GET", "/charts/{key}", crud.retrieve_chart, _W),
    Route("POST", "/charts/{key}", crud.update_chart, _W),
    Route("POST", "/charts/{key}/tags/{tag}", organize.add_tag, _W),
    Route("DELETE", "/charts/{key}/tags/{tag}", organize.remove_tag, _W),
    Route("POST", "/charts/{key}/actions/move-to-archive", organize.move_to_archive, _W),
    Route("POST", "/charts/{key}/actions/move-out-of-archive", organize.move_out_of_archive, _W),
    Route("GET", _PUBLISHED, versions.retrieve_published_version, _W),
    Route("GET", _DRAFT, versions.retrieve_draft_version, _W),
    Route("POST", f"{_PUBLISHED}/actions/validate", versions.validate_published_version, _W),
    Route("POST", f"{_DRAFT}/actions/validate", versions.validate_draft_version, _W),
    Route("POST", f"{_DRAFT}/actions/discard", versions.discard_draft_version, _W),
    Route("POST", f"{_DRAFT}/actions/publish", versions.publish_draft_version, _W),
    Route("GET", f"{_PUBLISHED}/thumbnail", versions.published_thumbnail, _W),
    Route("GET", f"{_DRAFT}/thumbnail", versions.draft_thumbnail, _W),
    Route("GET", THUMBNAIL_ROUTE, versions.public_thumbnail, Access.PUBLIC),
    Route("POST", f"{_PUBLISHED}/actions/copy", copies.copy_chart, _W),
    Route("POST", f"{_DRAFT}/actions/copy", copies.copy_draft_version, _W),
    Route(
        "POST",
        f"{_PUBLISHED}/actions/copy-to-workspace/{{toWorkspaceKey}}",
        copies.copy_to_workspace,
        Access.ADMIN,
    ),
    Route(
        "POST",
        f"{_PUBLISHED}/actions/copy/from/{{fromWorkspaceKey}}/to/{{toWorkspaceKey}}",
        copies.copy_from_workspace_to,
        Access.ADMIN,
    ),
    Route("GET", "/charts/{key}/categories", categories.list_categories, _W),
    Route("POST", "/charts/{key}/categories", categories.add_category, _W),
    Route("DELETE", "/charts/{key}/categories/{categoryKey}", categories.remove_category, _W),
    Route("POST", "/charts/{key}/categories/{categoryKey}", categories.update_category, _W),
    Route("GET", settings.PATH, settings.read_severities, Access.ADMIN),
    Route("POST", settings.PATH, settings.change_severities, Access.ADMIN),
    Route("DELETE", settings.PATH, settings.reset_severities, Access.ADMIN),
)
