"""The public API, walked: no signature exposes `Any`, every method is documented Google-style.

Walks every public name of `seatsio_typed` (classes and functions), the public methods each
class defines in this package, and the fields of public models.
"""

from __future__ import annotations

import inspect
import re
import types
import typing
from collections.abc import Callable, Iterator
from typing import cast

import pytest
import typing_extensions

import seatsio_typed

PACKAGE = "seatsio_typed"


def public_classes() -> list[type]:
    classes = [getattr(seatsio_typed, name) for name in seatsio_typed.__all__]
    return [cls for cls in classes if isinstance(cls, type)]


def public_functions() -> Iterator[tuple[str, Callable[..., object]]]:
    """`Class.method` and module-level functions that are ours and public."""
    for cls in public_classes():
        for name, member in vars(cls).items():
            if name.startswith("_") and name != "__init__":
                continue
            function: object = member
            if isinstance(function, (classmethod, staticmethod)):
                # cast: staticmethod and classmethod both keep the function in __func__.
                function = cast("classmethod[object, ..., object]", function).__func__
            if inspect.isfunction(function) and function.__module__.startswith(PACKAGE):
                yield f"{cls.__name__}.{name}", function
    for name in seatsio_typed.__all__:
        value = getattr(seatsio_typed, name)
        if inspect.isfunction(value) and value.__module__.startswith(PACKAGE):
            yield name, value


def mentions_any(annotation: object, seen: set[int] | None = None) -> bool:
    """Whether `Any` appears anywhere in an annotation (through aliases and type arguments)."""
    seen = set() if seen is None else seen
    if id(annotation) in seen:
        return False
    seen.add(id(annotation))
    if annotation is typing.Any or annotation is typing_extensions.Any:
        return True
    value = getattr(annotation, "__value__", None)  # a `type X = ...` alias, e.g. JsonValue
    if value is not None and mentions_any(value, seen):
        return True
    arguments: tuple[object, ...] = typing.get_args(annotation)
    if isinstance(annotation, types.GenericAlias):
        arguments = annotation.__args__
    return any(mentions_any(argument, seen) for argument in arguments)


def hints(function: Callable[..., object]) -> dict[str, object]:
    return typing.get_type_hints(function, include_extras=True)


FUNCTIONS = sorted(public_functions())


@pytest.mark.parametrize(("name", "function"), FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_no_public_signature_exposes_any(name: str, function: Callable[..., object]) -> None:
    exposed = [where for where, hint in hints(function).items() if mentions_any(hint)]
    assert exposed == [], f"{name} exposes Any in {exposed}"


def test_no_public_model_field_is_any() -> None:
    exposed = [
        f"{cls.__name__}.{field}"
        for cls in public_classes()
        if issubclass(cls, seatsio_typed.ResponseModel | seatsio_typed.RequestModel)
        for field, info in cls.model_fields.items()
        if mentions_any(info.annotation)
    ]
    assert exposed == []


def test_the_walk_finds_any_where_it_is() -> None:
    def leaky(value: dict[str, list[typing.Any]]) -> None: ...

    def tight(value: dict[str, list[int]]) -> seatsio_typed.Chart | None: ...

    assert mentions_any(hints(leaky)["value"])
    assert not any(mentions_any(hint) for hint in hints(tight).values())
    assert len(FUNCTIONS) > 50


# --- Google-style docstrings ------------------------------------------------------------------

SECTION = re.compile(r"^\s*(Args|Returns|Yields|Raises):\s*$", re.MULTILINE)


def undocumented(name: str, function: Callable[..., object]) -> list[str]:
    """What the docstring of `function` lacks: a summary, an Args entry per parameter, Returns."""
    doc = inspect.getdoc(function)
    if not doc:
        return ["no docstring"]
    lacking: list[str] = []
    sections = set(SECTION.findall(doc))
    signature = inspect.signature(function)
    parameters = [
        p.name
        for p in signature.parameters.values()
        if p.name not in ("self", "cls") and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]
    if (parameters and not name.endswith(".__init__")) or (parameters and "Args" in sections):
        if "Args" not in sections:
            lacking.append("no Args section")
        else:
            args = doc.split("Args:", 1)[1]
            lacking += [
                f"Args lacks {p}"
                for p in parameters
                if not re.search(rf"^\s+{p}( \([^)]*\))?:", args, re.M)
            ]
    returns = hints(function).get("return")
    gives_something = returns is not None and returns is not type(None)
    if gives_something and not name.endswith(".__init__") and not sections & {"Returns", "Yields"}:
        lacking.append("no Returns section")
    return lacking


@pytest.mark.parametrize(("name", "function"), FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_every_public_method_has_a_google_style_docstring(
    name: str, function: Callable[..., object]
) -> None:
    assert undocumented(name, function) == []
