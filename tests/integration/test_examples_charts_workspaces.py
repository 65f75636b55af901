"""examples/charts_and_workspaces.py, run as written with a plain sync client on the emulator."""

from __future__ import annotations

import httpx
import pytest

from examples import charts_and_workspaces as example
from seatsio_typed import AuthenticationException, ChartStatus, Client
from tests.integration.support import REGION


def test_a_draft_that_validates_is_published(client: Client, chart_key: str) -> None:
    client.events.create(chart_key)
    assert example.rename_and_publish(client, chart_key, "Renamed") == []
    chart = client.charts.retrieve(chart_key)
    assert (chart.name, chart.status) == ("Renamed", ChartStatus.PUBLISHED)


def test_archived_chart_names(client: Client) -> None:
    for name in ("Opera A", "Stadium", "Opera B"):
        client.charts.move_to_archive(client.charts.create(name=name).key)
    assert example.archived_chart_names(client, "opera") == ["Opera B", "Opera A"]


def test_rotate_secret_key(client: Client, http: httpx.Client) -> None:
    workspace = client.workspaces.create("Rotating")
    new_secret = example.rotate_secret_key(client, workspace.key, workspace.secret_key)
    with Client(REGION, new_secret, http_client=http) as rotated:
        rotated.charts.create(name="Made with the new key")
    with (
        Client(REGION, workspace.secret_key, http_client=http) as old,
        pytest.raises(AuthenticationException),
    ):
        old.charts.create()


def test_give_the_buyer_more_time(client: Client) -> None:
    token = client.hold_tokens.create(expires_in_minutes=2)
    assert example.give_the_buyer_more_time(client, token.hold_token) == 600
    assert client.hold_tokens.retrieve(token.hold_token).expires_in_seconds == 600
