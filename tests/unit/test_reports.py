"""events.reports and charts.reports: the exact requests on the wire and what comes back."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import pytest

from seatsio_typed import (
    AsyncClient,
    AsyncEventReports,
    ChartObjectInfo,
    ChartReport,
    ChartSummaryItem,
    Client,
    EventDeepSummaryItem,
    EventObjectInfo,
    EventReport,
    EventReports,
    EventSummaryItem,
    ObjectStatus,
    UnexpectedResponseError,
)
from seatsio_typed._endpoints import chart_reports, event_reports
from tests.unit.support import FakeServer, Harness, Kind, json_reply, object_info, raw_reply

EVENT_DIMENSIONS = list(event_reports.DIMENSIONS)
SUMMARY_DIMENSIONS = [d for d in event_reports.DIMENSIONS if d.has_summary]
CHART_DIMENSIONS = list(chart_reports.DIMENSIONS)
CHART_SUMMARY_DIMENSIONS = [d for d in chart_reports.DIMENSIONS if d.has_summary]
SUMMARY = {"count": 2, "bySection": {"NO_SECTION": 2}, "byChannel": {"NO_CHANNEL": 2}}
BOOKED = {"booked": [object_info("A-1", "booked"), object_info("A-2", "booked")]}


def method(path: str) -> Callable[[Client | AsyncClient], Callable[..., object]]:
    """The bound method at a dotted path of either client, e.g. `events.reports.by_status`."""

    def bound(client: Client | AsyncClient) -> Callable[..., object]:
        target: object = client
        for part in path.split("."):
            target = getattr(target, part)
        assert callable(target)
        return target

    return bound


# The methods here are looked up by name (one test per dimension), so their results are plain
# objects to the type checkers; tests/typing/test_report_types.py checks the static types.
def entry(mapping: object, key: str) -> object:
    """The value under `key` of a dict result."""
    assert isinstance(mapping, dict)
    return cast("dict[str, object]", mapping)[key]


def entries(value: object) -> list[object]:
    """The items of a list result."""
    assert isinstance(value, list)
    return cast("list[object]", value)


@pytest.mark.parametrize("dimension", EVENT_DIMENSIONS, ids=lambda d: d.name)
async def test_a_report_without_filter_is_the_whole_report(
    kind: Kind, dimension: event_reports.ReportDimension
) -> None:
    h = Harness(kind, FakeServer(json_reply(200, BOOKED)))
    by = method(f"events.reports.by_{dimension.name}")

    report = await h.call(lambda c: by(c)("event 1"))

    assert h.server.wire() == ("GET", f"/reports/events/event%201/{dimension.wire}".encode())
    assert isinstance(report, EventReport)
    assert [info.label for info in report.items["booked"]] == ["A-1", "A-2"]


@pytest.mark.parametrize("dimension", EVENT_DIMENSIONS, ids=lambda d: d.name)
async def test_a_filtered_report_is_the_objects_of_that_group(
    kind: Kind, dimension: event_reports.ReportDimension
) -> None:
    h = Harness(kind, FakeServer(json_reply(200, BOOKED)))
    by = method(f"events.reports.by_{dimension.name}")

    objects = await h.call(lambda c: by(c)("event1", "booked"))

    assert h.server.wire() == ("GET", f"/reports/events/event1/{dimension.wire}/booked".encode())
    found = entries(objects)
    assert [info.label for info in found if isinstance(info, EventObjectInfo)] == ["A-1", "A-2"]


async def test_a_filter_naming_no_group_gives_an_empty_list(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {})))

    objects = await h.call(lambda c: c.events.reports.by_status("event1", "mystatus"))

    assert objects == []


async def test_a_filter_is_one_encoded_segment_and_looked_up_as_sent(kind: Kind) -> None:
    body = {"Balcão Nobre/2": [object_info("A-1")]}
    h = Harness(kind, FakeServer(json_reply(200, body)))

    objects = await h.call(lambda c: c.events.reports.by_section("ev/1", "Balcão Nobre/2"))

    assert h.server.wire() == ("GET", b"/reports/events/ev%2F1/bySection/Balc%C3%A3o%20Nobre%2F2")
    assert [info.label for info in objects] == ["A-1"]


async def test_a_numeric_category_key_filters_by_its_text(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"9": [object_info("A-1")]})))

    objects = await h.call(lambda c: c.events.reports.by_category_key("event1", 9))

    assert h.server.wire() == ("GET", b"/reports/events/event1/byCategoryKey/9")
    assert [info.label for info in objects] == ["A-1"]


async def test_a_status_member_filters_by_its_value(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"reservedByToken": [object_info("A-1")]})))

    objects = await h.call(
        lambda c: c.events.reports.by_status("event1", ObjectStatus.RESERVED_BY_TOKEN)
    )

    assert h.server.wire() == ("GET", b"/reports/events/event1/byStatus/reservedByToken")
    assert len(objects) == 1


async def test_an_empty_filter_is_refused_before_sending(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {})))

    with pytest.raises(ValueError, match="empty"):
        await h.call(lambda c: c.events.reports.by_status("event1", ""))
    assert h.server.requests == []


@pytest.mark.parametrize("dimension", SUMMARY_DIMENSIONS, ids=lambda d: d.name)
async def test_summaries_are_typed_items(
    kind: Kind, dimension: event_reports.ReportDimension
) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"booked": SUMMARY})))
    summary_by = method(f"events.reports.summary_by_{dimension.name}")

    summary = await h.call(lambda c: summary_by(c)("event1"))

    assert h.server.wire() == ("GET", f"/reports/events/event1/{dimension.wire}/summary".encode())
    item = entry(summary, "booked")
    assert isinstance(item, EventSummaryItem)
    assert (item.count, item.by_section, item.by_channel) == (
        2,
        {"NO_SECTION": 2},
        {"NO_CHANNEL": 2},
    )


@pytest.mark.parametrize("dimension", SUMMARY_DIMENSIONS, ids=lambda d: d.name)
async def test_deep_summaries_nest_summary_items(
    kind: Kind, dimension: event_reports.ReportDimension
) -> None:
    body = {"booked": {"count": 2, "bySection": {"NO_SECTION": SUMMARY}}}
    h = Harness(kind, FakeServer(json_reply(200, body)))
    deep_summary_by = method(f"events.reports.deep_summary_by_{dimension.name}")

    deep = await h.call(lambda c: deep_summary_by(c)("event1"))

    assert h.server.wire() == (
        "GET",
        f"/reports/events/event1/{dimension.wire}/summary/deep".encode(),
    )
    item = entry(deep, "booked")
    assert isinstance(item, EventDeepSummaryItem)
    assert item.by_section is not None
    assert item.by_section["NO_SECTION"].by_channel == {"NO_CHANNEL": 2}


def test_labels_and_order_ids_have_no_summaries() -> None:
    names = {d.name for d in event_reports.DIMENSIONS if not d.has_summary}

    assert names == {"label", "order_id"}
    for reports in (EventReports, AsyncEventReports):
        for name in names:
            assert hasattr(reports, f"by_{name}")
            assert not hasattr(reports, f"summary_by_{name}")
            assert not hasattr(reports, f"deep_summary_by_{name}")


async def test_the_flat_list_is_every_object(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, [object_info("A-1"), object_info("A-2")])))

    objects = await h.call(lambda c: c.events.reports.flat_list("event 1"))

    assert h.server.wire() == ("GET", b"/reports/events/event%201")
    assert [info.label for info in objects] == ["A-1", "A-2"]


async def test_the_csv_list_is_text_after_the_encoded_key(kind: Kind) -> None:
    csv = "Label,Status\nA-1,booked\nBalcão-1,free\n"
    h = Harness(kind, FakeServer(raw_reply(200, csv.encode(), "text/csv")))

    text = await h.call(lambda c: c.events.reports.flat_list_csv("ev/1"))

    assert h.server.wire() == ("GET", b"/reports/events/ev%2F1.csv")
    assert text == csv


async def test_a_csv_list_that_is_not_utf_8_is_an_unexpected_response(kind: Kind) -> None:
    # Latin-1 bytes: the SDK's contract is a SeatsioException, never a bare UnicodeDecodeError.
    h = Harness(
        kind, FakeServer(raw_reply(200, "Balc\u00e3o-1,free\n".encode("latin-1"), "text/csv"))
    )

    with pytest.raises(UnexpectedResponseError, match="UTF-8 text"):
        await h.call(lambda c: c.events.reports.flat_list_csv("ev"))


SEASON_CALLS: list[tuple[str, tuple[object, ...], bytes]] = [
    ("by_status", ("e",), b"/reports/events/e/byStatus"),
    ("by_status", ("e", "booked"), b"/reports/events/e/byStatus/booked"),
    ("summary_by_channel", ("e",), b"/reports/events/e/byChannel/summary"),
    ("deep_summary_by_zone", ("e",), b"/reports/events/e/byZone/summary/deep"),
    ("flat_list", ("e",), b"/reports/events/e"),
    ("flat_list_csv", ("e",), b"/reports/events/e.csv"),
]


@pytest.mark.parametrize(("name", "args", "path"), SEASON_CALLS, ids=[c[0] for c in SEASON_CALLS])
async def test_the_season_copy_adds_the_flag_and_the_original_does_not(
    kind: Kind, name: str, args: tuple[object, ...], path: bytes
) -> None:
    body: object = [] if name == "flat_list" else {}
    h = Harness(kind, FakeServer(json_reply(200, body)))
    call = method(f"events.reports.{name}")

    await h.call(lambda c: call(c)(*args))
    assert h.server.wire() == ("GET", path)

    def season_copy(c: Client | AsyncClient) -> object:
        return getattr(c.events.reports.with_season_bookings_not_propagated(), name)(*args)

    await h.call(season_copy)
    assert h.server.wire() == ("GET", path + b"?seasonBookingsPropagated=false")


async def test_the_season_copy_is_a_new_object_and_leaves_the_original(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {})))
    reports = h.client.events.reports
    copy = reports.with_season_bookings_not_propagated()

    assert copy is not reports
    assert type(copy) is type(reports)
    assert h.server.requests == []  # making the copy sends nothing
    await h.call(lambda c: c.events.reports.summary_by_status("e"))
    assert h.server.last.url.query == b""


@pytest.mark.parametrize("dimension", CHART_DIMENSIONS, ids=lambda d: d.name)
async def test_chart_reports_list_objects_per_group(
    kind: Kind, dimension: event_reports.ReportDimension
) -> None:
    seat = object_info("A-1")
    del seat["status"]
    h = Harness(kind, FakeServer(json_reply(200, {"seat": [seat], "booth": []})))
    by = method(f"charts.reports.by_{dimension.name}")

    report = await h.call(lambda c: by(c)("chart 1"))

    assert h.server.wire() == ("GET", f"/reports/charts/chart%201/{dimension.wire}".encode())
    assert isinstance(report, ChartReport)
    assert [type(i) for i in report.items["seat"]] == [ChartObjectInfo]
    assert report.get("booth") == []


@pytest.mark.parametrize("dimension", CHART_SUMMARY_DIMENSIONS, ids=lambda d: d.name)
async def test_chart_summaries_are_typed_items(
    kind: Kind, dimension: event_reports.ReportDimension
) -> None:
    body = {"seat": {"count": 32, "bySection": {"NO_SECTION": 32}}}
    h = Harness(kind, FakeServer(json_reply(200, body)))
    summary_by = method(f"charts.reports.summary_by_{dimension.name}")

    summary = await h.call(lambda c: summary_by(c)("chart1"))

    assert h.server.wire() == ("GET", f"/reports/charts/chart1/{dimension.wire}/summary".encode())
    item = entry(summary, "seat")
    assert isinstance(item, ChartSummaryItem)
    assert (item.count, item.by_section) == (32, {"NO_SECTION": 32})


@pytest.mark.parametrize(
    ("book_whole_tables", "version", "query"),
    [
        (True, None, b"bookWholeTables=true"),
        (False, None, b"bookWholeTables=false"),
        ("chart", None, b"bookWholeTables=chart"),
        ("true", "draft", b"bookWholeTables=true&version=draft"),
        (None, "published", b"version=published"),
        (None, None, b""),
    ],
)
async def test_chart_report_options_go_to_the_query(
    kind: Kind, book_whole_tables: object, version: object, query: bytes
) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {})))
    by_label = method("charts.reports.by_label")
    summary_by_zone = method("charts.reports.summary_by_zone")

    await h.call(lambda c: by_label(c)("c", book_whole_tables, version))
    assert h.server.last.url.query == query
    await h.call(lambda c: summary_by_zone(c)("c", book_whole_tables=book_whole_tables))
    expected = b"" if book_whole_tables is None else query.split(b"&")[0]
    assert h.server.last.url.query == expected
