"""Status-change request bodies read into `StatusChangeSpec`s (object-status.md §2.1, §3.1-3.3).

Objects may be given as label strings or as `{objectId, ticketType?, quantity?, extraData?}`,
mixed freely. Options that are absent or `null` take their defaults; `ignoreSocialDistancing`
is accepted and ignored. The season types of the batch endpoint (`OVERRIDE_SEASON_STATUS`,
`USE_SEASON_STATUS`, with an optional `season` key) become specs with a `season_action`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from seatsio_typed.testing._engine.best_available import BestAvailableQuery
from seatsio_typed.testing._engine.records import FREE, HELD
from seatsio_typed.testing._wire.body import JsonArray, JsonObject, json_type_name, schema_error
from seatsio_typed.testing._wire.messages import JSONObject

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
    season_action: str | None = None
    """`OVERRIDE_SEASON_STATUS` or `USE_SEASON_STATUS` (then `status` names the action)."""
    season: str | None = None
    """The season key given with a season action."""

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
    season_action = target if target in SEASON_TYPES else None
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
        season_action=season_action,
        season=body.optional_string("season") if season_action is not None else None,
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
        return kind
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
        element = objects.object_at(position)  # anything else must be an object (null too)
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


@dataclass(frozen=True, slots=True)
class BestAvailableRequest:
    """A best-available body: the search, and what each chosen object gets."""

    query: BestAvailableQuery
    extra_data: tuple[JSONObject, ...] | None
    ticket_types: tuple[str, ...] | None
    options: StatusChangeSpec
    """The request's options (hold token, order id, ...) with no objects yet."""

    def spec_for(self, labels: list[str]) -> StatusChangeSpec:
        """The status change of the chosen labels (a GA label once per place)."""
        objects = tuple(
            ObjectRequest(
                label,
                ticket_type=None if self.ticket_types is None else self.ticket_types[position],
                extra_data=None if self.extra_data is None else self.extra_data[position],
            )
            for position, label in enumerate(labels)
        )
        return replace(self.options, objects=objects)


def read_best_available(
    body: JsonObject, event_key: str, *, status: str | None = None
) -> BestAvailableRequest:
    """Read a best-available body (object-status.md §2.2, §3.4)."""
    params = body.child("bestAvailable")
    number = params.integer("number", minimum=1)
    extra = params.optional_array("extraData")
    ticket_types = params.optional_array("ticketTypes")
    for key, given in (("extraData", extra), ("ticketTypes", ticket_types)):
        if given is not None and len(given) != number:
            raise schema_error(
                f"{params.pointer_to(key)}: expected {number} items (the number), found "
                f"{len(given)}"
            )
    accessible = params.optional_integer("accessibleSeats", minimum=0, maximum=number) or 0
    categories = params.optional_array("categories")
    sections = _strings(params, "sections")
    channel_keys = _strings(body, "channelKeys")
    ignore_channels = body.optional_boolean("ignoreChannels") or False
    options = StatusChangeSpec(
        events=(event_key,),
        objects=(),
        status=status if status is not None else _target(body),
        hold_token=body.optional_string("holdToken"),
        order_id=body.optional_string("orderId"),
        keep_extra_data=body.optional_boolean("keepExtraData") or False,
        ignore_channels=ignore_channels,
        channel_keys=channel_keys,
    )
    return BestAvailableRequest(
        query=BestAvailableQuery(
            number=number,
            categories=None if categories is None else _keys_as_text(categories),
            zone=params.optional_string("zone"),
            sections=sections,
            accessible_seats=accessible,
            try_to_prevent_orphan_seats=params.optional_boolean("tryToPreventOrphanSeats")
            is not False,
            ignore_channels=ignore_channels,
            channel_keys=channel_keys,
        ),
        extra_data=None if extra is None else tuple(item.data for item in extra.objects()),
        ticket_types=None if ticket_types is None else tuple(ticket_types.strings()),
        options=options,
    )


def _keys_as_text(values: JsonArray) -> tuple[str, ...]:
    # Categories may be named by key (a number or a string) or by label.
    texts: list[str] = []
    for position, value in enumerate(values):
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise schema_error(
                f"{values.pointer}/{position}: expected type: String, found: "
                f"{json_type_name(value)}"
            )
        texts.append(str(value))
    return tuple(texts)
