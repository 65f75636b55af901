"""client.request: any operation on the wire, with the SDK's auth, headers, retries and errors."""

from __future__ import annotations

from typing import Literal

import httpx
import pytest
from pydantic import JsonValue

from seatsio_typed import (
    Chart,
    HoldToken,
    NotFoundException,
    RequestValidationError,
    SeatsioConnectionError,
    ServerException,
    UnexpectedResponseError,
)
from seatsio_typed.models import CreateHoldTokenRequest
from tests.unit.support import HOLD_TOKEN, FakeServer, Harness, Kind, error_body, json_reply

CHART = {"id": 7, "key": "c1", "name": "Venue", "status": "NOT_USED"}


async def test_a_get_with_path_params_and_query_validated_into_a_type(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, [CHART])), workspace_key="ws-1")

    charts = await h.call(
        lambda c: c.request(
            "GET",
            "/charts/{key}/copies",
            path_params={"key": "a/b c?é"},
            query={"expand": ["events", "zones"], "limit": 2, "archived": False, "tag": None},
            result_type=list[Chart],
        )
    )

    assert charts == [Chart.model_validate(CHART)]
    request = h.server.last
    assert request.method == "GET"
    assert request.url.raw_path == (
        b"/charts/a%2Fb%20c%3F%C3%A9/copies?expand=events&expand=zones&limit=2&archived=false"
    )
    assert request.headers["authorization"].startswith("Basic ")
    assert request.headers["x-workspace-key"] == "ws-1"
    assert "content-type" not in request.headers
    assert request.content == b""


async def test_a_post_with_a_json_value_body_returns_the_decoded_json(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"done": True, "items": [1, "x", None]})))

    result = await h.call(
        lambda c: c.request("POST", "/events/e1/actions/x", json={"objects": ["A-1"], "n": 1})
    )

    assert result == {"done": True, "items": [1, "x", None]}
    assert h.server.last.method == "POST"
    assert h.server.last.headers["content-type"] == "application/json"
    assert h.server.body() == {"objects": ["A-1"], "n": 1}


async def test_a_request_model_body_is_sent_by_alias(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, HOLD_TOKEN)))

    token = await h.call(
        lambda c: c.request(
            "POST",
            "/hold-tokens",
            json=CreateHoldTokenRequest(expires_in_minutes=5),
            result_type=HoldToken,
        )
    )

    assert token.hold_token == "tok"
    assert h.server.body() == {"expiresInMinutes": 5}


async def test_no_content_gives_none(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    assert await h.call(lambda c: c.request("DELETE", "/charts/c1/tags/t1")) is None
    assert (h.server.last.method, h.server.last.url.raw_path) == ("DELETE", b"/charts/c1/tags/t1")


async def test_an_already_encoded_literal_path_is_sent_as_written(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(lambda c: c.request("POST", "/charts/a%2Fb/tags/x%20y"))
    assert h.server.last.url.raw_path == b"/charts/a%2Fb/tags/x%20y"


async def test_errors_are_mapped_like_every_other_call(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(404, error_body("Chart not found"))))
    with pytest.raises(NotFoundException, match="Chart not found") as raised:
        await h.call(lambda c: c.request("GET", "/charts/{key}", path_params={"key": "nope"}))
    assert raised.value.url == "http://seatsio.test/charts/nope"


async def test_a_body_that_does_not_fit_the_result_type(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"id": "x"})))
    with pytest.raises(UnexpectedResponseError, match="Chart"):
        await h.call(lambda c: c.request("GET", "/charts/c1", result_type=Chart))


async def test_reads_are_retried_after_a_server_error(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(503), json_reply(200, CHART)))
    chart = await h.call(lambda c: c.request("GET", "/charts/c1", result_type=Chart))
    assert chart.key == "c1"
    assert len(h.server.requests) == 2
    assert h.sleeps.waits == [0.4]


@pytest.mark.parametrize("method", ["POST", "DELETE"])
async def test_writes_are_never_replayed_after_they_may_have_arrived(
    kind: Kind, method: Literal["POST", "DELETE"]
) -> None:
    h = Harness(kind, FakeServer(httpx.Response(503), httpx.Response(204)))
    with pytest.raises(ServerException):
        await h.call(lambda c: c.request(method, "/events/e1/actions/book", json={}))
    h2 = Harness(kind, FakeServer(httpx.ReadTimeout("slow"), httpx.Response(204)))
    with pytest.raises(SeatsioConnectionError):
        await h2.call(lambda c: c.request(method, "/events/e1/actions/book", json={}))
    assert (len(h.server.requests), len(h2.server.requests)) == (1, 1)


async def test_a_rate_limited_write_is_retried(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(429), httpx.Response(204)))
    assert await h.call(lambda c: c.request("POST", "/events/e1/actions/book", json={})) is None
    assert len(h.server.requests) == 2


@pytest.mark.parametrize(
    ("path", "path_params", "json", "parameter"),
    [
        ("charts/c1", None, None, "path"),
        ("/charts/c 1", None, None, "path"),
        ("/charts/c1?expand=events", None, None, "path"),
        ("/charts/\u00e9", None, None, "path"),
        ("/charts/%zz", None, None, "path"),
        ("/charts/{key", None, None, "path"),
        ("/charts/{key}", None, None, "path_params"),
        ("/charts/{key}", {"key": ""}, None, "key"),
        ("/charts/{key}", {"key": "\ud800"}, None, "key"),
        ("/charts", None, {"name": "\ud800"}, "json.name"),
        ("/charts", None, {"\ud800": 1}, "json.<key>"),
    ],
)
async def test_unsendable_input_is_refused_before_sending(
    kind: Kind,
    path: str,
    path_params: dict[str, str] | None,
    json: dict[str, JsonValue] | None,
    parameter: str,
) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    with pytest.raises(RequestValidationError) as raised:
        await h.call(lambda c: c.request("POST", path, path_params=path_params, json=json))
    assert raised.value.parameter == parameter
    assert h.server.requests == []


async def test_a_value_json_cannot_encode_is_refused(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    with pytest.raises(RequestValidationError, match="json"):
        await h.call(lambda c: c.request("POST", "/charts", json={"x": object()}))  # type: ignore[call-overload]
    assert h.server.requests == []


def test_a_result_type_that_cannot_be_hashed_still_parses() -> None:
    from typing import Annotated

    from seatsio_typed._endpoint import json_response

    unhashable: type[Chart] = Annotated[Chart, ["not hashable"]]  # type: ignore[assignment]
    with pytest.raises(TypeError):
        hash(unhashable)
    chart = json_response(unhashable).parse(b'{"id": 7, "key": "c1", "name": "V", "status": "x"}')
    assert chart.key == "c1"
