"""Status-change request bodies read into `StatusChangeSpec`s (object-status.md §2.1, §3.1-3.3).

Objects may be given as label strings or as `{objectId, ticketType?, quantity?, extraData?}`,
mixed freely. Options that are absent or `null` take their defaults; `ignoreSocialDistancing`
is accepted and ignored. The season types of the batch endpoint (`OVERRIDE_SEASON_STATUS`,
`USE_SEASON_STATUS`) are refused with 400 `SEASONS_NOT_SUPPORTED`: seasons are not emulated yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from seatsio_typed.testing._engine.records import FREE, HELD
from seatsio_typed.testing._validation import JsonArray, JsonObject, schema_error
from seatsio_typed.testing._wire import JSONObject, bad_request

CHANGE_STATUS_TO: Final = "CHANGE_STATUS_TO"
RELEASE: Final = "RELEASE"
SEASON_TYPES: Final = ("OVERRIDE_SEASON_STATUS", "USE_SEASON_STATUS")
TYPES: Final = (CHANGE_STATUS_TO, RELEASE, *SEASON_TYPES)


@dataclass(frozen=True, slots=True)
class ObjectRequest:
    """One element of `objects`."""

    label: str
    quantity: int = 1
    ticket_type: str | None = None
    extra_data: JSONObject | None = None


@dataclass(frozen=True, slots=True)
class StatusChangeSpec:
    """One status change to apply to some objects of some events."""

    events: tuple[str, ...]
    objects: tuple[ObjectRequest, ...]
    status: str
    """The target status; `free` for a release."""
    hold_token: str | None = None
    order_id: str | None = None
    keep_extra_data: bool = False
    ignore_channels: bool = False
    channel_keys: tuple[str, ...] | None = None
    allowed_previous: tuple[str, ...] | None = None
    rejected_previous: tuple[str, ...] | None = None
    resale_listing_id: str | None = None

    @property
    def is_release(self) -> bool:
        """Whether the objects are to become free."""
        return self.status == FREE

    @property
    def is_hold(self) -> bool:
        """Whether the objects are to be held with the hold token."""
        return self.status == HELD


def read_spec(
    body: JsonObject, events: tuple[str, ...], *, status: str | None = None
) -> StatusChangeSpec:
    """Read one status change; `status` fixes the target (the book/hold/release/... aliases)."""
    target = status if status is not None else _target(body)
    return StatusChangeSpec(
        events=events,
        objects=read_objects(body.array("objects")),
        status=target,
        hold_token=body.optional_string("holdToken"),
        order_id=body.optional_string("orderId"),
        keep_extra_data=body.optional_boolean("keepExtraData") or False,
        ignore_channels=body.optional_boolean("ignoreChannels") or False,
        channel_keys=_strings(body, "channelKeys"),
        allowed_previous=_strings(body, "allowedPreviousStatuses"),
        rejected_previous=_strings(body, "rejectedPreviousStatuses"),
        resale_listing_id=body.optional_string("resaleListingId"),
    )


def read_group_events(body: JsonObject) -> tuple[str, ...]:
    """The `events` array of an event-group call (at least one key)."""
    events = tuple(body.array("events").strings())
    if not events:
        raise schema_error(f"{body.pointer_to('events')}: expected at least 1 item, found 0")
    return events


def _target(body: JsonObject) -> str:
    kind = body.optional_enum("type", TYPES) or CHANGE_STATUS_TO
    if kind in SEASON_TYPES:
        raise bad_request(
            "SEASONS_NOT_SUPPORTED", f"{kind} needs seasons, which this emulator does not support"
        )
    status = body.optional_string("status")
    if kind == RELEASE:
        if status not in (None, FREE):
            raise schema_error(f"{body.pointer_to('status')}: must be absent for type RELEASE")
        return FREE
    if status is None:
        raise schema_error(f"{body.pointer}: required key [status] not found")
    if not status.strip():
        raise schema_error(f"{body.pointer_to('status')}: must not be blank")
    return status


def _strings(body: JsonObject, key: str) -> tuple[str, ...] | None:
    values = body.optional_array(key)
    return None if values is None else tuple(values.strings())


def read_objects(objects: JsonArray) -> tuple[ObjectRequest, ...]:
    """Read `objects`: label strings and `{objectId, ...}` objects, in any mixture."""
    result: list[ObjectRequest] = []
    for position, item in enumerate(objects):
        if isinstance(item, str):
            result.append(ObjectRequest(item))
            continue
        pointer = f"{objects.pointer}/{position}"
        if item is None:
            raise schema_error(f"{pointer}: expected type: JSONObject, found: null")
        element = JsonObject.from_json(item, pointer)
        extra = element.optional_child("extraData")
        result.append(
            ObjectRequest(
                label=element.string("objectId"),
                quantity=element.optional_integer("quantity", minimum=1) or 1,
                ticket_type=element.optional_string("ticketType"),
                extra_data=None if extra is None else extra.data,
            )
        )
    return tuple(result)
