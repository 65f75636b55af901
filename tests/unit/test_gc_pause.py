"""Large bodies are validated with the cyclic collector paused, and it is left as it was found."""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Generator

import pytest
from pydantic import ValidationError

from seatsio_typed._endpoint import JsonResponse
from seatsio_typed._gc import LARGE_BODY_BYTES, paused_gc
from seatsio_typed.models import EventObjectInfo


@pytest.fixture(autouse=True)
def _collector_on() -> Generator[None, None, None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_nested_pauses_switch_the_collector_back_on_only_at_the_end() -> None:
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_the_program_switched_off_stays_off() -> None:
    gc.disable()
    with paused_gc():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_in_two_threads_end_with_the_collector_on() -> None:
    first_in = threading.Event()
    second_done = threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with paused_gc():
            first_in.set()
            second_done.wait(5)
            seen.append(gc.isenabled())  # still paused: this thread's pause is running

    worker = threading.Thread(target=first)
    worker.start()
    first_in.wait(5)
    with paused_gc():
        pass
    seen.append(gc.isenabled())  # the other thread's pause is still running
    second_done.set()
    worker.join(5)

    assert seen == [False, False]
    assert gc.isenabled()


def test_a_large_body_is_validated_with_the_collector_paused_and_it_comes_back_on() -> None:
    states: list[bool] = []

    class Spy(EventObjectInfo):
        def model_post_init(self, context: object) -> None:
            states.append(gc.isenabled())

    item = {
        "label": "A-1",
        "labels": {"own": {"label": "1", "type": "seat"}},
        "ids": {"own": "A-1"},
        "status": "free",
        "extraData": {"padding": "x" * 200},
    }
    count = LARGE_BODY_BYTES // 200 + 10
    large = json.dumps({f"A-{n}": item for n in range(count)}).encode()
    small = json.dumps({"A-1": item}).encode()
    parser = JsonResponse(dict[str, Spy])

    assert len(parser.parse(large)) == count
    assert len(parser.parse(small)) == 1

    assert set(states[:count]) == {False}
    assert states[count:] == [True]
    assert gc.isenabled()


def test_a_body_that_fails_validation_still_switches_the_collector_back_on() -> None:
    parser = JsonResponse(dict[str, EventObjectInfo])
    body = json.dumps({f"A-{n}": {"label": "x" * 100} for n in range(1000)}).encode()
    assert len(body) >= LARGE_BODY_BYTES

    with pytest.raises(ValidationError, match="validation error"):
        parser.parse(body)
    assert gc.isenabled()
