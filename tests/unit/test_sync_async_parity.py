"""The sync client is generated from the async one: same methods, same parameters, current."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import seatsio_typed
from scripts import unasync
from seatsio_typed import _async, _sync

REPO = Path(__file__).resolve().parents[2]
PROTOCOL_METHODS = frozenset(
    {"__init__", "__iter__", "__aiter__", "__enter__", "__aenter__", "__exit__", "__aexit__"}
)
# Methods that return without awaiting anything (an iterator, a copy of the client).
NOT_COROUTINES = frozenset(
    {
        "__init__",
        "__aiter__",
        "list",
        "list_all",
        "pages",
        "with_options",
        "with_season_bookings_not_propagated",
    }
)


def class_pairs() -> list[tuple[type, type]]:
    pairs: list[tuple[type, type]] = []
    for name in _async.__all__:
        async_cls: object = getattr(_async, name)
        sync_cls: object = getattr(_sync, unasync.rename(name))
        assert isinstance(async_cls, type)
        assert isinstance(sync_cls, type)
        pairs.append((async_cls, sync_cls))
    return pairs


PAIRS = class_pairs()


def methods(cls: type) -> dict[str, object]:
    """Public methods and protocol dunders defined by the class itself."""
    members: dict[str, object] = dict(vars(cls))
    return {
        name: member
        for name, member in members.items()
        if inspect.isfunction(member) and (not name.startswith("_") or name in PROTOCOL_METHODS)
    }


def as_sync(annotation: object) -> object:
    """An annotation of the async API as the sync API spells it (the unasync transform)."""
    if annotation is inspect.Parameter.empty:
        return annotation
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return unasync.apply_edits(text, list(unasync.edits_for(text)))


def test_every_async_class_has_a_sync_twin() -> None:
    assert [(a.__name__, s.__name__) for a, s in PAIRS] == [
        ("AsyncChartOrganizeMethods", "ChartOrganizeMethods"),
        ("AsyncChartReports", "ChartReports"),
        ("AsyncChartVersionMethods", "ChartVersionMethods"),
        ("AsyncChartsClient", "ChartsClient"),
        ("AsyncClient", "Client"),
        ("AsyncEventChannelsClient", "EventChannelsClient"),
        ("AsyncEventForSaleMethods", "EventForSaleMethods"),
        ("AsyncEventLogClient", "EventLogClient"),
        ("AsyncEventReportSummaryMethods", "EventReportSummaryMethods"),
        ("AsyncEventReports", "EventReports"),
        ("AsyncEventsClient", "EventsClient"),
        ("AsyncHoldTokensClient", "HoldTokensClient"),
        ("AsyncLister", "Lister"),
        ("AsyncPageIterator", "PageIterator"),
        ("AsyncSeasonsClient", "SeasonsClient"),
        ("AsyncStatusChangeLister", "StatusChangeLister"),
        ("AsyncTicketBuyersClient", "TicketBuyersClient"),
        ("AsyncUsageReports", "UsageReports"),
        ("AsyncWorkspacesClient", "WorkspacesClient"),
    ]


@pytest.mark.parametrize(("async_cls", "sync_cls"), PAIRS, ids=[a.__name__ for a, _ in PAIRS])
def test_the_twins_have_the_same_methods_and_parameters(async_cls: type, sync_cls: type) -> None:
    async_methods = {unasync.rename(n): m for n, m in methods(async_cls).items()}
    sync_methods = methods(sync_cls)
    assert set(async_methods) == set(sync_methods)
    for name, async_method in async_methods.items():
        async_signature = inspect.signature(async_method)  # type: ignore[arg-type]
        sync_signature = inspect.signature(sync_methods[name])  # type: ignore[arg-type]
        async_params = [
            (p.name, p.kind, p.default, as_sync(p.annotation))
            for p in async_signature.parameters.values()
        ]
        sync_params = [
            (p.name, p.kind, p.default, p.annotation) for p in sync_signature.parameters.values()
        ]
        assert async_params == sync_params, name
        assert as_sync(async_signature.return_annotation) == sync_signature.return_annotation


@pytest.mark.parametrize(("async_cls", "sync_cls"), PAIRS, ids=[a.__name__ for a, _ in PAIRS])
def test_async_methods_are_coroutines_and_their_twins_are_not(
    async_cls: type, sync_cls: type
) -> None:
    sync_methods = methods(sync_cls)
    for name, method in methods(async_cls).items():
        twin = sync_methods[unasync.rename(name)]
        assert not inspect.iscoroutinefunction(twin), name
        assert inspect.iscoroutinefunction(method) is (name not in NOT_COROUTINES), name


def test_the_public_names_are_exported() -> None:
    for name in ("Client", "AsyncClient", "Region", "Page", "SeatsioException", "Chart", "Event"):
        assert name in seatsio_typed.__all__
        assert hasattr(seatsio_typed, name)
    assert len(seatsio_typed.__all__) == len(set(seatsio_typed.__all__))


def test_the_committed_sync_code_is_what_unasync_generates() -> None:
    for path, content in unasync.expected_files().items():
        assert path.read_text(encoding="utf-8") == content, f"{path} is stale: run unasync.py"


def test_generated_files_say_so() -> None:
    for path in (REPO / "seatsio_typed" / "_sync").glob("*.py"):
        source = path.relative_to(REPO).as_posix().replace("_sync", "_async")
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line == f"# Generated by scripts/unasync.py from {source}; do not edit."
