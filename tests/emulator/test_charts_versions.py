"""Chart versions, validation, thumbnails and the validation severities (charts.md §3.10-§3.11)."""

from __future__ import annotations

import struct
import zlib

import httpx
import pytest

from seatsio_typed.testing import ChartBuilder, Emulator, TestCompany

from ._charts_support import (
    Json,
    assert_no_content,
    client_at,
    create_chart,
    error,
    ok_json,
    published,
    retrieve,
    small_drawing,
    upload,
)
from .conftest import client_for

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR"
    header = data[16 : 16 + length]
    (crc,) = struct.unpack(">I", data[16 + length : 20 + length])
    assert crc == zlib.crc32(kind + header) & 0xFFFFFFFF
    width, height = struct.unpack(">II", header[:8])
    return width, height


def _unlabeled_drawing() -> Json:
    """A drawing with an unlabeled seat (fails VALIDATE_UNLABELED_OBJECTS) and no focal point."""
    drawing: Json = ChartBuilder("broken").category(1, "c").row("A", seats=2, category=1).build()
    drawing["subChart"]["rows"][0]["seats"][0]["label"] = ""
    return drawing


def _set_severities(client: httpx.Client, **severities: str) -> dict[str, str]:
    response = client.post("/_emulator/chart-validation", json=severities)
    settings: dict[str, str] = ok_json(response)
    return settings


def test_retrieve_published_version_gives_the_drawing(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    drawing = small_drawing()
    key = upload(emulator, company, drawing)
    assert published(admin, key) == drawing


@pytest.mark.parametrize(
    ("method", "suffix"),
    [
        ("GET", "version/draft"),
        ("GET", "version/draft/thumbnail"),
        ("POST", "version/draft/actions/validate"),
        ("POST", "version/draft/actions/discard"),
        ("POST", "version/draft/actions/publish"),
        ("POST", "version/draft/actions/copy"),
    ],
)
def test_draft_calls_on_a_chart_without_draft_are_404(
    admin: httpx.Client, method: str, suffix: str
) -> None:
    key = create_chart(admin)["key"]
    response = admin.request(method, f"/charts/{key}/{suffix}")
    assert error(response, 404)["code"] == "DRAFT_VERSION_NOT_FOUND"
    assert len(admin.get("/charts").json()["items"]) == 1


@pytest.mark.parametrize(
    ("method", "suffix"),
    [
        ("GET", "version/published"),
        ("GET", "version/published/thumbnail"),
        ("POST", "version/published/actions/validate"),
        ("POST", "version/published/actions/copy"),
        ("GET", "version/draft"),
    ],
)
def test_version_calls_on_an_unknown_chart_are_404(
    admin: httpx.Client, method: str, suffix: str
) -> None:
    response = admin.request(method, f"/charts/nope/{suffix}")
    assert error(response, 404)["code"] == "CHART_NOT_FOUND"


def test_validate_published_version_of_a_clean_chart(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    response = admin.post(f"/charts/{key}/version/published/actions/validate", content=b"null")
    assert ok_json(response) == {"errors": [], "warnings": []}


def test_validation_follows_the_company_severities(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    key = upload(emulator, company, _unlabeled_drawing())
    path = f"/charts/{key}/version/published/actions/validate"
    assert ok_json(admin.post(path)) == {
        "errors": [],
        "warnings": ["VALIDATE_UNLABELED_OBJECTS"],
    }
    _set_severities(admin, VALIDATE_UNLABELED_OBJECTS="ERROR", VALIDATE_FOCAL_POINT="WARNING")
    assert ok_json(admin.post(path)) == {
        "errors": ["VALIDATE_UNLABELED_OBJECTS"],
        "warnings": ["VALIDATE_FOCAL_POINT"],
    }
    assert retrieve(admin, key)["validation"]["errors"] == ["VALIDATE_UNLABELED_OBJECTS"]
    listed = admin.get("/charts", params={"expand": "validation"}).json()["items"][0]
    assert listed["validation"]["warnings"] == ["VALIDATE_FOCAL_POINT"]
    _set_severities(admin, VALIDATE_UNLABELED_OBJECTS="OFF", VALIDATE_FOCAL_POINT="OFF")
    assert ok_json(admin.post(path)) == {"errors": [], "warnings": []}


def test_severities_default_to_none_at_error_level(admin: httpx.Client) -> None:
    severities = ok_json(admin.get("/_emulator/chart-validation"))
    assert "VALIDATE_DUPLICATE_LABELS" in severities
    assert "ERROR" not in severities.values()


def test_severities_can_be_reset(admin: httpx.Client) -> None:
    defaults = ok_json(admin.get("/_emulator/chart-validation"))
    _set_severities(admin, VALIDATE_EMPTY_FLOOR="ERROR")
    assert_no_content(admin.delete("/_emulator/chart-validation"))
    assert ok_json(admin.get("/_emulator/chart-validation")) == defaults


@pytest.mark.parametrize(
    "body", [{"VALIDATE_NOTHING": "ERROR"}, {"VALIDATE_FOCAL_POINT": "LOUD"}, {"x": 1}]
)
def test_invalid_severities_are_rejected_without_change(
    admin: httpx.Client, body: dict[str, object]
) -> None:
    before = ok_json(admin.get("/_emulator/chart-validation"))
    response = admin.post(
        "/_emulator/chart-validation", json={"VALIDATE_EMPTY_FLOOR": "ERROR", **body}
    )
    assert error(response, 400)["code"] == "VALIDATION_FAILED"
    assert ok_json(admin.get("/_emulator/chart-validation")) == before


def test_severities_belong_to_one_company(admin: httpx.Client, emulator: Emulator) -> None:
    _set_severities(admin, VALIDATE_FOCAL_POINT="ERROR")
    other = emulator.create_test_company()
    with client_for(emulator, other.admin_key) as client:
        assert ok_json(client.get("/_emulator/chart-validation"))["VALIDATE_FOCAL_POINT"] == "OFF"


def test_severities_need_the_company_admin_key(emulator: Emulator, company: TestCompany) -> None:
    with client_for(emulator, company.workspace.secret_key) as client:
        response = client.get("/_emulator/chart-validation")
    assert response.status_code == 403
    assert response.content == b""


def test_published_thumbnail_is_a_png(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    key = upload(emulator, company, small_drawing())
    response = admin.get(f"/charts/{key}/version/published/thumbnail")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert _png_size(response.content) == (320, 200)


def test_thumbnails_differ_between_drawings(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    empty = create_chart(admin)["key"]
    drawn = upload(emulator, company, small_drawing())
    thumbnails = {
        admin.get(f"/charts/{key}/version/published/thumbnail").content for key in (empty, drawn)
    }
    assert len(thumbnails) == 2


def test_the_public_thumbnail_url_serves_the_png_without_credentials(
    admin: httpx.Client, anonymous: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    key = upload(emulator, company, small_drawing())
    url = retrieve(admin, key)["publishedVersionThumbnailUrl"]
    assert company.workspace.key in url
    assert key in url
    response = anonymous.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert response.content == admin.get(f"/charts/{key}/version/published/thumbnail").content


def test_thumbnail_urls_use_the_host_the_client_used(
    emulator: Emulator, company: TestCompany
) -> None:
    with client_at(emulator, company.admin_key, "http://127.0.0.1:9001") as local:
        chart = create_chart(local)
    assert chart["publishedVersionThumbnailUrl"].startswith("http://127.0.0.1:9001/thumbnails/")
    with client_at(emulator, company.admin_key, "https://api-eu.seatsio.net") as remote:
        chart = create_chart(remote)
    assert chart["publishedVersionThumbnailUrl"].startswith("https://api-eu.seatsio.net/")


def test_public_thumbnail_of_unknown_things_is_404(
    anonymous: httpx.Client, admin: httpx.Client, company: TestCompany
) -> None:
    key = create_chart(admin)["key"]
    workspace = company.workspace.key
    for path in (
        f"/thumbnails/nope/{key}/published/thumbnail",
        f"/thumbnails/{workspace}/nope/published/thumbnail",
        f"/thumbnails/{workspace}/{key}/draft/thumbnail",
        f"/thumbnails/{workspace}/{key}/other/thumbnail",
    ):
        assert anonymous.get(path).status_code == 404
