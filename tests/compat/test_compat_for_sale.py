"""For-sale methods driven by the official client (edit for one and many events, replace, the
deprecated mark-as aliases, mark everything as (not) for sale), the effect checked through
object infos and bookings; plus the 83.21 workspace fields (`forSaleMode`, `secretKeys`) and
`area_type` / `table_type` (left out) on object infos."""

from __future__ import annotations

from typing import cast

import pytest

from tests.reference import shared_path

from ._official import OFFICIAL_ERROR, OfficialClient, error_codes, official_client
from ._official_builders import table_booking
from ._official_events import OfficialEvents, OfficialForSaleConfig, events_of
from ._official_sales import (
    OfficialForSale,
    OfficialShapeInfo,
    for_sale_of,
    workspaces_8321_of,
)
from .conftest import Company, UploadChart, upload_chart_file


@pytest.fixture
def for_sale(client: OfficialClient) -> OfficialForSale:
    return for_sale_of(client)


@pytest.fixture
def event_key(events: OfficialEvents, upload_sample_chart: UploadChart) -> str:
    return events.create(upload_sample_chart("sampleChart.json"), event_key="event1").key


def _parts(config: OfficialForSaleConfig | None) -> tuple[object, ...] | None:
    if config is None:
        return None
    return (config.for_sale, config.objects, config.area_places, config.categories)


def _not_bookable(events: OfficialEvents, event_key: str, label: str) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.book(event_key, label)
    assert error_codes(caught.value) == ["OBJECT_NOT_FOR_SALE"]


def test_edit_for_sale_config(
    events: OfficialEvents, for_sale: OfficialForSale, event_key: str
) -> None:
    result = for_sale.edit_for_sale_config(
        event_key,
        not_for_sale=[{"object": "A-1"}, {"object": "A-2"}, {"object": "GA1", "quantity": 5}],
    )

    assert _parts(result.for_sale_config) == (False, ["A-1", "A-2"], {"GA1": 5}, [])
    assert result.rate_limit_info.rate_limit_remaining_calls == 9
    assert result.rate_limit_info.rate_limit_reset_date is not None
    assert _parts(events.retrieve(event_key).for_sale_config) == _parts(result.for_sale_config)
    assert events.retrieve_object_info(event_key, "A-1").for_sale is False
    assert events.retrieve_object_info(event_key, "GA1").num_free == 95
    _not_bookable(events, event_key, "A-1")

    reopened = for_sale.edit_for_sale_config(event_key, for_sale=[{"object": "A-1"}])

    assert _parts(reopened.for_sale_config) == (False, ["A-2"], {"GA1": 5}, [])
    assert reopened.rate_limit_info.rate_limit_remaining_calls == 8
    assert events.book(event_key, "A-1").objects["A-1"].status == "booked"


def test_edit_for_sale_config_for_events(
    events: OfficialEvents, for_sale: OfficialForSale, upload_sample_chart: UploadChart
) -> None:
    chart_key = upload_sample_chart("sampleChart.json")
    first = events.create(chart_key, event_key="e1").key
    second = events.create(chart_key, event_key="e2").key

    results = for_sale.edit_for_sale_config_for_events(
        {
            first: {"not_for_sale": [{"object": "A-1"}]},
            second: {"not_for_sale": [{"object": "A-2"}], "for_sale": [{"object": "A-3"}]},
        }
    )

    assert set(results) == {first, second}
    assert _parts(results[first].for_sale_config) == (False, ["A-1"], {}, [])
    assert _parts(results[second].for_sale_config) == (False, ["A-2"], {}, [])
    assert results[second].rate_limit_info.rate_limit_remaining_calls == 9
    _not_bookable(events, first, "A-1")
    _not_bookable(events, second, "A-2")
    assert events.book(first, "A-2").objects["A-2"].status == "booked"


def test_replace_for_sale_config(
    events: OfficialEvents, for_sale: OfficialForSale, event_key: str
) -> None:
    for_sale.replace_for_sale_config(event_key, False, ["A-1"], {"GA1": 3}, ["cat1"])
    assert _parts(events.retrieve(event_key).for_sale_config) == (
        False,
        ["A-1"],
        {"GA1": 3},
        ["cat1"],
    )
    area = cast("OfficialShapeInfo", events.retrieve_object_info(event_key, "GA1"))
    assert area.num_not_for_sale == 3

    for_sale.replace_for_sale_config(event_key, True, ["A-2"])

    assert _parts(events.retrieve(event_key).for_sale_config) == (True, ["A-2"], {}, [])
    assert events.book(event_key, "A-2").objects["A-2"].status == "booked"
    _not_bookable(events, event_key, "A-1")
    _not_bookable(events, event_key, "A-3")


def test_the_deprecated_mark_as_methods(
    events: OfficialEvents, for_sale: OfficialForSale, event_key: str
) -> None:
    for_sale.mark_as_not_for_sale(event_key, ["A-1"])
    _not_bookable(events, event_key, "A-1")

    for_sale.mark_as_for_sale(event_key, ["A-1"])

    assert _parts(events.retrieve(event_key).for_sale_config) == (True, ["A-1"], {}, [])
    assert events.book(event_key, "A-1").objects["A-1"].status == "booked"
    _not_bookable(events, event_key, "A-2")


def test_mark_everything_as_not_for_sale_and_for_sale(
    events: OfficialEvents, for_sale: OfficialForSale, event_key: str
) -> None:
    for_sale.mark_everything_as_not_for_sale(event_key)

    assert _parts(events.retrieve(event_key).for_sale_config) == (True, [], {}, [])
    assert events.retrieve_object_info(event_key, "A-1").is_available is False
    _not_bookable(events, event_key, "A-1")

    for_sale.mark_everything_as_for_sale(event_key)

    assert events.retrieve(event_key).for_sale_config is None
    assert events.book(event_key, "A-1").objects["A-1"].status == "booked"

    for_sale.mark_everything_as_for_not_sale(event_key)  # the old spelling, same call
    _not_bookable(events, event_key, "A-2")


def test_the_eleventh_change_of_a_day_is_rate_limited(
    events: OfficialEvents, for_sale: OfficialForSale, event_key: str
) -> None:
    for _ in range(10):
        for_sale.mark_everything_as_for_sale(event_key)

    with pytest.raises(OFFICIAL_ERROR) as caught:
        for_sale.mark_everything_as_not_for_sale(event_key)

    assert type(caught.value).__name__ == "RateLimitExceededException"
    assert events.retrieve(event_key).for_sale_config is None


def test_workspace_for_sale_mode_and_secret_keys(
    server_url: str, client: OfficialClient, company: Company
) -> None:
    workspaces = workspaces_8321_of(client)
    created = workspaces.create("unlimited", for_sale_mode="UNLIMITED_BILLABLE")
    assert created.secret_keys == [created.secret_key]
    extra = workspaces.add_secret_key(created.key)
    assert workspaces.retrieve(created.key).secret_keys == [created.secret_key, extra]

    inside = official_client(server_url, extra)
    chart_key = upload_chart_file(server_url, extra, shared_path("charts", "sampleChart.json"))
    event = events_of(inside).create(chart_key, event_key="e1").key
    results = [
        for_sale_of(inside).edit_for_sale_config(event, not_for_sale=[{"object": "A-1"}])
        for _ in range(11)
    ]
    assert {result.rate_limit_info.rate_limit_remaining_calls for result in results} == {10}

    workspaces.update(created.key, "limited", for_sale_mode="RATE_LIMITED")
    limited = for_sale_of(inside).edit_for_sale_config(event, for_sale=[{"object": "A-1"}])
    assert limited.rate_limit_info.rate_limit_remaining_calls == 9
    workspaces.remove_secret_key(created.key, created.secret_key)
    assert workspaces.retrieve(created.key).secret_keys == [extra]


def test_object_infos_leave_out_area_and_table_types(
    events: OfficialEvents, upload_sample_chart: UploadChart, event_key: str
) -> None:
    tables = events.create(
        upload_sample_chart("sampleChartWithTables.json"),
        event_key="tables",
        table_booking_config=table_booking("ALL_BY_TABLE"),
    ).key

    table = cast("OfficialShapeInfo", events.retrieve_object_info(tables, "T1"))
    area = cast("OfficialShapeInfo", events.retrieve_object_info(event_key, "GA1"))
    seat = cast("OfficialShapeInfo", events.retrieve_object_info(event_key, "A-1"))
    # Values undocumented: omitted, as the reference asks (object-status.md §4.1).
    assert (table.table_type, table.area_type) == (None, None)
    assert (area.area_type, area.table_type) == (None, None)
    assert (seat.area_type, seat.table_type) == (None, None)
