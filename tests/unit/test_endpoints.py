"""The endpoint descriptions: complete, consistent, and enforced on every call."""

from __future__ import annotations

import pytest

from seatsio_typed._endpoint import NO_CONTENT, Endpoint, JsonResponse
from seatsio_typed._endpoints import (
    ALL_ENDPOINTS,
    charts,
    event_channels,
    event_for_sale,
    events,
    hold_tokens,
    seasons,
    workspaces,
)
from seatsio_typed.models import CreateHoldTokenRequest, HoldToken


def test_every_described_endpoint_is_listed_once() -> None:
    described: list[str] = []
    for module in (
        charts,
        events,
        hold_tokens,
        workspaces,
        event_channels,
        event_for_sale,
        seasons,
    ):
        members: dict[str, object] = dict(vars(module))
        described += [name for name, value in members.items() if isinstance(value, Endpoint)]
    assert len(described) == len(ALL_ENDPOINTS)
    assert len({e.name for e in ALL_ENDPOINTS}) == len(ALL_ENDPOINTS)


@pytest.mark.parametrize("endpoint", ALL_ENDPOINTS, ids=lambda e: e.name)
def test_descriptions_are_well_formed(endpoint: Endpoint[object]) -> None:
    assert endpoint.method in ("GET", "POST", "DELETE")
    assert endpoint.path.startswith("/")
    assert endpoint.summary.endswith(".")
    assert endpoint.response.description
    if endpoint.method == "GET":
        assert endpoint.body is None, "a GET carries no body"
    # The name is the SDK method that calls it.
    *resources, method = endpoint.name.split(".")
    resource = ".".join(resources)
    assert resource in (
        "charts",
        "events",
        "hold_tokens",
        "workspaces",
        "events.channels",
        "seasons",
    )
    assert method.isidentifier()


def test_the_response_description_names_the_result_type() -> None:
    assert charts.LIST.response.description == "Page[Chart]"
    assert events.RETRIEVE_OBJECT_INFOS.response.description == "dict[str, EventObjectInfo]"
    assert charts.UPDATE_CATEGORY.response.description == "no content"
    assert events.RETRIEVE.response.description == "Event"


def test_path_parameters_are_read_from_the_template() -> None:
    assert charts.UPDATE_CATEGORY.path_parameters == ("key", "category_key")
    assert hold_tokens.CREATE.path_parameters == ()


ENDPOINT = Endpoint(
    name="hold_tokens.example",
    method="POST",
    path="/hold-tokens/{hold_token}",
    response=JsonResponse(HoldToken),
    body=CreateHoldTokenRequest,
    query=("expand",),
    summary="An example.",
)


def test_a_call_with_an_undeclared_query_parameter_is_refused() -> None:
    with pytest.raises(ValueError, match="no query parameter"):
        ENDPOINT.check_call({"hold_token": "t"}, {"limit": 3}, CreateHoldTokenRequest())


def test_a_call_with_the_wrong_body_is_refused() -> None:
    with pytest.raises(TypeError, match="needs a CreateHoldTokenRequest body"):
        ENDPOINT.check_call({"hold_token": "t"}, {}, None)
    with pytest.raises(TypeError, match="takes no body"):
        hold_tokens.RETRIEVE.check_call({"hold_token": "t"}, {}, CreateHoldTokenRequest())


def test_a_call_with_missing_path_parameters_is_refused() -> None:
    with pytest.raises(ValueError, match="needs path parameters"):
        ENDPOINT.check_call({}, {}, CreateHoldTokenRequest())


def test_no_content_ignores_whatever_body_comes_back() -> None:
    NO_CONTENT.parse(b"not even json")  # does not raise
