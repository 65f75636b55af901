"""client.request end to end on the emulator: operations the SDK has no method for (yet)."""

from __future__ import annotations

import pytest

from seatsio_typed import (
    BadRequestException,
    Chart,
    NotFoundException,
    ObjectStatus,
    Page,
    StatusChange,
)
from tests.integration.support import VENUE_NAME
from tests.unit.support import Sdk

TAG = "VIP / front row?"
"""A tag that only arrives intact when the path parameter is encoded as one segment."""


async def test_a_raw_get_returns_the_decoded_json(sdk: Sdk, chart_key: str) -> None:
    drawing = await sdk.call(
        lambda c: c.request(
            "GET", "/charts/{key}/version/published", path_params={"key": chart_key}
        )
    )
    assert isinstance(drawing, dict)
    assert drawing["name"] == VENUE_NAME


async def test_tags_added_and_removed_with_raw_calls(sdk: Sdk, chart_key: str) -> None:
    added = await sdk.call(
        lambda c: c.request(
            "POST", "/charts/{key}/tags/{tag}", path_params={"key": chart_key, "tag": TAG}
        )
    )
    assert added is None
    chart = await sdk.call(
        lambda c: c.request(
            "GET", "/charts/{key}", path_params={"key": chart_key}, result_type=Chart
        )
    )
    assert chart.tags == [TAG]

    await sdk.call(
        lambda c: c.request(
            "DELETE", "/charts/{key}/tags/{tag}", path_params={"key": chart_key, "tag": TAG}
        )
    )
    assert (await sdk.call(lambda c: c.charts.retrieve(chart_key))).tags == []


async def test_a_raw_post_with_a_json_body_changes_state(sdk: Sdk, event_key: str) -> None:
    await sdk.call(
        lambda c: c.request(
            "POST",
            "/events/{key}/actions/book",
            path_params={"key": event_key},
            json={"objects": ["A-1"], "orderId": "order-1"},
        )
    )
    assert await sdk.statuses(event_key, "A-1", "A-2") == {"A-1": "booked", "A-2": "free"}

    changes = await sdk.call(
        lambda c: c.request(
            "GET",
            "/events/{key}/status-changes",
            path_params={"key": event_key},
            query={"limit": 10},
            result_type=Page[StatusChange],
        )
    )
    assert [(s.object_label, s.status, s.order_id) for s in changes.items] == [
        ("A-1", ObjectStatus.BOOKED, "order-1")
    ]


async def test_errors_come_back_as_the_sdk_exceptions(sdk: Sdk, event_key: str) -> None:
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.request("GET", "/charts/{key}", path_params={"key": "nope"}))
    await sdk.call(lambda c: c.events.book(event_key, ["A-1"]))
    with pytest.raises(BadRequestException) as raised:
        await sdk.call(
            lambda c: c.request(
                "POST",
                "/events/{key}/actions/book",
                path_params={"key": event_key},
                json={"objects": ["A-1"]},
            )
        )
    assert raised.value.request_id is not None
