"""The quick start: the SDK's seed operations end to end, told as a numbered account.

    make demo                                   # against the embedded emulator: no account,
                                                # no network, the same output on every run
    SEATSIO_SECRET_KEY=... make demo            # against Seats.io, with a company admin key
    SEATSIO_SECRET_KEY=... SEATSIO_REGION=na make demo    # eu (default), na, sa or oc

`SEATSIO_REGION` may also be a base URL, e.g. an emulator started with `make serve`.

Read it top to bottom: each step is a short function that calls the SDK the way an application
would and checks what came back. Anything unexpected ends the demo with exit status 1.

The chart is drawn with the emulator's chart builder and uploaded through the public seeding
endpoint (`POST /system/public/charts/{key}`) with plain httpx, on the emulator as on Seats.io.
The rate-limit step needs the emulator's fault injection; against Seats.io it is skipped. That
step waits for real, once, for the 0.4 s of the first backoff. At the end the embedded emulator
draws the event's seat map as SVG (every object coloured by its status) and the demo prints
where it wrote it: open it in a browser.
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import httpx

import seatsio_typed as seatsio
from seatsio_typed.testing import ChartBuilder, Emulator

SEED = 2025
"""Seeds the embedded emulator and the chart keys, so the demo's output is stable."""
EMULATOR_REGION = seatsio.Region("https://emulator.seatsio.invalid")
"""Any URL works in-process: the emulator's transport receives the requests, not the network."""
REGIONS = ("eu", "na", "sa", "oc")
CUSTOM_STATUS = "reserved-for-press"
ORDER_ID = "order-1001"
GA_CAPACITY = 50
SEAT_MAP_FILE = "seat-map.svg"
DEFAULT_OUTPUT_DIR = Path(tempfile.gettempdir()) / "seatsio-typed-demo"
"""Where the seat map goes unless `main(output_dir=...)` says otherwise."""

Sleep = Callable[[float], None]
T = TypeVar("T")


class DemoError(Exception):
    """Something did not go as the demo expects; it stops with exit status 1."""


def expect(condition: bool, what: str) -> None:
    """Stop the demo when `condition` does not hold."""
    if not condition:
        raise DemoError(what)


def present(value: T | None, what: str) -> T:
    """`value`, or stop the demo when it is missing."""
    if value is None:
        raise DemoError(f"{what} is missing")
    return value


def short(key: str) -> str:
    """A long key cut to its first 8 characters, to keep the account's lines short."""
    return key if len(key) <= 12 else f"{key[:8]}..."


class Account:
    """Writes the numbered account of what happened."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write
        self.steps = 0

    def step(self, text: str) -> None:
        """A new numbered step."""
        self.steps += 1
        self._write(f"{self.steps}. {text}")

    def detail(self, text: str) -> None:
        """A line belonging to the current step."""
        self._write(f"   {text}")


@dataclass
class Target:
    """Where the demo runs: the embedded emulator, or Seats.io (or a served emulator)."""

    description: str
    region: seatsio.Region
    secret_key: str = field(repr=False)
    http: httpx.Client
    """Shared by the SDK client and the chart upload."""
    emulator: Emulator | None
    """Only for the embedded emulator: fault injection."""
    keys: random.Random

    def new_chart_key(self) -> str:
        """A fresh UUID for the chart upload (seeded on the embedded emulator)."""
        return str(uuid.UUID(int=self.keys.getrandbits(128), version=4))


def embedded_target() -> Target:
    """A deterministic emulator in this process, with a new company in it."""
    emulator = Emulator(deterministic=True, seed=SEED)
    company = emulator.create_test_company()
    return Target(
        "the embedded emulator (deterministic, nothing leaves this process)",
        EMULATOR_REGION,
        company.admin_key,
        httpx.Client(transport=emulator.transport()),
        emulator,
        random.Random(SEED),
    )


def remote_target(secret_key: str, region_name: str) -> Target:
    """Seats.io in a region (or any base URL) with a company admin key."""
    if region_name.startswith(("http://", "https://")):
        region = seatsio.Region(region_name)
        description = region.url
    elif region_name.lower() in REGIONS:
        region = seatsio.Region(seatsio.Region.url_for_id(region_name.lower()))
        description = f"Seats.io at {region.url}"
    else:
        raise DemoError(f"SEATSIO_REGION must be one of {', '.join(REGIONS)} or a URL")
    return Target(description, region, secret_key, httpx.Client(), None, random.Random())


def upload_venue(target: Target, account: Account) -> str:
    """Draw a small venue with the chart builder and upload it as a published chart."""
    drawing = (
        ChartBuilder("Quickstart hall")
        .category(1, "Stalls")
        .category(2, "Balcony")
        .focal_point()
        .row("A", seats=8, category=1)
        .row("B", seats=8, category=1)
        .row("C", seats=8, category=2)
        .table("T1", seats=6, category=2)
        .ga_area("Standing", capacity=GA_CAPACITY, category=1)
        .build()
    )
    chart_key = target.new_chart_key()
    # The drawing goes as raw JSON without a Content-Type, as the official test suites send it.
    response = target.http.post(
        f"{target.region.url}/system/public/charts/{chart_key}",
        auth=(target.secret_key, ""),
        headers={"Accept": "application/json"},
        content=json.dumps(drawing),
    )
    expect(response.status_code == 201, f"the chart upload answered HTTP {response.status_code}")
    account.step('Drew "Quickstart hall" with the chart builder: rows A-C, table T1, GA area')
    account.detail(f"and uploaded it through the seeding endpoint as chart {short(chart_key)}")
    return chart_key


def categories(client: seatsio.Client, account: Account, chart_key: str) -> None:
    """List the chart's categories and update one."""
    names = [f'{c.key} "{c.label}"' for c in client.charts.list_categories(chart_key)]
    expect(names == ['1 "Stalls"', '2 "Balcony"'], f"unexpected categories {names}")
    account.step(f"The chart's categories: {', '.join(names)}")
    # Before the chart has events, so the change lands in the published version (not a draft).
    client.charts.update_category(
        chart_key=chart_key, category_key=2, label="Upper balcony", color="#7b5ea7", accessible=True
    )
    balcony = client.charts.list_categories(chart_key)[1]
    expect(balcony.label == "Upper balcony" and balcony.accessible, "update_category had no effect")
    account.detail(f'update_category(2): now "{balcony.label}", accessible')


def create_event(client: seatsio.Client, account: Account, chart_key: str) -> str:
    """Create an event on the chart; Seats.io generates its key."""
    event = client.events.create(
        chart_key, name="Quickstart concert", date=datetime.date(2025, 6, 21)
    )
    expect(client.events.retrieve(event.key).chart_key == chart_key, "the event lost its chart")
    account.step(f'Created event {short(event.key)} "{event.name}" on {event.date}')
    return event.key


def hold_and_book(client: seatsio.Client, account: Account, event_key: str) -> None:
    """Hold two seats with a hold token, then book exactly those with ticket types."""
    token = client.hold_tokens.create()
    minutes = round(token.expires_in_seconds / 60)
    account.step(f"Created hold token {token.hold_token} (expires in {minutes} min)")
    held = client.events.hold(event_key, ["A-1", "A-2"], token.hold_token)
    held_statuses = {info.status for info in held.objects.values()}
    expect(held_statuses == {seatsio.ObjectStatus.RESERVED_BY_TOKEN}, "the hold failed")
    account.step(f"Held A-1, A-2 with token {token.hold_token}")
    booked = client.events.book(
        event_key,
        [
            seatsio.ObjectProperties(object_id="A-1", ticket_type="adult"),
            seatsio.ObjectProperties(object_id="A-2", ticket_type="child"),
        ],
        hold_token=token.hold_token,
        order_id=ORDER_ID,
    )
    booked_statuses = {info.status for info in booked.objects.values()}
    expect(booked_statuses == {seatsio.ObjectStatus.BOOKED}, "the booking failed")
    account.step(f"Booked A-1 (adult), A-2 (child) with the token for order {ORDER_ID}")


def box_office(client: seatsio.Client, account: Account, event_key: str) -> None:
    """Book without a token, release, set a custom status and book general admission places."""
    client.events.book(event_key, ["B-1", "B-2"])
    released = client.events.release(event_key, "B-2")
    expect(released.objects["B-2"].status is seatsio.ObjectStatus.FREE, "B-2 is not free")
    account.step("Booked B-1, B-2 at the box office (no hold token), then released B-2")
    client.events.change_object_status(event_key, ["C-1", "C-2"], CUSTOM_STATUS)
    account.step(f'Set C-1, C-2 to the custom status "{CUSTOM_STATUS}"')
    places = seatsio.ObjectProperties(object_id="Standing", quantity=4)
    area = client.events.book(event_key, [places]).objects["Standing"]
    expect(area.num_free == GA_CAPACITY - 4, f"the GA area has {area.num_free} places left")
    account.step(f'Booked 4 places in "Standing" ({area.num_free} of {area.capacity} left)')


def object_infos(client: seatsio.Client, account: Account, event_key: str) -> None:
    """Read back what the event knows about the objects touched so far."""
    labels = ["A-1", "A-2", "B-1", "B-2", "C-1"]
    infos = client.events.retrieve_object_infos(event_key, labels)
    expected = ["booked", "booked", "booked", "free", CUSTOM_STATUS]
    expect([str(infos[label].status) for label in labels] == expected, "unexpected statuses")
    expect(infos["A-2"].ticket_type == "child", "A-2 lost its ticket type")
    account.step(f"Retrieved the object infos of {', '.join(labels)}:")
    for label in labels:
        info = infos[label]
        facts = [str(info.status), f"category {info.category_label}"]
        facts += [f"ticket {info.ticket_type}"] if info.ticket_type else []
        facts += [f"order {info.order_id}"] if info.order_id else []
        account.detail(f"{label}: {', '.join(facts)}")


def double_booking(client: seatsio.Client, account: Account, event_key: str) -> None:
    """Booking a booked seat fails; the exception says why, and the first order keeps it."""
    try:
        client.events.book(event_key, "A-1", order_id="order-1002")
    except seatsio.BadRequestException as error:
        account.step(f"Booking A-1 again was refused: {type(error).__name__} {error.codes[0]}")
        account.detail(f'"{error.message}"')
        account.detail(f"request id {error.request_id}")
    else:
        raise DemoError("A-1 was booked twice")
    owner = client.events.retrieve_object_info(event_key, "A-1").order_id
    expect(owner == ORDER_ID, f"A-1 now belongs to {owner}")
    account.detail(f"A-1 still belongs to {owner}")


def best_available(client: seatsio.Client, account: Account, event_key: str) -> None:
    """Let Seats.io pick the best 3 adjacent seats in a category and book them in one call."""
    result = client.events.book_best_available(
        event_key, 3, categories=["1"], order_id="order-1003"
    )
    expect(len(result.objects) == 3, f"best available picked {result.objects}")
    statuses = {info.status for info in result.object_details.values()}
    expect(statuses == {seatsio.ObjectStatus.BOOKED}, "best available did not book")
    together = "next to each other" if result.next_to_each_other else "apart"
    account.step(f"Booked the best 3 seats in category 1: {', '.join(result.objects)} ({together})")


def report_summary(client: seatsio.Client, account: Account, event_key: str) -> None:
    """Count the event's places per status, with the booked ones broken down by category."""
    summary = client.events.reports.summary_by_status(event_key)
    counts = {status: item.count for status, item in sorted(summary.items())}
    expect(counts.get("booked") == 2 + 1 + 4 + 3, f"unexpected booked count {counts}")
    account.step("Event report summary by status (places; a GA area counts its places):")
    account.detail(", ".join(f"{status} {count}" for status, count in counts.items()))
    booked = summary["booked"].by_category_label or {}
    per_category = ", ".join(f"{label} {count}" for label, count in sorted(booked.items()))
    account.detail(f"booked per category: {per_category}")


def seat_map(target: Target, account: Account, event_key: str, output_dir: Path) -> None:
    """The emulator draws the event as SVG, every object coloured by its status."""
    if target.emulator is None:
        account.step("Seat map: skipped (the emulator draws it; Seats.io has no such route)")
        return
    svg = target.emulator.event_seat_map(event_key, secret_key=target.secret_key)
    expect(svg.startswith(("<svg", "<?xml")), "the seat map is not SVG")
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / SEAT_MAP_FILE
    path.write_text(svg, encoding="utf-8")
    account.step("Drew the event's seat map (Emulator.event_seat_map): open it in a browser")
    account.detail(f"{path}")


def pagination(client: seatsio.Client, account: Account, run: str) -> None:
    """Create a few charts, then page through them two at a time and lazily."""
    for number in range(1, 6):
        client.charts.create(
            name=f"Quickstart {run} chart {number}",
            venue_type="SIMPLE",
            categories=[seatsio.Category(key=1, label="Stalls", color="#4176a5")],
        )
    account.step("Created 5 charts with charts.create(name, venue_type, categories)")

    def numbers(page: seatsio.Page[seatsio.Chart]) -> str:
        return ", ".join(chart.name.rsplit(" ", 1)[1] for chart in page.items)

    first = client.charts.list_first_page(page_size=2, filter=run)
    account.detail(f"list_first_page(page_size=2): charts {numbers(first)}")
    # A cursor is None on the first (previous) or last (next) page.
    after = present(first.next_page_starts_after, "the first page's next_page_starts_after")
    second = client.charts.list_page_after(after, page_size=2, filter=run)
    account.detail(f"list_page_after(next_page_starts_after): charts {numbers(second)}")
    before = present(second.previous_page_ends_before, "the second page's cursor back")
    back = client.charts.list_page_before(before, page_size=2, filter=run)
    expect(numbers(back) == numbers(first) == "5, 4", "paging back did not return page one")
    account.detail(f"list_page_before(previous_page_ends_before): charts {numbers(back)}")
    everything = [chart.name for chart in client.charts.list(chart_filter=run)]
    expect(len(everything) == 5, f"list() found {len(everything)} charts")
    account.detail(f"list(): all {len(everything)}, fetched page by page as the loop goes")


def workspace(target: Target, client: seatsio.Client, account: Account) -> None:
    """Create a workspace and act in it, by its public key and by its own secret key."""
    created = client.workspaces.create("Quickstart box office", is_test=True)
    account.step(f'Created test workspace "{created.name}" (public key {short(created.key)})')
    with seatsio.Client(
        target.region, target.secret_key, workspace_key=created.key, http_client=target.http
    ) as admin_in_workspace:
        chart = admin_in_workspace.charts.create()
        event = admin_in_workspace.events.create(chart.key)
    account.detail(f"admin key + workspace_key: created a chart and event {short(event.key)}")
    with seatsio.Client(target.region, created.secret_key, http_client=target.http) as own:
        expect(own.events.retrieve(event.key).key == event.key, "its secret key does not see it")
    account.detail("the workspace's own secret key retrieves that event")
    try:
        client.events.retrieve(event.key)
    except seatsio.NotFoundException as error:
        account.detail(f"the default workspace does not see it: {error.codes[0]}")
    else:
        raise DemoError("the default workspace sees another workspace's event")


def rate_limit(
    target: Target, client: seatsio.Client, account: Account, waits: list[float]
) -> None:
    """The emulator answers 429 once; the client backs off and retries by itself."""
    if target.emulator is None:
        account.step("Rate limiting: skipped (it needs the emulator's fault injection)")
        return
    target.emulator.faults.rate_limit(count=1)
    account.step("Told the emulator to answer the next request with 429 (fault injection)")
    token = client.hold_tokens.create()
    expect(waits == [0.4], f"the client waited {waits}")
    account.detail(f"the client waited {waits[0]} s, retried and got hold token {token.hold_token}")


def run(target: Target, account: Account, sleep: Sleep, output_dir: Path) -> None:
    """Every step, in order, with one client."""
    waits: list[float] = []

    def pause(seconds: float) -> None:
        waits.append(seconds)
        sleep(seconds)

    with seatsio.Client(
        target.region, target.secret_key, http_client=target.http, sleep=pause
    ) as client:
        chart_key = upload_venue(target, account)
        categories(client, account, chart_key)
        event_key = create_event(client, account, chart_key)
        hold_and_book(client, account, event_key)
        box_office(client, account, event_key)
        object_infos(client, account, event_key)
        double_booking(client, account, event_key)
        best_available(client, account, event_key)
        report_summary(client, account, event_key)
        # Only this run's charts are paged through: a real account holds others too.
        pagination(client, account, run=chart_key[:8])
        workspace(target, client, account)
        rate_limit(target, client, account, waits)
    seat_map(target, account, event_key, output_dir)


def main(
    *,
    env: Mapping[str, str] = os.environ,
    write: Callable[[str], None] = print,
    sleep: Sleep = time.sleep,
    output_dir: Path = DEFAULT_OUTPUT_DIR,
) -> int:
    """Run the demo where the environment says; 0 when every step went as expected, else 1.

    The seat map is written to `output_dir` (the embedded emulator only).
    """
    secret_key = env.get("SEATSIO_SECRET_KEY")
    try:
        if secret_key:
            target = remote_target(secret_key, env.get("SEATSIO_REGION", "eu").strip())
        else:
            target = embedded_target()
    except DemoError as problem:
        write(f"FAILED: {problem}")
        return 1
    write(f"seatsio-typed quick start against {target.description}")
    account = Account(write)
    try:
        with target.http:
            run(target, account, sleep, output_dir)
    except (DemoError, seatsio.SeatsioException, httpx.HTTPError, OSError) as problem:
        write(f"FAILED after step {account.steps}: {type(problem).__name__}: {problem}")
        return 1
    write(f"Done: all {account.steps} steps went as expected.")
    return 0


if __name__ == "__main__":
    # Show the SDK's own warnings (a retry after a 429) inline with the account.
    logging.basicConfig(level=logging.WARNING, format="   [log] %(message)s", stream=sys.stdout)
    sys.exit(main())
