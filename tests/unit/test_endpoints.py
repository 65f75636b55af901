"""The endpoint descriptions: complete, consistent, and enforced on every call."""

from __future__ import annotations

import importlib
import pkgutil
from typing import cast

import pytest

import seatsio_typed._endpoints
from seatsio_typed import AsyncClient, Client, Region
from seatsio_typed._endpoint import NO_CONTENT, Endpoint, JsonResponse
from seatsio_typed._endpoints import (
    ALL_ENDPOINTS,
    chart_versions,
    charts,
    event_reports,
    events,
    hold_tokens,
)
from seatsio_typed.models import CreateHoldTokenRequest, HoldToken

SYNC_CLIENT = Client(Region("https://api.example.test"), "k")
ASYNC_CLIENT = AsyncClient(Region("https://api.example.test"), "k")


def test_every_endpoint_has_its_own_name() -> None:
    assert len(ALL_ENDPOINTS) > 40
    # One method may call two endpoints: a report `by_*` with and without its filter.
    filtered = [e for e in ALL_ENDPOINTS if e.path.endswith("/{filter}")]
    assert len(filtered) == 11
    assert len({e.name for e in ALL_ENDPOINTS}) == len(ALL_ENDPOINTS) - len(filtered)


def test_every_described_endpoint_is_collected() -> None:
    described = 0
    package = seatsio_typed._endpoints
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        members: dict[str, object] = dict(vars(module))
        described += sum(isinstance(value, Endpoint) for value in members.values())
        families = [_values(value) for value in members.values()]
        described += sum(isinstance(item, Endpoint) for family in families for item in family)
    assert described == len(ALL_ENDPOINTS)


def _values(member: object) -> list[object]:
    """The values of a module-level dict (a family of endpoints described from data)."""
    if not isinstance(member, dict):
        return []
    # cast: only the values are read, each checked with isinstance.
    return list(cast("dict[object, object]", member).values())


@pytest.mark.parametrize("endpoint", ALL_ENDPOINTS, ids=lambda e: e.name)
def test_descriptions_are_well_formed(endpoint: Endpoint[object]) -> None:
    assert endpoint.method in ("GET", "POST", "DELETE")
    assert endpoint.path.startswith("/")
    assert endpoint.summary.endswith(".")
    assert endpoint.response.description
    if endpoint.method == "GET":
        assert endpoint.body is None, "a GET carries no body"
    # The name is the SDK method that calls it, on both clients.
    for client in (SYNC_CLIENT, ASYNC_CLIENT):
        target: object = client
        for part in endpoint.name.split("."):
            target = getattr(target, part)
        assert callable(target)


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


def test_a_body_of_a_subclass_of_the_declared_model_is_accepted() -> None:
    class Refined(CreateHoldTokenRequest):
        pass

    ENDPOINT.check_call({"hold_token": "t"}, {"expand": "x"}, Refined())


def test_a_call_with_missing_path_parameters_is_refused() -> None:
    with pytest.raises(ValueError, match="needs path parameters"):
        ENDPOINT.check_call({}, {}, CreateHoldTokenRequest())


def test_bytes_are_returned_as_sent() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00 not json"
    assert chart_versions.RETRIEVE_PUBLISHED_VERSION_THUMBNAIL.response.parse(png) == png
    assert chart_versions.RETRIEVE_DRAFT_VERSION_THUMBNAIL.response.description == "bytes"


def test_no_content_ignores_whatever_body_comes_back() -> None:
    NO_CONTENT.parse(b"not even json")  # does not raise


def test_endpoints_of_one_result_type_share_one_parser() -> None:
    # A schema is built once per result type, not once per endpoint: the 22 event report
    # endpoints returning an EventReport (and every Page[Chart] list) build one between them.
    reports = {
        id(e.response) for e in [*event_reports.BY.values(), *event_reports.BY_FILTERED.values()]
    }
    assert len(reports) == 1
    chart_pages = {id(e.response) for e in ALL_ENDPOINTS if e.response.description == "Page[Chart]"}
    assert len(chart_pages) == 1


def test_a_path_without_placeholders_is_encoded_once_and_kept() -> None:
    fixed = Endpoint(name="fixed", method="POST", path="/events/groups/x", response=NO_CONTENT)
    templated = Endpoint(name="t", method="GET", path="/events/{key}", response=NO_CONTENT)
    assert fixed.fixed_path == "/events/groups/x"
    assert templated.fixed_path is None
