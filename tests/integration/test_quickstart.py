"""`make demo` (examples/quickstart.py) runs, tells the right story, and fails loudly."""

from __future__ import annotations

import re
from pathlib import Path

from examples.quickstart import main
from seatsio_typed.testing import Emulator


def _run(env: dict[str, str], output_dir: Path) -> tuple[int, list[str], list[float]]:
    """The demo's exit status, its account line by line, and the waits it asked for."""
    lines: list[str] = []
    waits: list[float] = []
    status = main(env=env, write=lines.append, sleep=waits.append, output_dir=output_dir)
    return status, lines, waits


def test_the_demo_on_the_embedded_emulator_tells_what_happened(tmp_path: Path) -> None:
    status, lines, waits = _run({}, tmp_path)
    assert status == 0, "\n".join(lines)
    assert lines[0].startswith("seatsio-typed quick start against the embedded emulator")
    step_4 = next(line for line in lines if line.startswith("4. "))
    token = re.fullmatch(r"4\. Created hold token (\w+) \(expires in 15 min\)", step_4)
    assert token is not None, step_4
    expected = [
        f"5. Held A-1, A-2 with token {token.group(1)}",
        "6. Booked A-1 (adult), A-2 (child) with the token for order order-1001",
        "7. Booked B-1, B-2 at the box office (no hold token), then released B-2",
        '8. Set C-1, C-2 to the custom status "reserved-for-press"',
        '9. Booked 4 places in "Standing" (46 of 50 left)',
        "   A-1: booked, category Stalls, ticket adult, order order-1001",
        "   A-2: booked, category Stalls, ticket child, order order-1001",
        "   B-2: free, category Stalls",
        "   C-1: reserved-for-press, category Upper balcony",
        "11. Booking A-1 again was refused: BadRequestException ILLEGAL_STATUS_CHANGE",
        "   A-1 still belongs to order-1001",
        "12. Booked the best 3 seats in category 1: A-3, A-4, A-5 (next to each other)",
        "13. Event report summary by status (places; a GA area counts its places):",
        "   booked 10, free 68, reserved-for-press 2",
        "   booked per category: Stalls 10",
        "   list_first_page(page_size=2): charts 5, 4",
        "   list_page_after(next_page_starts_after): charts 3, 2",
        "   list_page_before(previous_page_ends_before): charts 5, 4",
        "   list(): all 5, fetched page by page as the loop goes",
        "   the workspace's own secret key retrieves that event",
        "   the default workspace does not see it: EVENT_NOT_FOUND",
        "16. Told the emulator to answer the next request with 429 (fault injection)",
        "17. Drew the event's seat map (Emulator.event_seat_map): open it in a browser",
        f"   {tmp_path / 'seat-map.svg'}",
        "Done: all 17 steps went as expected.",
    ]
    assert [line for line in expected if line not in lines] == []
    assert waits == [0.4]
    seat_map = (tmp_path / "seat-map.svg").read_text(encoding="utf-8")
    assert "<svg" in seat_map
    assert "A-3" in seat_map  # every object is drawn with its label


def test_the_demo_says_the_same_on_every_run(tmp_path: Path) -> None:
    first, second = _run({}, tmp_path / "1"), _run({}, tmp_path / "2")
    assert first[1] == [line.replace("/2/", "/1/") for line in second[1]]
    assert (tmp_path / "1" / "seat-map.svg").read_bytes() == (
        tmp_path / "2" / "seat-map.svg"
    ).read_bytes()


def test_the_demo_runs_against_a_server_with_a_company_admin_key(
    emulator: Emulator, tmp_path: Path
) -> None:
    company = emulator.create_test_company()
    with emulator.serve() as url:
        status, lines, waits = _run(
            {"SEATSIO_SECRET_KEY": company.admin_key, "SEATSIO_REGION": url}, tmp_path
        )
    assert status == 0, "\n".join(lines)
    assert lines[0] == f"seatsio-typed quick start against {url}"
    assert "16. Rate limiting: skipped (it needs the emulator's fault injection)" in lines
    assert "17. Seat map: skipped (the emulator draws it; Seats.io has no such route)" in lines
    assert lines[-1] == "Done: all 17 steps went as expected."
    assert waits == []
    assert company.admin_key not in "\n".join(lines)
    assert list(tmp_path.iterdir()) == []


def test_an_unexpected_error_fails_the_demo(emulator: Emulator, tmp_path: Path) -> None:
    company = emulator.create_test_company()
    emulator.faults.server_error(status=500, count=None, path_prefix="/events/groups/")
    with emulator.serve() as url:
        env = {"SEATSIO_SECRET_KEY": company.admin_key, "SEATSIO_REGION": url}
        status, lines, _ = _run(env, tmp_path)
    assert status == 1
    assert lines[-2].startswith("4. Created hold token")
    assert lines[-1].startswith("FAILED after step 4: ServerException: ")


def test_a_wrong_key_fails_the_demo_at_the_upload(emulator: Emulator, tmp_path: Path) -> None:
    with emulator.serve() as url:
        env = {"SEATSIO_SECRET_KEY": "not-a-key", "SEATSIO_REGION": url}
        status, lines, _ = _run(env, tmp_path)
    assert status == 1
    assert lines[-1] == "FAILED after step 0: DemoError: the chart upload answered HTTP 401"


def test_an_unknown_region_fails_the_demo(tmp_path: Path) -> None:
    status, lines, _ = _run({"SEATSIO_SECRET_KEY": "key", "SEATSIO_REGION": "mars"}, tmp_path)
    assert (status, lines) == (1, ["FAILED: SEATSIO_REGION must be one of eu, na, sa, oc or a URL"])
