"""Helpers for the events-side audit tests (no tests in here): raw calls shaped like the official
client's, and checks of the wire formats the reference pins down (events.md §1.4, §5).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from typing import cast
from urllib.parse import quote as url_quote

import requests

from ._audit_wire import Caller, JsonBody, ok_json

HELD = "reservedByToken"
"""The status of an object held with a hold token (object-status.md §1.1)."""

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")
"""What the official client can parse (`%Y-%m-%dT%H:%M:%S.%fZ`, or without the fraction)."""


def encode(body: object) -> str:
    """A request body as the official client writes it (compact separators do not matter)."""
    return json.dumps(body)


def post_json(caller: Caller, path: str, body: object) -> requests.Response:
    """POST a JSON body without `Content-Type`, like the official client."""
    return caller.post(path, encode(body))


def create_event(caller: Caller, chart_key: str, **fields: object) -> JsonBody:
    """`POST /events` with `chartKey` and the given fields; the created Event."""
    return ok_json(post_json(caller, "/events", {"chartKey": chart_key, **fields}))


def change(
    caller: Caller,
    events: str | Sequence[str],
    objects: Sequence[object],
    status: str | None = "booked",
    **options: object,
) -> requests.Response:
    """The official client's group change-object-status call (always `?expand=objects`)."""
    body: JsonBody = {
        "objects": [{"objectId": o} if isinstance(o, str) else o for o in objects],
        "type": "CHANGE_STATUS_TO" if status is not None else "RELEASE",
        "events": [events] if isinstance(events, str) else list(events),
        **options,
    }
    if status is not None:
        body["status"] = status
    return caller.send(
        "POST",
        "/events/groups/actions/change-object-status",
        encode(body),
        query=[("expand", "objects")],
    )


def changed_objects(response: requests.Response) -> dict[str, JsonBody]:
    """The `objects` map of a successful change (ChangeObjectStatusResult)."""
    objects = ok_json(response)["objects"]
    assert isinstance(objects, dict)
    return cast("dict[str, JsonBody]", objects)


def object_infos(caller: Caller, event_key: str, *labels: str) -> dict[str, JsonBody]:
    """`GET /events/{key}/objects?label=...` (labels as repeated keys)."""
    body = caller.json(f"/events/{quote(event_key)}/objects", query=[("label", x) for x in labels])
    return cast("dict[str, JsonBody]", body)


def object_info(caller: Caller, event_key: str, label: str) -> JsonBody:
    """One object's EventObjectInfo."""
    return object_infos(caller, event_key, label)[label]


def quote(segment: str) -> str:
    """A path segment encoded like the official client (`quote(str(value), safe='')`)."""
    return url_quote(segment, safe="")


def status_changes(
    caller: Caller, event_key: str, query: Sequence[tuple[str, str | int]] = ()
) -> JsonBody:
    """One page of `GET /events/{key}/status-changes`."""
    return caller.json(f"/events/{quote(event_key)}/status-changes", query=query)


def parse_timestamp(text: object) -> dt.datetime:
    """A timestamp checked against the client's formats, as an aware UTC datetime."""
    assert isinstance(text, str)
    assert TIMESTAMP.match(text), text
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def near_now(text: object, seconds: float = 60) -> bool:
    """Whether a timestamp lies within `seconds` of the real now."""
    moment = parse_timestamp(text)
    return abs((moment - dt.datetime.now(dt.timezone.utc)).total_seconds()) < seconds


def codes(response: requests.Response) -> list[str]:
    """The error codes of an error response."""
    body = cast("Mapping[str, object]", response.json())
    errors = cast("list[Mapping[str, object]]", body["errors"])
    return [str(error["code"]) for error in errors]


def new_hold_token(caller: Caller, minutes: int | None = None) -> str:
    """A fresh hold token (`POST /hold-tokens` with `{}`, like the official client)."""
    body = {} if minutes is None else {"expiresInMinutes": minutes}
    return str(ok_json(post_json(caller, "/hold-tokens", body))["holdToken"])
