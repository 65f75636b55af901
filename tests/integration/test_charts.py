"""charts.*: create, retrieve, list (lazily and page by page) and categories, end to end."""

from __future__ import annotations

import pytest

from seatsio_typed import Category, Chart, ChartStatus, NotFoundException, VenueType
from tests.integration.support import BALCONY, STALLS, VENUE_NAME
from tests.unit.support import Sdk


async def test_create_keeps_name_venue_type_and_categories(sdk: Sdk) -> None:
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
    assert (retrieved.key, retrieved.id, retrieved.name) == (
        created.key,
        created.id,
        "Concert hall",
    )
    assert retrieved.venue_type is VenueType.WITH_SECTIONS_AND_FLOORS
    assert retrieved.status is ChartStatus.NOT_USED
    assert await sdk.call(lambda c: c.charts.list_categories(created.key)) == categories


async def test_create_without_arguments_makes_an_untitled_chart(sdk: Sdk) -> None:
    chart = await sdk.call(lambda c: c.charts.create())
    assert chart.name == "Untitled chart"
    assert await sdk.call(lambda c: c.charts.list_categories(chart.key)) == []


async def test_retrieve_reads_the_uploaded_drawing(sdk: Sdk, chart_key: str) -> None:
    chart = await sdk.call(lambda c: c.charts.retrieve(chart_key))
    assert (chart.key, chart.name) == (chart_key, VENUE_NAME)
    assert chart.validation is not None
    assert chart.validation.errors == []


async def test_retrieve_of_an_unknown_chart_is_not_found(sdk: Sdk) -> None:
    with pytest.raises(NotFoundException) as raised:
        await sdk.call(lambda c: c.charts.retrieve("no-such-chart"))
    assert raised.value.status_code == 404
    assert raised.value.request_id


async def _create_charts(sdk: Sdk, count: int, prefix: str = "Chart") -> list[Chart]:
    """`count` charts named `prefix 0`, `prefix 1`, ... in creation order (oldest first)."""
    return [await _create_chart(sdk, f"{prefix} {number}") for number in range(count)]


async def _create_chart(sdk: Sdk, name: str) -> Chart:
    return await sdk.call(lambda c: c.charts.create(name=name))


async def test_list_walks_every_page_lazily(sdk: Sdk) -> None:
    created = await _create_charts(sdk, 45)  # more than two of the emulator's 20-chart pages
    sdk.sent.clear()
    charts = await sdk.collect(lambda c: c.charts.list())
    assert [chart.key for chart in charts] == [chart.key for chart in reversed(created)]
    assert sdk.sent == ["GET /charts"] * 3


async def test_list_fetches_a_page_only_when_the_loop_reaches_it(sdk: Sdk) -> None:
    await _create_charts(sdk, 45)
    sdk.sent.clear()
    charts = sdk.client.charts.list()
    assert sdk.sent == []
    first_twenty = await sdk.collect(lambda _: charts, limit=20)
    assert len(first_twenty) == 20
    assert sdk.sent == ["GET /charts"]
    first_twenty_one = await sdk.collect(lambda _: charts, limit=21)
    assert [chart.key for chart in first_twenty_one[:20]] == [chart.key for chart in first_twenty]
    assert sdk.sent == ["GET /charts"] * 3  # a new iteration starts again from the first page


async def test_list_filters_by_name(sdk: Sdk) -> None:
    await _create_charts(sdk, 3, prefix="Opera")
    await _create_charts(sdk, 2, prefix="Stadium")
    charts = await sdk.collect(lambda c: c.charts.list(chart_filter="stadium"))
    assert [chart.name for chart in charts] == ["Stadium 1", "Stadium 0"]


async def test_pages_forward_and_back_with_the_cursors(sdk: Sdk) -> None:
    keys = [chart.key for chart in reversed(await _create_charts(sdk, 7))]  # newest first

    first = await sdk.call(lambda c: c.charts.list_first_page(page_size=3))
    assert [chart.key for chart in first.items] == keys[0:3]
    assert first.previous_page_ends_before is None

    after = first.next_page_starts_after
    assert after is not None
    assert after == first.items[-1].id
    second = await sdk.call(lambda c: c.charts.list_page_after(after, page_size=3))
    assert [chart.key for chart in second.items] == keys[3:6]

    after_second = second.next_page_starts_after
    assert after_second is not None
    last = await sdk.call(lambda c: c.charts.list_page_after(after_second, page_size=3))
    assert [chart.key for chart in last.items] == keys[6:]
    assert last.next_page_starts_after is None

    before = second.previous_page_ends_before
    assert before is not None
    assert before == second.items[0].id
    back = await sdk.call(lambda c: c.charts.list_page_before(before, page_size=3))
    assert [chart.key for chart in back.items] == keys[0:3]
    assert back.previous_page_ends_before is None


async def test_first_page_without_a_size_holds_up_to_twenty(sdk: Sdk) -> None:
    await _create_charts(sdk, 21)
    page = await sdk.call(lambda c: c.charts.list_first_page())
    assert len(page.items) == 20
    assert page.next_page_starts_after is not None


async def test_list_categories_of_the_venue(sdk: Sdk, chart_key: str) -> None:
    categories = await sdk.call(lambda c: c.charts.list_categories(chart_key))
    assert [(cat.key, cat.label, cat.accessible) for cat in categories] == [
        (STALLS, "Stalls", False),
        (BALCONY, "Balcony", False),
    ]


async def test_update_category_changes_label_colour_and_accessibility(
    sdk: Sdk, chart_key: str
) -> None:
    await sdk.call(
        lambda c: c.charts.update_category(
            chart_key, BALCONY, label="Upper balcony", color="#bbbbbb", accessible=True
        )
    )
    categories = await sdk.call(lambda c: c.charts.list_categories(chart_key))
    assert categories[1] == Category(
        key=BALCONY, label="Upper balcony", color="#bbbbbb", accessible=True
    )
    assert categories[0].label == "Stalls"


async def test_update_category_with_none_leaves_those_fields_alone(
    sdk: Sdk, chart_key: str
) -> None:
    await sdk.call(lambda c: c.charts.update_category(chart_key, STALLS, "Parterre", None, None))
    stalls = (await sdk.call(lambda c: c.charts.list_categories(chart_key)))[0]
    assert (stalls.label, stalls.color, stalls.accessible) == ("Parterre", "#4477aa", False)


async def test_update_category_can_make_a_category_inaccessible_again(
    sdk: Sdk, chart_key: str
) -> None:
    await sdk.call(lambda c: c.charts.update_category(chart_key, STALLS, None, None, True))
    await sdk.call(lambda c: c.charts.update_category(chart_key, STALLS, None, None, False))
    stalls = (await sdk.call(lambda c: c.charts.list_categories(chart_key)))[0]
    assert stalls.accessible is False
