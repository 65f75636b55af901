"""Best available: the request body with its checks, and the result."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from seatsio_typed.errors import RequestValidationError
from seatsio_typed.models import (
    BestAvailable,
    BestAvailableResult,
    ChangeBestAvailableObjectStatusRequest,
    ObjectStatus,
)
from tests.reference import load_example


def test_hold_best_available_reference_body_round_trips() -> None:
    body = json.loads(load_example("objects.hold.request.best-available.json"))
    body["status"] = "reservedByToken"

    request = ChangeBestAvailableObjectStatusRequest.model_validate_json(json.dumps(body))

    assert request.best_available.number == 2
    assert request.best_available.ticket_types == ["adult", "child"]
    assert request.to_wire() == body


def test_best_available_request_from_python() -> None:
    request = ChangeBestAvailableObjectStatusRequest(
        status=ObjectStatus.BOOKED,
        best_available=BestAvailable(
            number=3,
            categories=["cat2"],
            zone="midtrack",
            sections=["Section A"],
            try_to_prevent_orphan_seats=False,
            accessible_seats=1,
        ),
        order_id="o1",
        channel_keys=["NO_CHANNEL"],
    )

    assert request.to_wire() == {
        "status": "booked",
        "bestAvailable": {
            "number": 3,
            "categories": ["cat2"],
            "zone": "midtrack",
            "sections": ["Section A"],
            "tryToPreventOrphanSeats": False,
            "accessibleSeats": 1,
        },
        "orderId": "o1",
        "channelKeys": ["NO_CHANNEL"],
    }


@pytest.mark.parametrize(
    ("best_available", "message"),
    [
        ({"number": 0}, "number"),
        ({"number": "2"}, "number"),
        ({"number": 2, "ticketTypes": ["adult"]}, "ticket_types needs exactly number=2"),
        ({"number": 1, "extraData": [{"a": 1}, {"b": 2}]}, "extra_data needs exactly number=1"),
        ({"number": 1, "accessibleSeats": 2}, "accessible_seats cannot exceed"),
        ({"number": 1, "zones": ["a"]}, "zones"),
    ],
)
def test_invalid_best_available_is_refused(best_available: dict[str, object], message: str) -> None:
    body = {"status": "booked", "bestAvailable": best_available}

    with pytest.raises(ValidationError, match=message):
        ChangeBestAvailableObjectStatusRequest.model_validate_json(json.dumps(body))


def test_holding_best_available_needs_a_hold_token() -> None:
    with pytest.raises(RequestValidationError, match="hold_token"):
        ChangeBestAvailableObjectStatusRequest(
            status=ObjectStatus.RESERVED_BY_TOKEN, best_available=BestAvailable(number=1)
        )


def test_best_available_result_parses() -> None:
    details = json.loads(load_example("objects.put-up-for-resale.response.json"))["objects"]
    raw = json.dumps(
        {"objects": ["A-3", "A-5"], "objectDetails": details, "nextToEachOther": False}
    )

    result = BestAvailableResult.model_validate_json(raw)

    assert result.objects == ["A-3", "A-5"]
    assert sorted(result.object_details) == ["A-3", "A-5"]
    assert result.next_to_each_other is False
    assert (
        BestAvailableResult.model_validate({"objects": [], "objectDetails": {}}).next_to_each_other
        is None
    )
