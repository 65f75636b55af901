"""Audit: odd object labels and event keys travel intact (events.md §1.1: every path segment
percent-encoded with nothing kept safe, repeated `label` query keys, `+` for spaces), through the
official client, on a chart whose labels hold `/`, `?`, `#`, `%`, `+`, spaces and non-ASCII."""

from __future__ import annotations

import json
import uuid

import pytest
import requests

from seatsio_typed.testing.builder import ChartBuilder

from ._audit_wire import Caller, items_of
from ._official_builders import object_properties
from ._official_events import OfficialEvents
from .conftest import Company

ROW = "R/1?#"
SEATS = ["a b", "ü%2F", "x+y", "🎟"]
LABELS = [f"{ROW}-{seat}" for seat in SEATS]
EVENT_KEY = "ev/ent ?#%2F+ü"


@pytest.fixture
def chart_key(server_url: str, company: Company) -> str:
    drawing = (
        ChartBuilder("Odd labels")
        .category(1, "Cat", "#000000")
        .focal_point()
        .row(ROW, seats=SEATS, category=1)
        .ga_area("GA/ü", capacity=10, category=1)
        .build()
    )
    key = str(uuid.uuid4())
    response = requests.post(
        f"{server_url}/system/public/charts/{key}",
        headers={"Accept": "application/json"},
        data=json.dumps(drawing),
        auth=(company.admin_key, ""),
        timeout=10,
    )
    assert response.status_code == 201, response.text
    return key


def test_object_infos_and_status_changes_with_odd_labels(
    events: OfficialEvents, chart_key: str
) -> None:
    key = events.create(chart_key, event_key=EVENT_KEY).key

    booked = events.book(
        key, [*map(object_properties, LABELS), object_properties("GA/ü", quantity=2)]
    )
    infos = events.retrieve_object_infos(key, [*LABELS, "GA/ü"])

    assert sorted(booked.objects) == sorted([*LABELS, "GA/ü"])
    assert sorted(infos) == sorted([*LABELS, "GA/ü"])
    assert {infos[label].status for label in LABELS} == {"booked"}
    assert infos["GA/ü"].num_booked == 2
    assert infos[LABELS[0]].labels == {
        "own": {"label": "a b", "type": "seat"},
        "parent": {"label": ROW, "type": "row"},
    }
    assert infos[LABELS[1]].left_neighbour == LABELS[0]
    for label in LABELS:
        (change,) = list(events.status_changes_for_object(key, label).list())
        assert change.object_label == label
    assert [c.object_label for c in events.status_changes(key, filter="ü%2F").list()] == [LABELS[1]]


def test_extra_data_with_odd_labels(events: OfficialEvents, chart_key: str) -> None:
    key = events.create(chart_key, event_key=EVENT_KEY).key

    events.update_extra_data(key, LABELS[1], {"a": "ü/"})
    events.update_extra_datas(key, {LABELS[2]: {"b": 1}, "GA/ü": {"c": 2}})

    infos = events.retrieve_object_infos(key, [LABELS[1], LABELS[2], "GA/ü"])
    assert [infos[label].extra_data for label in (LABELS[1], LABELS[2], "GA/ü")] == [
        {"a": "ü/"},
        {"b": 1},
        {"c": 2},
    ]


def test_odd_event_keys_everywhere(
    events: OfficialEvents, chart_key: str, server_url: str, company: Company
) -> None:
    event = events.create(chart_key, event_key=EVENT_KEY)

    events.update(EVENT_KEY, name="renamed")
    moved = events.move_event_to_new_chart_copy(EVENT_KEY)
    listed = items_of(Caller(server_url, company.admin_key).json("/events"))

    assert events.retrieve(EVENT_KEY).name == "renamed"
    assert (moved.key, moved.id) == (EVENT_KEY, event.id)
    assert [item["key"] for item in listed] == [EVENT_KEY]
    events.delete(EVENT_KEY)
    assert list(events.list()) == []
