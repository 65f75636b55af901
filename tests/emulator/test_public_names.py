"""The public names of `seatsio_typed.testing` resolve lazily and are what the docs promise."""

from __future__ import annotations

import importlib

import pytest

import seatsio_typed.testing as testing


@pytest.mark.parametrize("name", testing.__all__)
def test_every_public_name_resolves(name: str) -> None:
    value = getattr(testing, name)
    assert getattr(value, "__name__", name) == name


def test_unknown_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        testing.no_such_thing  # noqa: B018


def test_builder_is_reachable_from_the_package() -> None:
    builder_module = importlib.import_module("seatsio_typed.testing.builder")
    assert testing.ChartBuilder is builder_module.ChartBuilder
