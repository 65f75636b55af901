"""Every method of the official client 83.21.0 is on both our clients, with its parameters.

The official client is introspected (its classes, their public methods and parameter names),
so a method it has and we lack, or a parameter we name or order differently, fails here.
Deliberate differences are listed in `DIFFERENCES`, each with its reason.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator

import pytest

from seatsio_typed import AsyncClient, Client, Region

seatsio = pytest.importorskip("seatsio", reason="the official client is a dev dependency")

RESOURCES = (
    "charts",
    "charts.archive",
    "charts.reports",
    "events",
    "events.channels",
    "events.reports",
    "seasons",
    "hold_tokens",
    "workspaces",
    "workspaces.active",
    "workspaces.inactive",
    "usage_reports",
    "event_log",
    "ticket_buyers",
)
"""The official client's resources, as attribute paths from the client."""

DIFFERENCES: dict[str, str] = {
    # "resource.method": "why our parameters differ (the migration table says so too)",
}
"""Official methods whose parameters we deliberately name or order otherwise, with the reason."""

NOT_OPERATIONS = frozenset({"list_expand_params", "to_sort"})
"""Public functions of the official resources that are its own helpers, not API operations:
`charts.list_expand_params` builds the `expand` query, `events.to_sort` the `sort` value."""


def official_client() -> object:
    return seatsio.Client(seatsio.Region.EU(), "secret")


def resource(root: object, dotted: str) -> object:
    for name in dotted.split("."):
        root = getattr(root, name)
    return root


def official_methods(obj: object) -> Iterator[tuple[str, list[str]]]:
    """Public methods of an official resource and their parameter names (without self)."""
    for name, member in inspect.getmembers(type(obj), inspect.isfunction):
        if name.startswith("_") or name in NOT_OPERATIONS:
            continue
        yield name, list(inspect.signature(member).parameters)[1:]


def our_parameters(obj: object, name: str) -> list[str] | None:
    method = getattr(type(obj), name, None)
    if method is None or not callable(method):
        return None
    parameters = list(inspect.signature(method).parameters.values())[1:]
    return [p.name for p in parameters if p.kind is not inspect.Parameter.KEYWORD_ONLY]


def problems(ours: object) -> list[str]:
    """Official methods missing on `ours` or with other parameters, one line each."""
    found: list[str] = []
    official = official_client()
    for dotted in RESOURCES:
        theirs = resource(official, dotted)
        try:
            mine: object | None = resource(ours, dotted)
        except AttributeError:
            mine = None
        for name, expected in official_methods(theirs):
            key = f"{dotted}.{name}"
            actual = None if mine is None else our_parameters(mine, name)
            if actual is None:
                found.append(f"{key}: missing")
                continue
            if key in DIFFERENCES:
                continue
            if actual[: len(expected)] != expected:
                found.append(f"{key}: parameters {actual}, official {expected}")
    return found


@pytest.fixture(params=["sync", "async"])
def ours(request: pytest.FixtureRequest) -> Iterator[object]:
    if request.param == "sync":
        client = Client(Region.EU(), "secret")
        yield client
        client.close()
    else:
        # Never used for a request: nothing to close on an event loop.
        yield AsyncClient(Region.EU(), "secret")


def test_every_official_method_is_there_with_its_parameters(ours: object) -> None:
    missing = problems(ours)
    assert missing == [], "\n".join(missing)


def test_listed_differences_name_official_methods() -> None:
    official = official_client()
    names = {
        f"{dotted}.{name}"
        for dotted in RESOURCES
        for name, _ in official_methods(resource(official, dotted))
    }
    assert set(DIFFERENCES) <= names
