"""Ticket buyer ids: add, remove, list (ticket-buyers-and-event-log.md §1)."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import codes, ok
from .conftest import client_for

ID1 = "fbbbc8d7-1067-432c-b71f-abefe29b3be9"
ID2 = "6ad35155-8b8c-4a6b-ae43-57bf2411dcd9"
ID3 = "09de834d-02ef-41f0-947f-47c1c1a906d6"


def listed(client: httpx.Client, **params: str) -> dict[str, object]:
    return ok(client.get("/ticket-buyers", params=params))


def all_listed(client: httpx.Client, limit: int) -> list[object]:
    items: list[object] = []
    params = {"limit": str(limit)}
    while True:
        page = listed(client, **params)
        assert isinstance(page["items"], list)
        items += page["items"]
        if "next_page_starts_after" not in page:
            return items
        params["start_after_id"] = str(page["next_page_starts_after"])


def test_a_new_company_has_none(admin: httpx.Client) -> None:
    assert listed(admin) == {"items": []}


def test_add_reports_new_and_present_ids(admin: httpx.Client) -> None:
    assert ok(admin.post("/ticket-buyers", json={"ids": [ID1]})) == {
        "added": [ID1],
        "alreadyPresent": [],
    }
    assert ok(admin.post("/ticket-buyers", json={"ids": [ID1, ID2, ID3]})) == {
        "added": [ID2, ID3],
        "alreadyPresent": [ID1],
    }
    assert listed(admin)["items"] == [ID1, ID2, ID3]


def test_a_repeated_id_is_added_once(admin: httpx.Client) -> None:
    body = {"ids": [ID1, ID1, ID1, ID2, ID2]}
    assert ok(admin.post("/ticket-buyers", json=body)) == {
        "added": [ID1, ID2],
        "alreadyPresent": [],
    }


def test_any_uuid_spelling_is_one_canonical_id(admin: httpx.Client) -> None:
    ok(admin.post("/ticket-buyers", json={"ids": [ID1.upper()]}))
    added = ok(admin.post("/ticket-buyers", json={"ids": [ID1.replace("-", "")]}))

    assert added == {"added": [], "alreadyPresent": [ID1]}
    assert listed(admin)["items"] == [ID1]


def test_remove_reports_removed_and_absent_ids(admin: httpx.Client) -> None:
    ok(admin.post("/ticket-buyers", json={"ids": [ID1, ID2]}))

    removed = admin.request("DELETE", "/ticket-buyers", json={"ids": [ID1, ID3]})

    assert ok(removed) == {"removed": [ID1], "notPresent": [ID3]}
    assert listed(admin)["items"] == [ID2]


@pytest.mark.parametrize(
    "ids", [["not-a-uuid"], [ID1[:-1]], [ID1 + "0"], [1], "x", None, [f"{{{ID1}}}"]]
)
def test_refuses_what_is_not_a_list_of_uuids(admin: httpx.Client, ids: object) -> None:
    response = admin.post("/ticket-buyers", json={"ids": ids})

    assert response.status_code == 400
    assert codes(response) == ["VALIDATION_FAILED"]
    assert listed(admin)["items"] == []


def test_a_thousand_ids_per_call_and_no_more(admin: httpx.Client) -> None:
    ids = [f"00000000-0000-4000-8000-{n:012x}" for n in range(1001)]

    assert admin.post("/ticket-buyers", json={"ids": ids}).status_code == 400
    assert listed(admin)["items"] == []
    assert len(ok(admin.post("/ticket-buyers", json={"ids": ids[:1000]}))["added"]) == 1000


def test_pages_return_every_id_once_in_the_order_added(admin: httpx.Client) -> None:
    ids = [f"00000000-0000-4000-8000-{n:012x}" for n in range(25)]
    for start in range(0, 25, 10):
        ok(admin.post("/ticket-buyers", json={"ids": ids[start : start + 10]}))
    admin.request("DELETE", "/ticket-buyers", json={"ids": ids[3:5]})

    assert all_listed(admin, limit=7) == ids[:3] + ids[5:]


def test_the_list_is_the_companys(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    ok(admin.post("/ticket-buyers", json={"ids": [ID1]}))
    workspace = ok(admin.post("/workspaces", json={"name": "Other"}))
    other_company = emulator.create_test_company()

    with client_for(emulator, str(workspace["secretKey"])) as in_workspace:
        assert listed(in_workspace)["items"] == [ID1]
    with client_for(emulator, other_company.admin_key) as other:
        assert listed(other)["items"] == []
