"""The official client's other public names: constants, factories, positional constructors."""

from __future__ import annotations

import json

import pytest

import seatsio_typed
from seatsio_typed import (
    Category,
    Chart,
    EventObjectInfo,
    ForSaleConfig,
    HoldToken,
    ObjectProperties,
    ObjectStatus,
    TableBookingConfig,
    TableMode,
)
from tests.reference import load_example
from tests.unit.support import FakeServer, Harness, Kind, json_reply, object_info


def test_status_constants_have_the_official_values() -> None:
    assert (EventObjectInfo.FREE, EventObjectInfo.BOOKED) == ("free", "booked")
    assert (EventObjectInfo.HELD, EventObjectInfo.RESALE) == ("reservedByToken", "resale")
    assert EventObjectInfo.HELD is ObjectStatus.RESERVED_BY_TOKEN
    assert "HELD" not in EventObjectInfo.model_fields


def test_a_status_read_from_the_api_compares_with_the_constants() -> None:
    info = EventObjectInfo.model_validate(object_info("A-1", "reservedByToken"))
    assert info.status == EventObjectInfo.HELD


@pytest.mark.parametrize(
    ("config", "wire"),
    [
        (TableBookingConfig.inherit(), {"mode": "INHERIT"}),
        (TableBookingConfig.all_by_seat(), {"mode": "ALL_BY_SEAT"}),
        (TableBookingConfig.all_by_table(), {"mode": "ALL_BY_TABLE"}),
        (
            TableBookingConfig.custom({"T1": "BY_TABLE", "T2": TableMode.BY_SEAT}),
            {"mode": "CUSTOM", "tables": {"T1": "BY_TABLE", "T2": "BY_SEAT"}},
        ),
    ],
)
def test_table_booking_config_factories(config: TableBookingConfig, wire: object) -> None:
    assert config.to_wire() == wire


def test_for_sale_config_create_new_like_the_official_client() -> None:
    config = ForSaleConfig.create_new(False, ["A-1"], {"GA1": 3}, ["cat1"])
    assert config.to_wire() == {
        "forSale": False,
        "objects": ["A-1"],
        "areaPlaces": {"GA1": 3},
        "categories": ["cat1"],
    }
    assert ForSaleConfig.create_new(True) == ForSaleConfig(for_sale=True)


def test_object_properties_take_the_label_positionally() -> None:
    positional = ObjectProperties("A-1", {"note": "x"}, "adult", 2)
    keywords = ObjectProperties(
        object_id="A-1", extra_data={"note": "x"}, ticket_type="adult", quantity=2
    )
    assert positional == keywords
    assert ObjectProperties("A-1", ticket_type="adult").to_wire() == {
        "objectId": "A-1",
        "ticketType": "adult",
    }


async def test_positional_object_properties_on_the_wire(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"objects": {}})))
    await h.call(lambda c: c.events.book("concert", [ObjectProperties("GA1", quantity=2)]))
    assert h.server.body()["objects"] == [{"objectId": "GA1", "quantity": 2}]  # type: ignore[index]


def test_category_takes_its_fields_positionally_and_still_parses_responses() -> None:
    assert Category(1, "Stalls", "#ff0000", True) == Category(
        key=1, label="Stalls", color="#ff0000", accessible=True
    )
    assert Category("vip", "VIP").color is None
    parsed = Category.model_validate({"key": 1, "label": "Stalls", "color": "#f00", "extra": 1})
    assert parsed.model_extra == {"extra": 1}


def test_create_builds_a_response_model_from_a_json_dict() -> None:
    body = json.loads(load_example("hold-tokens.create.response.json"))
    token = HoldToken.create(body)
    assert isinstance(token, HoldToken)
    assert token == HoldToken.model_validate_json(load_example("hold-tokens.create.response.json"))
    chart = Chart.create({"id": 1, "key": "k", "name": "n", "status": "NOT_USED"})
    assert type(chart) is Chart
    with pytest.raises(ValueError, match="key"):
        Chart.create({"id": 1})


def test_an_object_category_key_compares_with_the_category_key() -> None:
    # The API sends the key of a numeric category as a number or as its decimal text.
    categories = [Category(4, "Ground Floor"), Category("vip", "VIP")]
    by_key = {category.key: category for category in categories}
    for sent in (4, "4"):
        info = EventObjectInfo.model_validate(object_info("A-1", categoryKey=sent))
        assert info.category_key == 4
        assert info.category_key in by_key
    vip = EventObjectInfo.model_validate(object_info("A-2", categoryKey="vip"))
    assert by_key[vip.category_key].label == "VIP"  # type: ignore[index]
    for text in ("04", " 4", "4.0", "\u0664"):
        odd = EventObjectInfo.model_validate(object_info("A-3", categoryKey=text))
        assert odd.category_key == text


def test_the_official_exception_names_are_exported() -> None:
    for name in (
        "SeatsioException",
        "RateLimitExceededException",
        "BestAvailableObjectsNotFoundException",
    ):
        assert issubclass(getattr(seatsio_typed, name), seatsio_typed.SeatsioException)
