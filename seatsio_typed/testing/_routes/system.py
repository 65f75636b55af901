"""The seeding API (overview.md §12): test companies and raw chart uploads.

- `POST /system/private/create-test-company` (Basic auth: the emulator's system secret) creates
  an isolated company whose only workspace is the default `Production workspace`, and answers 200
  with `{"admin": {...,"secretKey": <company admin key>}, "workspace": <workspace object>}`.
- `POST /system/public/charts/{chartKey}` (Basic auth: a secret key; the admin key alone means
  the default workspace) stores the body, a raw drawing, as a published chart without a draft and
  answers exactly 201 with an empty body. *Choice:* a key already used in that workspace gives
  400 `CHART_KEY_ALREADY_EXISTS`; a body that is not a JSON object gives the schema 400; a key
  that could never be retrieved (empty, `.`, `..`, `archive`, `tags`, longer than 256
  characters) gives 400 `INVALID_KEY` (`_engine/key_rules.py`).
"""

from __future__ import annotations

from seatsio_typed.testing._engine.key_rules import check_chart_key
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._routes.workspaces import workspace_json
from seatsio_typed.testing._state.chart_store import Chart, ChartVersion
from seatsio_typed.testing._wire.body import JsonObject
from seatsio_typed.testing._wire.messages import (
    Response,
    bad_request,
    empty_response,
    json_response,
)


def create_test_company(ctx: RequestContext) -> Response:
    """POST /system/private/create-test-company"""
    company = ctx.state.create_company()
    return json_response(
        {
            "admin": {
                "id": company.admin_id,
                "email": company.admin_email,
                "secretKey": company.admin_key,
                "companyId": company.id,
            },
            "workspace": workspace_json(company.default),
        }
    )


def upload_chart(ctx: RequestContext) -> Response:
    """POST /system/public/charts/{chartKey}"""
    key = check_chart_key(ctx.param("chartKey"))
    drawing = JsonObject.from_json(ctx.json())
    charts = ctx.workspace.charts
    if charts.get(key) is not None:
        raise bad_request(
            "CHART_KEY_ALREADY_EXISTS", f"A chart with key {key} already exists in this workspace"
        )
    charts.add(
        Chart(
            id=ctx.state.ids.next("chart"),
            key=key,
            published=ChartVersion.of(drawing.data),
            created_on=ctx.now(),
        )
    )
    return empty_response(201)


ROUTES = (
    Route("POST", "/system/private/create-test-company", create_test_company, Access.SYSTEM),
    Route("POST", "/system/public/charts/{chartKey}", upload_chart, Access.WORKSPACE),
)
