"""Applying status changes all-or-nothing (object-status.md §1.2 rule 9, §3.3).

A `Transaction` stages new object states on top of the events' current state: later changes of
the same call (the next event of a group, the next item of a batch) see what earlier ones staged.
Every problem found becomes one error; if there is any, `commit` raises a 400 carrying all of
them and no event changes. Otherwise the staged states are written, one status-change record per
object and event is appended (in application order), and hold tokens learn where they hold.

Repeated labels in one `objects` array are one object: a GA area gets the sum of the places, a
seat is changed once (its first entry's ticket type and extra data count).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from seatsio_typed.testing._charts import ObjectDef
from seatsio_typed.testing._engine.holds import HoldTokenStore
from seatsio_typed.testing._engine.records import Event, ObjectState, Origin
from seatsio_typed.testing._engine.requests import ObjectRequest, StatusChangeSpec
from seatsio_typed.testing._engine.rules import decide, group_channel_error
from seatsio_typed.testing._engine.status_changes import record_status_change
from seatsio_typed.testing._engine.view import EventView
from seatsio_typed.testing._state.keys import IdCounters
from seatsio_typed.testing._wire.messages import ApiError, ErrorDetail, JSONObject

OBJECT_NOT_FOUND = "OBJECT_NOT_FOUND"
HOLD_TOKEN_NOT_FOUND = "HOLD_TOKEN_NOT_FOUND"
HOLD_TOKEN_REQUIRED = "HOLD_TOKEN_REQUIRED"


@dataclass(frozen=True, slots=True)
class _Pending:
    event: Event
    label: str
    state: ObjectState
    quantity: int
    spec: StatusChangeSpec


@dataclass(frozen=True, slots=True)
class SpecResult:
    """What one spec changed on its first event: label -> (object, state after the spec)."""

    view: EventView
    objects: dict[str, tuple[ObjectDef, ObjectState]]

    def to_json(self) -> JSONObject:
        """`{"objects": {label: EventObjectInfo}}` (ChangeObjectStatusResult)."""
        return {
            "objects": {
                label: self.view.object_info(obj, state)
                for label, (obj, state) in self.objects.items()
            }
        }


@dataclass
class Transaction:
    """Status changes staged over several events, committed only if every check passed."""

    views: dict[int, EventView]
    """One view per event taking part (event id -> view)."""
    holds: HoldTokenStore
    now: datetime
    ip: str
    errors: list[ErrorDetail] = field(default_factory=list[ErrorDetail])
    _staged: dict[tuple[int, str], ObjectState] = field(
        default_factory=dict[tuple[int, str], ObjectState]
    )
    _pending: list[_Pending] = field(default_factory=list[_Pending])

    def state(self, event: Event, label: str) -> ObjectState:
        """The object's state as this transaction sees it so far."""
        staged = self._staged.get((event.id, label))
        return staged if staged is not None else event.state_of(label)

    def apply(self, spec: StatusChangeSpec, events: list[Event]) -> SpecResult:
        """Stage one spec on its events; problems go to `errors`."""
        first = self.views[events[0].id]
        result = SpecResult(first, {})
        if not self._token_usable(spec):
            return result
        grouped = _group(spec.objects)
        mixed = self._mixed_channels(spec, events, grouped)
        for event in events:
            view = self.views[event.id]
            for label, requests in grouped.items():
                if label in mixed:
                    continue
                obj = view.object(label)
                if obj is None:
                    self.errors.append(_unknown_object(label, event, view))
                    continue
                outcome = decide(view, obj, self.state(event, label), spec, requests)
                if isinstance(outcome, list):
                    self.errors.extend(outcome)
                    continue
                self._staged[(event.id, label)] = outcome
                quantity = (
                    sum(request.quantity for request in requests)
                    if obj.object_type == "generalAdmission"
                    else 1
                )
                self._pending.append(_Pending(event, label, outcome, quantity, spec))
                if view is first:
                    result.objects[label] = (obj, outcome)
        return result

    def _mixed_channels(
        self, spec: StatusChangeSpec, events: list[Event], grouped: dict[str, list[ObjectRequest]]
    ) -> set[str]:
        """Labels an event group refuses as a whole: assigned to different channels across its
        events (one error each, `rules.group_channel_error`)."""
        if len(events) < 2:
            return set()
        views = [self.views[event.id] for event in events]
        mixed: set[str] = set()
        for label in grouped:
            states = [self.state(event, label) for event in events]
            error = group_channel_error(views, label, states, spec)
            if error is not None:
                self.errors.append(error)
                mixed.add(label)
        return mixed

    def _token_usable(self, spec: StatusChangeSpec) -> bool:
        token = spec.hold_token
        if token is None:
            if spec.is_hold:
                self.errors.append(
                    ErrorDetail(HOLD_TOKEN_REQUIRED, "A hold token is required to hold objects")
                )
                return False
            return True
        if self.holds.get(token) is None:
            self.errors.append(
                ErrorDetail(HOLD_TOKEN_NOT_FOUND, f"Hold token {token} does not exist or expired")
            )
            return False
        return True

    def commit(self, ids: IdCounters) -> None:
        """Write everything staged, or raise one 400 with every error found."""
        if self.errors:
            raise ApiError(400, self.errors)
        for (event_id, label), state in self._staged.items():
            self.views[event_id].event.store_state(label, state)
        origin = Origin("API_CALL", self.ip)
        for pending in self._pending:
            spec = pending.spec
            if spec.season_action is not None:
                continue  # overriding a season status changes no status: nothing to record
            record_status_change(
                pending.event,
                ids,
                label=pending.label,
                status=spec.status,
                quantity=pending.quantity,
                date=self.now,
                origin=origin,
                hold_token=spec.hold_token,
                order_id=spec.order_id,
                extra_data=pending.state.extra_data,
            )
            if spec.is_hold and spec.hold_token is not None:
                token = self.holds.get(spec.hold_token)
                if token is not None:
                    token.events.add(pending.event.id)


def _group(objects: tuple[ObjectRequest, ...]) -> dict[str, list[ObjectRequest]]:
    grouped: dict[str, list[ObjectRequest]] = {}
    for request in objects:
        grouped.setdefault(request.label, []).append(request)
    return grouped


def _unknown_object(label: str, event: Event, view: EventView) -> ErrorDetail:
    if view.index.lookup(label):
        return ErrorDetail(
            OBJECT_NOT_FOUND,
            f"Object {label} is not bookable in event {event.key} under its table booking mode",
        )
    return ErrorDetail(OBJECT_NOT_FOUND, f"Object not found: {label} in event {event.key}")
