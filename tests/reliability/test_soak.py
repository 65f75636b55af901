"""Soak: a mixed ticketing workload against the emulator's HTTP server with faults on.

A fixed number of operations (book, hold, release, look up, report) on one event, with 429s on
a share of the requests and 502s on some reads. The test keeps its own book of what the server
acknowledged; at the end the event's object infos must match it seat by seat: nothing lost,
nothing applied twice. `make stress` runs the full size and reports the figures.
"""

from __future__ import annotations

import random
from collections import Counter

from seatsio_typed import (
    BadRequestException,
    Client,
    ObjectStatus,
    RateLimitExceededException,
    Region,
    SeatsioException,
    ServerException,
)
from seatsio_typed.testing import ChartBuilder, Emulator
from tests.reliability.sizes import record, size

OPERATIONS = size(150, 5000)
ROWS, PER_ROW = "ABCDE", 10


def test_a_mixed_workload_with_faults_loses_nothing() -> None:
    emulator = Emulator(deterministic=True, seed=77)
    company = emulator.create_test_company()
    drawing = ChartBuilder("Soak").category(1, "Stalls", "#4477aa").focal_point()
    for row in ROWS:
        drawing = drawing.row(row, seats=PER_ROW, category=1)
    chart_key = emulator.upload_chart(drawing.build(), secret_key=company.admin_key)
    labels = [f"{row}-{n}" for row in ROWS for n in range(1, PER_ROW + 1)]
    rng = random.Random(5)
    expected: dict[str, str] = dict.fromkeys(labels, "free")
    errors: Counter[str] = Counter()
    waits: list[float] = []
    with (
        emulator.serve() as url,
        Client(Region(url), company.admin_key, sleep=waits.append) as client,
    ):
        event = client.events.create(chart_key)
        token = client.hold_tokens.create(expires_in_minutes=60).hold_token
        emulator.faults.rate_limit(probability=0.3)
        for number in range(OPERATIONS):
            if number % 25 == 0:
                emulator.faults.server_error(status=502, count=1, method="GET")
            label = rng.choice(labels)
            action = rng.choice(["book", "hold", "release", "info", "report"])
            try:
                if action == "book":
                    client.events.book(event.key, [label], order_id=f"o{number}")
                    expected[label] = "booked"
                elif action == "hold":
                    client.events.hold(event.key, [label], token)
                    expected[label] = "reservedByToken"
                elif action == "release":
                    held = expected[label] == "reservedByToken"
                    client.events.release(event.key, [label], hold_token=token if held else None)
                    expected[label] = "free"
                elif action == "info":
                    info = client.events.retrieve_object_info(event.key, label)
                    assert info.status == expected[label]
                else:
                    client.events.reports.by_status(event.key)
            except BadRequestException as refused:  # e.g. booking a seat that is taken
                errors[type(refused).__name__] += 1
            except (RateLimitExceededException, ServerException) as fault:
                errors[type(fault).__name__] += 1  # 429s never change state; 502s only on reads
            except SeatsioException as other:
                errors[f"unexpected {type(other).__name__}"] += 1
        injected = emulator.faults.requests_seen
        emulator.faults.clear()
        infos = client.events.retrieve_object_infos(event.key, labels)
    lost = [label for label in labels if infos[label].status != expected[label]]
    unexpected = {name: n for name, n in errors.items() if name.startswith("unexpected")}
    record(
        "soak (mixed workload, faults on)",
        operations=OPERATIONS,
        requests=injected,
        faults_injected=len(waits)
        + errors["RateLimitExceededException"]
        + errors["ServerException"],
        retries=len(waits),
        errors_by_type=dict(errors),
        lost=len(lost),
    )
    assert unexpected == {}
    assert lost == []
    assert infos[labels[0]].status in (ObjectStatus.FREE, ObjectStatus.BOOKED, "reservedByToken")
