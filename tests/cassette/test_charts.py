"""Recorded: charts create (with categories) and retrieve, lists and pages, categories."""

from __future__ import annotations

import pytest

from seatsio_typed import Category, Chart, ChartStatus, VenueType
from tests.cassette._recording import Recording
from tests.cassette._venue import BALCONY, STALLS, VENUE_NAME, venue
from tests.unit.support import Sdk

pytestmark = pytest.mark.vcr


async def _create_charts(sdk: Sdk, count: int) -> list[Chart]:
    """`count` charts named `Chart 0`, `Chart 1`, ... oldest first."""
    return [await _create_chart(sdk, f"Chart {number}") for number in range(count)]


async def _create_chart(sdk: Sdk, name: str) -> Chart:
    return await sdk.call(lambda c: c.charts.create(name=name))


async def test_create_with_categories_then_retrieve(rec: Recording) -> None:
    sdk = rec.sdk()
    categories = [
        Category(key=1, label="Stalls", color="#4477aa"),
        Category(key="vip", label="VIP boxes", color="#aa7744", accessible=True),
    ]
    created = await sdk.call(
        lambda c: c.charts.create(
            name="Concert hall", venue_type="WITH_SECTIONS_AND_FLOORS", categories=categories
        )
    )
    retrieved = await sdk.call(lambda c: c.charts.retrieve(created.key))
    assert (retrieved.id, retrieved.key, retrieved.name) == (
        created.id,
        created.key,
        "Concert hall",
    )
    assert retrieved.venue_type is VenueType.WITH_SECTIONS_AND_FLOORS
    assert retrieved.status is ChartStatus.NOT_USED
    assert await sdk.call(lambda c: c.charts.list_categories(created.key)) == categories


async def test_list_walks_every_page(rec: Recording) -> None:
    sdk = rec.sdk()
    created = await _create_charts(sdk, 21)  # one more than the default page of 20
    listed = await sdk.collect(lambda c: c.charts.list())
    assert [chart.key for chart in listed] == [chart.key for chart in reversed(created)]


async def test_first_page_then_pages_after_and_before(rec: Recording) -> None:
    sdk = rec.sdk()
    keys = [chart.key for chart in reversed(await _create_charts(sdk, 5))]  # newest first

    first = await sdk.call(lambda c: c.charts.list_first_page(page_size=2))
    assert [chart.key for chart in first.items] == keys[0:2]
    assert first.previous_page_ends_before is None
    assert first.next_page_starts_after == first.items[-1].id

    after_first = first.next_page_starts_after
    assert after_first is not None
    second = await sdk.call(lambda c: c.charts.list_page_after(after_first, page_size=2))
    assert [chart.key for chart in second.items] == keys[2:4]
    assert second.previous_page_ends_before == second.items[0].id

    after_second = second.next_page_starts_after
    assert after_second is not None
    last = await sdk.call(lambda c: c.charts.list_page_after(after_second, page_size=2))
    assert [chart.key for chart in last.items] == keys[4:]
    assert last.next_page_starts_after is None

    before_second = second.previous_page_ends_before
    assert before_second is not None
    back = await sdk.call(lambda c: c.charts.list_page_before(before_second, page_size=2))
    assert [chart.key for chart in back.items] == keys[0:2]
    assert back.previous_page_ends_before is None


async def test_list_and_update_categories(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    chart = await sdk.call(lambda c: c.charts.retrieve(chart_key))
    assert chart.name == VENUE_NAME
    before = await sdk.call(lambda c: c.charts.list_categories(chart_key))
    assert [(category.key, category.label) for category in before] == [
        (STALLS, "Stalls"),
        (BALCONY, "Balcony"),
    ]

    await sdk.call(
        lambda c: c.charts.update_category(
            chart_key, BALCONY, label="Upper balcony", color="#bbbbbb", accessible=True
        )
    )
    await sdk.call(lambda c: c.charts.update_category(chart_key, STALLS, "Parterre", None, None))
    after = await sdk.call(lambda c: c.charts.list_categories(chart_key))
    assert after == [
        Category(key=STALLS, label="Parterre", color="#336699", accessible=False),
        Category(key=BALCONY, label="Upper balcony", color="#bbbbbb", accessible=True),
    ]
