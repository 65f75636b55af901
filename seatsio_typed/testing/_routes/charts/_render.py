"""The Chart resource as the API renders it (charts.md §1.1), and the `expand` options.

- Always: `id`, `key`, `name`, `status`, `tags`, `archived`, `publishedVersionThumbnailUrl`;
  `draftVersionThumbnailUrl` only while a draft exists.
- `expand=events|validation|venueType|zones` adds that field (repeated parameters combine;
  the legacy `validation=true` counts as `expand=validation`). Unknown values are ignored.
- A retrieve (`GET /charts/{key}`) also carries `venueType` and `validation` without any expand,
  like the docs' example, and `zones` when the chart defines some (confirmed).
- `validation`, `venueType` and `zones` describe the PUBLISHED version.
- Thumbnail URLs point at the emulator itself (`GET /thumbnails/{workspaceKey}/{chartKey}/
  {published|draft}/thumbnail`, no credentials needed, like the real CDN URLs): the base is the
  request's `X-Forwarded-Host`/`Host` with `X-Forwarded-Proto`, else `http` for a loopback host
  (the HTTP server) and `https` otherwise (in-process clients use an https base URL).
"""

from __future__ import annotations

from urllib.parse import quote

from seatsio_typed.testing._engine.charts import (
    chart_status,
    events_of,
    validate_version,
)
from seatsio_typed.testing._state.chart_store import Chart
from seatsio_typed.testing._state.companies import Workspace
from seatsio_typed.testing._wire.messages import JSON, JSONObject, Request
from seatsio_typed.testing._wire.query import query_bool, query_int, query_strings

EVENTS = "events"
VALIDATION = "validation"
VENUE_TYPE = "venueType"
ZONES = "zones"
EXPANDABLE = frozenset({EVENTS, VALIDATION, VENUE_TYPE, ZONES})

THUMBNAIL_ROUTE = "/thumbnails/{workspaceKey}/{chartKey}/{version}/thumbnail"

_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})


class ChartView:
    """What one request wants to see of each chart it renders."""

    def __init__(
        self,
        request: Request,
        *,
        expand: frozenset[str] = frozenset(),
        events_limit: int | None = None,
        detailed: bool = False,
    ) -> None:
        self.base_url = base_url(request)
        self.expand = expand
        self.events_limit = events_limit
        self.detailed = detailed

    @classmethod
    def from_query(cls, request: Request, *, detailed: bool = False) -> ChartView:
        """The view a list or retrieve asks for with `expand`, `validation` and `eventsLimit`."""
        expand = {value for value in query_strings(request, "expand") if value in EXPANDABLE}
        if query_bool(request, "validation"):
            expand.add(VALIDATION)
        events_limit = query_int(request, "eventsLimit", minimum=0)
        return cls(request, expand=frozenset(expand), events_limit=events_limit, detailed=detailed)

    def render(self, workspace: Workspace, chart: Chart) -> JSONObject:
        """The chart as this view shows it."""
        body: JSONObject = {
            "id": chart.id,
            "key": chart.key,
            "name": chart.name,
            "status": chart_status(workspace, chart),
            "tags": list[JSON](chart.tags),
            "archived": chart.archived,
            "publishedVersionThumbnailUrl": self.thumbnail_url(workspace, chart, "published"),
        }
        if chart.draft is not None:
            body["draftVersionThumbnailUrl"] = self.thumbnail_url(workspace, chart, "draft")
        index = chart.published.index
        if self.detailed or VENUE_TYPE in self.expand:
            body["venueType"] = index.api_venue_type
        if self.detailed or VALIDATION in self.expand:
            body["validation"] = validate_version(workspace.company, chart.published).to_json()
        if ZONES in self.expand or (self.detailed and index.zones):
            body["zones"] = [zone.to_json() for zone in index.zones]
        if EVENTS in self.expand:
            events = events_of(workspace, chart)
            if self.events_limit is not None:
                events = events[: self.events_limit]
            body["events"] = list[JSON](events)
        return body

    def thumbnail_url(self, workspace: Workspace, chart: Chart, version: str) -> str:
        """The public URL of a version's thumbnail, served by the emulator."""
        path = THUMBNAIL_ROUTE.format(
            workspaceKey=quote(workspace.key, safe=""),
            chartKey=quote(chart.key, safe=""),
            version=version,
        )
        return self.base_url + path


def base_url(request: Request) -> str:
    """The scheme and host the client used to reach the emulator."""
    host = request.header("x-forwarded-host") or request.header("host") or "localhost"
    host = host.split(",")[0].strip()
    scheme = request.header("x-forwarded-proto")
    if scheme is None:
        scheme = "http" if _hostname(host) in _LOOPBACK_HOSTS else "https"
    return f"{scheme.split(',')[0].strip()}://{host}"


def _hostname(host: str) -> str:
    if host.startswith("["):
        return host.partition("]")[0] + "]"
    return host.rpartition(":")[0] if host.count(":") == 1 else host
