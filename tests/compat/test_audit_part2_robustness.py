"""Audit: no request to the part-2 routes crashes the emulator: seasons, channels, for-sale, the
83.21 workspace calls, the event log and ticket buyers.

Every member of a valid body of each endpoint is replaced by each odd value; a seeded, bounded
random walk then mutates several members at once; raw bodies, odd path segments and odd query
strings follow. Every answer must be a success or a 4xx with the documented error body
(overview.md §6), never a 5xx.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import cast
from urllib.parse import quote

import pytest
import requests

from ._audit_events import create_event, post_json
from ._audit_fuzz import ODD_VALUES, RAW_BODIES, Json, check, paths, problems, replaced
from ._audit_wire import Caller, JsonBody, ok_json
from .conftest import Company, UploadChart

SEED = 20261206
RANDOM_ROUNDS = 300

Templates = dict[tuple[str, str], JsonBody]


def _channel(key: str) -> JsonBody:
    return {
        "key": key,
        "name": f"name {key}",
        "color": "#FF0000",
        "index": 1,
        "objects": ["A-1"],
        "areaPlaces": {"GA1": 2},
    }


def _templates(chart: str, event: str, workspace: str) -> Templates:
    """(method, path) -> a valid body of that endpoint."""
    sale_items: JsonBody = {
        "forSale": [{"object": "A-1"}, {"object": "GA1", "quantity": 2}],
        "notForSale": [{"object": "A-2"}, {"object": "GA1", "quantity": 1}],
    }
    replace: JsonBody = {"objects": ["A-3"], "areaPlaces": {"GA1": 3}, "categories": ["9"]}
    return {
        ("POST", "/seasons"): {
            "chartKey": chart,
            "key": "fuzzSeason",
            "name": "n",
            "eventKeys": ["fe1", "fe2"],
            "tableBookingConfig": {"mode": "CUSTOM", "tables": {"T1": "BY_TABLE"}},
            "objectCategories": {"A-1": 10},
            "categories": [{"key": 1, "label": "l", "color": "c", "accessible": False}],
            "channels": [_channel("sc")],
            "forSaleConfig": {"forSale": False, "objects": ["A-2"], "areaPlaces": {"GA1": 1}},
            "forSalePropagated": False,
        },
        ("POST", "/seasons/top/partial-seasons"): {"key": "p2", "name": "n", "eventKeys": ["se1"]},
        ("POST", "/seasons/top/actions/create-events"): {"eventKeys": ["ne1"], "numberOfEvents": 1},
        ("POST", "/seasons/top/partial-seasons/p1/actions/add-events"): {"eventKeys": ["se2"]},
        ("POST", "/events/se1/actions/override-season-status"): {
            "objects": ["A-1", "GA1"],
            "season": "top",
        },
        ("POST", "/events/se1/actions/use-season-status"): {"objects": ["A-1"], "season": "top"},
        ("POST", "/events/actions/change-object-status"): {
            "statusChanges": [
                {
                    "event": "se1",
                    "objects": ["A-5"],
                    "type": "OVERRIDE_SEASON_STATUS",
                    "season": "top",
                }
            ]
        },
        ("POST", f"/events/{event}/channels"): _channel("c2"),
        ("POST", f"/events/{event}/channels/replace"): {
            "channels": [_channel("c1"), _channel("c3")]
        },
        ("POST", f"/events/{event}/channels/c1"): {
            "name": "renamed",
            "color": "red",
            "index": 2,
            "objects": ["B-1"],
            "areaPlaces": {"GA1": 1},
        },
        ("POST", f"/events/{event}/channels/c1/objects"): {
            "objects": ["B-2"],
            "areaPlaces": {"GA1": 1},
        },
        ("DELETE", f"/events/{event}/channels/c1/objects"): {
            "objects": ["B-2"],
            "areaPlaces": {"GA1": 1},
        },
        ("POST", f"/events/{event}/actions/edit-for-sale-config"): sale_items,
        ("POST", "/events/actions/edit-for-sale-config"): {"events": {event: sale_items}},
        ("POST", f"/events/{event}/actions/mark-as-for-sale"): replace,
        ("POST", f"/events/{event}/actions/mark-as-not-for-sale"): replace,
        ("POST", "/ticket-buyers"): {"ids": ["fbbbc8d7-1067-432c-b71f-abefe29b3be9"]},
        ("DELETE", "/ticket-buyers"): {"ids": ["fbbbc8d7-1067-432c-b71f-abefe29b3be9"]},
        ("POST", "/workspaces"): {"name": "w", "isTest": True, "forSaleMode": "RATE_LIMITED"},
        ("POST", f"/workspaces/{workspace}/actions/remove-secret-key"): {"secretKey": "nope"},
        # Last: a mutated rename may move the season away from its key.
        ("POST", "/events/top"): {
            "eventKey": "top",
            "name": "n",
            "tableBookingConfig": {"mode": "INHERIT"},
            "objectCategories": {"A-1": 9},
            "categories": [],
            "forSalePropagated": True,
        },
    }


BODILESS = [
    ("DELETE", "/seasons/top/partial-seasons/p1/events/se1"),
    ("DELETE", "/events/EVENT/channels/c3"),
    ("POST", "/events/EVENT/actions/mark-everything-as-for-sale"),
    ("POST", "/events/EVENT/actions/mark-everything-as-not-for-sale"),
    ("POST", "/workspaces/WORKSPACE/actions/add-secret-key"),
]


@pytest.fixture
def setup(
    caller: Caller, company: Company, upload_sample_chart: UploadChart
) -> tuple[str, str, str]:
    """A chart, an event (with an odd key) and a season `top` with events and a partial season;
    the workspace's for-sale calls unlimited, so the quota never hides a parsing path."""
    chart = upload_sample_chart("sampleChart.json")
    event = quote(str(create_event(caller, chart, eventKey="e/1 ü")["key"]), safe="")
    season = {"chartKey": chart, "key": "top", "eventKeys": ["se1", "se2"]}
    ok_json(post_json(caller, "/seasons", season))
    ok_json(post_json(caller, "/seasons/top/partial-seasons", {"key": "p1", "eventKeys": ["se1"]}))
    mode = {"name": "Production workspace", "forSaleMode": "UNLIMITED_BILLABLE"}
    assert post_json(caller, f"/workspaces/{company.workspace_key}", mode).status_code < 300
    return chart, event, company.workspace_key


def _bodies(chart: str, event: str, workspace: str) -> list[tuple[str, str, Json]]:
    return [
        (method, path, cast("Json", body))
        for (method, path), body in _templates(chart, event, workspace).items()
    ]


def test_every_member_replaced_by_odd_values(caller: Caller, setup: tuple[str, str, str]) -> None:
    def checks() -> Iterator[tuple[requests.Response, str]]:
        for method, path, body in _bodies(*setup):
            for member in list(paths(body)):
                for odd in ODD_VALUES:
                    mutated = replaced(body, member, odd)
                    response = caller.send(method, path, json.dumps(mutated))
                    yield response, f"{method} {path} {member}={odd!r}"

    assert problems(checks()) == []


def test_seeded_random_mutations(caller: Caller, setup: tuple[str, str, str]) -> None:
    chance = random.Random(SEED)
    bodies = _bodies(*setup)

    def checks() -> Iterator[tuple[requests.Response, str]]:
        for _ in range(RANDOM_ROUNDS):
            method, path, body = chance.choice(bodies)
            mutated = body
            for _ in range(chance.randint(2, 4)):
                members = list(paths(mutated))  # an earlier mutation may have removed some
                if members:
                    member = chance.choice(members)
                    mutated = replaced(mutated, member, chance.choice(ODD_VALUES))
            yield caller.send(method, path, json.dumps(mutated)), f"{method} {path} {mutated!r}"

    assert problems(checks()) == []


def test_raw_bodies_and_extra_members(caller: Caller, setup: tuple[str, str, str]) -> None:
    _chart, event, workspace = setup

    def checks() -> Iterator[tuple[requests.Response, str]]:
        for method, path, body in _bodies(*setup):
            for raw in RAW_BODIES:
                yield caller.send(method, path, raw), f"{method} {path} {raw!r}"
            assert isinstance(body, dict)
            extra = {**body, "unknownMember": {"x": [1, None]}, "ünï": 1}
            yield caller.send(method, path, json.dumps(extra)), f"{method} {path} extra"
        for method, template in BODILESS:
            path = template.replace("EVENT", event).replace("WORKSPACE", workspace)
            for bodiless in (*RAW_BODIES, None):
                yield caller.send(method, path, bodiless), f"{method} {path} {bodiless!r}"

    assert problems(checks()) == []


ODD_SEGMENTS = ["%2F", "%2E", "%2E%2E", "x" * 3000, "%F0%9F%8E%9F", "%00", "a%2Fb", "NO_CHANNEL"]


def test_odd_path_segments(caller: Caller, setup: tuple[str, str, str]) -> None:
    _chart, event, _workspace = setup
    templates = [
        ("POST", "/seasons/SEG/partial-seasons", "{}"),
        ("POST", "/seasons/SEG/actions/create-events", '{"numberOfEvents": 1}'),
        ("POST", "/seasons/top/partial-seasons/SEG/actions/add-events", '{"eventKeys": []}'),
        ("DELETE", "/seasons/top/partial-seasons/SEG/events/se1", "null"),
        ("DELETE", "/seasons/top/partial-seasons/p1/events/SEG", "null"),
        ("POST", "/events/SEG/actions/override-season-status", '{"objects": ["A-1"]}'),
        ("POST", f"/events/{event}/channels/SEG", '{"name": "x"}'),
        ("DELETE", f"/events/{event}/channels/SEG", "null"),
        ("POST", f"/events/{event}/channels/SEG/objects", '{"objects": ["A-1"]}'),
        ("DELETE", f"/events/{event}/channels/SEG/objects", '{"objects": ["A-1"]}'),
        ("POST", "/events/SEG/channels", '{"key": "k", "name": "n", "color": "c"}'),
        ("POST", "/events/SEG/actions/edit-for-sale-config", "{}"),
        ("POST", "/events/SEG/actions/mark-everything-as-not-for-sale", "null"),
        ("POST", "/workspaces/SEG/actions/add-secret-key", "null"),
        ("POST", "/workspaces/SEG/actions/remove-secret-key", '{"secretKey": "x"}'),
    ]

    def checks() -> Iterator[tuple[requests.Response, str]]:
        for method, template, body in templates:
            for segment in ODD_SEGMENTS:
                path = template.replace("SEG", segment)
                yield caller.send(method, path, body), f"{method} {path[:120]}"

    assert problems(checks()) == []


ODD_QUERIES: list[list[tuple[str, str | int]]] = [
    [("limit", "-1")],
    [("limit", "0")],
    [("limit", str(10**20))],
    [("limit", "abc")],
    [("limit", "1.5")],
    [("start_after_id", "abc")],
    [("start_after_id", "-5")],
    [("end_before_id", str(10**30))],
    [("start_after_id", "1"), ("end_before_id", "2")],
    [("limit", "1"), ("limit", "2")],
    [("filter", "ü/%")],
    [("filter", "")],
    [("filter", "x" * 5000)],
]


@pytest.mark.parametrize("path", ["/event-log", "/ticket-buyers"])
def test_odd_queries(caller: Caller, setup: tuple[str, str, str], path: str) -> None:
    def checks() -> Iterator[tuple[requests.Response, str]]:
        for query in ODD_QUERIES:
            yield caller.get(path, query=query), f"GET {path} {query}"

    assert problems(checks()) == []


def test_the_fixtures_survive(caller: Caller, setup: tuple[str, str, str]) -> None:
    """The fuzzing left a season the client can still read (no corrupted state)."""
    chart, event, workspace = setup
    for method, path, body in _bodies(chart, event, workspace):
        check(caller.send(method, path, json.dumps(body)), f"{method} {path}")
    season = ok_json(caller.get("/events/top"))
    assert season["isSeason"] is True
    assert ok_json(caller.get(f"/events/{event}"))["key"] == "e/1 ü"
