"""Audit: no request to the events, object-status or hold-token endpoints crashes the emulator.

Malformed bodies, wrong types, unknown keys, missing fields, unicode and `/` in keys and labels,
huge and negative numbers, odd query values: every answer is a success or a 4xx with the
documented error body (overview.md §6), never a 5xx. Every member of a valid body of each
endpoint is replaced by each of a set of odd values (property-style), and a table covers the
query strings.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import cast

import pytest
import requests

from ._audit_events import create_event, new_hold_token
from ._audit_fuzz import ODD_VALUES, RAW_BODIES, Json, check, paths, problems, replaced
from ._audit_wire import Caller, JsonBody, ok_json
from .conftest import UploadChart


def _body_templates(event: str, token: str) -> dict[tuple[str, str], JsonBody]:
    """(method, path) -> a valid body of that endpoint."""
    status_change: JsonBody = {
        "objects": ["A-1", {"objectId": "GA1", "quantity": 2, "ticketType": "t", "extraData": {}}],
        "status": "booked",
        "type": "CHANGE_STATUS_TO",
        "orderId": "o",
        "keepExtraData": True,
        "ignoreChannels": False,
        "channelKeys": ["NO_CHANNEL"],
        "allowedPreviousStatuses": ["free"],
        "rejectedPreviousStatuses": ["x"],
        "resaleListingId": "l",
        "ignoreSocialDistancing": False,
    }
    return {
        ("POST", "/events"): {
            "chartKey": "CHART",
            "eventKey": "new",
            "name": "n",
            "date": "2022-01-10",
            "tableBookingConfig": {"mode": "CUSTOM", "tables": {"T1": "BY_TABLE"}},
            "objectCategories": {"A-1": 10},
            "categories": [{"key": 1, "label": "l", "color": "c", "accessible": False}],
            "channels": [{"key": "k", "name": "n", "color": "c", "index": 1, "objects": ["A-1"]}],
            "forSaleConfig": {"forSale": False, "objects": ["A-2"], "areaPlaces": {"GA1": 1}},
        },
        ("POST", "/events/actions/create-multiple"): {
            "chartKey": "CHART",
            "events": [{"eventKey": "m1", "name": "x", "tableBookingConfig": {"mode": "INHERIT"}}],
        },
        ("POST", f"/events/{event}"): {
            "name": "n",
            "date": "2022-01-10",
            "tableBookingConfig": {"mode": "INHERIT"},
            "objectCategories": {"A-1": 9},
            "categories": [],
            "isInThePast": False,
        },
        ("POST", "/events/groups/actions/change-object-status"): {
            **status_change,
            "events": [event],
        },
        ("POST", f"/events/{event}/actions/change-object-status"): status_change,
        ("POST", f"/events/{event}/actions/hold"): {**status_change, "holdToken": token},
        ("POST", "/events/actions/change-object-status"): {
            "statusChanges": [{**status_change, "event": event}]
        },
        ("POST", f"/events/{event}/actions/book"): {
            "status": "booked",
            "holdToken": token,
            "bestAvailable": {
                "number": 2,
                "categories": ["9"],
                "extraData": [{}, {}],
                "ticketTypes": ["a", "b"],
                "tryToPreventOrphanSeats": True,
                "accessibleSeats": 0,
                "zone": "z",
                "sections": ["s"],
            },
        },
        ("POST", f"/events/{event}/objects/A-1/actions/update-extra-data"): {"extraData": {"a": 1}},
        ("POST", f"/events/{event}/actions/update-extra-data"): {
            "extraData": {"A-1": {"a": 1}, "A-2": {}}
        },
        ("POST", "/hold-tokens"): {"expiresInMinutes": 5},
        ("POST", f"/hold-tokens/{token}"): {"expiresInMinutes": 5},
    }


@pytest.fixture
def setup(caller: Caller, upload_sample_chart: UploadChart) -> tuple[str, str, str]:
    chart = upload_sample_chart("sampleChart.json")
    event = str(create_event(caller, chart, eventKey="e/1 ü")["key"])
    return chart, event, new_hold_token(caller)


def _encoded(event: str) -> str:
    from urllib.parse import quote

    return quote(event, safe="")


def test_every_member_of_every_body_replaced_by_odd_values(
    caller: Caller, setup: tuple[str, str, str]
) -> None:
    chart, event, token = setup
    templates = _body_templates(_encoded(event), token)

    def checks() -> Iterator[tuple[requests.Response, str]]:
        for (method, path), template in templates.items():
            body = cast("Json", json.loads(json.dumps(template).replace("CHART", chart)))
            for member in list(paths(body)):
                for odd in ODD_VALUES:
                    mutated = replaced(body, member, odd)
                    response = caller.send(method, path, json.dumps(mutated))
                    yield response, f"{method} {path} {member}={odd!r}"

    assert problems(checks()) == []


def test_raw_bodies_and_extra_members(caller: Caller, setup: tuple[str, str, str]) -> None:
    chart, event, token = setup
    for (method, path), template in _body_templates(_encoded(event), token).items():
        for raw in RAW_BODIES:
            check(caller.send(method, path, raw), f"{method} {path} {raw!r}")
        extra = {**template, "unknownMember": {"x": [1, None]}, "ünï": 1}
        text = json.dumps(extra).replace("CHART", chart)
        check(caller.send(method, path, text), f"{method} {path} extra members")


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/events", [("limit", "-1")]),
        ("/events", [("limit", "0")]),
        ("/events", [("limit", str(10**20))]),
        ("/events", [("limit", "abc")]),
        ("/events", [("start_after_id", "abc")]),
        ("/events", [("start_after_id", "-5")]),
        ("/events", [("end_before_id", str(10**30))]),
        ("/events", [("limit", "1"), ("limit", "2")]),
        ("/events", [("filter", "ü/%")]),
        ("EVENT/status-changes", [("sort", "nope")]),
        ("EVENT/status-changes", [("sort", "date:sideways")]),
        ("EVENT/status-changes", [("sort", ":")]),
        ("EVENT/status-changes", [("limit", "-3")]),
        ("EVENT/status-changes", [("start_after_id", "1e9")]),
        ("EVENT/status-changes", [("filter", "")]),
        ("EVENT/objects", []),
        ("EVENT/objects", [("label", "")]),
        ("EVENT/objects", [("label", "ü/🎟")]),
        ("EVENT/objects/%2F%2F/status-changes", [("limit", "1")]),
        ("/hold-tokens/%F0%9F%8E%9F", []),
        ("/hold-tokens/a%2Fb", []),
    ],
)
def test_odd_queries_andpaths(
    caller: Caller, setup: tuple[str, str, str], path: str, query: list[tuple[str, str]]
) -> None:
    _chart, event, _token = setup
    full = path.replace("EVENT", f"/events/{_encoded(event)}")

    response = caller.get(full, query=query)

    check(response, f"GET {full} {query}")


def test_the_event_with_odd_key_still_works(caller: Caller, setup: tuple[str, str, str]) -> None:
    _chart, event, _token = setup

    assert ok_json(caller.get(f"/events/{_encoded(event)}"))["key"] == "e/1 ü"


def test_huge_quantities_and_numbers(caller: Caller, setup: tuple[str, str, str]) -> None:
    _chart, event, token = setup
    path = f"/events/{_encoded(event)}/actions/change-object-status"
    bodies: list[JsonBody] = [
        {"status": "booked", "objects": [{"objectId": "GA1", "quantity": 10**12}]},
        {"status": "booked", "objects": [{"objectId": "GA1", "quantity": -3}]},
        {"status": "booked", "objects": [{"objectId": "GA1", "quantity": 0}]},
        {"status": "booked", "objects": [{"objectId": "GA1", "quantity": 2.5}]},
        {"status": "booked", "objects": ["GA1"] * 101},
        {"status": "booked", "bestAvailable": {"number": 10**12}},
        {"status": "booked", "bestAvailable": {"number": -1}},
        {"status": "booked", "bestAvailable": {"number": 1, "accessibleSeats": -1}},
        {"status": "x" * 10_000, "objects": ["A-1"]},
        {"status": "booked", "objects": []},
    ]
    for body in bodies:
        check(caller.send("POST", path, json.dumps(body)), json.dumps(body)[:80])
    for minutes in (-1, 10**12, 1.5, "5"):
        response = caller.send(
            "POST", f"/hold-tokens/{token}", json.dumps({"expiresInMinutes": minutes})
        )
        check(response, f"expiresInMinutes={minutes!r}")
        response = caller.send("POST", "/hold-tokens", json.dumps({"expiresInMinutes": minutes}))
        check(response, f"create expiresInMinutes={minutes!r}")
