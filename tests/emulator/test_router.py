"""The route table: raw-path matching, literal-over-parameter precedence, 404 and 405."""

from __future__ import annotations

import pytest

from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route, Router
from seatsio_typed.testing._wire.messages import ApiError, Request, Response, no_content


def _handler(ctx: RequestContext) -> Response:
    return no_content()


def _route(method: str, path: str) -> Route:
    return Route(method, path, _handler, Access.WORKSPACE)


ROUTER = Router(
    [
        _route("GET", "/charts/{key}"),
        _route("POST", "/charts/{key}"),
        _route("GET", "/charts/tags"),
        _route("GET", "/charts/archive"),
        _route("POST", "/charts/{key}/tags/{tag}"),
        _route("GET", "/workspaces/{key}"),
        _route("GET", "/workspaces/active"),
        _route("POST", "/workspaces/actions/set-default/{key}"),
        _route("POST", "/workspaces/{key}/actions/activate"),
        _route("GET", "/events/{eventKey}/objects/{label}/status-changes"),
    ]
)


def _match(method: str, target: str) -> tuple[str, dict[str, str]]:
    found = ROUTER.match(Request.build(method, target))
    return found.route.path, dict(found.params)


@pytest.mark.parametrize(
    ("method", "target", "path", "params"),
    [
        ("GET", "/charts/tags", "/charts/tags", {}),
        ("GET", "/charts/archive", "/charts/archive", {}),
        ("GET", "/charts/abc", "/charts/{key}", {"key": "abc"}),
        ("GET", "/workspaces/active", "/workspaces/active", {}),
        ("GET", "/workspaces/inactive", "/workspaces/{key}", {"key": "inactive"}),
        (
            "POST",
            "/workspaces/actions/set-default/k1",
            "/workspaces/actions/set-default/{key}",
            {"key": "k1"},
        ),
        (
            "POST",
            "/workspaces/actions/actions/activate",
            "/workspaces/{key}/actions/activate",
            {"key": "actions"},
        ),
        # A literal that exists only for GET does not hide the parameter route for POST.
        ("POST", "/charts/tags", "/charts/{key}", {"key": "tags"}),
    ],
)
def test_literal_segments_win_over_parameters(
    method: str, target: str, path: str, params: dict[str, str]
) -> None:
    assert _match(method, target) == (path, params)


def test_encoded_slash_stays_inside_its_segment() -> None:
    assert _match("POST", "/charts/c%2F1/tags/tag%201%2F%C3%A9") == (
        "/charts/{key}/tags/{tag}",
        {"key": "c/1", "tag": "tag 1/é"},
    )
    assert _match("GET", "/events/e1/objects/A%2F1/status-changes")[1] == {
        "eventKey": "e1",
        "label": "A/1",
    }


def test_a_decoded_slash_would_change_the_route() -> None:
    with pytest.raises(ApiError) as caught:
        ROUTER.match(Request.build("GET", "/charts/a/b"))
    assert caught.value.status == 404


def test_unknown_path_is_404_with_error_body() -> None:
    with pytest.raises(ApiError) as caught:
        ROUTER.match(Request.build("GET", "/nowhere"))
    assert caught.value.status == 404
    assert caught.value.errors[0].code == "NOT_FOUND"


def test_wrong_method_is_405_listing_the_allowed_methods() -> None:
    with pytest.raises(ApiError) as caught:
        ROUTER.match(Request.build("DELETE", "/charts/abc"))
    assert caught.value.status == 405
    assert ("allow", "GET, POST") in caught.value.headers


def test_empty_segment_does_not_match_a_parameter() -> None:
    with pytest.raises(ApiError) as caught:
        ROUTER.match(Request.build("GET", "/charts/"))
    assert caught.value.status == 404


def test_duplicate_routes_are_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        Router([_route("GET", "/a/{x}"), _route("GET", "/a/{x}")])


def test_parameter_names_must_agree_at_one_position() -> None:
    with pytest.raises(ValueError, match="clashes"):
        Router([_route("GET", "/a/{x}"), _route("POST", "/a/{y}")])


def test_the_emulator_serves_every_collected_route_once() -> None:
    from seatsio_typed.testing import Emulator
    from seatsio_typed.testing._routes import all_routes

    collected = all_routes()
    served = Emulator().router.routes
    assert served == collected
    signatures = [(route.method, route.path) for route in served]
    assert len(signatures) == len(set(signatures))
    for expected in [
        ("POST", "/system/private/create-test-company"),
        ("POST", "/system/public/charts/{chartKey}"),
        ("GET", "/workspaces/active"),
        ("POST", "/workspaces/actions/set-default/{key}"),
        ("POST", "/_emulator/reset"),
    ]:
        assert expected in signatures
