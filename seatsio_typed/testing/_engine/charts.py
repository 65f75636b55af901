"""Chart rules that span records: validation settings, derived status, the draft rule, copies.

Extends the chart records of `_state/chart_store.py` (it does not replace them):

- Validator severities are a COMPANY setting (chart-model.md §6). A new company has none at
  ERROR level (`_charts.DEFAULT_SEVERITIES`); `ChartValidationSettings` holds the overrides and
  `validate_version` applies them. `require_valid` refuses a drawing that fails a validator at
  ERROR level with 400 `DRAWING_VALIDATION_FAILED`: publishing such a draft, and creating an
  event on such a chart ("events cannot be created for invalid charts", chart-model.md §6).
- A chart's `status` is derived from the events on it, never stored (charts.md §4).
- The draft rule (charts.md §3.3): a change to a chart that has events goes to its draft
  (created from the published version when there is none); a chart without events changes in
  place. A draft that outlived the chart's last event keeps receiving the changes.
- The event log (`event_log.py`): a new chart writes `chart.created`; a change that lands in
  the published version (no events, no draft) and a published draft write `chart.published`.
- Drawings are never mutated in place: an edit builds a new top-level object (sharing the
  untouched nested values, which nobody mutates either) and stores it as a new `ChartVersion`,
  so cached indexes, thumbnails and other charts' drawings stay valid.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from seatsio_typed.testing._charts import DEFAULT_SEVERITIES, ChartValidation
from seatsio_typed.testing._charts.validation import by_severity, resolve_severities
from seatsio_typed.testing._engine.event_json import event_to_json
from seatsio_typed.testing._engine.event_log import CHART_CREATED, CHART_PUBLISHED, log_change
from seatsio_typed.testing._engine.store import EventStore
from seatsio_typed.testing._state.chart_store import Chart, ChartVersion
from seatsio_typed.testing._state.companies import Company, EmulatorState, Workspace
from seatsio_typed.testing._wire.messages import JSON, ApiError, ErrorDetail, JSONObject

NOT_USED = "NOT_USED"
PUBLISHED = "PUBLISHED"
PUBLISHED_WITH_DRAFT = "PUBLISHED_WITH_DRAFT"

COPY_SUFFIX = " (copy)"

DRAWING_VALIDATION_FAILED = "DRAWING_VALIDATION_FAILED"


@dataclass
class ChartValidationSettings:
    """A company's validator severities (ERROR, WARNING or OFF per validator)."""

    severities: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_SEVERITIES))

    def update(self, changes: Mapping[str, str]) -> None:
        """Apply some severities; ValueError (and no change) for unknown names or levels."""
        self.severities = resolve_severities({**self.severities, **changes})

    def reset(self) -> None:
        """Back to a new company's defaults."""
        self.severities = dict(DEFAULT_SEVERITIES)


def validate_version(company: Company, version: ChartVersion) -> ChartValidation:
    """Validate one drawing version under its company's severities."""
    settings = company.store(ChartValidationSettings)
    return by_severity(version.failed_validators, settings.severities)


def require_valid(company: Company, version: ChartVersion, message: str, what: str) -> None:
    """400 `DRAWING_VALIDATION_FAILED` (failed validators in `data.failedValidations`, the ones
    at WARNING level as a warning) when the version fails a validator at ERROR level."""
    validation = validate_version(company, version)
    if not validation.errors:
        return
    warnings = [_failed(f"Invalid {what}", validation.warnings)] if validation.warnings else []
    raise ApiError(400, [_failed(message, validation.errors)], warnings=warnings)


def _failed(message: str, validators: list[str]) -> ErrorDetail:
    return ErrorDetail(
        DRAWING_VALIDATION_FAILED, message, {"failedValidations": list[JSON](validators)}
    )


def events_of(workspace: Workspace, chart: Chart) -> list[JSONObject]:
    """The events on the chart, newest first, as the events API renders them."""
    return [
        event_to_json(event, chart) for event in workspace.store(EventStore).for_chart(chart.key)
    ]


def has_events(workspace: Workspace, chart: Chart) -> bool:
    """Whether any event uses the chart."""
    return workspace.store(EventStore).has_events(chart.key)


def chart_status(workspace: Workspace, chart: Chart) -> str:
    """NOT_USED without events, else PUBLISHED or PUBLISHED_WITH_DRAFT (charts.md §4)."""
    if not has_events(workspace, chart):
        return NOT_USED
    return PUBLISHED if chart.draft is None else PUBLISHED_WITH_DRAFT


def edit_chart(
    workspace: Workspace,
    chart: Chart,
    change: Callable[[JSONObject], JSONObject],
    now: datetime,
) -> None:
    """Apply `change` (old drawing -> new drawing, the old one left untouched) by the draft rule."""
    if chart.draft is not None:
        chart.draft = ChartVersion.of(change(chart.draft.drawing))
    elif has_events(workspace, chart):
        chart.draft = ChartVersion.of(change(chart.published.drawing))
    else:
        chart.published = ChartVersion.of(change(chart.published.drawing))
        log_change(workspace, CHART_PUBLISHED, chart.key, now)


def publish_draft(workspace: Workspace, chart: Chart, draft: ChartVersion, now: datetime) -> None:
    """Make the chart's draft its published version (validated by the caller)."""
    chart.published = draft
    chart.draft = None
    log_change(workspace, CHART_PUBLISHED, chart.key, now)


def renamed(drawing: JSONObject, name: str) -> JSONObject:
    """A copy of the drawing (top level only) carrying another name."""
    return {**drawing, "name": name}


def add_chart(
    state: EmulatorState,
    workspace: Workspace,
    drawing: JSONObject,
    *,
    tags: list[str] | None = None,
) -> Chart:
    """Store a new published chart without draft in the workspace: fresh id and key."""
    now = state.now()
    chart = workspace.charts.add(
        Chart(
            id=state.ids.next("chart"),
            key=state.keys.chart_key(),
            published=ChartVersion.of(drawing),
            created_on=now,
            tags=list(tags or []),
        )
    )
    log_change(workspace, CHART_CREATED, chart.key, now)
    return chart


def copy_in_workspace(
    state: EmulatorState, workspace: Workspace, source: Chart, version: ChartVersion
) -> Chart:
    """A new chart in the source's workspace holding `version`: named like it plus " (copy)",
    carrying the source's tags (charts.md §3.8)."""
    drawing = renamed(version.drawing, version.name + COPY_SUFFIX)
    return add_chart(state, workspace, drawing, tags=source.tags)
