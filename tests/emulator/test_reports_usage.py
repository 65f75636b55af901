"""Usage reports (reports.md §4): computed from the bookings the emulator saw, per month."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import changed, codes, create_event, hold_token, ok, upload_hall

HELD = "reservedByToken"


def _get(client: httpx.Client, path: str, **params: str) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture
def hall_event(emulator: Emulator, company: TestCompany, admin: httpx.Client) -> dict[str, Any]:
    """An event "u" on the hall chart, created in January 2025 on the emulator clock."""
    emulator.clock.set(datetime(2025, 1, 10, tzinfo=timezone.utc))
    return create_event(admin, upload_hall(emulator, company), eventKey="u")


def test_used_objects_per_month(
    emulator: Emulator, admin: httpx.Client, hall_event: dict[str, Any]
) -> None:
    changed(admin, "u", ["A-1", "A-2", {"objectId": "GA1", "quantity": 4}])
    changed(admin, "u", ["A-1"], status=None)
    changed(admin, "u", ["A-1"])  # booked again: already counted
    emulator.clock.set(datetime(2025, 2, 3, tzinfo=timezone.utc))
    changed(admin, "u", ["B-1"], status="mystatus")

    summary = _get(admin, "/reports/usage", version="2")

    assert summary["usageCutoffDate"] == "2025-02-03T00:00:00.000Z"
    assert summary["usage"] == [
        {"month": {"month": 1, "year": 2025}, "numUsedObjects": 6},
        {"month": {"month": 2, "year": 2025}, "numUsedObjects": 1},
    ]


def test_details_for_a_month(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, hall_event: dict[str, Any]
) -> None:
    changed(admin, "u", ["A-1", "A-2"])
    workspace = ok(admin.get(f"/workspaces/{company.workspace.key}"))
    chart = ok(admin.get(f"/charts/{hall_event['chartKey']}"))

    details = _get(admin, "/reports/usage/month/2025-01")

    assert details == [
        {
            "workspace": workspace["id"],
            "usageByChart": [
                {
                    "chart": {"name": chart["name"], "key": chart["key"]},
                    "usageByEvent": [
                        {"event": {"id": hall_event["id"], "key": "u"}, "numUsedObjects": 2}
                    ],
                }
            ],
        }
    ]
    assert _get(admin, "/reports/usage/month/2025-02") == []


def test_details_for_an_event_in_a_month(admin: httpx.Client, hall_event: dict[str, Any]) -> None:
    token = hold_token(admin)
    changed(admin, "u", [{"objectId": "GA1", "quantity": 3}], status=HELD, holdToken=token)
    changed(admin, "u", [{"objectId": "GA1", "quantity": 3}], holdToken=token)  # held -> booked
    changed(admin, "u", ["A-1"])

    details = _get(admin, f"/reports/usage/month/2025-01/event/{hall_event['id']}")

    assert details == [
        {"object": "GA1", "numUsedObjects": 3, "usageByReason": {"STATUS_CHANGED": 3}},
        {"object": "A-1", "numUsedObjects": 1, "usageByReason": {"STATUS_CHANGED": 1}},
    ]


def test_months_before_december_2022_answer_the_old_format(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    emulator.clock.set(datetime(2021, 3, 5, 10, tzinfo=timezone.utc))
    event = create_event(admin, upload_hall(emulator, company), eventKey="old")
    changed(admin, "old", ["A-1"])

    details = _get(admin, f"/reports/usage/month/2021-03/event/{event['id']}")

    assert details == [
        {
            "object": "A-1",
            "numFirstBookings": 1,
            "firstBookingDate": "2021-03-05T10:00:00.000Z",
            "numFirstSelections": 0,
            "numFirstBookingsOrSelections": 1,
        }
    ]


def test_without_version_2_the_old_array(admin: httpx.Client, hall_event: dict[str, Any]) -> None:
    changed(admin, "u", ["A-1"])

    old = _get(admin, "/reports/usage")

    assert old == [
        {
            "month": {"month": 1, "year": 2025},
            "numUsedObjects": 1,
            "numFirstBookings": 1,
            "numFirstBookingsByStatus": {"booked": 1},
            "numFirstBookingsOrSelections": 1,
        }
    ]


def test_usage_needs_the_admin_key(
    emulator: Emulator, company: TestCompany, hall_event: dict[str, Any]
) -> None:
    with httpx.Client(
        transport=emulator.transport(),
        base_url="https://api-emulator.seatsio.test",
        auth=httpx.BasicAuth(company.workspace.secret_key, ""),
    ) as workspace_client:
        assert workspace_client.get("/reports/usage", params={"version": "2"}).status_code == 403


@pytest.mark.parametrize("month", ["2025-13", "2025-1", "january", "2025-00"])
def test_malformed_months_are_400(admin: httpx.Client, month: str) -> None:
    assert codes(admin.get(f"/reports/usage/month/{month}")) == ["VALIDATION_FAILED"]


def test_unknown_event_id_is_404(admin: httpx.Client) -> None:
    assert codes(admin.get("/reports/usage/month/2025-01/event/999999"), 404) == ["EVENT_NOT_FOUND"]
    assert codes(admin.get("/reports/usage/month/2025-01/event/abc")) == ["VALIDATION_FAILED"]


def test_a_deleted_event_still_counts(
    admin: httpx.Client, company: TestCompany, hall_event: dict[str, Any]
) -> None:
    # Usage is billable use: deleting the event afterwards does not take it back.
    changed(admin, "u", ["A-1", "A-2"])
    before = _get(admin, "/reports/usage/month/2025-01")

    assert admin.delete("/events/u").status_code == 204

    assert _get(admin, "/reports/usage", version="2")["usage"] == [
        {"month": {"month": 1, "year": 2025}, "numUsedObjects": 2}
    ]
    assert _get(admin, "/reports/usage/month/2025-01") == before
    assert _get(admin, f"/reports/usage/month/2025-01/event/{hall_event['id']}") == [
        {"object": "A-1", "numUsedObjects": 1, "usageByReason": {"STATUS_CHANGED": 1}},
        {"object": "A-2", "numUsedObjects": 1, "usageByReason": {"STATUS_CHANGED": 1}},
    ]
    # A new event under the freed key is another event: its uses count apart.
    create_event(admin, hall_event["chartKey"], eventKey="u")
    changed(admin, "u", ["A-1"])
    assert _get(admin, "/reports/usage", version="2")["usage"][0]["numUsedObjects"] == 3


def test_a_deleted_workspace_still_counts(
    admin: httpx.Client, company: TestCompany, hall_event: dict[str, Any]
) -> None:
    changed(admin, "u", ["A-1"])
    workspace_id = ok(admin.get(f"/workspaces/{company.workspace.key}"))["id"]
    other = ok(admin.post("/workspaces", json={"name": "next", "isTest": False}))
    assert admin.post(f"/workspaces/actions/set-default/{other['key']}").status_code == 204
    assert admin.post(f"/workspaces/{company.workspace.key}/actions/deactivate").status_code == 204

    assert admin.delete(f"/workspaces/{company.workspace.key}").status_code == 204

    details = _get(admin, "/reports/usage/month/2025-01")
    assert [entry["workspace"] for entry in details] == [workspace_id]
    assert details[0]["usageByChart"][0]["usageByEvent"] == [
        {"event": {"id": hall_event["id"], "key": "u"}, "numUsedObjects": 1}
    ]
    assert _get(admin, f"/reports/usage/month/2025-01/event/{hall_event['id']}") == [
        {"object": "A-1", "numUsedObjects": 1, "usageByReason": {"STATUS_CHANGED": 1}}
    ]
