"""The emulator's request pipeline: auth failures, error bodies, body parsing, 500s."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._wire.messages import Request, Response

from .conftest import client_for


def _error(response: httpx.Response) -> dict[str, object]:
    assert response.headers["content-type"] == "application/json"
    body: dict[str, object] = response.json()
    assert set(body) == {"status", "errors", "warnings", "messages", "requestId"}
    assert body["status"] == response.status_code
    return body


def test_no_credentials_is_401_with_an_empty_body(anonymous: httpx.Client) -> None:
    response = anonymous.get("/workspaces")
    assert response.status_code == 401
    assert response.content == b""
    assert "content-type" not in response.headers


def test_unknown_key_is_401_with_an_empty_body(emulator: Emulator, company: TestCompany) -> None:
    with client_for(emulator, "not-a-key") as client:
        response = client.get("/workspaces")
    assert (response.status_code, response.content) == (401, b"")


@pytest.mark.parametrize("authorization", ["Bearer abc", "Basic !!!", "Basic " + "Og==", "Basic"])
def test_malformed_authorization_is_401(emulator: Emulator, authorization: str) -> None:
    request = Request.build("GET", "/workspaces", headers=[("Authorization", authorization)])
    assert emulator.handle(request).status == 401


def test_password_is_ignored(emulator: Emulator, company: TestCompany) -> None:
    with httpx.Client(
        transport=emulator.transport(),
        base_url="https://x",
        auth=httpx.BasicAuth(company.admin_key, "anything"),
    ) as client:
        assert client.get("/workspaces").status_code == 200


def test_unknown_path_is_404_with_error_body(admin: httpx.Client) -> None:
    body = _error(admin.get("/no/such/thing"))
    assert body["errors"] == [{"code": "NOT_FOUND", "message": "No such endpoint: /no/such/thing"}]


def test_wrong_method_is_405_with_error_body(admin: httpx.Client) -> None:
    response = admin.put("/workspaces")
    assert response.status_code == 405
    _error(response)
    assert response.headers["allow"] == "GET, POST"


def test_malformed_json_is_400_with_error_body(admin: httpx.Client) -> None:
    response = admin.post("/workspaces", content=b'{"name": ')
    assert response.status_code == 400
    body = _error(response)
    assert isinstance(body["requestId"], str)
    assert body["requestId"]


def test_wrong_type_is_a_schema_400(admin: httpx.Client) -> None:
    response = admin.post("/workspaces", content=b'{"name": 5}')
    assert response.status_code == 400
    assert _error(response)["messages"] == ["#/name: expected type: String, found: Integer"]


@pytest.mark.parametrize("body", [b"", b"null", b"{}"])
def test_bodiless_actions_accept_empty_null_and_empty_object(
    admin: httpx.Client, body: bytes
) -> None:
    key = admin.post("/workspaces", content=b'{"name": "w"}').json()["key"]
    assert admin.post(f"/workspaces/{key}/actions/deactivate", content=body).status_code == 204
    assert admin.get(f"/workspaces/{key}").json()["isActive"] is False


def test_json_is_parsed_whatever_the_content_type(admin: httpx.Client) -> None:
    for content_type in (None, "text/plain", "application/json"):
        headers = {} if content_type is None else {"content-type": content_type}
        response = admin.post("/workspaces", content=b'{"name": "w"}', headers=headers)
        assert response.status_code == 200
        assert response.json()["name"] == "w"


def test_a_crashing_handler_becomes_a_500_error_body(
    emulator: Emulator, admin: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    def explode(ctx: RequestContext) -> Response:
        raise KeyError("boom")

    emulator.router.add(Route("GET", "/explode", explode, Access.WORKSPACE))
    with caplog.at_level(logging.ERROR, logger="seatsio_typed.testing"):
        response = admin.get("/explode")
    assert response.status_code == 500
    body = _error(response)
    assert body["errors"] == [{"code": "INTERNAL_SERVER_ERROR", "message": "Internal server error"}]
    assert "Traceback" not in response.text
    assert "GET /explode" in caplog.text


def test_error_request_ids_differ_per_request(admin: httpx.Client) -> None:
    first = admin.get("/nope").json()["requestId"]
    second = admin.get("/nope").json()["requestId"]
    assert first != second


def test_successful_json_is_served_as_application_json(admin: httpx.Client) -> None:
    response = admin.get("/workspaces")
    assert response.headers["content-type"] == "application/json"
    assert json.loads(response.content)["items"]
