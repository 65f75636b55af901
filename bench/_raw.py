"""The floor: hand-written httpx requests with the same auth and bodies, parsed with json.loads.

No models, no validation, no retries: what any client must at least spend on one call.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import cast

import httpx

Params = Mapping[str, str | Sequence[str]]


def as_object(value: object) -> dict[str, object]:
    """A parsed JSON object, or ValueError for anything else."""
    if not isinstance(value, dict):
        raise ValueError(f"not a JSON object: {value!r:.200}")
    return cast("dict[str, object]", value)  # json.loads gives objects string keys


def as_array(value: object) -> list[object]:
    """A parsed JSON array, or ValueError for anything else."""
    if not isinstance(value, list):
        raise ValueError(f"not a JSON array: {value!r:.200}")
    return cast("list[object]", value)  # the items are whatever JSON held: objects


def auth_headers(secret_key: str) -> dict[str, str]:
    """The headers every request of the hand-written contenders carries: Basic auth, JSON."""
    token = base64.b64encode(f"{secret_key}:".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}", "Accept": "application/json"}


def json_body(body: object) -> tuple[bytes, dict[str, str]]:
    """A JSON request body and the header that says so."""
    return json.dumps(body).encode(), {"Content-Type": "application/json"}


def _parsed(response: httpx.Response) -> object:
    response.raise_for_status()
    return json.loads(response.content)


class RawApi:
    """Blocking requests over one keep-alive `httpx.Client` (or one on `transport`)."""

    def __init__(
        self, url: str, secret_key: str, transport: httpx.BaseTransport | None = None
    ) -> None:
        self._http = httpx.Client(
            base_url=url, headers=auth_headers(secret_key), transport=transport
        )

    def get(self, path: str, params: Params | None = None) -> object:
        """GET a path and parse the JSON answer."""
        return _parsed(self._http.get(path, params=params))

    def post(self, path: str, body: object, params: Params | None = None) -> object:
        """POST a JSON body and parse the JSON answer."""
        content, headers = json_body(body)
        return _parsed(self._http.post(path, content=content, headers=headers, params=params))

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()


class AsyncRawApi:
    """The same requests over one keep-alive `httpx.AsyncClient`."""

    def __init__(self, url: str, secret_key: str) -> None:
        self._http = httpx.AsyncClient(base_url=url, headers=auth_headers(secret_key))

    async def get(self, path: str, params: Params | None = None) -> object:
        """GET a path and parse the JSON answer."""
        return _parsed(await self._http.get(path, params=params))

    async def post(self, path: str, body: object, params: Params | None = None) -> object:
        """POST a JSON body and parse the JSON answer."""
        content, headers = json_body(body)
        response = await self._http.post(path, content=content, headers=headers, params=params)
        return _parsed(response)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()


def raw_charts(api: RawApi) -> Iterator[object]:
    """Every chart of GET /charts, walking the pages by hand, one page held at a time."""
    cursor: str | None = None
    while True:
        page = api.get("/charts", {} if cursor is None else {"start_after_id": cursor})
        items, cursor = _page(page)
        yield from items
        if cursor is None:
            return


def raw_list(api: RawApi) -> int:
    """How many charts `raw_charts` walks over."""
    return sum(1 for _ in raw_charts(api))


async def raw_list_async(api: AsyncRawApi) -> int:
    """`raw_list` over the async client."""
    count, cursor = 0, None
    while True:
        page = await api.get("/charts", {} if cursor is None else {"start_after_id": cursor})
        items, cursor = _page(page)
        count += len(items)
        if cursor is None:
            return count


def _page(page: object) -> tuple[list[object], str | None]:
    """The items of a page, and the cursor of the next page (None on the last)."""
    body = as_object(page)
    cursor = body.get("next_page_starts_after")
    return as_array(body.get("items")), None if cursor in (None, "") else str(cursor)
