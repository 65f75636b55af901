"""Channels, for-sale config and table booking modes in status changes (§1.2 rules 2, 6, 7)."""

from __future__ import annotations

import httpx
import pytest

from ._events_support import change, changed, codes, create_event, info, ok, status_of

CHANNELS = [
    {"key": "vip", "name": "VIP", "color": "#ff0000", "objects": ["A-1", "GA1"]},
    {"key": "press", "name": "Press", "color": "#00ff00", "objects": ["A-2"]},
]


@pytest.fixture
def channelled(admin: httpx.Client, chart: str) -> str:
    create_event(admin, chart, eventKey="e1", channels=CHANNELS)
    return "e1"


def test_object_info_names_the_channel(admin: httpx.Client, channelled: str) -> None:
    assert info(admin, channelled, "A-1")["channel"] == "vip"
    assert "channel" not in info(admin, channelled, "A-3")


def test_an_object_in_a_channel_needs_its_key(admin: httpx.Client, channelled: str) -> None:
    assert codes(change(admin, channelled, ["A-1"])) == ["CHANNEL_KEY_REQUIRED"]
    assert codes(change(admin, channelled, ["A-1"], channelKeys=["press"])) == [
        "CHANNEL_KEY_REQUIRED"
    ]
    assert changed(admin, channelled, ["A-1"], channelKeys=["vip"])["A-1"]["status"] == "booked"


def test_ignore_channels_skips_the_check(admin: httpx.Client, channelled: str) -> None:
    objects = changed(admin, channelled, ["A-1", "A-2", "GA1"], ignoreChannels=True)

    assert {label: obj["status"] for label, obj in objects.items()} == {
        "A-1": "booked",
        "A-2": "booked",
        "GA1": "booked",
    }


def test_channel_checks_apply_to_release_too(admin: httpx.Client, channelled: str) -> None:
    changed(admin, channelled, ["A-1"], ignoreChannels=True)

    assert codes(change(admin, channelled, ["A-1"], None)) == ["CHANNEL_KEY_REQUIRED"]
    assert changed(admin, channelled, ["A-1"], None, channelKeys=["vip"])["A-1"]["status"] == "free"


def test_objects_without_channel_need_no_channel_among_given_keys(
    admin: httpx.Client, channelled: str
) -> None:
    assert codes(change(admin, channelled, ["A-3"], channelKeys=["vip"])) == [
        "CHANNEL_KEY_REQUIRED"
    ]
    objects = changed(admin, channelled, ["A-1", "A-3"], channelKeys=["vip", "NO_CHANNEL"])
    assert objects["A-3"]["status"] == "booked"
    assert changed(admin, channelled, ["A-4"])["A-4"]["status"] == "booked"


def test_resale_objects_skip_channel_checks(admin: httpx.Client, channelled: str) -> None:
    changed(admin, channelled, ["A-1"], "resale", ignoreChannels=True)

    assert changed(admin, channelled, ["A-1"])["A-1"]["status"] == "booked"


@pytest.mark.parametrize(
    "config",
    [
        {"forSale": False, "objects": ["A-1"]},
        {"forSale": False, "categories": ["vip"]},
        {"forSale": False, "categories": ["VIP"]},
        {"forSale": True, "objects": ["A-2"]},
    ],
    ids=["listed-object", "category-key", "category-label", "not-whitelisted"],
)
def test_not_for_sale_objects_cannot_be_booked(
    admin: httpx.Client, chart: str, config: dict[str, object]
) -> None:
    not_for_sale = "B-1" if "categories" in config else "A-1"
    create_event(admin, chart, eventKey="e1", forSaleConfig=config)

    assert codes(change(admin, "e1", [not_for_sale])) == ["OBJECT_NOT_FOR_SALE"]
    seat = info(admin, "e1", not_for_sale)
    assert seat["forSale"] is False
    assert seat["isAvailable"] is False
    assert seat["availabilityReason"] == "not_for_sale"
    assert changed(admin, "e1", [not_for_sale], None)[not_for_sale]["status"] == "free"


def test_for_sale_objects_of_a_whitelist_can_be_booked(admin: httpx.Client, chart: str) -> None:
    create_event(admin, chart, eventKey="e1", forSaleConfig={"forSale": True, "objects": ["A-2"]})

    assert changed(admin, "e1", ["A-2"])["A-2"]["status"] == "booked"
    assert info(admin, "e1", "A-3")["forSale"] is False


def test_area_places_not_for_sale_reduce_the_free_places(admin: httpx.Client, chart: str) -> None:
    create_event(
        admin, chart, eventKey="e1", forSaleConfig={"forSale": False, "areaPlaces": {"GA1": 7}}
    )

    area = info(admin, "e1", "GA1")
    assert (area["forSale"], area["numNotForSale"], area["numFree"]) == (True, 7, 3)
    assert codes(change(admin, "e1", [{"objectId": "GA1", "quantity": 4}])) == [
        "NOT_ENOUGH_FREE_PLACES"
    ]
    assert changed(admin, "e1", [{"objectId": "GA1", "quantity": 3}])["GA1"]["numFree"] == 0


def test_object_categories_override_the_chart_category(admin: httpx.Client, chart: str) -> None:
    create_event(
        admin,
        chart,
        eventKey="e1",
        objectCategories={"A-1": "vip", "A-2": "extra"},
        categories=[{"key": "extra", "label": "Extra", "color": "#000"}],
    )

    assert (info(admin, "e1", "A-1")["categoryKey"], info(admin, "e1", "A-1")["categoryLabel"]) == (
        "vip",
        "VIP",
    )
    assert info(admin, "e1", "A-2")["categoryLabel"] == "Extra"
    assert info(admin, "e1", "A-3")["categoryKey"] == "1"


@pytest.mark.parametrize(
    ("config", "bookable", "not_bookable"),
    [
        ({"mode": "INHERIT"}, ["T1-1", "T2"], ["T1", "T2-1"]),
        ({"mode": "ALL_BY_SEAT"}, ["T1-1", "T2-1"], ["T1", "T2"]),
        ({"mode": "ALL_BY_TABLE"}, ["T1", "T2"], ["T1-1", "T2-1"]),
        ({"mode": "CUSTOM", "tables": {"T1": "BY_TABLE", "T2": "BY_SEAT"}}, ["T1", "T2-1"], ["T2"]),
    ],
)
def test_table_booking_mode_decides_which_labels_exist(
    admin: httpx.Client,
    chart: str,
    config: dict[str, object],
    bookable: list[str],
    not_bookable: list[str],
) -> None:
    create_event(admin, chart, eventKey="e1", tableBookingConfig=config)

    objects = changed(admin, "e1", bookable)
    assert {label: obj["status"] for label, obj in objects.items()} == dict.fromkeys(
        bookable, "booked"
    )
    for label in not_bookable:
        assert codes(change(admin, "e1", [label])) == ["OBJECT_NOT_FOUND"]
        assert codes(admin.get("/events/e1/objects", params={"label": label}), 404) == [
            "OBJECT_NOT_FOUND"
        ]


def test_a_table_booked_as_a_whole_reports_its_seats(admin: httpx.Client, chart: str) -> None:
    create_event(admin, chart, eventKey="e1")

    table = changed(admin, "e1", ["T2"])["T2"]

    assert table["objectType"] == "table"
    assert table["numSeats"] == 3
    assert table["bookAsAWhole"] is True


def test_switching_table_mode_marks_old_status_changes(admin: httpx.Client, chart: str) -> None:
    create_event(admin, chart, eventKey="e1", tableBookingConfig={"mode": "ALL_BY_TABLE"})
    changed(admin, "e1", ["T1"])
    ok(admin.post("/events/e1", json={"tableBookingConfig": {"mode": "ALL_BY_SEAT"}}))
    changed(admin, "e1", ["T1-1"])

    records = {
        item["objectLabel"]: item for item in ok(admin.get("/events/e1/status-changes"))["items"]
    }

    assert records["T1"]["isPresentOnChart"] is False
    assert records["T1"]["notPresentOnChartReason"] == "SWITCHED_TO_BOOK_BY_SEAT"
    assert records["T1-1"]["isPresentOnChart"] is True
    assert "notPresentOnChartReason" not in records["T1-1"]
    ok(admin.post("/events/e1", json={"tableBookingConfig": {"mode": "ALL_BY_TABLE"}}))
    again = ok(admin.get("/events/e1/objects/T1-1/status-changes"))["items"][0]
    assert again["notPresentOnChartReason"] == "SWITCHED_TO_BOOK_WHOLE_TABLE"
    assert status_of(admin, "e1", "T1") == "booked"
