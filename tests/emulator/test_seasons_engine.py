"""The engine's season API for other engine code (reports with `seasonBookingsPropagated=false`):
`EventView(..., season_bookings_propagated=...)`, its `state` and `object_info`."""

from __future__ import annotations

import httpx

from seatsio_typed.testing import Emulator, TestCompany
from seatsio_typed.testing._engine.records import ForSaleConfig
from seatsio_typed.testing._engine.store import EventStore
from seatsio_typed.testing._engine.view import EventView

from ._events_support import change, changed, codes, default_workspace, info, ok
from ._seasons_support import create_season


def test_effective_state_with_and_without_season_propagation(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, chart: str
) -> None:
    create_season(admin, chart, key="s", eventKeys=["e1"])
    changed(admin, "s", ["A-1", {"objectId": "GA1", "quantity": 2}])
    changed(admin, "e1", ["A-2"])
    workspace = default_workspace(emulator, company)
    event = workspace.store(EventStore).require("e1", workspace.key)
    chart_record = workspace.charts.require(chart, workspace.key)
    shown = EventView(event, chart_record).state
    alone = EventView(event, chart_record, season_bookings_propagated=False).state

    assert shown("A-1").status == "booked"
    assert alone("A-1").status == "free"
    assert shown("GA1").num_booked == 2
    assert alone("GA1").num_booked == 0
    assert alone("A-2").status == "booked"


def test_a_view_without_propagation_renders_the_event_alone(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, chart: str
) -> None:
    create_season(admin, chart, key="s", eventKeys=["e1"])
    changed(admin, "s", ["A-1"])
    workspace = default_workspace(emulator, company)
    event = workspace.store(EventStore).require("e1", workspace.key)
    chart_record = workspace.charts.require(chart, workspace.key)
    alone = EventView(event, chart_record, season_bookings_propagated=False)
    seat = alone.object("A-1")
    assert seat is not None

    propagated = EventView(event, chart_record).object_info(seat, event.state_of("A-1"))
    info = alone.object_info(seat, event.state_of("A-1"))

    assert (propagated["status"], info["status"]) == ("booked", "free")
    assert alone.is_free("A-1") is True


def test_an_object_not_for_sale_in_one_event_is_not_for_sale_on_the_season(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, chart: str
) -> None:
    # The for-sale endpoints live elsewhere; the config is set on the record directly.
    create_season(admin, chart, key="s", eventKeys=["e1", "e2"])
    workspace = default_workspace(emulator, company)
    store = workspace.store(EventStore)
    store.require("e2", workspace.key).for_sale = ForSaleConfig(False, ("A-1",))

    assert info(admin, "s", "A-1")["forSale"] is False
    assert info(admin, "s", "A-2")["forSale"] is True
    assert codes(change(admin, "s", ["A-1"])) == ["OBJECT_NOT_FOR_SALE"]
    ok(admin.post("/events/e2", json={"isInThePast": True}))
    assert info(admin, "s", "A-1")["forSale"] is True
