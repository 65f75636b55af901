"""The emulator's switch for a company's chart validation severities (not a Seats.io endpoint).

On the real server each validator's severity (ERROR, WARNING or OFF) is a company setting made
on the settings page; a new company has none at ERROR (chart-model.md §6). The emulator exposes
the setting under its own `/_emulator` prefix, authenticated with the company's admin key (the
setting belongs to the caller's company; faults never apply there):

- `GET /_emulator/chart-validation`: `{"VALIDATE_DUPLICATE_LABELS": "WARNING", ...}`, every
  validator with its severity.
- `POST /_emulator/chart-validation` with some of them, e.g. `{"VALIDATE_FOCAL_POINT": "ERROR"}`:
  changes those (400 and no change for an unknown validator or severity); answers the full map.
- `DELETE /_emulator/chart-validation`: back to the defaults; 204.
"""

from __future__ import annotations

from seatsio_typed.testing._engine.charts import ChartValidationSettings
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._wire.body import schema_error
from seatsio_typed.testing._wire.messages import JSON, Response, json_response, no_content

PATH = "/_emulator/chart-validation"


def _settings(ctx: RequestContext) -> ChartValidationSettings:
    return ctx.company.store(ChartValidationSettings)


def _render(settings: ChartValidationSettings) -> Response:
    return json_response(dict[str, JSON](settings.severities))


def read_severities(ctx: RequestContext) -> Response:
    """GET /_emulator/chart-validation"""
    return _render(_settings(ctx))


def change_severities(ctx: RequestContext) -> Response:
    """POST /_emulator/chart-validation"""
    body = ctx.body()
    changes = {name: body.string(name) for name in body.data}
    settings = _settings(ctx)
    try:
        settings.update(changes)
    except ValueError as invalid:
        raise schema_error(f"#: {invalid}") from None
    return _render(settings)


def reset_severities(ctx: RequestContext) -> Response:
    """DELETE /_emulator/chart-validation"""
    _settings(ctx).reset()
    return no_content()
