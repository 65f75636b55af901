"""`bench/stages.py`: ours' book + release timed stage by stage (structure only, no speed)."""

from __future__ import annotations

import pytest

from bench import stages
from bench._measure import HTTPX_TRANSPORT, OFFICIAL, OURS

# The official client's body encoder (jsonpickle 4) warns on every POST (see test_bench_smoke).
pytestmark = pytest.mark.filterwarnings(
    "ignore:keys will default to True in jsonpickle:DeprecationWarning"
)


@pytest.mark.parametrize("server", ["emulator", "canned"])
def test_a_tiny_run_prints_every_stage_and_the_same_rounds_totals(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert stages.main(["--server", server, "--rounds", "3", "--seats", "120"]) == 0

    printed = capsys.readouterr().out
    assert f"against the {server}, 3 interleaved rounds" in printed
    for name in (*stages.STAGES, stages.REST, OURS, HTTPX_TRANSPORT, OFFICIAL):
        assert name in printed
    lines = {
        line.rsplit(None, 1)[0].strip(): line.rsplit(None, 1)[1]
        for line in printed.splitlines()[2:]
        if line.startswith("  ")
    }
    # Every stage ran on each call: none is 0 µs (a probe that never fired would be).
    assert all(int(lines[stage]) > 0 for stage in stages.STAGES)


def test_the_probes_note_only_while_recording_and_leave_every_function_as_found() -> None:
    points = stages.probe_points()
    originals = [getattr(owner, name) for owner, name, _ in points]
    probes = stages.Probes()
    with stages.probed(probes):
        assert all(
            getattr(owner, name) is not originals[i] for i, (owner, name, _) in enumerate(points)
        )
        build_body = getattr(*points[0][:2])  # ours' status_change_body, probed
        build_body("event", ["A-1"], status="booked")  # not recording
        probes.recording = True
        build_body("event", ["A-1"], status="booked")
        probes.recording = False
    assert list(probes.spans) == [stages.STAGES[0]]  # once, while recording
    assert [getattr(owner, name) for owner, name, _ in points] == originals


def test_a_probe_point_the_sdk_no_longer_has_stops_the_run_and_restores_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Moved:
        pass

    points = stages.probe_points()
    monkeypatch.setattr(stages, "probe_points", lambda: [points[0], (Moved, "gone", "x")])
    original = getattr(*points[0][:2])

    refusal = pytest.raises(RuntimeError, match=r"internals moved: .*Moved.* has no gone")
    with refusal, stages.probed(stages.Probes()):
        pass
    assert getattr(*points[0][:2]) is original
