"""Workspace models: examples parse, and the secret key stays out of reprs and errors."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from seatsio_typed.models import (
    CreateWorkspaceRequest,
    ForSaleMode,
    RemoveSecretKeyRequest,
    UpdateWorkspaceRequest,
    Workspace,
    WorkspaceSecretKey,
)
from tests.reference import load_example

SECRET = "7c647eed-0880-4118-9459-82757579703e"


@pytest.mark.parametrize(
    "name", ["workspaces.retrieve.response.json", "workspaces.create.response.json"]
)
def test_workspace_parses_with_every_field(name: str) -> None:
    workspace = Workspace.model_validate_json(load_example(name))

    assert workspace.id == 169
    assert workspace.name == "a workspace"
    assert workspace.key == "18725661-36d6-4755-905a-28ce82d0c2d5"
    assert workspace.secret_key == SECRET
    assert (workspace.is_test, workspace.is_active, workspace.is_default) == (False, True, True)
    assert workspace.settings is None


def test_workspace_list_items_parse() -> None:
    items = json.loads(load_example("workspaces.list.response.json"))["items"]

    workspaces = [Workspace.model_validate(item) for item in items]

    assert [(ws.name, ws.is_test, ws.is_active) for ws in workspaces] == [
        ("a workspace", False, True),
        ("another workspace", True, False),
    ]


def test_workspace_repr_and_str_hide_the_secret_key() -> None:
    workspace = Workspace.model_validate_json(load_example("workspaces.retrieve.response.json"))

    assert SECRET not in repr(workspace)
    assert SECRET not in str(workspace)
    assert "secret" not in repr(workspace)
    assert "a workspace" in repr(workspace)


def test_workspace_in_a_container_repr_hides_the_secret_key() -> None:
    workspace = Workspace.model_validate_json(load_example("workspaces.retrieve.response.json"))

    assert SECRET not in repr([workspace])
    assert SECRET not in repr({"ws": workspace})


def test_workspace_validation_error_does_not_echo_the_secret_key() -> None:
    body = {"id": 1, "name": "n", "key": "k", "secretKey": SECRET, "isTest": "maybe"}

    with pytest.raises(ValidationError) as caught:
        Workspace.model_validate_json(json.dumps(body))

    message = str(caught.value)
    assert SECRET not in message
    assert "isTest" in message
    assert "isActive" in message


def test_regenerated_secret_key_is_readable_but_not_shown() -> None:
    raw = load_example("workspaces.regenerate-secret-key.response.json")

    result = WorkspaceSecretKey.model_validate_json(raw)

    assert result.secret_key == json.loads(raw)["secretKey"]
    assert result.secret_key not in repr(result)
    assert result.secret_key not in str(result)


def test_workspace_settings_are_kept_as_json() -> None:
    body = json.loads(load_example("workspaces.retrieve.response.json"))
    body["settings"] = {"draftChartDrawingsEnabled": True, "holdPeriodInMinutes": 15}

    workspace = Workspace.model_validate(body)

    assert workspace.settings == {"draftChartDrawingsEnabled": True, "holdPeriodInMinutes": 15}


def test_create_workspace_request_matches_the_reference_body() -> None:
    raw = load_example("workspaces.create.request.json")

    request = CreateWorkspaceRequest.model_validate_json(raw)

    assert request.to_wire() == json.loads(raw)
    assert CreateWorkspaceRequest(name="prod").to_wire() == {"name": "prod"}
    assert CreateWorkspaceRequest(name="t", is_test=True).to_wire() == {"name": "t", "isTest": True}


def test_create_workspace_request_is_strict_and_needs_a_name() -> None:
    with pytest.raises(ValidationError) as missing:
        CreateWorkspaceRequest.model_validate({"isTest": True})
    with pytest.raises(ValidationError) as wrong_type:
        CreateWorkspaceRequest.model_validate({"name": "n", "isTest": "yes"})

    assert missing.value.errors()[0]["loc"] == ("name",)
    assert wrong_type.value.errors()[0]["loc"] == ("is_test",)


def test_update_workspace_request_matches_the_reference_body() -> None:
    raw = load_example("workspaces.update.request.json")

    assert UpdateWorkspaceRequest.model_validate_json(raw).to_wire() == json.loads(raw)


@pytest.mark.parametrize(
    "secret_keys",
    [
        [SECRET, "0d6e4c1a-second-key"],
        [{"secretKey": SECRET, "createdOn": "2025-01-01T00:00:00Z"}],
    ],
    ids=["strings", "objects"],
)
def test_secret_keys_are_read_in_either_shape_and_never_shown(secret_keys: object) -> None:
    # The shape of `secretKeys` (official 83.21) is unverified: plain keys or key objects.
    body = json.loads(load_example("workspaces.retrieve.response.json"))
    body["secretKeys"] = secret_keys

    workspace = Workspace.model_validate(body)

    assert workspace.secret_keys == secret_keys
    assert SECRET not in repr(workspace)
    assert SECRET not in str(workspace)
    assert "secret_keys" not in repr(workspace)


def test_secret_keys_are_none_when_absent() -> None:
    workspace = Workspace.model_validate_json(load_example("workspaces.retrieve.response.json"))

    assert workspace.secret_keys is None


def test_for_sale_mode_is_sent_as_its_value_and_unknown_modes_pass() -> None:
    known = CreateWorkspaceRequest(name="w", for_sale_mode=ForSaleMode.RATE_LIMITED)
    unknown = UpdateWorkspaceRequest(name="w", for_sale_mode=ForSaleMode("LATER_MODE"))

    assert known.to_wire() == {"name": "w", "forSaleMode": "RATE_LIMITED"}
    assert unknown.to_wire() == {"name": "w", "forSaleMode": "LATER_MODE"}
    assert not ForSaleMode("LATER_MODE").is_known


def test_remove_secret_key_request_hides_the_key() -> None:
    request = RemoveSecretKeyRequest(secret_key=SECRET)

    assert request.to_wire() == {"secretKey": SECRET}
    assert SECRET not in repr(request)
    assert SECRET not in str(request)


def test_a_refused_secret_key_is_not_echoed_in_the_error() -> None:
    with pytest.raises(ValidationError) as caught:
        RemoveSecretKeyRequest.model_validate({"secretKey": SECRET.encode()})

    assert SECRET not in str(caught.value)
    assert "secret_key" in str(caught.value)
