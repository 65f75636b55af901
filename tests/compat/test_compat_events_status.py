"""Object status driven by the official client over HTTP: book, hold, release, custom statuses,
previous-status checks, resale, batch, object infos, status changes and extra data."""

from __future__ import annotations

import pytest

from ._audit_events import HELD
from ._official import OFFICIAL_ERROR, error_codes, official_error
from ._official_builders import channel, object_properties, status_change_request
from ._official_events import OfficialEvents, OfficialHoldTokens
from .conftest import UploadChart


@pytest.fixture
def event_key(events: OfficialEvents, upload_sample_chart: UploadChart) -> str:
    return events.create(upload_sample_chart("sampleChart.json"), event_key="event1").key


def test_book(events: OfficialEvents, event_key: str) -> None:
    result = events.book(event_key, ["A-1", "A-2"], order_id="order1")

    assert set(result.objects) == {"A-1", "A-2"}
    assert result.objects["A-1"].status == "booked"
    assert result.objects["A-1"].order_id == "order1"
    infos = events.retrieve_object_infos(event_key, ["A-1", "A-2", "A-3"])
    assert [infos[label].status for label in ("A-1", "A-2", "A-3")] == ["booked", "booked", "free"]


def test_book_twice_fails(events: OfficialEvents, event_key: str) -> None:
    events.book(event_key, "A-1")

    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.book(event_key, ["A-2", "A-1"])

    assert error_codes(caught.value) == ["ILLEGAL_STATUS_CHANGE"]
    assert events.retrieve_object_info(event_key, "A-2").status == "free"


def test_hold_then_book_with_the_token(
    events: OfficialEvents, hold_tokens: OfficialHoldTokens, event_key: str
) -> None:
    token = hold_tokens.create().hold_token

    held = events.hold(event_key, ["A-1", "A-2"], token)
    assert held.objects["A-1"].status == HELD
    assert held.objects["A-1"].hold_token == token

    booked = events.book(event_key, ["A-1", "A-2"], hold_token=token)
    assert booked.objects["A-2"].status == "booked"
    assert booked.objects["A-2"].hold_token is None


def test_book_with_a_token_that_does_not_hold_the_seat_fails(
    events: OfficialEvents, hold_tokens: OfficialHoldTokens, event_key: str
) -> None:
    token = hold_tokens.create().hold_token

    with pytest.raises(OFFICIAL_ERROR):
        events.book(event_key, "A-1", hold_token=token)

    assert events.retrieve_object_info(event_key, "A-1").status == "free"


def test_release(events: OfficialEvents, hold_tokens: OfficialHoldTokens, event_key: str) -> None:
    token = hold_tokens.create().hold_token
    events.hold(event_key, "A-1", token)
    events.book(event_key, "A-2")

    released = events.release(event_key, ["A-1", "A-2"], hold_token=None)

    assert {label: info.status for label, info in released.objects.items()} == {
        "A-1": "free",
        "A-2": "free",
    }


def test_change_object_status_to_custom_statuses(events: OfficialEvents, event_key: str) -> None:
    for status in ("status1", "status2"):
        result = events.change_object_status(event_key, "A-1", status)
        assert result.objects["A-1"].status == status


def test_allowed_previous_statuses(events: OfficialEvents, event_key: str) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.change_object_status(
            event_key, "A-1", "lolzor", allowed_previous_statuses=["MustBeThisStatus"]
        )

    error = official_error(caught.value)
    assert error.errors == [
        {
            "code": "ILLEGAL_STATUS_CHANGE",
            "message": "Cannot change from [free] to [lolzor]: free is not in the list of "
            "allowed previous statuses",
        }
    ]
    assert error.requestId


def test_rejected_previous_statuses(events: OfficialEvents, event_key: str) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.change_object_status(event_key, "A-1", "lolzor", rejected_previous_statuses=["free"])

    assert official_error(caught.value).message == (
        "Cannot change from [free] to [lolzor]: free is in the list of rejected previous statuses."
    )


def test_put_up_for_resale(events: OfficialEvents, event_key: str) -> None:
    result = events.put_up_for_resale(event_key, ["A-1"], resale_listing_id="listing1")

    assert result.objects["A-1"].status == "resale"
    assert events.retrieve_object_info(event_key, "A-1").resale_listing_id == "listing1"


def test_several_events_at_once(
    events: OfficialEvents, hold_tokens: OfficialHoldTokens, upload_sample_chart: UploadChart
) -> None:
    chart = upload_sample_chart("sampleChart.json")
    keys = [events.create(chart).key, events.create(chart).key]
    token = hold_tokens.create().hold_token

    events.hold(keys, "A-1", token)
    events.book(keys, "A-1", hold_token=token)

    assert [events.retrieve_object_info(key, "A-1").status for key in keys] == ["booked"] * 2


def test_ticket_types_extra_data_and_ga_quantities(
    events: OfficialEvents, hold_tokens: OfficialHoldTokens, event_key: str
) -> None:
    token = hold_tokens.create().hold_token

    result = events.hold(
        event_key,
        [
            object_properties("A-1", extra_data={"name": "Ann"}, ticket_type="adult"),
            object_properties("GA1", quantity=3),
        ],
        token,
    )

    seat, area = result.objects["A-1"], result.objects["GA1"]
    assert (seat.ticket_type, seat.extra_data) == ("adult", {"name": "Ann"})
    assert (area.num_held, area.num_free, area.capacity) == (3, 97, 100)
    assert area.holds == {token: {"NO_TICKET_TYPE": 3}}


def test_keep_extra_data(events: OfficialEvents, event_key: str) -> None:
    events.update_extra_data(event_key, "A-1", {"foo": "bar"})

    result = events.book(event_key, "A-1", keep_extra_data=True)

    assert result.objects["A-1"].extra_data == {"foo": "bar"}
    events.release(event_key, "A-1")
    assert events.retrieve_object_info(event_key, "A-1").extra_data is None


def test_channels(events: OfficialEvents, upload_sample_chart: UploadChart) -> None:
    key = events.create(
        upload_sample_chart("sampleChart.json"),
        channels=[channel("channelKey1", "Channel 1", "#FFFF99", ["A-1"])],
    ).key

    with pytest.raises(OFFICIAL_ERROR):
        events.book(key, "A-1")
    assert events.book(key, "A-1", channel_keys=["channelKey1"]).objects["A-1"].status == "booked"
    assert events.book(key, "A-2", ignore_channels=True).objects["A-2"].status == "booked"
    assert events.retrieve_object_info(key, "A-1").channel == "channelKey1"


def test_batch(
    events: OfficialEvents, hold_tokens: OfficialHoldTokens, upload_sample_chart: UploadChart
) -> None:
    chart = upload_sample_chart("sampleChart.json")
    first, second = events.create(chart).key, events.create(chart).key
    events.book(first, "A-1")
    token = hold_tokens.create().hold_token

    results = events.change_object_status_in_batch(
        [
            status_change_request(first, ["A-1"], change_type="RELEASE"),
            status_change_request(first, ["A-1"], HELD, hold_token=token),
            status_change_request(second, ["A-2"], "lolzor"),
        ]
    )

    assert [list(result.objects) for result in results] == [["A-1"], ["A-1"], ["A-2"]]
    assert results[1].objects["A-1"].status == HELD
    assert results[2].objects["A-2"].status == "lolzor"


def test_batch_is_all_or_nothing(events: OfficialEvents, event_key: str) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.change_object_status_in_batch(
            [
                status_change_request(event_key, ["A-1"], "booked"),
                status_change_request(
                    event_key, ["A-2"], "lolzor", allowed_previous_statuses=["booked"]
                ),
            ]
        )

    assert error_codes(caught.value) == ["ILLEGAL_STATUS_CHANGE"]
    assert events.retrieve_object_info(event_key, "A-1").status == "free"


def test_object_infos(events: OfficialEvents, event_key: str) -> None:
    infos = events.retrieve_object_infos(event_key, ["A-1", "GA1"])

    assert set(infos) == {"A-1", "GA1"}
    seat = infos["A-1"]
    assert (seat.status, seat.for_sale, seat.is_available) == ("free", True, True)
    assert (seat.category_key, seat.category_label, seat.object_type) == ("9", "Cat1", "seat")
    assert seat.labels == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
    }
    assert seat.ids == {"own": "1", "parent": "A"}
    assert (seat.left_neighbour, seat.right_neighbour) == (None, "A-2")
    assert seat.season_status_overridden_quantity == 0
    area = infos["GA1"]
    assert (area.capacity, area.num_booked, area.num_held, area.num_free) == (100, 0, 0, 100)
    assert area.is_accessible is None


def test_status_changes(events: OfficialEvents, event_key: str) -> None:
    events.book(event_key, [object_properties("A-1", extra_data={"foo": "bar"})])
    events.change_object_status(event_key, "A-2", "s1")
    events.change_object_status(event_key, "B-1", "s2")
    event_id = events.retrieve(event_key).id

    changes = list(events.status_changes(event_key).list())

    assert [c.object_label for c in changes] == ["B-1", "A-2", "A-1"]
    oldest = changes[-1]
    assert (oldest.status, oldest.event_id, oldest.extra_data) == (
        "booked",
        event_id,
        {"foo": "bar"},
    )
    assert (oldest.origin.type, oldest.hold_token) == ("API_CALL", None)
    assert oldest.origin.ip
    assert (oldest.is_present_on_chart, oldest.not_present_on_chart_reason) == (True, None)
    by_label = events.status_changes(event_key, sort_field="objectLabel", sort_direction="desc")
    assert [c.object_label for c in by_label.list()] == ["B-1", "A-2", "A-1"]
    filtered = events.status_changes(event_key, filter="A-")
    assert [c.object_label for c in filtered.list()] == ["A-2", "A-1"]
    page = events.status_changes(event_key, sort_field="objectLabel").first_page(page_size=2)
    assert [c.object_label for c in page.items] == ["A-1", "A-2"]
    assert page.next_page_starts_after == changes[1].id


def test_status_changes_for_object(events: OfficialEvents, event_key: str) -> None:
    events.book(event_key, ["A-1", "A-2"])
    events.release(event_key, "A-1")

    changes = list(events.status_changes_for_object(event_key, "A-1").list())

    assert [c.status for c in changes] == ["free", "booked"]


def test_extra_data(events: OfficialEvents, event_key: str) -> None:
    events.update_extra_data(event_key, "A-1", {"foo": "bar"})
    events.update_extra_datas(event_key, {"A-2": {"a": 1}, "A-3": {"b": [1, 2]}})

    infos = events.retrieve_object_infos(event_key, ["A-1", "A-2", "A-3"])

    assert [infos[label].extra_data for label in ("A-1", "A-2", "A-3")] == [
        {"foo": "bar"},
        {"a": 1},
        {"b": [1, 2]},
    ]
