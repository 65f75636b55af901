"""The seeding API as the official test suite uses it, then the official client on top."""

from __future__ import annotations

import pytest
import requests

from tests.reference import SAMPLE_CHART_NAMES

from ._official import OfficialClient
from .conftest import Company, UploadChart, create_test_company


def test_create_test_company_gives_an_admin_and_the_default_workspace(
    server_url: str, system_secret: str
) -> None:
    company = create_test_company(server_url, system_secret)
    workspace = company.raw["workspace"]
    assert workspace["name"] == "Production workspace"
    assert workspace["isDefault"] is True
    assert workspace["isActive"] is True
    assert workspace["isTest"] is False
    assert isinstance(workspace["id"], int)
    assert workspace["id"] != 0
    assert company.admin_key not in (company.workspace_key, company.workspace_secret_key)


def test_wrong_system_secret_is_refused(server_url: str) -> None:
    response = requests.post(
        f"{server_url}/system/private/create-test-company", auth=("wrong", ""), timeout=10
    )
    assert (response.status_code, response.content) == (401, b"")


def test_new_company_has_only_its_default_workspace(
    client: OfficialClient, company: Company
) -> None:
    workspaces = list(client.workspaces.list())
    assert [workspace.key for workspace in workspaces] == [company.workspace_key]
    assert workspaces[0].name == "Production workspace"
    assert workspaces[0].is_default


@pytest.mark.parametrize("name", SAMPLE_CHART_NAMES)
def test_every_sample_chart_uploads_with_201(upload_sample_chart: UploadChart, name: str) -> None:
    assert upload_sample_chart(name)


def test_upload_with_an_unknown_key_is_401(server_url: str) -> None:
    response = requests.post(
        f"{server_url}/system/public/charts/some-key",
        data='{"name": "x"}',
        auth=("not-a-key", ""),
        timeout=10,
    )
    assert (response.status_code, response.content) == (401, b"")
