"""The client: regions, keys, settings, sharing a connection pool, your own httpx client, logs."""

from __future__ import annotations

import logging

import httpx

import seatsio_typed as seatsio


def a_workspace_client(secret_key: str) -> seatsio.Client:
    """A client for one workspace, in the account's region; close it (or use `with`) when done."""
    return seatsio.Client(seatsio.Region.EU(), secret_key=secret_key)


def an_admin_client_for_a_workspace(admin_key: str, workspace_public_key: str) -> seatsio.Client:
    """The company admin key acts on the workspace named by its public key."""
    return seatsio.Client(seatsio.Region.NA(), admin_key, workspace_key=workspace_public_key)


def a_local_client(secret_key: str) -> seatsio.Client:
    """Any base URL: here a local Seats.io started with `python -m seatsio_typed.testing serve`."""
    return seatsio.Client(seatsio.Region("http://127.0.0.1:9001"), secret_key, timeout=2.0)


def count_charts(secret_key: str) -> int:
    """Use the client as a context manager so its connections are released."""
    with seatsio.Client(seatsio.Region.EU(), secret_key) as client:
        return len(client.charts.list_first_page(page_size=10).items)


def per_call_settings(client: seatsio.Client, other_workspace_key: str) -> seatsio.Chart:
    """`with_options` gives a copy with other settings on the same connection pool."""
    other = client.with_options(timeout=30.0, max_retries=2, workspace_key=other_workspace_key)
    return other.charts.create(name="Arena")


def with_your_own_httpx_client(
    secret_key: str, transport: httpx.BaseTransport | None = None
) -> seatsio.Client:
    """Bring your own httpx client (proxies, event hooks to see raw responses); we never close it.

    Our auth, headers, timeout and retries still apply to every request.
    """

    def log_response(response: httpx.Response) -> None:
        logging.getLogger("app").info("%s %s", response.status_code, response.url.path)

    own = httpx.Client(transport=transport, event_hooks={"response": [log_response]})
    return seatsio.Client(seatsio.Region.EU(), secret_key, http_client=own)


def debug_logging() -> None:
    """One DEBUG line per attempt: method, path, status, time, attempt, request id; never keys."""
    logging.basicConfig()
    logging.getLogger("seatsio_typed").setLevel(logging.DEBUG)
