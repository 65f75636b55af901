"""The cassette format: what a request and a response keep, bodies, and the file's text."""

from __future__ import annotations

import base64
import json
import re

import httpx
import pytest

from tests.cassette._format import (
    Cassette,
    CassetteFormatError,
    Exchange,
    RecordedRequest,
    RecordedResponse,
    dumps,
)

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
SECRET = "3c1b9d7e-secret-key"


def _request(content: bytes = b"", **headers: str) -> httpx.Request:
    return httpx.Request(
        "POST",
        "https://api.test/events/a%2Fb%20c/objects?label=A-1&label=B%201&expand=objects",
        headers={
            "Authorization": "Basic " + base64.b64encode(f"{SECRET}:".encode()).decode(),
            "User-Agent": "seatsio-typed/9.9 python/3.99",
            "Accept": "application/json",
            "X-Workspace-Key": "public-workspace-key",
            **headers,
        },
        content=content,
    )


def _through_the_file(exchange: Exchange) -> Exchange:
    """The exchange after being written into a cassette and read back."""
    text = dumps(Cassette("emulator", "https://api.test", {}, (exchange,)).to_json())
    return Cassette.loads(text).exchanges[0]


def test_a_request_keeps_method_raw_path_query_pairs_and_the_headers_that_matter() -> None:
    recorded = RecordedRequest.capture(_request(), b"")
    assert (recorded.method, recorded.path) == ("POST", "/events/a%2Fb%20c/objects")
    assert recorded.query == (("label", "A-1"), ("label", "B 1"), ("expand", "objects"))
    assert dict(recorded.headers) == {
        "accept": "application/json",
        "x-workspace-key": "public-workspace-key",
    }


def test_authorization_is_never_recorded_only_which_key_was_used() -> None:
    recorded = RecordedRequest.capture(_request(), b"")
    assert recorded.secret_key == SECRET
    assert SECRET not in repr(recorded)
    entry = json.dumps(recorded.to_json()).lower()
    assert "authorization" not in entry
    assert "basic" not in entry
    assert "user-agent" not in entry


def test_a_request_without_basic_auth_names_no_key() -> None:
    request = httpx.Request("GET", "https://api.test/charts", headers={"Authorization": "Bearer x"})
    assert RecordedRequest.capture(request, b"").secret_key is None
    assert "secret_key" not in RecordedRequest.capture(request, b"").to_json()


def test_json_bodies_are_parsed_an_empty_body_is_absent_and_null_is_kept() -> None:
    with_body = RecordedRequest.capture(_request(), b'{"name":"Hall","n":1.5}').to_json()
    assert with_body["body"] == {"name": "Hall", "n": 1.5}
    assert "body" not in RecordedRequest.capture(_request(), b"").to_json()
    assert RecordedRequest.capture(_request(), b"null").to_json() == {
        **RecordedRequest.capture(_request(), b"").to_json(),
        "body": None,
    }


def test_a_request_body_that_is_not_json_is_kept_as_base64() -> None:
    entry = RecordedRequest.capture(_request(), b"not json{").to_json()
    assert entry["body_base64"] == base64.b64encode(b"not json{").decode()
    assert "body" not in entry


def test_requests_and_responses_survive_the_file_unchanged() -> None:
    request = RecordedRequest.capture(_request(), '{"name":"Zaal Ä","seats":[1,2]}'.encode())
    response = RecordedResponse.capture(
        httpx.Response(
            400,
            headers={"Content-Type": "application/json", "X-Request-Id": "r-1", "Server": "x"},
            content=b'{"status":400,"errors":[]}',
        ),
        b'{"status":400,"errors":[]}',
    )
    assert _through_the_file(Exchange(request, response)) == Exchange(request, response)
    assert dict(response.headers) == {"x-request-id": "r-1"}


def test_binary_bodies_round_trip_byte_for_byte() -> None:
    png = RecordedResponse.capture(
        httpx.Response(200, headers={"Content-Type": "image/png"}, content=PNG), PNG
    )
    assert "body_base64" in png.to_json()
    served = _through_the_file(Exchange(RecordedRequest("GET", "/thumbnail"), png)).response
    replayed = served.to_httpx()
    assert (replayed.status_code, replayed.headers["content-type"]) == (200, "image/png")
    assert replayed.content == PNG


def test_a_json_content_type_with_a_body_that_is_not_json_keeps_the_bytes() -> None:
    body = b"<html>bad gateway</html>"
    response = RecordedResponse.capture(
        httpx.Response(502, headers={"Content-Type": "application/json"}, content=body), body
    )
    assert response.to_httpx().content == body


def test_a_json_response_is_served_back_as_equal_json() -> None:
    body = '{"name":"Zaal Ä","price":12.5,"big":12345678901234567890,"none":null}'.encode()
    response = RecordedResponse.capture(
        httpx.Response(
            200, headers={"Content-Type": "application/json; charset=utf-8"}, content=body
        ),
        body,
    )
    served = _through_the_file(Exchange(RecordedRequest("GET", "/x"), response)).response
    assert json.loads(served.to_httpx().content) == json.loads(body)
    assert served.to_httpx().headers["content-type"] == "application/json; charset=utf-8"


def test_an_empty_response_has_no_body_and_no_content_type() -> None:
    response = RecordedResponse.capture(httpx.Response(401), b"")
    assert response.to_json() == {"status": 401, "content_type": None, "headers": {}}
    assert response.to_httpx().content == b""


def test_the_file_is_indented_sorted_and_ends_with_one_newline() -> None:
    text = dumps({"b": 1, "a": {"d": [1], "c": "Ä"}})
    assert text == '{\n  "a": {\n    "c": "Ä",\n    "d": [\n      1\n    ]\n  },\n  "b": 1\n}\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1]", "a cassette is a JSON object"),
        ('{"format": 2}', "unknown cassette format 2"),
        ("{", "a cassette is JSON"),
        (
            '{"format": 1, "server": "s", "base_url": "u", "exchanges": [{"request": {}}]}',
            "exchanges[0] needs a request object and a response object",
        ),
        (
            '{"format": 1, "server": "s", "base_url": "u", "exchanges": '
            '[{"request": {"method": "GET", "path": "/"}, "response": {"status": "200"}}]}',
            "exchanges[0].response.status must be an integer",
        ),
        (
            '{"format": 1, "server": "s", "base_url": "u", "exchanges": [{"request": '
            '{"method": "GET", "path": "/", "body_base64": "%%"}, "response": {"status": 200}}]}',
            "exchanges[0].request.body_base64 is not base64",
        ),
    ],
)
def test_a_malformed_cassette_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(CassetteFormatError, match=re.escape(message)):
        Cassette.loads(text)
