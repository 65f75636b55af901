"""Recorded: the chart archive and its pages, tags, categories added and removed, expansions."""

from __future__ import annotations

import pytest

from seatsio_typed import Category, Chart
from tests.cassette._recording import Recording
from tests.cassette._venue import BALCONY, STALLS, venue
from tests.unit.support import Sdk

pytestmark = pytest.mark.vcr


async def _create_chart(sdk: Sdk, name: str) -> Chart:
    return await sdk.call(lambda c: c.charts.create(name=name))


async def _create_charts(sdk: Sdk, *names: str) -> list[Chart]:
    return [await _create_chart(sdk, name) for name in names]


async def _archive(sdk: Sdk, chart_key: str) -> None:
    await sdk.call(lambda c: c.charts.move_to_archive(chart_key))


async def test_the_archive_lists_pages_and_gives_charts_back(rec: Recording) -> None:
    sdk = rec.sdk()
    kept, *operas, stadium = await _create_charts(sdk, "Kept", "Opera 0", "Opera 1", "Stadium")
    for chart in [*operas, stadium]:
        await _archive(sdk, chart.key)
    assert [chart.key for chart in await sdk.collect(lambda c: c.charts.list())] == [kept.key]
    archived = await sdk.collect(lambda c: c.charts.archive.list())
    assert [chart.key for chart in archived] == [stadium.key, operas[1].key, operas[0].key]

    first = await sdk.call(lambda c: c.charts.archive.first_page(1, "opera"))
    assert [chart.key for chart in first.items] == [operas[1].key]
    after = first.next_page_starts_after
    assert after is not None
    second = await sdk.call(lambda c: c.charts.archive.page_after(after, 1, "opera"))
    assert [chart.key for chart in second.items] == [operas[0].key]
    before = second.previous_page_ends_before
    assert before is not None
    back = await sdk.call(lambda c: c.charts.archive.page_before(before))
    assert [chart.key for chart in back.items] == [stadium.key, operas[1].key]

    await sdk.call(lambda c: c.charts.move_out_of_archive(stadium.key))
    listed = await sdk.collect(lambda c: c.charts.list())
    assert [chart.key for chart in listed] == [stadium.key, kept.key]


async def test_tags_and_categories_are_added_and_removed(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    (other,) = await _create_charts(sdk, "Other")
    await sdk.call(lambda c: c.charts.add_tag(chart_key, "outdoor"))
    await sdk.call(lambda c: c.charts.add_tag(other.key, "festival 2026"))
    tags = await sdk.call(lambda c: c.charts.list_all_tags())
    assert sorted(tags) == ["festival 2026", "outdoor"]
    tagged = await sdk.collect(lambda c: c.charts.list(tag="outdoor", expand_validation=True))
    assert [chart.key for chart in tagged] == [chart_key]
    assert tagged[0].validation is not None
    await sdk.call(lambda c: c.charts.remove_tag(chart_key, "outdoor"))
    assert await sdk.call(lambda c: c.charts.list_all_tags()) == ["festival 2026"]

    vip = Category(key="vip box", label="VIP", color="#aa0000")
    await sdk.call(lambda c: c.charts.add_category(chart_key, vip))
    await sdk.call(lambda c: c.charts.remove_category(chart_key, STALLS))
    categories = await sdk.call(lambda c: c.charts.list_categories(chart_key))
    assert [category.key for category in categories] == [BALCONY, "vip box"]
