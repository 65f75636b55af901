"""The status rules for one object of one event (object-status.md §1.2-1.5).

`decide` returns the object's new state, or the errors that forbid the change (an event group
first refuses objects assigned to different channels across its events: `group_channel_error`).
Checks, in order:
for-sale (not for release), channels (not for objects in `resale`, not with `ignoreChannels`),
allowed/rejected previous statuses (`ILLEGAL_STATUS_CHANGE`, one error per violated list, with
the confirmed messages), the hold token, then the transition table (seats, tables, booths) or the
place counts (GA areas).

Transition table for a seat, table or booth (choices where the reference is unverified):
- hold: from `free` or `resale`, or re-hold by the same token; anything else is refused.
- book (`booked`): from `free`, `resale` or held; from `booked` or a custom status only when
  `allowedPreviousStatuses` names that status.
- custom status: from anything (custom -> custom is confirmed; custom on `booked` is allowed).
- resale: from anything.
- release: from anything (releasing a free object is accepted and recorded).
- with a hold token, every non-hold change needs the object held by exactly that token; without
  one, held objects may be changed anyway (back office). Holds by another token block holds.

GA areas count places: a hold takes free places; a booking or custom status with a token
converts that token's held places, without a token it takes free places; a release with a token
gives back that token's held places (never more), without a token booked places first, then held
ones. Resale places count as booked. Asking for more places than there are: 400.

Seasons (`season_status.py`): the override / use season status actions change only the event's
override counter; other changes of an object whose status comes from a season (or, on a season,
that one of its events took) are refused, and GA areas lose the places the seasons use.

Effects: `holdToken` is set by holds and cleared otherwise; `orderId`, `ticketType` and
`resaleListingId` (resale only) take the request's values and are cleared when not given,
except that resale keeps the order id and ticket type it is not given (the docs' example);
extra data is kept with `keepExtraData` (a per-object `extraData` in the request still wins) and
otherwise replaced by the request's per-object `extraData`, or cleared.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from seatsio_typed.testing._charts import ObjectDef
from seatsio_typed.testing._engine.holds import settle_area_status
from seatsio_typed.testing._engine.records import (
    BOOKED,
    FREE,
    HELD,
    NO_CHANNEL,
    NO_TICKET_TYPE,
    RESALE,
    ObjectState,
)
from seatsio_typed.testing._engine.requests import ObjectRequest, StatusChangeSpec
from seatsio_typed.testing._engine.season_status import decide_season_action
from seatsio_typed.testing._engine.view import EventView, area_free_places
from seatsio_typed.testing._wire.messages import ErrorDetail

ILLEGAL_STATUS_CHANGE: Final = "ILLEGAL_STATUS_CHANGE"
OBJECT_NOT_FOR_SALE: Final = "OBJECT_NOT_FOR_SALE"
CHANNEL_KEY_REQUIRED: Final = "CHANNEL_KEY_REQUIRED"
NOT_ENOUGH_FREE_PLACES: Final = "NOT_ENOUGH_FREE_PLACES"


def decide(
    view: EventView,
    obj: ObjectDef,
    current: ObjectState,
    spec: StatusChangeSpec,
    requests: Sequence[ObjectRequest],
) -> ObjectState | list[ErrorDetail]:
    """The object's state after the change, or why the change is refused."""
    label = obj.label
    if spec.season_action is not None:
        places = sum(request.quantity for request in requests)
        return decide_season_action(
            view.season, obj, current, spec.season_action, spec.season, places, view.event.key
        )
    sale = view.for_sale(obj)
    if not spec.is_release and not sale.for_sale and current.status != RESALE:
        return [ErrorDetail(OBJECT_NOT_FOR_SALE, f"Object {label} is not for sale")]
    channel_error = _channel_error(view, label, current, spec)
    if channel_error is not None:
        return [channel_error]
    if view.season is not None:
        season_error = view.season.refusal(obj, current, spec.status)
        if season_error is not None:
            return [season_error]
    illegal = _previous_status_errors(current.status, spec)
    if illegal:
        return illegal
    if obj.object_type == "generalAdmission":
        free_places = area_free_places(obj, current, sale)
        if view.season is not None:
            free_places = max(0, free_places - view.season.places_taken(obj, current))
        return _decide_area(obj, current, spec, requests, free_places)
    return _decide_single(label, current, spec, requests[0])


def _channel_error(
    view: EventView, label: str, current: ObjectState, spec: StatusChangeSpec
) -> ErrorDetail | None:
    if spec.ignore_channels or current.status == RESALE:
        return None
    channel = view.channel(label)
    allowed = spec.channel_keys
    if channel is not None:
        if allowed is None or channel not in allowed:
            return ErrorDetail(
                CHANNEL_KEY_REQUIRED,
                f"Object {label} is in channel {channel}; pass its channel key or ignoreChannels",
            )
        return None
    if allowed is not None and NO_CHANNEL not in allowed:
        return ErrorDetail(
            CHANNEL_KEY_REQUIRED,
            f"Object {label} is in no channel; pass {NO_CHANNEL} among the channel keys",
        )
    return None


def group_channel_error(
    views: Sequence[EventView], label: str, states: Sequence[ObjectState], spec: StatusChangeSpec
) -> ErrorDetail | None:
    """An event group's refusal of an object assigned differently across its events.

    object-status.md §1.4: in a call on several events an object counts as in channel C only if
    it is in C on every event, so mixed assignments (C here, none or D there) cannot be changed
    whatever `channelKeys` says; `ignoreChannels` and objects in `resale` skip the check.
    """
    if spec.ignore_channels or spec.season_action is not None or len(views) < 2:
        return None
    channels = {
        view.channel(label)
        for view, state in zip(views, states, strict=True)
        if state.status != RESALE
    }
    if len(channels) < 2:
        return None
    named = ", ".join(sorted(NO_CHANNEL if key is None else key for key in channels))
    return ErrorDetail(
        CHANNEL_KEY_REQUIRED,
        f"Object {label} is in different channels in the events of this call ({named})",
    )


def _previous_status_errors(status: str, spec: StatusChangeSpec) -> list[ErrorDetail]:
    errors: list[ErrorDetail] = []
    prefix = f"Cannot change from [{status}] to [{spec.status}]: {status} is"
    if spec.allowed_previous is not None and status not in spec.allowed_previous:
        errors.append(
            ErrorDetail(
                ILLEGAL_STATUS_CHANGE, f"{prefix} not in the list of allowed previous statuses"
            )
        )
    if spec.rejected_previous is not None and status in spec.rejected_previous:
        errors.append(
            ErrorDetail(
                ILLEGAL_STATUS_CHANGE, f"{prefix} in the list of rejected previous statuses"
            )
        )
    return errors


def _illegal(label: str, current: str, spec: StatusChangeSpec, why: str) -> list[ErrorDetail]:
    return [
        ErrorDetail(
            ILLEGAL_STATUS_CHANGE,
            f"Cannot change from [{current}] to [{spec.status}]: object {label} {why}",
        )
    ]


def _decide_single(
    label: str, current: ObjectState, spec: StatusChangeSpec, request: ObjectRequest
) -> ObjectState | list[ErrorDetail]:
    status = current.status
    held_by = current.hold_token if status == HELD else None
    token = spec.hold_token
    if spec.is_hold:
        if held_by is not None and held_by != token:
            return _illegal(label, status, spec, "is held with another hold token")
        if held_by is None and status not in (FREE, RESALE) and not _allowed(status, spec):
            return _illegal(label, status, spec, "is not free")
    else:
        if token is not None and held_by != token:
            return _illegal(label, status, spec, "is not held with the given hold token")
        booking_taken = spec.status == BOOKED and status not in (FREE, RESALE, HELD)
        if booking_taken and not _allowed(status, spec):
            return _illegal(label, status, spec, "is not free")
    changed = _with_fields(current, spec, request)
    changed.status = spec.status
    changed.hold_token = token if spec.is_hold else None
    return changed


def _allowed(status: str, spec: StatusChangeSpec) -> bool:
    # An explicit opt-in: the caller named the current status as an acceptable one.
    return spec.allowed_previous is not None and status in spec.allowed_previous


def _with_fields(
    current: ObjectState, spec: StatusChangeSpec, request: ObjectRequest
) -> ObjectState:
    changed = current.clone()
    # Resale keeps the ticket's order id and ticket type unless the request gives new ones: the
    # docs' resale example puts seats of order `order1` (ticket type `adult`) up for resale with
    # a body of labels only, and answers them with both kept. Other changes clear them.
    resale = spec.status == RESALE
    if spec.order_id is not None or not resale:
        changed.order_id = spec.order_id
    if request.ticket_type is not None or not resale:
        changed.ticket_type = request.ticket_type
    changed.resale_listing_id = spec.resale_listing_id if spec.status == RESALE else None
    if request.extra_data is not None:
        changed.extra_data = request.extra_data
    elif not spec.keep_extra_data:
        changed.extra_data = None
    return changed


def _decide_area(
    obj: ObjectDef,
    current: ObjectState,
    spec: StatusChangeSpec,
    requests: Sequence[ObjectRequest],
    free_places: int,
) -> ObjectState | list[ErrorDetail]:
    label = obj.label
    wanted = sum(request.quantity for request in requests)
    token = spec.hold_token
    changed = _with_fields(current, spec, requests[0])
    changed.ticket_type = None  # GA ticket types live in the holds
    if spec.is_hold:
        if token is None:  # pragma: no cover - the transaction refuses holds without a token
            return _illegal(label, current.status, spec, "needs a hold token")
        if wanted > free_places:
            return _not_enough(label, wanted, free_places)
        by_type = changed.holds.setdefault(token, {})
        for request in requests:
            kind = request.ticket_type or NO_TICKET_TYPE
            by_type[kind] = by_type.get(kind, 0) + request.quantity
        changed.status = HELD
        return changed
    if token is not None:
        held = current.held_by(token)
        if wanted > held:
            why = f"has {held} places held with the given hold token, not {wanted}"
            return _illegal(label, current.status, spec, why)
        _take_held(changed, token, requests)
    elif spec.is_release:
        in_use = current.num_booked + current.num_held
        if wanted > in_use:
            return _illegal(label, current.status, spec, f"has only {in_use} places in use")
        _release_untokened(changed, wanted)
    elif wanted > free_places:
        return _not_enough(label, wanted, free_places)
    if spec.is_release:
        changed.status = settle_area_status(changed)
    else:
        changed.num_booked += wanted
        changed.status = spec.status
    return changed


def _not_enough(label: str, wanted: int, free_places: int) -> list[ErrorDetail]:
    return [
        ErrorDetail(
            NOT_ENOUGH_FREE_PLACES,
            f"Not enough free places in {label}: {wanted} requested, {free_places} free",
        )
    ]


def _take_held(state: ObjectState, token: str, requests: Sequence[ObjectRequest]) -> None:
    """Remove a token's held places, from each request's ticket type first."""
    by_type = state.holds[token]
    for request in requests:
        preferred = request.ticket_type or NO_TICKET_TYPE
        _take(by_type, [preferred, *[k for k in by_type if k != preferred]], request.quantity)
    if not by_type:
        del state.holds[token]


def _release_untokened(state: ObjectState, places: int) -> None:
    """A back-office release: booked places first, then held ones (oldest token first)."""
    from_booked = min(places, state.num_booked)
    state.num_booked -= from_booked
    remaining = places - from_booked
    for token in list(state.holds):
        by_type = state.holds[token]
        remaining = _take(by_type, list(by_type), remaining)
        if not by_type:
            del state.holds[token]


def _take(by_type: dict[str, int], kinds: list[str], places: int) -> int:
    """Take up to `places` from the ticket-type buckets in order; returns what is still owed."""
    for kind in kinds:
        taken = min(places, by_type.get(kind, 0))
        if taken:
            by_type[kind] -= taken
            places -= taken
            if by_type[kind] == 0:
                del by_type[kind]
    return places
