"""No double booking: contenders race for the same seats over real HTTP, against the emulator.

Threads share one `Client`, tasks share one `AsyncClient`. Each race ends with exactly one
winner per seat, every loser holding a typed exception, and the event's object infos, status
changes and report agreeing with the winners. Figures in RELIABILITY.md (`make stress`: 200).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from seatsio_typed import (
    AsyncClient,
    BadRequestException,
    BestAvailableObjectsNotFoundException,
    Client,
    ObjectStatus,
    Region,
    SeatsioException,
)
from seatsio_typed.testing import TestCompany
from tests.reliability.conftest import SEATS
from tests.reliability.sizes import record, size
from tests.unit.support import Kind

CONTENDERS = size(40, 200)
LABELS = [f"A-{n}" for n in range(1, SEATS + 1)]

Outcome = str | SeatsioException
"""What a contender got: the seat (or order) it won, or the exception it lost with."""


def _race(kind: Kind, url: str, secret: str, contend: Callable[..., object]) -> list[Outcome]:
    """Run CONTENDERS contenders at once; `contend(client, index)` books (sync or async)."""
    if kind == "sync":
        with Client(Region(url), secret) as client:
            barrier = threading.Barrier(CONTENDERS)

            def one(index: int) -> Outcome:
                barrier.wait()
                try:
                    result = contend(client, index)
                except SeatsioException as error:
                    return error
                assert isinstance(result, str)
                return result

            with ThreadPoolExecutor(CONTENDERS) as pool:
                return list(pool.map(one, range(CONTENDERS)))

    async def main() -> list[Outcome]:
        async with AsyncClient(Region(url), secret) as client:
            start = asyncio.Event()

            async def one(index: int) -> Outcome:
                await start.wait()
                try:
                    result = await contend(client, index)  # type: ignore[misc]
                except SeatsioException as error:
                    return error
                assert isinstance(result, str)
                return result

            tasks = [asyncio.ensure_future(one(i)) for i in range(CONTENDERS)]
            await asyncio.sleep(0)
            start.set()
            return list(await asyncio.gather(*tasks))

    return asyncio.run(main())


def _winners(outcomes: list[Outcome]) -> list[str]:
    return [o for o in outcomes if isinstance(o, str)]


def _check_state(url: str, secret: str, event_key: str, won: dict[str, str]) -> None:
    """Object infos, status changes and the status report agree with the winners."""
    with Client(Region(url), secret) as client:
        infos = client.events.retrieve_object_infos(event_key, LABELS)
        for label in LABELS:
            info = infos[label]
            if label in won:
                assert info.status in (ObjectStatus.BOOKED, ObjectStatus.RESERVED_BY_TOKEN)
                assert won[label] in (info.order_id, info.hold_token), label
            else:
                assert info.status == ObjectStatus.FREE, label
        changes = list(client.events.status_changes(event_key).list())
        assert sorted(change.object_label for change in changes) == sorted(won)
        report = client.events.reports.by_status(event_key)
        taken = [
            o.label for group in ("booked", "reservedByToken") for o in report.get(group) or []
        ]
        assert sorted(taken) == sorted(won)


def test_one_winner_per_seat_when_everyone_books(
    kind: Kind, url: str, company: TestCompany, chart_key: str
) -> None:
    secret = company.admin_key
    with Client(Region(url), secret) as setup:
        event = setup.events.create(chart_key)

    def contend(client: Client | AsyncClient, index: int) -> object:
        label, order = LABELS[index % SEATS], f"order-{index}"

        async def book_async(c: AsyncClient) -> str:
            await c.events.book(event.key, [label], order_id=order)
            return f"{label}={order}"

        if isinstance(client, AsyncClient):
            return book_async(client)
        client.events.book(event.key, [label], order_id=order)
        return f"{label}={order}"

    outcomes = _race(kind, url, secret, contend)
    won = dict(w.split("=") for w in _winners(outcomes))
    assert len(_winners(outcomes)) == SEATS == len(won)
    losers = [o for o in outcomes if not isinstance(o, str)]
    assert len(losers) == CONTENDERS - SEATS
    assert all(type(e) is BadRequestException and e.message for e in losers), losers[:3]
    _check_state(url, secret, event.key, won)
    record(
        f"no double booking: book ({kind})",
        contenders=CONTENDERS,
        seats=SEATS,
        winners=len(won),
        double_bookings=0,
        untyped_failures=0,
    )


def test_one_holder_per_seat_with_different_hold_tokens(
    kind: Kind, url: str, company: TestCompany, chart_key: str
) -> None:
    secret = company.admin_key
    with Client(Region(url), secret) as setup:
        event = setup.events.create(chart_key)
        tokens = [setup.hold_tokens.create().hold_token for _ in range(CONTENDERS)]

    def contend(client: Client | AsyncClient, index: int) -> object:
        label, token = LABELS[index % SEATS], tokens[index]

        async def hold_async(c: AsyncClient) -> str:
            await c.events.hold(event.key, [label], token)
            return f"{label}={token}"

        if isinstance(client, AsyncClient):
            return hold_async(client)
        client.events.hold(event.key, [label], token)
        return f"{label}={token}"

    outcomes = _race(kind, url, secret, contend)
    won = dict(w.split("=") for w in _winners(outcomes))
    assert len(_winners(outcomes)) == SEATS == len(won)
    losers = [o for o in outcomes if not isinstance(o, str)]
    assert all(type(e) is BadRequestException for e in losers), losers[:3]
    _check_state(url, secret, event.key, won)
    record(
        f"no double booking: hold tokens ({kind})",
        contenders=CONTENDERS,
        seats=SEATS,
        winners=len(won),
        double_bookings=0,
        untyped_failures=0,
    )


def test_best_available_never_hands_out_a_seat_twice(
    kind: Kind, url: str, company: TestCompany, chart_key: str
) -> None:
    secret = company.admin_key
    with Client(Region(url), secret) as setup:
        event = setup.events.create(chart_key)

    def contend(client: Client | AsyncClient, index: int) -> object:
        order = f"order-{index}"

        async def book_async(c: AsyncClient) -> str:
            result = await c.events.book_best_available(event.key, 1, order_id=order)
            return f"{result.objects[0]}={order}"

        if isinstance(client, AsyncClient):
            return book_async(client)
        result = client.events.book_best_available(event.key, 1, order_id=order)
        return f"{result.objects[0]}={order}"

    outcomes = _race(kind, url, secret, contend)
    won = dict(w.split("=") for w in _winners(outcomes))
    assert len(_winners(outcomes)) == SEATS == len(won)
    losers = [o for o in outcomes if not isinstance(o, str)]
    assert all(isinstance(e, BestAvailableObjectsNotFoundException) for e in losers), losers[:3]
    _check_state(url, secret, event.key, won)
    record(
        f"no double booking: best available ({kind})",
        contenders=CONTENDERS,
        seats=SEATS,
        winners=len(won),
        double_bookings=0,
        untyped_failures=0,
    )
