"""Where an event report reads an object's state: the `seasonBookingsPropagated` switch.

reports.md §3.8 (83.21, semantics unverified): `seasonBookingsPropagated=false` asks for the
event's report without the statuses that come from bookings made on its season, i.e. each object
as it stands in the event itself. Season propagation is provided by the seasons engine
(emu-seasons); until it lands, an event's own state is all there is, so both readings are the
event's own state. When seasons propagate bookings, this function is the one place that must
tell the two apart: with `propagated=False` it returns the event's own state, ignoring what the
season contributed.
"""

from __future__ import annotations

from seatsio_typed.testing._engine.records import Event, ObjectState


def report_state(event: Event, label: str, *, propagated: bool) -> ObjectState:
    """The state a report shows for one object of an event.

    Args:
        event: the event reported on.
        label: the object's technical label.
        propagated: False for `?seasonBookingsPropagated=false`: the event's own state, without
            what a season booking contributed.

    Returns:
        The object's state (the shared pristine state when untouched: never mutate it).
    """
    # Today the event's own state is the only one (see the module docstring); `propagated`
    # is the seam where the seasons engine's view of the object plugs in.
    del propagated
    return event.state_of(label)
