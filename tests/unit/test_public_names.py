"""The exported names are exactly the models a user passes to a method or receives from one.

The set is derived from the public methods themselves: every resource reachable from `Client`
and `AsyncClient` (attributes, and the listers a method returns), the type hints of each of
their public methods, and, recursively, the fields of every model found that way. A request
body that a method builds internally (`CreateEventRequest` ...) is never in a signature, so it
must not be exported; a model that is passed or received must be importable from
`seatsio_typed`.
"""

from __future__ import annotations

import enum
import inspect
import re
import typing
from collections.abc import Iterator

import pydantic
import typing_extensions

import seatsio_typed
import seatsio_typed.models as models
from seatsio_typed import AsyncClient, Client, Region

PACKAGE = "seatsio_typed"
# Models a user names without a method handing them over: the bases they derive their own
# request and result models from for the escape hatch (`client.request(..., result_type=...)`).
BASES_FOR_USERS = {"RequestModel", "ResponseModel", "OpenEnum"}


def is_ours(value: object) -> bool:
    return str(getattr(value, "__module__", "")).startswith(PACKAGE)


def is_model(value: object) -> bool:
    """A class carrying data: a pydantic model, a TypedDict or an enum."""
    if not isinstance(value, type):
        return False
    kind: type[object] = value
    return issubclass(kind, (pydantic.BaseModel, enum.Enum)) or typing_extensions.is_typeddict(kind)


def classes_in(annotation: object, seen: set[int] | None = None) -> Iterator[type[object]]:
    """Every class an annotation mentions (through unions, aliases, generics, Annotated)."""
    seen = set() if seen is None else seen
    if id(annotation) in seen:
        return
    seen.add(id(annotation))
    alias_value = getattr(annotation, "__value__", None)  # a `type X = ...` alias
    if alias_value is not None:
        yield from classes_in(alias_value, seen)
    if isinstance(annotation, type):
        # A parametrised pydantic generic (`Page[Chart]`) is its own class: report `Page`.
        generic: dict[str, object] = getattr(annotation, "__pydantic_generic_metadata__", {})
        origin = generic.get("origin")
        if isinstance(origin, type):
            yield origin
            for argument in typing.cast("tuple[object, ...]", generic.get("args", ())):
                yield from classes_in(argument, seen)
        else:
            yield annotation
    origin = typing.get_origin(annotation)
    if isinstance(origin, type):
        yield origin
    for argument in typing.get_args(annotation):
        yield from classes_in(argument, seen)


def public_functions(cls: type[object]) -> Iterator[tuple[str, typing.Callable[..., object]]]:
    for klass in cls.__mro__:
        if not is_ours(klass):
            continue
        for name, member in vars(klass).items():
            if name.startswith("_") and name != "__init__":
                continue
            function: object = member
            if isinstance(function, (classmethod, staticmethod)):
                function = typing.cast("classmethod[object, ..., object]", function).__func__
            if inspect.isfunction(function):
                yield f"{cls.__name__}.{name}", function


class Surface:
    """What the public methods of both clients take and give, by class."""

    def __init__(self) -> None:
        self.passed: dict[type[object], str] = {}
        self.received: dict[type[object], str] = {}
        self._walked: set[type[object]] = set()

    def _note(
        self, where: dict[type[object], str], annotation: object, place: str
    ) -> list[type[object]]:
        found = [cls for cls in classes_in(annotation) if is_ours(cls)]
        for cls in found:
            where.setdefault(cls, place)
        return found

    def walk_resource(self, cls: type[object], instance: object = None) -> None:
        if instance is not None:
            # Sub-resources set in __init__ (`events.reports`, `charts.reports` ...).
            attributes: dict[str, object] = vars(instance)
            for name, value in attributes.items():
                kind: type[object] = type(value)
                if not name.startswith("_") and is_ours(kind) and not is_model(kind):
                    self.walk_resource(kind, value)
        if cls in self._walked:
            return
        self._walked.add(cls)
        for base in getattr(cls, "__orig_bases__", ()):
            # `StatusChangeLister(Lister[StatusChange])` hands out what its base is made of.
            for argument in typing.get_args(base):
                self._note(self.received, argument, f"{cls.__name__} base")
        for name, hint in typing.get_type_hints(cls).items():
            if not name.startswith("_"):
                for found in self._note(self.received, hint, f"{cls.__name__}.{name}"):
                    if not is_model(found):
                        self.walk_resource(found)
        for place, function in public_functions(cls):
            if place.endswith(".__init__") and cls not in (Client, AsyncClient):
                continue  # resources and listers are built by the client, never by a user
            for parameter, hint in typing.get_type_hints(function).items():
                side = self.received if parameter == "return" else self.passed
                for found in self._note(side, hint, place):
                    # A lister or paginator a method returns is part of the surface too.
                    if parameter == "return" and not is_model(found):
                        self.walk_resource(found)

    def close_over_fields(self) -> None:
        """A model's fields are passed (or received) along with the model."""
        for side in (self.passed, self.received):
            todo = [cls for cls in side if is_model(cls)]
            while todo:
                cls = todo.pop()
                fields: dict[str, object]
                if issubclass(cls, pydantic.BaseModel):
                    fields = {name: info.annotation for name, info in cls.model_fields.items()}
                else:
                    fields = typing.get_type_hints(cls)
                for name, annotation in fields.items():
                    for found in classes_in(annotation):
                        if is_ours(found) and found not in side:
                            side[found] = f"{cls.__name__}.{name}"
                            if is_model(found):
                                todo.append(found)

    def resources(self) -> set[type[object]]:
        """The resource, lister and paginator classes walked."""
        return set(self._walked)

    def models(self) -> set[type[object]]:
        return {cls for cls in (*self.passed, *self.received) if is_model(cls)}


def surface() -> Surface:
    found = Surface()
    for client in (Client(Region.EU(), secret_key="sk"), AsyncClient(Region.EU(), secret_key="sk")):
        found.walk_resource(type(client), client)
    found.close_over_fields()
    return found


def exported_models() -> dict[str, type[object]]:
    named = {name: getattr(seatsio_typed, name) for name in seatsio_typed.__all__}
    return {name: value for name, value in named.items() if is_model(value)}


def test_every_exported_model_is_passed_or_received() -> None:
    used = surface().models()
    # A base of a model a user receives (`ObjectInfo` of `EventObjectInfo`) annotates it too.
    bases = {base for cls in used for base in cls.__mro__}
    unused = sorted(
        name
        for name, cls in exported_models().items()
        if cls not in bases and name not in BASES_FOR_USERS
    )

    assert unused == []


def test_every_passed_or_received_model_is_exported() -> None:
    found = surface()
    exported = set(exported_models().values())
    missing = sorted(
        f"{cls.__name__} (from {found.passed.get(cls) or found.received[cls]})"
        for cls in found.models() - exported
    )

    assert missing == []


def test_the_walk_sees_parameters_results_fields_and_returned_listers() -> None:
    found = surface()
    passed = {cls.__name__ for cls in found.passed}
    received = {cls.__name__ for cls in found.received}

    assert {"ObjectProperties", "StatusChangeRequest", "TableBookingConfig"} <= passed
    assert {"ChannelCreationParams", "ForSaleConfig", "Month", "EventProperties"} <= passed
    # A report's items (a field of a root model), a returned lister's items, nested fields.
    assert {"ChartObjectInfo", "EventObjectInfo", "StatusChange", "StatusChangeOrigin"} <= received
    assert {"UsageForObjectV1", "UsageForObjectV2", "LabelAndType", "Workspace"} <= received
    # Bodies a method builds itself never appear.
    assert not {"CreateEventRequest", "ChangeObjectStatusRequest"} & (passed | received)


def test_the_models_package_says_which_of_its_names_are_internal() -> None:
    internal = set(models.__all__) - set(seatsio_typed.__all__)
    doc = models.__doc__ or ""
    listed = set(re.findall(r"``(\w+)``", doc.split("Internal", 1)[1]))

    assert internal <= listed, sorted(internal - listed)
    assert listed <= set(models.__all__), sorted(listed - set(models.__all__))
    assert not listed & set(seatsio_typed.__all__), sorted(listed & set(seatsio_typed.__all__))


LISTING = re.compile(r"^(list\w*|first_page|page_after|page_before|status_changes\w*)$")
OFFICIAL_FILTER_NAMES = {
    "ChartsClient.list": "chart_filter",
    "AsyncChartsClient.list": "chart_filter",
}
"""The official client's one outlier, kept so that migrated calls `list(chart_filter=...)` work."""


def test_the_filter_parameter_has_one_name_across_the_list_methods() -> None:
    found = surface()
    listing = [
        (place, function)
        for cls in found.resources()
        for place, function in public_functions(cls)
        if LISTING.match(place.rsplit(".", 1)[1])
    ]
    names = {
        place: [p for p in inspect.signature(function).parameters if "filter" in p]
        for place, function in listing
    }
    odd = {
        place: filters
        for place, filters in names.items()
        if filters and filters != [OFFICIAL_FILTER_NAMES.get(place, "filter")]
    }

    assert odd == {}
    assert sum(1 for filters in names.values() if filters == ["filter"]) >= 20
