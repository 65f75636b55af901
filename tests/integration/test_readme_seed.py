"""The official README's examples (examples/readme_seed.py) run as written on our SDK."""

from __future__ import annotations

import httpx
import pytest

from examples import readme_seed
from seatsio_typed import Category, Client, Event, NotFoundException, ObjectStatus
from seatsio_typed.testing import TestCompany
from tests.integration.support import REGION

EU = "https://api-eu.seatsio.net"


@pytest.fixture
def event(client: Client, chart_key: str) -> Event:
    """An event on the venue, which has seats A-1 and A-2 (an empty chart has none)."""
    return client.events.create(chart_key)


def _statuses(client: Client, event: Event) -> list[str]:
    infos = client.events.retrieve_object_infos(event.key, ["A-1", "A-2"])
    return [str(infos["A-1"].status), str(infos["A-2"].status)]


def test_general_instructions_make_an_eu_client() -> None:
    with readme_seed.general_instructions("my-workspace-secret-key") as client:
        assert (client.base_url, client.workspace_key) == (EU, None)


def test_creating_a_chart_and_an_event(client: Client) -> None:
    chart, event = readme_seed.creating_a_chart_and_an_event(client)
    assert client.events.retrieve(event.key).chart_key == chart.key


def test_booking_and_releasing_objects(client: Client, event: Event) -> None:
    readme_seed.booking_objects(client, event)
    assert _statuses(client, event) == ["booked", "booked"]
    readme_seed.releasing_objects(client, event)
    assert _statuses(client, event) == ["free", "free"]


def test_booking_objects_that_have_been_held(client: Client, event: Event) -> None:
    token = client.hold_tokens.create().hold_token
    client.events.hold(event.key, ["A-1", "A-2"], token)
    readme_seed.booking_objects_that_have_been_held(client, event, token)
    infos = client.events.retrieve_object_infos(event.key, ["A-1", "A-2"])
    assert {(info.status, info.hold_token) for info in infos.values()} == {
        (ObjectStatus.BOOKED, None)
    }


def test_changing_object_status(client: Client, event: Event) -> None:
    readme_seed.changing_object_status(client, event.key)
    assert _statuses(client, event) == ["my-custom-status", "my-custom-status"]


def test_retrieving_object_category_and_status(
    client: Client, event: Event, capsys: pytest.CaptureFixture[str]
) -> None:
    client.events.book(event.key, "A-2")
    readme_seed.retrieving_object_category_and_status(client, event)
    assert capsys.readouterr().out.splitlines() == ["1", "Stalls", "free", "1", "Stalls", "booked"]


def test_listing_a_charts_categories(
    client: Client, chart_key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    readme_seed.listing_a_charts_categories(client, chart_key)
    assert capsys.readouterr().out.splitlines() == ["Stalls", "Balcony"]


def test_updating_a_category(client: Client, chart_key: str) -> None:
    readme_seed.updating_a_category(client, client.charts.retrieve(chart_key))
    stalls = client.charts.list_categories(chart_key)[0]
    assert stalls == Category(key=1, label="Updated label", color="#bbbbbb", accessible=True)


def test_listing_all_charts(client: Client, capsys: pytest.CaptureFixture[str]) -> None:
    keys = [client.charts.create().key for _ in range(25)]
    readme_seed.listing_all_charts(client)
    assert capsys.readouterr().out.splitlines() == [f"Chart: {key}" for key in reversed(keys)]


def test_listing_charts_page_by_page(client: Client, capsys: pytest.CaptureFixture[str]) -> None:
    keys = [client.charts.create().key for _ in range(25)][::-1]  # newest first
    readme_seed.listing_charts_page_by_page(client)
    first, second = keys[:20], keys[20:]
    expected = [f"Chart: {key}" for key in first + second + first]
    assert capsys.readouterr().out.splitlines() == expected


def test_listing_charts_page_by_page_stops_after_a_single_page(
    client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    key = client.charts.create().key
    readme_seed.listing_charts_page_by_page(client)
    assert capsys.readouterr().out.splitlines() == [f"Chart: {key}"]


def test_creating_a_workspace(client: Client) -> None:
    workspace = readme_seed.creating_a_workspace(client)
    assert (workspace.name, workspace.is_active) == ("a workspace", True)


def test_a_client_with_the_company_admin_key() -> None:
    with readme_seed.a_client_with_the_company_admin_key("admin-key", "workspace-key") as client:
        assert (client.base_url, client.workspace_key) == (EU, "workspace-key")


def test_creating_a_chart_and_an_event_with_the_company_admin_key(
    client: Client, http: httpx.Client, company: TestCompany
) -> None:
    workspace = client.workspaces.create("Side stage")
    with Client(
        REGION, company.admin_key, workspace_key=workspace.key, http_client=http
    ) as in_workspace:
        chart, event = readme_seed.creating_a_chart_and_an_event_with_the_company_admin_key(
            in_workspace
        )
        assert in_workspace.events.retrieve(event.key).chart_key == chart.key
    with pytest.raises(NotFoundException):
        client.events.retrieve(event.key)  # not in the default workspace


def test_changing_the_maximum_number_of_retries() -> None:
    with readme_seed.changing_the_maximum_number_of_retries("my-workspace-secret-key") as client:
        assert client.max_retries == 3
