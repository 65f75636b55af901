"""Recorded: for-sale configs given at creation, edited (one event and several), replaced, and
everything marked (not) for sale, deprecated spellings included."""

from __future__ import annotations

import pytest

from seatsio_typed import BadRequestException, ForSaleConfig, ObjectAndQuantity
from tests.cassette._recording import Recording
from tests.cassette._venue import venue

pytestmark = pytest.mark.vcr

NOT_FOR_SALE = ForSaleConfig(
    for_sale=False, objects=["A-1", "A-2", "A-3"], area_places={"Standing": 10}, categories=[]
)


async def test_a_config_at_creation_is_edited_for_one_event_and_for_several(
    rec: Recording,
) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    event = await sdk.call(
        lambda c: c.events.create(chart_key, "show", for_sale_config=NOT_FOR_SALE)
    )
    assert event.for_sale_config == NOT_FOR_SALE
    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.book("show", ["A-1"]))
    result = await sdk.call(
        lambda c: c.events.edit_for_sale_config(
            "show",
            for_sale=["A-1", ObjectAndQuantity(object="A-2")],
            not_for_sale=[{"object": "B-1"}],
        )
    )
    assert result.for_sale_config.objects == ["A-3", "B-1"]
    assert result.rate_limit_info.rate_limit_remaining_calls == 9
    await sdk.call(lambda c: c.events.book("show", ["A-1"]))

    await sdk.create_event(chart_key, "other")
    results = await sdk.call(
        lambda c: c.events.edit_for_sale_config_for_events(
            {"show": {"for_sale": ["B-1"]}, "other": {"not_for_sale": ["A-2", "A-3"]}}
        )
    )
    assert results["other"].for_sale_config.objects == ["A-2", "A-3"]
    assert (await sdk.object_info("other", "A-3")).for_sale is False


async def test_configs_are_replaced_and_everything_marked(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    await sdk.create_event(chart_key, "show")
    first = await sdk.call(
        lambda c: c.events.replace_for_sale_config("show", True, ["A-1"], {"Standing": 3})
    )
    assert first is not None
    assert first.rate_limit_remaining_calls == 9
    infos = await sdk.call(lambda c: c.events.retrieve_object_infos("show", ["A-1", "A-2"]))
    assert {label: info.for_sale for label, info in infos.items()} == {"A-1": True, "A-2": False}

    await sdk.call(lambda c: c.events.mark_everything_as_not_for_sale("show"))
    assert (await sdk.object_info("show", "A-1")).for_sale is False
    await sdk.call(lambda c: c.events.mark_everything_as_for_sale("show"))
    assert (await sdk.call(lambda c: c.events.retrieve("show"))).for_sale_config is None

    with pytest.warns(DeprecationWarning, match="replace_for_sale_config"):
        await sdk.call(lambda c: c.events.mark_as_not_for_sale("show", ["B-1"]))  # pyright: ignore[reportDeprecated]
    assert (await sdk.object_info("show", "B-1")).for_sale is False
    with pytest.warns(DeprecationWarning, match="replace_for_sale_config"):
        await sdk.call(lambda c: c.events.mark_as_for_sale("show", ["B-2"]))  # pyright: ignore[reportDeprecated]
    infos = await sdk.call(lambda c: c.events.retrieve_object_infos("show", ["B-1", "B-2"]))
    assert {label: info.for_sale for label, info in infos.items()} == {"B-1": False, "B-2": True}
    with pytest.warns(DeprecationWarning, match="mark_everything_as_not_for_sale"):
        await sdk.call(lambda c: c.events.mark_everything_as_for_not_sale("show"))  # pyright: ignore[reportDeprecated]
    assert (await sdk.object_info("show", "B-2")).for_sale is False
