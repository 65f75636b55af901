"""Request/response vocabulary: error bodies, JSON parsing, query and path decoding."""

from __future__ import annotations

import json

import pytest

from seatsio_typed.testing._wire.messages import (
    AccessError,
    ApiError,
    ErrorDetail,
    Request,
    json_response,
    no_content,
    parse_json_body,
)


def test_error_body_has_exactly_the_documented_keys() -> None:
    error = ApiError(
        404,
        [ErrorDetail("EVENT_NOT_FOUND", "Event not found: e1", {"key": "e1"})],
        warnings=[ErrorDetail("SOME_WARNING", "careful")],
    )
    response = error.to_response("req-1")
    assert response.status == 404
    assert response.header("Content-Type") == "application/json"
    assert json.loads(response.body) == {
        "status": 404,
        "errors": [
            {"code": "EVENT_NOT_FOUND", "message": "Event not found: e1", "data": {"key": "e1"}}
        ],
        "warnings": [{"code": "SOME_WARNING", "message": "careful"}],
        "messages": ["Event not found: e1", "careful"],
        "requestId": "req-1",
    }


def test_error_without_data_has_no_data_key() -> None:
    body = json.loads(ApiError.single(400, "ILLEGAL_STATUS_CHANGE", "nope").to_response("r").body)
    assert body["errors"] == [{"code": "ILLEGAL_STATUS_CHANGE", "message": "nope"}]


def test_access_error_renders_an_empty_body() -> None:
    response = AccessError(401, "no key").to_response()
    assert (response.status, response.body, response.headers) == (401, b"", ())


def test_json_response_is_compact_utf8_json() -> None:
    response = json_response({"name": "Zaal ä"}, status=201)
    assert response.status == 201
    assert response.header("content-type") == "application/json"
    assert response.body == '{"name":"Zaal ä"}'.encode()


def test_no_content_is_204_without_body() -> None:
    assert (no_content().status, no_content().body) == (204, b"")


@pytest.mark.parametrize("body", [b"", b"   ", b"null", b" null\n"])
def test_empty_and_null_bodies_mean_no_body(body: bytes) -> None:
    assert parse_json_body(body) is None


@pytest.mark.parametrize("body", [b"{", b"{'a': 1}", b"NaN", b"\xff\xfe", b"[1,]"])
def test_malformed_json_is_a_400_api_error(body: bytes) -> None:
    with pytest.raises(ApiError) as caught:
        parse_json_body(body)
    assert caught.value.status == 400
    assert caught.value.errors[0].code == "INVALID_JSON"


@pytest.mark.parametrize(
    "body",
    [
        b'{"name": "\\ud800"}',
        b'{"\\udfff": 1}',
        b'["ok", ["\\ud83d"]]',
        b'{"x": 1e999}',
        b"[-1e400]",
        b"[" * 100_000,
        b'{"a":' * 5_000 + b"1" + b"}" * 5_000,
        b"[" * 101 + b"]" * 101,
    ],
)
def test_bodies_that_could_not_be_sent_back_are_a_400(body: bytes) -> None:
    # Stored as they are, these would poison every later response that renders them.
    with pytest.raises(ApiError) as caught:
        parse_json_body(body)
    assert (caught.value.status, caught.value.errors[0].code) == (400, "INVALID_JSON")


def test_surrogate_pairs_deep_but_allowed_nesting_and_big_numbers_are_fine() -> None:
    assert parse_json_body(b'{"e": "\\ud83d\\ude00"}') == {"e": "\U0001f600"}
    assert parse_json_body(b"[" * 100 + b"]" * 100) is not None
    assert parse_json_body(b"[1e308, -1e308, 123456789012345678901234567890]") == [
        1e308,
        -1e308,
        123456789012345678901234567890,
    ]


def test_request_keeps_repeated_query_keys_and_decodes_plus() -> None:
    request = Request.build("get", "/charts?expand=events&expand=zones&filter=a+b%2Fc")
    assert request.method == "GET"
    assert request.query_values("expand") == ["events", "zones"]
    assert request.query_values("filter") == ["a b/c"]


def test_segments_are_decoded_after_splitting() -> None:
    request = Request.build("GET", "/charts/tag%201%2F%C3%A9/x")
    assert request.segments == ("charts", "tag 1/é", "x")
    assert request.raw_path == "/charts/tag%201%2F%C3%A9/x"


def test_headers_are_lower_cased_and_repeats_joined() -> None:
    request = Request.build("GET", "/", headers=[("X-A", "1"), ("x-a", "2"), ("Accept", "json")])
    assert request.header("x-a") == "1, 2"
    assert request.header("ACCEPT") == "json"
