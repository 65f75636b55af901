"""The README's client and testing examples, run for real.

The `test_*` functions of examples/readme_testing.py are collected here as they are, with the
`seatsio_emulator` and `seatsio_company` fixtures of the package's pytest plugin: what the README
shows a user is exactly what runs.
"""

from __future__ import annotations

import logging

import httpx
import pytest

import seatsio_typed as seatsio
from examples import readme_client
from examples.readme_testing import (
    client_for,
    test_a_hold_expires,
    test_checkout_books_the_seat,
    test_checkout_survives_rate_limiting,
)
from seatsio_typed.testing import Emulator, TestCompany

__all__ = [
    "test_a_hold_expires",
    "test_checkout_books_the_seat",
    "test_checkout_survives_rate_limiting",
]


def test_region_factories_and_keys() -> None:
    with readme_client.a_workspace_client("secret") as client:
        assert client.base_url == "https://api-eu.seatsio.net"
        assert client.workspace_key is None
    with readme_client.an_admin_client_for_a_workspace("admin", "ws-public") as client:
        assert client.base_url == "https://api-na.seatsio.net"
        assert client.workspace_key == "ws-public"
    with readme_client.a_local_client("secret") as client:
        assert client.base_url == "http://127.0.0.1:9001"
        assert client.timeout.read == 2.0


def test_per_call_settings_act_in_the_other_workspace(
    seatsio_emulator: Emulator, seatsio_company: TestCompany
) -> None:
    with client_for(seatsio_emulator, seatsio_company) as client:
        other = client.workspaces.create("Other box office")
        chart = readme_client.per_call_settings(client, other.key)
        assert [c.key for c in client.with_options(workspace_key=other.key).charts.list()] == [
            chart.key
        ]
        assert chart.key not in [c.key for c in client.charts.list()]


def test_your_own_httpx_client_sees_every_raw_response(
    seatsio_emulator: Emulator, seatsio_company: TestCompany, caplog: pytest.LogCaptureFixture
) -> None:
    client = readme_client.with_your_own_httpx_client(
        seatsio_company.admin_key, transport=seatsio_emulator.transport()
    )
    with caplog.at_level(logging.INFO, logger="app"):
        client.charts.list_first_page()
        with pytest.raises(seatsio.NotFoundException):
            client.charts.retrieve("no-such-chart")
    assert caplog.messages == ["200 /charts", "404 /charts/no-such-chart"]


def test_debug_logging_names_the_call_and_never_the_key(
    seatsio_emulator: Emulator, seatsio_company: TestCompany, caplog: pytest.LogCaptureFixture
) -> None:
    readme_client.debug_logging()
    try:
        with (
            caplog.at_level(logging.DEBUG, logger="seatsio_typed"),
            client_for(seatsio_emulator, seatsio_company) as client,
        ):
            client.charts.list_first_page()
    finally:
        logging.getLogger("seatsio_typed").setLevel(logging.NOTSET)
    assert any("GET /charts -> HTTP 200" in message for message in caplog.messages)
    assert seatsio_company.admin_key not in caplog.text


def test_an_own_httpx_client_is_left_open(
    seatsio_emulator: Emulator, seatsio_company: TestCompany
) -> None:
    own = httpx.Client(transport=seatsio_emulator.transport())
    with seatsio.Client(seatsio.Region.EU(), seatsio_company.admin_key, http_client=own) as client:
        client.charts.list_first_page()
    assert not own.is_closed
    own.close()
