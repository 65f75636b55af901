"""Seat maps as SVG: every object coloured by what a buyer meets, with a legend; in-process,
over HTTP and from the command line."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import httpx
import pytest

from seatsio_typed.testing import ChartBuilder, Emulator, EmulatorError, TestCompany
from seatsio_typed.testing._cli import main

from ._events_support import changed, create_event, hold_token, upload_hall

SVG = "{http://www.w3.org/2000/svg}"


def states(svg: str) -> dict[str, str]:
    """Label -> `data-state` of every object drawn."""
    root = ElementTree.fromstring(svg)
    objects = root.find(f"{SVG}g[@class='objects']")
    assert objects is not None
    return {shape.attrib["data-label"]: shape.attrib["data-state"] for shape in objects}


def texts(svg: str, group: str) -> list[str]:
    """The texts of one group of the map (`legend`, `captions`)."""
    found = ElementTree.fromstring(svg).find(f"{SVG}g[@class='{group}']")
    return [] if found is None else [text.text or "" for text in found.iter(f"{SVG}text")]


def legend(svg: str) -> list[str]:
    return texts(svg, "legend")


@pytest.fixture
def busy_event(emulator: Emulator, company: TestCompany, admin: httpx.Client) -> str:
    """An event on the hall with one object in every state a map shows."""
    create_event(
        admin,
        upload_hall(emulator, company),
        eventKey="e1",
        channels=[
            {"key": "web", "name": "Web", "color": "#123456", "index": 1, "objects": ["B-1"]}
        ],
        forSaleConfig={"forSale": False, "objects": ["B-2"]},
    )
    changed(admin, "e1", ["A-1"])
    changed(admin, "e1", ["A-2"], "reservedByToken", holdToken=hold_token(admin))
    changed(admin, "e1", ["A-3"], "cleaning")
    changed(admin, "e1", [{"objectId": "GA1", "quantity": 3}])
    return "e1"


def test_an_event_map_colours_each_object_by_its_state(
    emulator: Emulator, company: TestCompany, busy_event: str
) -> None:
    svg = emulator.event_seat_map(busy_event, secret_key=company.admin_key)

    drawn = states(svg)
    assert drawn["A-1"] == "booked"
    assert drawn["A-2"] == "reservedByToken"
    assert drawn["A-3"] == "cleaning"
    assert drawn["GA1"] == "booked"
    assert drawn["B-1"] == "channel web"
    assert drawn["B-2"] == "not for sale"
    assert drawn["A-4"] == "free"
    assert "T2" in drawn  # booked as a whole: the table is drawn, its seats are not
    assert "T2-1" not in drawn
    assert sorted(legend(svg)) == sorted(
        [
            "booked: 2",
            "reservedByToken: 1",
            "cleaning: 1",
            "channel web: 1",
            "not for sale: 1",
            f"free: {len(drawn) - 6}",
        ]
    )


def test_the_map_tells_counts_and_colours(
    emulator: Emulator, company: TestCompany, busy_event: str
) -> None:
    root = ElementTree.fromstring(emulator.event_seat_map(busy_event, secret_key=company.admin_key))
    by_label = {
        shape.attrib["data-label"]: shape for shape in root.iter() if "data-label" in shape.attrib
    }

    assert by_label["B-1"].attrib["fill"] == "#123456"  # the channel's own colour
    area_title = by_label["GA1"].find(f"{SVG}title")
    assert area_title is not None
    assert area_title.text == "GA1: booked (3 booked, 0 held of 10)"
    # One colour cannot say how full an area is: its counts are written on it.
    assert texts(emulator.event_seat_map(busy_event, secret_key=company.admin_key), "captions") == [
        "GA1: 3 booked, 0 held / 10"
    ]
    assert by_label["A-1"].attrib["fill"] != by_label["A-4"].attrib["fill"]


def test_the_same_state_gives_the_same_bytes(
    emulator: Emulator, company: TestCompany, busy_event: str
) -> None:
    first = emulator.event_seat_map(busy_event, secret_key=company.admin_key)
    assert emulator.event_seat_map(busy_event, secret_key=company.admin_key) == first


def test_a_chart_map_colours_by_category_and_escapes_labels(
    emulator: Emulator, company: TestCompany
) -> None:
    drawing = (
        ChartBuilder("<Hall & co>")
        .category(1, "Stalls", "#ff0000")
        .row("R&<", seats=2, category=1)
        .row("X", seats=1)
        .build()
    )
    chart_key = emulator.upload_chart(drawing, secret_key=company.admin_key)

    svg = emulator.chart_seat_map(chart_key, secret_key=company.admin_key)

    assert states(svg) == {
        "R&<-1": "category Stalls",
        "R&<-2": "category Stalls",
        "X-1": "no category",
    }
    assert "category Stalls: 2" in legend(svg)


def test_over_http_with_the_api_key(
    emulator: Emulator, admin: httpx.Client, busy_event: str
) -> None:
    response = admin.get(f"/_emulator/seat-map/events/{busy_event}")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert states(response.text)["A-1"] == "booked"
    assert admin.get("/_emulator/seat-map/events/nope").status_code == 404


def test_no_key_no_map(emulator: Emulator, busy_event: str) -> None:
    with httpx.Client(transport=emulator.transport(), base_url="https://x.test") as anonymous:
        assert anonymous.get(f"/_emulator/seat-map/events/{busy_event}").status_code == 401


def test_an_unknown_event_is_an_emulator_error(emulator: Emulator, company: TestCompany) -> None:
    with pytest.raises(EmulatorError, match="404"):
        emulator.event_seat_map("nope", secret_key=company.admin_key)


def test_the_command_line_writes_the_map(
    emulator: Emulator,
    company: TestCompany,
    busy_event: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "map.svg"
    with emulator.serve() as url:
        code = main(
            [
                "seat-map",
                "--url",
                url,
                "--event",
                busy_event,
                "--secret-key",
                company.admin_key,
                "-o",
                str(output),
            ]
        )
        missing = main(
            ["seat-map", "--url", url, "--event", "nope", "--secret-key", company.admin_key]
        )

    assert code == 0
    assert states(output.read_text())["A-1"] == "booked"
    assert missing == 1
    captured = capsys.readouterr()
    assert f"Seat map written to {output}" in captured.out
    assert "HTTP 404" in captured.err
    assert company.admin_key not in captured.out + captured.err


def test_the_command_line_needs_a_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SEATSIO_SECRET_KEY", raising=False)
    assert main(["seat-map", "--event", "e1"]) == 2
    assert "--secret-key" in capsys.readouterr().err
