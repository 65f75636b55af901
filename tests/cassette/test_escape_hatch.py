"""Recorded: `client.request`, the escape hatch: a raw GET, POST and DELETE with path parameters
that need encoding, a query, a JSON body, a typed result and an API error."""

from __future__ import annotations

import pytest

from seatsio_typed import Chart, NotFoundException, ObjectStatus, Page, StatusChange
from tests.cassette._recording import Recording
from tests.cassette._venue import VENUE_NAME, venue

pytestmark = pytest.mark.vcr

TAG = "VIP / front row?"
"""A tag that arrives intact only when the path parameter is encoded as one segment."""


async def test_raw_calls_read_change_and_fail_like_methods(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    drawing = await sdk.call(
        lambda c: c.request(
            "GET", "/charts/{key}/version/published", path_params={"key": chart_key}
        )
    )
    assert isinstance(drawing, dict)
    assert drawing["name"] == VENUE_NAME
    await sdk.call(
        lambda c: c.request(
            "POST", "/charts/{key}/tags/{tag}", path_params={"key": chart_key, "tag": TAG}
        )
    )
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

    await sdk.create_event(chart_key, "show")
    await sdk.call(
        lambda c: c.request(
            "POST",
            "/events/{key}/actions/book",
            path_params={"key": "show"},
            json={"objects": ["A-1"], "orderId": "order-1"},
        )
    )
    changes = await sdk.call(
        lambda c: c.request(
            "GET",
            "/events/{key}/status-changes",
            path_params={"key": "show"},
            query={"limit": 1, "filter": "A-1"},
            result_type=Page[StatusChange],
        )
    )
    assert [(change.object_label, change.status) for change in changes.items] == [
        ("A-1", ObjectStatus.BOOKED)
    ]
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.request("GET", "/events/{key}", path_params={"key": "nope"}))
