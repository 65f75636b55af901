"""UtcDatetime and DecimalText: the wire formats of timestamps and stringly keys."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from seatsio_typed.models import DecimalText, ResponseModel, UtcDatetime

_UTC = timezone.utc


class _Stamped(ResponseModel):
    at: UtcDatetime


class _Keyed(ResponseModel):
    key: DecimalText


def _parse(text: str) -> datetime:
    return _Stamped.model_validate_json(f'{{"at": "{text}"}}'.encode()).at


@pytest.mark.parametrize(
    ("text", "microsecond"),
    [
        ("2018-09-13T00:16:43.176Z", 176000),
        ("2018-09-13T00:16:43Z", 0),
        ("2018-09-13T00:16:43.1Z", 100000),
        ("2018-09-13T00:16:43.123456Z", 123456),
        ("2018-09-13T00:16:43.123456789Z", 123456),
    ],
)
def test_timestamps_parse_as_aware_utc(text: str, microsecond: int) -> None:
    parsed = _parse(text)

    assert parsed == datetime(2018, 9, 13, 0, 16, 43, microsecond, tzinfo=timezone.utc)
    assert parsed.tzinfo is timezone.utc


def test_offsets_are_converted_to_utc() -> None:
    parsed = _parse("2018-09-13T02:16:43+02:00")

    assert parsed.tzinfo is timezone.utc
    assert parsed.hour == 0


def test_naive_timestamps_are_read_as_utc() -> None:
    parsed = _parse("2018-09-13T00:16:43")

    assert parsed == datetime(2018, 9, 13, 0, 16, 43, tzinfo=timezone.utc)


def test_malformed_timestamp_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        _parse("yesterday")

    assert caught.value.errors()[0]["loc"] == ("at",)


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (datetime(2017, 5, 5, 10, 58, 44, 715000, tzinfo=timezone.utc), "2017-05-05T10:58:44.715Z"),
        (datetime(2017, 5, 5, 10, 58, 44, tzinfo=timezone.utc), "2017-05-05T10:58:44.000Z"),
        (
            datetime(2017, 5, 5, 10, 58, 44, 123456, tzinfo=timezone.utc),
            "2017-05-05T10:58:44.123456Z",
        ),
        (
            datetime(2017, 5, 5, 12, 58, 44, 715000, tzinfo=timezone(timedelta(hours=2))),
            "2017-05-05T10:58:44.715Z",
        ),
    ],
)
def test_timestamps_serialise_with_z(value: datetime, wire: str) -> None:
    assert _Stamped(at=value).to_wire() == {"at": wire}


def test_timestamp_round_trip_is_exact() -> None:
    raw = b'{"at":"2017-05-05T10:58:44.715Z"}'

    assert _Stamped.model_validate_json(raw).to_wire_json() == raw


@pytest.mark.parametrize(("raw", "key"), [(b'{"key": 6}', "6"), (b'{"key": "9"}', "9")])
def test_decimal_text_accepts_numbers_and_strings(raw: bytes, key: str) -> None:
    assert _Keyed.model_validate_json(raw).key == key


@pytest.mark.parametrize("raw", [b'{"key": true}', b'{"key": [1]}'])
def test_decimal_text_refuses_other_json_types(raw: bytes) -> None:
    with pytest.raises(ValidationError):
        _Keyed.model_validate_json(raw)
