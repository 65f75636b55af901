"""Where an event report reads its objects: the `seasonBookingsPropagated` switch.

reports.md §3.8 (83.21, semantics unverified): `seasonBookingsPropagated=false` asks for the
event's report without the statuses that come from bookings made on its season, i.e. each object
as it stands in the event itself. Outside seasons both readings are the event's own state.

The season propagation itself is provided by the seasons engine (emu-seasons, being merged at
the same time): there `EventView` applies a season's bookings to the event's own state inside
`object_info`, unless the view was built with `season_bookings_propagated=False`. So reports
take the event's own state (`report_state`) and build their view with `report_view`, the one
place that passes the switch on; before the seasons engine is merged, there is nothing to
leave out and the plain view is used.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Final, cast

from seatsio_typed.testing._engine.records import Event, ObjectState
from seatsio_typed.testing._engine.view import EventView
from seatsio_typed.testing._state.chart_store import Chart

_VIEW_TAKES_SWITCH: Final = "season_bookings_propagated" in inspect.signature(EventView).parameters
"""Whether `EventView` knows seasons (true once the seasons engine is merged)."""


def report_view(event: Event, chart: Chart, *, propagated: bool) -> EventView:
    """The event with its chart as a report sees it.

    Args:
        event: the event reported on.
        chart: its chart.
        propagated: False for `?seasonBookingsPropagated=false`: season bookings left out.
    """
    if propagated or not _VIEW_TAKES_SWITCH:
        return EventView(event, chart)
    # Typed loosely on purpose: the keyword exists only once the seasons engine is merged.
    build = cast("Callable[..., EventView]", EventView)
    return build(event, chart, season_bookings_propagated=False)


def report_state(event: Event, label: str) -> ObjectState:
    """The event's own state of one object, which the report's view turns into what it shows.

    Args:
        event: the event reported on.
        label: the object's technical label.

    Returns:
        The object's state (the shared pristine state when untouched: never mutate it).
    """
    return event.state_of(label)
