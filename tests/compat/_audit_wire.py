"""Raw HTTP exactly as the official Python client puts it on the wire, and checks of the
documented error body (overview.md §3-§6). Used by the `test_audit_*` compatibility tests where
the official client cannot express a request, or hides the detail the reference pins down.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

import requests

QueryPairs = Sequence[tuple[str, str | int]]
JsonBody = dict[str, object]

ERROR_BODY_KEYS = {"status", "errors", "warnings", "messages", "requestId"}
_ERROR_CODE = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")


@dataclass(frozen=True)
class Caller:
    """Sends requests like the official client: Basic auth with an empty password, no
    `Content-Type`, `X-Client-Lib: python`, and `X-Workspace-Key` only when given."""

    url: str
    secret: str | None = field(repr=False)
    workspace_key: str | None = None

    def send(
        self,
        method: str,
        path: str,
        body: str | bytes | None = None,
        *,
        query: QueryPairs = (),
        headers: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """One request; `body` is sent verbatim (the official client sends `null` when it has
        no body object)."""
        sent = {"X-Client-Lib": "python", **(headers or {})}
        if self.workspace_key is not None:
            sent["X-Workspace-Key"] = self.workspace_key
        return requests.request(
            method,
            self.url + path,
            params=list(query),
            data=body,
            auth=None if self.secret is None else (self.secret, ""),
            headers=sent,
            timeout=10,
        )

    def get(self, path: str, *, query: QueryPairs = ()) -> requests.Response:
        """GET, no body."""
        return self.send("GET", path, query=query)

    def post(self, path: str, body: str | bytes | None = "null") -> requests.Response:
        """POST with a pre-encoded body (`null` by default, like a bodiless official call)."""
        return self.send("POST", path, body)

    def delete(self, path: str, body: str | bytes | None = "null") -> requests.Response:
        """DELETE with a pre-encoded body (`null` by default)."""
        return self.send("DELETE", path, body)

    def json(self, path: str, *, query: QueryPairs = ()) -> JsonBody:
        """GET a JSON object, asserting a 200 served as `application/json`."""
        response = self.get(path, query=query)
        return ok_json(response)


def ok_json(response: requests.Response) -> JsonBody:
    """The JSON object of a successful response (asserts 2xx and the JSON content type)."""
    assert 200 <= response.status_code < 300, (response.status_code, response.text)
    assert "application/json" in response.headers.get("content-type", "")
    body = response.json()
    assert isinstance(body, dict), body
    return cast("JsonBody", body)


def child(body: JsonBody, key: str) -> JsonBody:
    """A member of a JSON object that must itself be an object."""
    value = body[key]
    assert isinstance(value, dict), value
    return cast("JsonBody", value)


def items_of(page: JsonBody) -> list[JsonBody]:
    """The `items` of a page body, each asserted to be an object."""
    items = page["items"]
    assert isinstance(items, list)
    objects = cast("list[object]", items)
    assert all(isinstance(item, dict) for item in objects)
    return cast("list[JsonBody]", objects)


def drawing_categories(drawing: JsonBody) -> list[JsonBody]:
    """The `categories.list` entries of a chart drawing."""
    return items_of({"items": child(drawing, "categories")["list"]})


def drawing_category_keys(drawing: JsonBody) -> list[object]:
    """The keys of a drawing's categories, in drawing order."""
    return [entry["key"] for entry in drawing_categories(drawing)]


def error_body(response: requests.Response, status: int) -> JsonBody:
    """Assert the documented error body (overview.md §6) and return it.

    Exactly the keys `status`, `errors`, `warnings`, `messages`, `requestId`; `status` repeats
    the HTTP status; every error has a string UPPER_SNAKE `code` and a string `message`, and a
    `data` key only when it has data; `messages` lists every error and warning message;
    `requestId` is a UUID string.
    """
    assert response.status_code == status, (response.status_code, response.text)
    assert "application/json" in response.headers.get("content-type", "")
    body = cast("JsonBody", response.json())
    assert set(body) == ERROR_BODY_KEYS, body
    assert body["status"] == status
    errors = _entries(body["errors"])
    warnings = _entries(body["warnings"])
    assert errors, body
    assert body["messages"] == [entry["message"] for entry in (*errors, *warnings)]
    request_id = body["requestId"]
    assert isinstance(request_id, str)
    uuid.UUID(request_id)
    return body


def _entries(value: object) -> list[JsonBody]:
    assert isinstance(value, list)
    entries = cast("list[object]", value)
    checked: list[JsonBody] = []
    for entry in entries:
        assert isinstance(entry, dict)
        item = cast("JsonBody", entry)
        assert set(item) in ({"code", "message"}, {"code", "message", "data"}), item
        code, message = item["code"], item["message"]
        assert isinstance(code, str)
        assert _ERROR_CODE.match(code), code
        assert isinstance(message, str)
        assert message
        if "data" in item:
            assert isinstance(item["data"], dict)
        checked.append(item)
    return checked


def single_error(response: requests.Response, status: int) -> JsonBody:
    """The one error object of an error body holding exactly one error."""
    errors = cast("list[JsonBody]", error_body(response, status)["errors"])
    assert len(errors) == 1, errors
    return errors[0]


def assert_refused(response: requests.Response, *statuses: int) -> None:
    """A credentials refusal: one of `statuses` (401 by default) with an EMPTY body."""
    assert response.status_code in (statuses or (401,)), (response.status_code, response.text)
    assert response.content == b""
