"""For-sale configs against the emulator with both clients: given at creation, edited, replaced."""

from __future__ import annotations

import pytest

from seatsio_typed import (
    BadRequestException,
    ForSaleConfig,
    ObjectAndQuantity,
    ObjectProperties,
    RateLimitExceededException,
)
from seatsio_typed.testing import TestCompany
from tests.integration.conftest import Connector
from tests.integration.support import GA_CAPACITY
from tests.unit.support import Sdk

NOT_FOR_SALE = ForSaleConfig(
    for_sale=False, objects=["A-1", "A-2", "A-3"], area_places={"Standing": 10}, categories=[]
)


async def for_sale_config(sdk: Sdk, event_key: str) -> ForSaleConfig | None:
    return (await sdk.call(lambda c: c.events.retrieve(event_key))).for_sale_config


async def test_a_config_given_at_creation_decides_what_can_be_booked(
    sdk: Sdk, chart_key: str
) -> None:
    event = await sdk.call(
        lambda c: c.events.create(chart_key, "show", for_sale_config=NOT_FOR_SALE)
    )
    assert event.for_sale_config == NOT_FOR_SALE
    assert await for_sale_config(sdk, "show") == NOT_FOR_SALE

    infos = await sdk.call(
        lambda c: c.events.retrieve_object_infos("show", ["A-1", "B-1", "Standing"])
    )
    seat, other, area = infos["A-1"], infos["B-1"], infos["Standing"]
    assert (seat.for_sale, seat.is_available, seat.availability_reason) == (
        False,
        False,
        "not_for_sale",
    )
    assert (other.for_sale, other.is_available) == (True, True)
    assert area.num_not_for_sale == 10
    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.book("show", ["A-1"]))
    await sdk.call(lambda c: c.events.book("show", ["B-1"]))


async def test_a_whitelist_config_makes_only_the_listed_objects_bookable(
    sdk: Sdk, chart_key: str
) -> None:
    only = ForSaleConfig(for_sale=True, objects=["A-1"])
    await sdk.call(lambda c: c.events.create(chart_key, "show", for_sale_config=only))
    infos = await sdk.call(lambda c: c.events.retrieve_object_infos("show", ["A-1", "A-2"]))
    assert {label: info.for_sale for label, info in infos.items()} == {"A-1": True, "A-2": False}


async def test_edit_opens_and_closes_objects_and_counts_the_rate_limit(
    sdk: Sdk, chart_key: str
) -> None:
    await sdk.call(lambda c: c.events.create(chart_key, "show", for_sale_config=NOT_FOR_SALE))
    result = await sdk.call(
        lambda c: c.events.edit_for_sale_config(
            "show",
            for_sale=["A-1", ObjectAndQuantity(object="A-2")],
            not_for_sale=[{"object": "B-1"}],
        )
    )
    assert (result.for_sale_config.for_sale, result.for_sale_config.objects) == (
        False,
        ["A-3", "B-1"],
    )
    assert result.rate_limit_info.rate_limit_remaining_calls == 9
    assert result.rate_limit_info.rate_limit_reset_date is not None
    assert await for_sale_config(sdk, "show") == result.for_sale_config
    await sdk.call(lambda c: c.events.book("show", ["A-1"]))
    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.book("show", ["B-1"]))


async def test_edit_general_admission_places(sdk: Sdk, event_key: str) -> None:
    result = await sdk.call(
        lambda c: c.events.edit_for_sale_config(
            event_key, not_for_sale=[ObjectAndQuantity(object="Standing", quantity=5)]
        )
    )
    assert (result.for_sale_config.for_sale, result.for_sale_config.area_places) == (
        False,
        {"Standing": 5},
    )
    area = await sdk.object_info(event_key, "Standing")
    assert area.num_not_for_sale == 5
    await sdk.call(
        lambda c: c.events.book(
            event_key, [ObjectProperties(object_id="Standing", quantity=GA_CAPACITY - 5)]
        )
    )


async def test_the_eleventh_edit_of_a_day_is_rate_limited(
    connect: Connector, company: TestCompany, event_key: str
) -> None:
    # No retries: a 429 would otherwise be retried (with injected, instant sleeps).
    sdk = connect(company.admin_key, max_retries=0)
    for remaining in range(9, -1, -1):
        result = await sdk.call(
            lambda c: c.events.edit_for_sale_config(event_key, not_for_sale=["A-1"])
        )
        assert result.rate_limit_info.rate_limit_remaining_calls == remaining
    with pytest.raises(RateLimitExceededException):
        await sdk.call(lambda c: c.events.edit_for_sale_config(event_key, for_sale=["A-1"]))


async def test_edit_several_events_at_once(sdk: Sdk, chart_key: str) -> None:
    for key in ("one", "two"):
        await sdk.create_event(chart_key, key)
    results = await sdk.call(
        lambda c: c.events.edit_for_sale_config_for_events(
            {"one": {"not_for_sale": ["A-1"]}, "two": {"not_for_sale": ["A-2", "A-3"]}}
        )
    )
    assert {key: r.for_sale_config.objects for key, r in results.items()} == {
        "one": ["A-1"],
        "two": ["A-2", "A-3"],
    }
    assert {r.rate_limit_info.rate_limit_remaining_calls for r in results.values()} == {9}
    assert (await sdk.object_info("two", "A-3")).for_sale is False


async def test_replace_with_a_not_for_sale_config(sdk: Sdk, chart_key: str) -> None:
    await sdk.call(lambda c: c.events.create(chart_key, "show", for_sale_config=NOT_FOR_SALE))
    await sdk.call(lambda c: c.events.replace_for_sale_config("show", False, ["o1", "o2"]))
    assert await for_sale_config(sdk, "show") == ForSaleConfig(
        for_sale=False, objects=["o1", "o2"], area_places={}, categories=[]
    )
    assert (await sdk.object_info("show", "A-1")).for_sale is True


async def test_replace_with_a_whitelist(sdk: Sdk, event_key: str) -> None:
    await sdk.call(
        lambda c: c.events.replace_for_sale_config(event_key, True, ["A-1"], {"Standing": 3})
    )
    config = await for_sale_config(sdk, event_key)
    assert config == ForSaleConfig(
        for_sale=True, objects=["A-1"], area_places={"Standing": 3}, categories=[]
    )
    infos = await sdk.call(lambda c: c.events.retrieve_object_infos(event_key, ["A-1", "A-2"]))
    assert {label: info.for_sale for label, info in infos.items()} == {"A-1": True, "A-2": False}


async def test_mark_everything_as_for_sale_removes_the_config(sdk: Sdk, chart_key: str) -> None:
    await sdk.call(lambda c: c.events.create(chart_key, "show", for_sale_config=NOT_FOR_SALE))
    await sdk.call(lambda c: c.events.mark_everything_as_for_sale("show"))
    assert await for_sale_config(sdk, "show") is None
    await sdk.call(lambda c: c.events.book("show", ["A-1"]))


async def test_mark_everything_as_not_for_sale_closes_every_object(
    sdk: Sdk, event_key: str
) -> None:
    await sdk.call(lambda c: c.events.mark_everything_as_not_for_sale(event_key))
    infos = await sdk.call(lambda c: c.events.retrieve_object_infos(event_key, ["A-1", "T1-1"]))
    assert {info.for_sale for info in infos.values()} == {False}
    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.book(event_key, ["A-1"]))
    await sdk.call(lambda c: c.events.mark_everything_as_for_sale(event_key))
    await sdk.call(lambda c: c.events.book(event_key, ["A-1"]))


async def test_replace_and_mark_everything_report_the_rate_limit_left(
    sdk: Sdk, event_key: str
) -> None:
    first = await sdk.call(lambda c: c.events.replace_for_sale_config(event_key, False, ["A-1"]))
    second = await sdk.call(lambda c: c.events.mark_everything_as_not_for_sale(event_key))
    assert first is not None
    assert second is not None
    assert (first.rate_limit_remaining_calls, second.rate_limit_remaining_calls) == (9, 8)
    assert second.rate_limit_reset_date is not None


async def test_the_misspelt_alias_still_works_and_warns(sdk: Sdk, event_key: str) -> None:
    with pytest.warns(DeprecationWarning, match="mark_everything_as_not_for_sale"):
        await sdk.call(
            lambda c: c.events.mark_everything_as_for_not_sale(event_key)  # pyright: ignore[reportDeprecated]
        )
    assert (await sdk.object_info(event_key, "A-1")).for_sale is False
