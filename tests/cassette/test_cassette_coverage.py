"""Every public SDK method has at least one cassette: a recorded test calls it.

The recorded tests call the SDK as `sdk.call(lambda c: c.<resource>.<method>(...))` (or
`sdk.collect(...)`); their source is read here, so a method only counts when a recorded test
really names it on the client `c`. The currency check makes sure each such test has its cassette.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from seatsio_typed import Client, Region
from tests.cassette._currency import discover_flows

SENDS_NOTHING = {"close": "closes the connection pool; every recorded test closes its clients"}
"""Public methods that make no request, so no cassette can hold them (and why)."""


def public_methods(client: object, prefix: str = "") -> set[str]:
    """`resource.method` of every public method reachable from the client (resources nest)."""
    found: set[str] = set()
    for name in dir(client):
        if name.startswith("_"):
            continue
        member: object = getattr(client, name)
        if inspect.ismethod(member):
            found.add(prefix + name)
        elif type(member).__module__.startswith("seatsio_typed._sync"):
            found |= public_methods(member, f"{prefix}{name}.")
    return found


def called_methods(source: str) -> set[str]:
    """The methods called on a lambda's `c` parameter (`c.events.reports.by_label(...)`); a call
    on what a method returned counts from that method's owner (`c.with_options(...).charts.x`)."""
    called: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            chain = _chain(node.func)
            if chain is not None:
                called.add(chain)
    return called


def _chain(node: ast.expr) -> str | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name) and node.id == "c":
        return ".".join(reversed(parts)) or None
    if isinstance(node, ast.Call) and parts:
        # A `with_*` method returns a sibling client with other settings: what is called on it
        # counts from the owner. Other results (listers, pages) have no client methods.
        owner = _chain(node.func)
        if owner is not None and owner.rpartition(".")[2].startswith("with_"):
            base = owner.rpartition(".")[0]
            return ".".join([*([base] if base else []), *reversed(parts)])
    return None


def _recorded_sources() -> list[str]:
    modules = {flow.module for flow in discover_flows()}
    folder = Path(__file__).parent
    return [(folder / f"{module.rsplit('.', 1)[-1]}.py").read_text() for module in sorted(modules)]


def test_the_scan_sees_calls_on_returned_objects() -> None:
    source = (
        "f(lambda c: c.with_options(max_retries=0).charts.list_first_page())\n"
        "f(lambda c: c.events.reports.with_season_bookings_not_propagated().by_status('e'))\n"
        "g(lambda c: c.events.book('e', ['A-1']))\n"
        "g(lambda c: c.events.status_changes('e').first_page())\n"
        "other.charts.create()\n"
    )
    assert called_methods(source) == {
        "with_options",
        "charts.list_first_page",
        "events.reports.with_season_bookings_not_propagated",
        "events.reports.by_status",
        "events.book",
        "events.status_changes",
    }


def test_every_public_method_has_a_cassette() -> None:
    with Client(Region("https://unused.test"), "unused") as client:
        methods = public_methods(client)
    assert len(methods) > 150  # catches a walk that silently finds nothing
    called = set[str]().union(*(called_methods(source) for source in _recorded_sources()))
    assert called - methods == set(), "recorded tests call methods the SDK does not have"
    missing = sorted(methods - called - set(SENDS_NOTHING))
    assert missing == [], f"{len(missing)} public methods have no cassette:\n  " + "\n  ".join(
        missing
    )
