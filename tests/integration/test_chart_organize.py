"""charts.archive, move to/out of the archive, tags and categories, end to end on the emulator."""

from __future__ import annotations

import pytest

from seatsio_typed import Category, Chart, NotFoundException
from tests.integration.support import BALCONY, STALLS
from tests.unit.support import Sdk


async def _create_chart(sdk: Sdk, name: str) -> Chart:
    return await sdk.call(lambda c: c.charts.create(name=name))


async def _archive(sdk: Sdk, chart_key: str) -> None:
    await sdk.call(lambda c: c.charts.move_to_archive(chart_key))


async def _create_charts(sdk: Sdk, *names: str) -> list[Chart]:
    return [await _create_chart(sdk, name) for name in names]


async def test_archived_charts_move_from_the_list_to_the_archive_and_back(sdk: Sdk) -> None:
    kept, first, second = await _create_charts(sdk, "Kept", "Old 1", "Old 2")
    await sdk.call(lambda c: c.charts.move_to_archive(first.key))
    await sdk.call(lambda c: c.charts.move_to_archive(second.key))

    assert [chart.key for chart in await sdk.collect(lambda c: c.charts.list())] == [kept.key]
    archived = await sdk.collect(lambda c: c.charts.archive.list())
    assert [chart.key for chart in archived] == [second.key, first.key]  # newest first
    assert all(chart.archived for chart in archived)

    await sdk.call(lambda c: c.charts.move_out_of_archive(first.key))
    assert [chart.key for chart in await sdk.collect(lambda c: c.charts.archive.list())] == [
        second.key
    ]
    listed = await sdk.collect(lambda c: c.charts.list())
    assert [chart.key for chart in listed] == [first.key, kept.key]  # newest first


async def test_archive_pages_with_cursors_and_a_filter(sdk: Sdk) -> None:
    charts = await _create_charts(sdk, "Opera 0", "Opera 1", "Opera 2", "Stadium")
    for chart in charts:
        await _archive(sdk, chart.key)
    keys = [chart.key for chart in reversed(charts[:3])]  # the operas, newest first

    first = await sdk.call(lambda c: c.charts.archive.first_page(2, "opera"))
    assert [chart.key for chart in first.items] == keys[:2]
    after = first.next_page_starts_after
    assert after is not None
    second = await sdk.call(lambda c: c.charts.archive.page_after(after, 2, "opera"))
    assert [chart.key for chart in second.items] == keys[2:]
    assert second.next_page_starts_after is None
    before = second.previous_page_ends_before
    assert before is not None
    # Stateless: this call sends neither the filter nor the cursor of the previous ones.
    back = await sdk.call(lambda c: c.charts.archive.page_before(before))
    assert [chart.key for chart in back.items] == [charts[3].key, *keys[:2]]
    filtered = await sdk.collect(lambda c: c.charts.archive.list("stadium"))
    assert [chart.key for chart in filtered] == [charts[3].key]


async def test_tags_are_added_listed_filtered_on_and_removed(sdk: Sdk) -> None:
    summer, winter = await _create_charts(sdk, "Summer", "Winter")
    await sdk.call(lambda c: c.charts.add_tag(summer.key, "outdoor"))
    await sdk.call(lambda c: c.charts.add_tag(summer.key, "festival 2026"))
    await sdk.call(lambda c: c.charts.add_tag(winter.key, "festival 2026"))

    assert sorted(await sdk.call(lambda c: c.charts.list_all_tags())) == [
        "festival 2026",
        "outdoor",
    ]
    tagged = await sdk.collect(lambda c: c.charts.list(tag="outdoor"))
    assert [chart.key for chart in tagged] == [summer.key]

    await sdk.call(lambda c: c.charts.remove_tag(summer.key, "outdoor"))
    assert (await sdk.call(lambda c: c.charts.retrieve(summer.key))).tags == ["festival 2026"]
    assert await sdk.call(lambda c: c.charts.list_all_tags()) == ["festival 2026"]


async def test_add_and_remove_categories(sdk: Sdk, chart_key: str) -> None:
    vip = Category(key="vip box", label="VIP", color="#aa0000")
    await sdk.call(lambda c: c.charts.add_category(chart_key, vip))
    categories = await sdk.call(lambda c: c.charts.list_categories(chart_key))
    assert [category.key for category in categories] == [STALLS, BALCONY, "vip box"]
    assert categories[-1] == Category(key="vip box", label="VIP", color="#aa0000")

    await sdk.call(lambda c: c.charts.remove_category(chart_key, "vip box"))
    await sdk.call(lambda c: c.charts.remove_category(chart_key, STALLS))
    categories = await sdk.call(lambda c: c.charts.list_categories(chart_key))
    assert [category.key for category in categories] == [BALCONY]


async def test_removing_a_category_the_chart_lacks_is_not_found(sdk: Sdk, chart_key: str) -> None:
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.charts.remove_category(chart_key, "nope"))


async def test_list_expands_venue_type_and_validation(sdk: Sdk, chart_key: str) -> None:
    charts = await sdk.collect(
        lambda c: c.charts.list(expand_validation=True, expand_venue_type=True)
    )
    assert [chart.key for chart in charts] == [chart_key]
    assert charts[0].venue_type is not None
    assert charts[0].validation is not None
    plain = await sdk.collect(lambda c: c.charts.list())
    assert (plain[0].venue_type, plain[0].validation) == (None, None)
