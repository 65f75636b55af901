"""The exact message and `parameter` of a RequestValidationError (seatsio_typed.models._base).

`parameter` is the part of the path every problem shares (None when they share nothing); the
message lists each problem as `path: what is wrong`, joined by `; `.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from seatsio_typed import AsyncClient, Client, RequestValidationError
from seatsio_typed.models import ChangeObjectStatusInBatchRequest, RequestModel
from tests.unit.support import FakeServer, Harness, Kind

Call = Callable[[Client | AsyncClient], Awaitable[object] | object]
TOO_SHORT = "String should have at least 1 character"


async def refused(kind: Kind, call: Call) -> RequestValidationError:
    h = Harness(kind, FakeServer())
    with pytest.raises(RequestValidationError) as raised:
        await h.call(call)
    assert h.server.requests == []
    await h.close()
    return raised.value


async def test_problems_in_two_items_of_one_list_name_the_list(kind: Kind) -> None:
    error = await refused(kind, lambda c: c.events.book("concert", ["", "A-1", ""]))

    assert str(error) == f"objects.0.object_id: {TOO_SHORT}; objects.2.object_id: {TOO_SHORT}"
    assert error.parameter == "objects"


async def test_problems_in_two_parameters_name_none_of_them(kind: Kind) -> None:
    error = await refused(kind, lambda c: c.events.book(["concert", ""], [""]))

    assert str(error) == f"objects.0.object_id: {TOO_SHORT}; events.1: {TOO_SHORT}"
    assert error.parameter is None


async def test_a_rule_between_parameters_is_stated_as_written(kind: Kind) -> None:
    # A model-level rule has no path: the message is the rule alone, without pydantic's
    # "Value error, " prefix.
    error = await refused(kind, lambda c: c.events.status_changes("concert", sort_direction="asc"))

    assert str(error) == "sort_direction needs a sort_field"
    assert error.parameter is None


def test_problems_deep_in_one_item_name_that_item() -> None:
    # Problems at different depths of one batch item (two in one of its objects, one in its own
    # status): what they share is the item.
    # Any: the dicts are what is being refused.
    item: Any = {"event": "concert", "objects": [{"objectId": "", "quantity": 0}], "status": ""}
    with pytest.raises(RequestValidationError) as raised:
        ChangeObjectStatusInBatchRequest(status_changes=[item])

    assert raised.value.parameter == "status_changes.0"
    assert str(raised.value) == (
        f"status_changes.0.objects.0.object_id: {TOO_SHORT}; "
        "status_changes.0.objects.0.quantity: Input should be greater than 0; "
        f"status_changes.0.status: {TOO_SHORT}"
    )


class _Voucher(RequestModel):
    """A user's own request model (the escape hatch) with a pattern the SDK cannot explain."""

    code: str = Field(pattern=r"^[A-Z]{3}-[0-9]{4}$")


def test_a_pattern_the_sdk_does_not_know_is_not_spelled_out() -> None:
    with pytest.raises(RequestValidationError) as raised:
        _Voucher(code="abc-12")

    assert str(raised.value) == "code: not in the expected form"
    assert raised.value.parameter == "code"


class _Ticket(RequestModel):
    """A user's own model whose validator reports a pattern mismatch without the pattern."""

    seat: str

    @field_validator("seat")
    @classmethod
    def _looks_like_a_seat(cls, value: str) -> str:
        if "-" not in value:
            raise PydanticCustomError("string_pattern_mismatch", "should look like A-1")
        return value


def test_a_pattern_refusal_that_carries_no_pattern_still_reads() -> None:
    with pytest.raises(RequestValidationError) as raised:
        _Ticket(seat="A1")

    assert str(raised.value) == "seat: not in the expected form"
    assert raised.value.parameter == "seat"
