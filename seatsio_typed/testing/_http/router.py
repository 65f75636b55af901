"""Route table and path matching.

Routes read as a table, Starlette-style::

    ROUTES = (
        Route("GET", "/workspaces/{key}", retrieve_workspace, Access.ADMIN),
        Route("GET", "/workspaces/active", list_active_workspaces, Access.ADMIN),
    )

Matching works on the RAW path split at `/`; each segment is percent-decoded afterwards, so an
encoded `%2F` stays inside its segment. A literal segment wins over a parameter at the same
position (`/workspaces/active` beats `/workspaces/{key}`), independent of table order. A path that
matches some route but not with the request's method gives 405; no match at all gives 404.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seatsio_typed.testing._http.auth import Access
from seatsio_typed.testing._wire.messages import ApiError, ErrorDetail, Request, Response

if TYPE_CHECKING:
    from seatsio_typed.testing._http.context import RequestContext

__all__ = ["Access", "Handler", "Match", "Route", "Router"]


Handler = Callable[["RequestContext"], Response]
"""A route handler: takes the request context, returns a response or raises `ApiError`."""


@dataclass(frozen=True)
class Route:
    """One operation: method, path template (`{name}` segments are parameters), handler, access."""

    method: str
    path: str
    handler: Handler
    access: Access

    @property
    def template(self) -> tuple[str, ...]:
        """The path template's segments."""
        return tuple(self.path.split("/")[1:])


@dataclass(frozen=True)
class Match:
    """A route chosen for a request and its decoded path parameters."""

    route: Route
    params: Mapping[str, str]


@dataclass
class _Node:
    literals: dict[str, _Node] = field(default_factory=dict[str, "_Node"])
    parameter: tuple[str, _Node] | None = None
    routes: dict[str, Route] = field(default_factory=dict[str, Route])


def _parameter_name(segment: str) -> str | None:
    if segment.startswith("{") and segment.endswith("}") and len(segment) > 2:
        return segment[1:-1]
    return None


class Router:
    """Finds the route for a request; literal segments take precedence over parameters."""

    def __init__(self, routes: Iterable[Route] = ()) -> None:
        self._root = _Node()
        self._routes: list[Route] = []
        for route in routes:
            self.add(route)

    @property
    def routes(self) -> tuple[Route, ...]:
        """Every registered route, in registration order."""
        return tuple(self._routes)

    def add(self, route: Route) -> None:
        """Register a route; a second route with the same method and template is an error."""
        if not route.path.startswith("/"):
            raise ValueError(f"route path must start with '/': {route.path!r}")
        node = self._root
        for segment in route.template:
            name = _parameter_name(segment)
            if name is None:
                node = node.literals.setdefault(segment, _Node())
            elif node.parameter is None:
                node.parameter = (name, _Node())
                node = node.parameter[1]
            elif node.parameter[0] != name:
                raise ValueError(
                    f"{route.path}: parameter {{{name}}} clashes with {{{node.parameter[0]}}}"
                )
            else:
                node = node.parameter[1]
        method = route.method.upper()
        if method in node.routes:
            raise ValueError(f"duplicate route {method} {route.path}")
        node.routes[method] = route
        self._routes.append(route)

    def match(self, request: Request) -> Match:
        """Return the route for the request, or raise a 404/405 `ApiError`."""
        candidates = list(_walk(self._root, request.segments, {}))
        method = request.method.upper()
        for node, params in candidates:
            route = node.routes.get(method)
            if route is not None:
                return Match(route, params)
        if candidates:
            allowed = sorted({m for node, _ in candidates for m in node.routes})
            raise ApiError(
                405,
                [
                    ErrorDetail(
                        "METHOD_NOT_ALLOWED",
                        f"Method {method} is not allowed on {request.raw_path}",
                    )
                ],
                headers=[("allow", ", ".join(allowed))],
            )
        raise ApiError(404, [ErrorDetail("NOT_FOUND", f"No such endpoint: {request.raw_path}")])


def _walk(
    node: _Node, segments: tuple[str, ...], params: dict[str, str]
) -> Iterator[tuple[_Node, dict[str, str]]]:
    # Depth first, literal before parameter: the first node yielded is the most specific match.
    if not segments:
        if node.routes:
            yield node, params
        return
    head, rest = segments[0], segments[1:]
    literal = node.literals.get(head)
    if literal is not None:
        yield from _walk(literal, rest, params)
    if node.parameter is not None and head:
        name, child = node.parameter
        yield from _walk(child, rest, {**params, name: head})
