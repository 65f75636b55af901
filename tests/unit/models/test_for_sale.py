"""For-sale configs: results and the edit / replace request bodies."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from seatsio_typed.models import (
    EditForSaleConfigForEventsRequest,
    EditForSaleConfigRequest,
    ForSaleConfig,
    ObjectAndQuantity,
    ReplaceForSaleConfigRequest,
)
from tests.reference import load_example


def test_for_sale_config_defaults_missing_parts_to_empty() -> None:
    config = ForSaleConfig.model_validate_json(b'{"forSale": true}')

    assert (config.for_sale, config.objects, config.area_places, config.categories) == (
        True,
        [],
        {},
        [],
    )


def test_for_sale_config_needs_for_sale() -> None:
    with pytest.raises(ValidationError) as caught:
        ForSaleConfig.model_validate_json(b'{"objects": ["A-1"]}')

    assert caught.value.errors()[0]["loc"] == ("forSale",)


def test_edit_request_matches_the_reference_body() -> None:
    raw = load_example("events.edit-for-sale-config.request.json")

    request = EditForSaleConfigRequest.model_validate_json(raw)

    assert request.to_wire() == json.loads(raw)
    assert request.not_for_sale == [ObjectAndQuantity(object="GA1", quantity=5)]


def test_edit_for_events_request_matches_the_reference_body() -> None:
    raw = load_example("events.edit-for-sale-config-for-events.request.json")

    request = EditForSaleConfigForEventsRequest.model_validate_json(raw)

    assert request.to_wire() == json.loads(raw)


def test_edit_request_from_python() -> None:
    request = EditForSaleConfigRequest(for_sale=[ObjectAndQuantity(object="A-1")])

    assert request.to_wire() == {"forSale": [{"object": "A-1"}]}


@pytest.mark.parametrize(
    "name",
    [
        "events.replace-for-sale-config.request.json",
        "events.mark-as-not-for-sale.request.area-places.json",
        "events.mark-as-not-for-sale.request.categories.json",
    ],
)
def test_replace_request_matches_the_reference_bodies(name: str) -> None:
    raw = load_example(name)

    assert ReplaceForSaleConfigRequest.model_validate_json(raw).to_wire() == json.loads(raw)


def test_replace_request_refuses_a_string_place_count() -> None:
    with pytest.raises(ValidationError) as caught:
        ReplaceForSaleConfigRequest.model_validate({"area_places": {"GA1": "3"}})

    assert caught.value.errors()[0]["loc"] == ("area_places", "GA1")
