"""Property-style robustness checks shared by the `test_audit_*robustness` compatibility tests
(no tests in here): odd JSON values, raw bodies, every member path of a body, and the check that
an answer is a success or a 4xx with the documented error body (overview.md §6), never a 5xx.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import cast

import requests

from ._audit_wire import error_body

ODD_VALUES: list[object] = [
    None,
    True,
    0,
    -1,
    10**30,
    -(10**30),
    1.5,
    1e308,
    "",
    " ",
    "x/y%2Fz",
    "ünï©ødé ✓ 🎟",
    "A-1",
    [],
    [None],
    [1, "a", {}],
    {},
    {"objectId": None},
    {"unknownKey": [1]},
    [[["deep"]]],
]
RAW_BODIES = ["", "null", "{}", "[]", "1", '"text"', "true", "{", '{"a":', "\x00", "[{}]"]


Json = dict[str, "Json"] | list["Json"] | str | int | float | bool | None
Path = tuple[str | int, ...]


def paths(value: Json, prefix: Path = ()) -> Iterator[Path]:
    """Every member path of a JSON value (objects and arrays), depth first."""
    members: list[tuple[str | int, Json]] = []
    if isinstance(value, dict):
        members = list(value.items())
    elif isinstance(value, list):
        members = list(enumerate(value))
    for step, member in members:
        yield (*prefix, step)
        yield from paths(member, (*prefix, step))


def replaced(value: Json, path: Path, new: object) -> Json:
    """A deep copy of `value` whose member at `path` is `new`."""
    copied = copy.deepcopy(value)
    holder = copied
    for step in path[:-1]:
        holder = _member(holder, step)
    if isinstance(holder, dict):
        holder[str(path[-1])] = cast("Json", new)
    elif isinstance(holder, list):
        holder[int(path[-1])] = cast("Json", new)
    return copied


def _member(value: Json, step: str | int) -> Json:
    if isinstance(value, dict):
        return value[str(step)]
    assert isinstance(value, list)
    return value[int(step)]


def check(response: requests.Response, what: str) -> None:
    """Assert a success, or a 4xx with the documented error body; `what` names the request."""
    assert response.status_code < 500, (what, response.status_code, response.text)
    if response.status_code >= 400:
        error_body(response, response.status_code)


def problems(checks: Iterator[tuple[requests.Response, str]]) -> list[str]:
    """Every check that failed, so that one run reports all of them."""
    found: list[str] = []
    for response, what in checks:
        try:
            check(response, what)
        except AssertionError as failure:
            found.append(f"{what}: {response.status_code} {failure}"[:300])
    return found
