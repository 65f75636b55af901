"""Where an event report reads its objects: the `seasonBookingsPropagated` switch.

reports.md §3.8 (83.21, semantics unverified): `seasonBookingsPropagated=false` asks for the
event's report without the statuses that come from bookings made on its season, i.e. each object
as it stands in the event itself. Outside seasons both readings are the event's own state.

The season propagation itself is the seasons engine's: `EventView` applies a season's bookings
to the event's own state inside `object_info`, unless the view was built with
`season_bookings_propagated=False`. So reports take the event's own state (`report_state`) and
build their view with `report_view`, the one place that passes the switch on.
"""

from __future__ import annotations

from seatsio_typed.testing._engine.records import Event, ObjectState
from seatsio_typed.testing._engine.view import EventView
from seatsio_typed.testing._state.chart_store import Chart


def report_view(event: Event, chart: Chart, *, propagated: bool) -> EventView:
    """The event with its chart as a report sees it.

    Args:
        event: the event reported on.
        chart: its chart.
        propagated: False for `?seasonBookingsPropagated=false`: season bookings left out.
    """
    return EventView(event, chart, season_bookings_propagated=propagated)


def report_state(event: Event, label: str) -> ObjectState:
    """The event's own state of one object, which the report's view turns into what it shows.

    Args:
        event: the event reported on.
        label: the object's technical label.

    Returns:
        The object's state (the shared pristine state when untouched: never mutate it).
    """
    return event.state_of(label)
