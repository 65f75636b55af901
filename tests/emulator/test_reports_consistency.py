"""Every report agrees with the object infos, after random books, holds and releases.

A seeded random walk (no extra dependency) changes objects of events on the sample charts and
on a builder chart, each event created with a random for-sale config and channels: books, holds,
releases, custom statuses, for-sale edits and channel changes. After the walk, every detailed
report, every filtered group, the flat list, every summary and every deep summary is checked
against an oracle computed here from the object infos alone.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any, cast

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import create_event, hold_token, ok, upload_hall, upload_sample

HELD = "reservedByToken"
SUMMARY_DIMENSIONS = (
    "byStatus",
    "byObjectType",
    "byCategoryLabel",
    "byCategoryKey",
    "bySection",
    "byZone",
    "byAvailability",
    "byAvailabilityReason",
    "byChannel",
)
INFO_FIELDS = {
    "byStatus": ("status", None),
    "byObjectType": ("objectType", None),
    "byCategoryLabel": ("categoryLabel", "NO_CATEGORY"),
    "byCategoryKey": ("categoryKey", "NO_CATEGORY"),
    "bySection": ("section", "NO_SECTION"),
    "byZone": ("zone", "NO_ZONE"),
    "byAvailabilityReason": ("availabilityReason", None),
    "byChannel": ("channel", "NO_CHANNEL"),
    "byLabel": ("label", None),
    "byOrderId": ("orderId", "NO_ORDER_ID"),
}


def _group_of(info: dict[str, Any], dimension: str) -> str:
    if dimension == "byAvailability":
        return "available" if info["isAvailable"] else "not_available"
    field, fallback = INFO_FIELDS[dimension]
    value = info.get(field, fallback)
    assert value is not None, (dimension, info)
    return str(value)


def _places(info: dict[str, Any]) -> list[tuple[int, dict[str, str]]]:
    """The oracle: an object's places and the group keys they count under."""
    groups = {dimension: _group_of(info, dimension) for dimension in SUMMARY_DIMENSIONS}
    if info["objectType"] == "table":
        return [(info["numSeats"], groups)]
    if info["objectType"] != "generalAdmission":
        return [(1, groups)]
    taken = info["status"] if info["status"] not in ("free", HELD) else "booked"
    free, booked, held = info["numFree"], info["numBooked"], info["numHeld"]
    split = [
        (booked, taken, "not_available", taken),
        (held, HELD, "not_available", HELD),
        (free, "free", "available", "available"),
        (info["capacity"] - booked - held - free, "free", "not_available", "not_for_sale"),
    ]
    return [
        (n, {**groups, "byStatus": s, "byAvailability": a, "byAvailabilityReason": r})
        for n, s, a, r in split
        if n > 0
    ]


def _summary_oracle(records: list[tuple[int, dict[str, str]]], dimension: str) -> dict[str, Any]:
    expected: dict[str, Any] = {}
    for places, groups in records:
        item = expected.setdefault(groups[dimension], {"count": 0})
        item["count"] += places
        for other in SUMMARY_DIMENSIONS:
            if other != dimension:
                breakdown: Counter[str] = item.setdefault(other, Counter[str]())
                breakdown[groups[other]] += places
    return {key: _plain(item) for key, item in expected.items()}


def _plain(item: dict[str, Any]) -> dict[str, Any]:
    return {key: dict(cast("Counter[str]", v)) if key != "count" else v for key, v in item.items()}


def random_walk(
    client: httpx.Client, rng: random.Random, event: str, labels: list[str], areas: set[str]
) -> int:
    """Random changes; returns how many succeeded."""
    tokens = [hold_token(client) for _ in range(2)]
    succeeded = 0
    for step in range(80):
        chosen = rng.sample(labels, k=min(len(labels), rng.randint(1, 2)))
        objects: list[object] = [
            {"objectId": label, "quantity": rng.randint(1, 4)} if label in areas else label
            for label in chosen
        ]
        if rng.random() < 0.15:
            response = _sales_change(client, rng, event, chosen, areas)
            assert response.status_code < 500, (step, response.text)
            continue
        body: dict[str, Any] = {"events": [event], "objects": objects}
        action = rng.choice(["book", "book", "hold", "release", "custom", "book-held"])
        token = rng.choice(tokens)
        if action == "book":
            body.update(status="booked", orderId=rng.choice(["o1", "o2", None]))
        elif action == "hold":
            body.update(status=HELD, holdToken=token)
        elif action == "release":
            body.update(type="RELEASE", holdToken=token)
        elif action == "custom":
            body.update(status=rng.choice(["mystatus", "resale"]))
        else:
            body.update(status="booked", holdToken=token)
        if rng.random() < 0.6:
            body["ignoreChannels"] = True
        body = {k: v for k, v in body.items() if v is not None}
        response = client.post("/events/groups/actions/change-object-status", json=body)
        assert response.status_code < 500, (step, response.text)
        succeeded += response.status_code < 300
    return succeeded


def _sales_change(
    client: httpx.Client, rng: random.Random, event: str, chosen: list[str], areas: set[str]
) -> httpx.Response:
    """A for-sale edit or a channel change (events.md §3.13, channels.md §2.6)."""
    items = [
        {"object": label, "quantity": rng.randint(1, 3)} if label in areas else {"object": label}
        for label in chosen
    ]
    action = rng.choice(["not-for-sale", "for-sale", "channel-add", "channel-remove"])
    if action in ("not-for-sale", "for-sale"):
        side = "notForSale" if action == "not-for-sale" else "forSale"
        return client.post(f"/events/{event}/actions/edit-for-sale-config", json={side: items})
    plain = [label for label in chosen if label not in areas]
    path = f"/events/{event}/channels/ch1/objects"
    if action == "channel-add":
        return client.post(path, json={"objects": plain})
    return client.request("DELETE", path, json={"objects": plain})


def _check_event(client: httpx.Client, event: str) -> None:
    flat: list[dict[str, Any]] = ok_list(client.get(f"/reports/events/{event}"))
    labels = [item["label"] for item in flat]
    infos = ok(client.get(f"/events/{event}/objects", params={"label": labels}))
    assert {item["label"]: item for item in flat} == infos
    assert labels == sorted(labels)
    by_label = Counter(labels)
    for dimension in (*SUMMARY_DIMENSIONS, "byLabel", "byOrderId"):
        report = ok(client.get(f"/reports/events/{event}/{dimension}"))
        listed: Counter[str] = Counter()
        for group, items in report.items():
            for item in items:
                assert _group_of(item, dimension) == group
                assert item == infos[item["label"]]
                listed[item["label"]] += 1
            if items and group != "summary":
                filtered = ok(client.get(f"/reports/events/{event}/{dimension}/{group}"))
                assert filtered == {group: items}
        assert listed == by_label, dimension
    records = [record for info in flat for record in _places(info)]
    for dimension in SUMMARY_DIMENSIONS:
        summary = ok(client.get(f"/reports/events/{event}/{dimension}/summary"))
        expected = _summary_oracle(records, dimension)
        for group, item in summary.items():
            if group not in expected:
                assert item["count"] == 0
                assert all(value == {} for key, value in item.items() if key != "count")
        assert {group: summary[group] for group in expected} == expected, dimension
        deep = ok(client.get(f"/reports/events/{event}/{dimension}/summary/deep"))
        for group, item in expected.items():
            assert deep[group]["count"] == item["count"]
            for inner, breakdown in item.items():
                if inner == "count":
                    continue
                nested = deep[group][inner]
                assert {key: value["count"] for key, value in nested.items()} == breakdown
                for key, value in nested.items():
                    matching = [
                        r for r in records if r[1][dimension] == group and r[1][inner] == key
                    ]
                    inner_expected = _summary_oracle(matching, inner)[key]
                    del inner_expected[dimension]
                    assert value == inner_expected, (dimension, group, inner, key)


def ok_list(response: httpx.Response) -> list[dict[str, Any]]:
    """Assert 200 and return the JSON array."""
    assert response.status_code == 200, response.text
    result: list[dict[str, Any]] = response.json()
    return result


def random_event(
    client: httpx.Client,
    rng: random.Random,
    chart: str,
    key: str,
    labels: list[str],
    areas: set[str],
) -> None:
    fields: dict[str, Any] = {"eventKey": key}
    if rng.random() < 0.7:
        whitelist = rng.random() < 0.3
        # A whitelist of half the objects leaves the walk enough to book.
        listed = rng.sample(labels, k=len(labels) // 2 if whitelist else min(3, len(labels)))
        places = {label: rng.randint(0, 5) for label in areas}
        fields["forSaleConfig"] = {
            "forSale": whitelist,
            "objects": [label for label in listed if label not in areas],
            "areaPlaces": places,
            "categories": [],
        }
    if rng.random() < 0.7:
        channel = rng.sample(labels, k=min(4, len(labels)))
        fields["channels"] = [
            {"key": "ch1", "name": "Ch 1", "color": "#ff0000", "index": 1, "objects": channel}
        ]
    create_event(client, chart, **fields)


def bookable_labels(client: httpx.Client, chart: str) -> tuple[list[str], set[str]]:
    """The labels bookable by default, and those of the GA areas."""
    params = {"bookWholeTables": "chart"}
    report = ok(client.get(f"/reports/charts/{chart}/byObjectType", params=params))
    labels = [item["label"] for items in report.values() for item in items]
    return labels, {item["label"] for item in report["generalAdmission"]}


@pytest.mark.parametrize(
    "chart_name",
    [
        "hall",
        "sampleChart.json",
        "sampleChartWithTables.json",
        "sampleChartWithSections.json",
        "sampleChartWithFloors.json",
    ],
)
@pytest.mark.parametrize("seed", [1, 2])
def test_reports_agree_with_object_infos(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, chart_name: str, seed: int
) -> None:
    rng = random.Random(f"{chart_name}-{seed}")
    chart = (
        upload_hall(emulator, company)
        if chart_name == "hall"
        else upload_sample(emulator, company, chart_name)
    )
    labels, areas = bookable_labels(admin, chart)
    random_event(admin, rng, chart, "walk", labels, areas)

    assert random_walk(admin, rng, "walk", labels, areas) >= 5

    _check_event(admin, "walk")


def test_chart_summaries_agree_with_chart_reports(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    for name in ("sampleChart.json", "sampleChartWithTables.json", "sampleChartWithSections.json"):
        chart = upload_sample(emulator, company, name)
        for tables in (None, "chart", "true", "false"):
            params = {} if tables is None else {"bookWholeTables": tables}
            flat = ok(admin.get(f"/reports/charts/{chart}/byLabel", params=params))
            items = [item for group in flat.values() for item in group]
            for dimension in (
                "byObjectType",
                "byCategoryKey",
                "byCategoryLabel",
                "bySection",
                "byZone",
            ):
                report = ok(admin.get(f"/reports/charts/{chart}/{dimension}", params=params))
                summary = ok(
                    admin.get(f"/reports/charts/{chart}/{dimension}/summary", params=params)
                )
                assert sum(len(group) for group in report.values()) == len(items)
                for group, members in report.items():
                    places = sum(
                        m.get("capacity", 1) if m["objectType"] == "generalAdmission" else 1
                        for m in members
                    )
                    assert summary[group]["count"] == places, (name, tables, dimension, group)
                    assert all(_group_of(m, dimension) == group for m in members)
