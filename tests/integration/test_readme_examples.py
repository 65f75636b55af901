"""The README's own examples (errors, backoff, pagination, async) against the emulator."""

from __future__ import annotations

import httpx

from examples import readme_async, readme_backoff, readme_errors, readme_pagination
from seatsio_typed import AsyncClient, Client, Region
from seatsio_typed.testing import Emulator, TestCompany
from tests.integration.support import REGION, VENUE_NAME

EU = "https://api-eu.seatsio.net"


def _create_charts(client: Client, *names: str) -> list[str]:
    """Chart keys in creation order."""
    return [client.charts.create(name=name).key for name in names]


def test_book_or_explain_books_then_explains_the_refusal(client: Client, chart_key: str) -> None:
    event = client.events.create(chart_key)
    assert readme_errors.book_or_explain(client, event.key, "A-1") == "A-1 booked"
    explanation = readme_errors.book_or_explain(client, event.key, "A-1")
    assert explanation.startswith("ILLEGAL_STATUS_CHANGE: Cannot change from [booked]")
    assert "(request id " in explanation


def test_find_event_gives_none_for_an_unknown_key(client: Client, chart_key: str) -> None:
    event = client.events.create(chart_key)
    found = readme_errors.find_event(client, event.key)
    assert found is not None
    assert found.id == event.id
    assert readme_errors.find_event(client, "no-such-event") is None


def test_describe_failure_picks_the_right_branch(
    client: Client, chart_key: str, http: httpx.Client
) -> None:
    assert readme_errors.describe_failure(client, chart_key) == f"found {VENUE_NAME}"
    missing = readme_errors.describe_failure(client, "gone")
    assert missing == "no chart gone (HTTP 404, codes ['CHART_NOT_FOUND'])"
    with Client(REGION, "wrong-key", http_client=http) as stranger:
        assert readme_errors.describe_failure(stranger, chart_key) == "check the secret key"


def test_describe_failure_reports_network_trouble() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with (
        httpx.Client(transport=httpx.MockTransport(refuse)) as http,
        Client(REGION, "key", max_retries=0, http_client=http) as client,
    ):
        assert readme_errors.describe_failure(client, "x").startswith(
            "network trouble: ConnectError"
        )


def test_a_client_with_three_retries() -> None:
    with readme_backoff.a_client_with_three_retries("secret") as client:
        assert (client.base_url, client.max_retries) == (EU, 3)


def test_book_without_waiting_gives_up_at_the_first_429(
    emulator: Emulator, company: TestCompany, http: httpx.Client, chart_key: str
) -> None:
    waits: list[float] = []
    with Client(REGION, company.admin_key, http_client=http, sleep=waits.append) as client:
        event = client.events.create(chart_key)
        emulator.faults.rate_limit(count=1)
        assert readme_backoff.book_without_waiting(client, event.key, ["A-1"]) is False
        assert readme_backoff.book_without_waiting(client, event.key, ["A-1"]) is True
        assert str(client.events.retrieve_object_info(event.key, "A-1").status) == "booked"
    assert waits == []


def test_patient_report_client_keeps_the_pool_and_changes_the_budget(client: Client) -> None:
    patient = readme_backoff.patient_report_client(client)
    assert (patient.max_retries, patient.timeout.read) == (8, 30.0)
    assert patient.charts.list_first_page().items == []


def test_chart_names_and_the_first_match(client: Client) -> None:
    _create_charts(client, "Opera 1", "Stadium 1", "Opera 2")
    assert readme_pagination.chart_names(client, "opera") == ["Opera 2", "Opera 1"]
    first = readme_pagination.first_chart_named(client, "stadium")
    assert first is not None
    assert first.name == "Stadium 1"
    assert readme_pagination.first_chart_named(client, "arena") is None


def test_page_sizes_and_pages_with_cursors(client: Client) -> None:
    keys = _create_charts(client, *(f"Chart {n}" for n in range(45)))[::-1]
    assert readme_pagination.page_sizes(client) == [20, 20, 5]
    pages = list(readme_pagination.pages_of(client, page_size=15))
    assert pages == [keys[0:15], keys[15:30], keys[30:45]]


def test_previous_page(client: Client) -> None:
    keys = _create_charts(client, *(f"Chart {n}" for n in range(25)))[::-1]
    first = client.charts.list_first_page()
    assert readme_pagination.previous_page(client, first) is None
    after = first.next_page_starts_after
    assert after is not None
    second = client.charts.list_page_after(after)
    assert readme_pagination.previous_page(client, second) == keys[:20]


async def test_async_examples(emulator: Emulator, company: TestCompany, chart_key: str) -> None:
    async with (
        httpx.AsyncClient(transport=emulator.async_transport()) as http,
        AsyncClient(REGION, company.admin_key, http_client=http) as client,
    ):
        assert await readme_async.sell_two_seats(client, chart_key) == {
            "A-1": "booked",
            "A-2": "booked",
        }
        assert await readme_async.all_chart_keys(client) == [chart_key]
        first = await client.events.create(chart_key)
        second = await client.events.create(chart_key)
        events = await readme_async.retrieve_events(client, [second.key, first.key])
    assert [event.id for event in events] == [second.id, first.id]


async def test_an_async_client_is_made_like_the_sync_one() -> None:
    async with readme_async.an_async_client("secret") as client:
        assert client.base_url == Region.EU().url
