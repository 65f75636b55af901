"""Package-wide guarantees of seatsio_typed.models: exports, docs, secrets, base classes."""

from __future__ import annotations

import inspect

import pytest
from pydantic import BaseModel, RootModel

import seatsio_typed
import seatsio_typed.models as models
from seatsio_typed.models import Category, OpenEnum, RequestModel, ResponseModel


def _public_classes() -> list[type]:
    return [obj for name in models.__all__ if inspect.isclass(obj := getattr(models, name))]


def _model_classes() -> list[type[BaseModel]]:
    return [cls for cls in _public_classes() if issubclass(cls, BaseModel)]


def test_every_exported_name_resolves() -> None:
    missing = [name for name in models.__all__ if not hasattr(models, name)]

    assert missing == []
    assert len(set(models.__all__)) == len(models.__all__)


@pytest.mark.parametrize("cls", _public_classes(), ids=lambda cls: cls.__name__)
def test_every_public_class_has_a_one_line_summary(cls: type) -> None:
    doc = inspect.getdoc(cls)

    assert doc, f"{cls.__name__} has no docstring"
    summary = doc.splitlines()[0]
    assert summary.endswith("."), summary
    assert len(summary) <= 100, summary


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda cls: cls.__name__)
def test_every_model_is_a_request_or_a_response(cls: type[BaseModel]) -> None:
    if issubclass(cls, RootModel):
        # A response that is a bare JSON mapping (a report): validated, frozen, no input echoed.
        assert cls.model_config.get("hide_input_in_errors") is True
        assert cls.model_config.get("frozen") is True
        return
    assert issubclass(cls, RequestModel) != issubclass(cls, ResponseModel)


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda cls: cls.__name__)
def test_every_secret_field_is_hidden_from_repr(cls: type[BaseModel]) -> None:
    secret_fields = {
        name: field for name, field in cls.model_fields.items() if "secret" in name.lower()
    }

    assert all(field.repr is False for field in secret_fields.values()), secret_fields


def test_models_with_secrets_exist_and_are_covered() -> None:
    with_secrets = [
        cls.__name__
        for cls in _model_classes()
        if any("secret" in name for name in cls.model_fields)
    ]

    assert sorted(with_secrets) == ["RemoveSecretKeyRequest", "Workspace", "WorkspaceSecretKey"]


_ENUMS = [cls for cls in _public_classes() if issubclass(cls, OpenEnum) and cls is not OpenEnum]


@pytest.mark.parametrize("cls", _ENUMS, ids=lambda cls: cls.__name__)
def test_every_exported_enum_is_open(cls: type[OpenEnum]) -> None:
    unknown = cls("a-value-no-version-of-the-api-has")

    assert not unknown.is_known
    assert all(member.is_known for member in cls)


def test_categories_are_hashable_values() -> None:
    a = Category(key=1, label="Stalls", color="#fff")
    b = Category.model_validate_json(b'{"key": 1, "label": "Stalls", "color": "#fff"}')

    assert a == b
    # Frozen models hash by value at runtime (type checkers do not see model_config frozen).
    assert hash(a) == hash(b)
    assert Category(key="1", label="Stalls", color="#fff") != a


def _all_models() -> list[type[BaseModel]]:
    """Every model a user meets (exported) plus the internal bodies of `models.__all__`."""
    named = {getattr(seatsio_typed, name) for name in seatsio_typed.__all__}
    named |= {getattr(models, name) for name in models.__all__}
    found = [cls for cls in named if inspect.isclass(cls) and issubclass(cls, BaseModel)]
    return sorted(found, key=lambda cls: cls.__name__)


@pytest.mark.parametrize("cls", _all_models(), ids=lambda cls: cls.__name__)
def test_every_model_field_has_a_one_line_description(cls: type[BaseModel]) -> None:
    # A root model (a report) is described by its class docstring; `root` is pydantic's.
    fields = {name: info for name, info in cls.model_fields.items() if name != "root"}
    lacking = [name for name, info in fields.items() if not info.description]
    # The first line is the summary an IDE shows: a sentence of its own.
    summaries = {name: (info.description or "").split("\n")[0] for name, info in fields.items()}
    not_a_sentence = [name for name, line in summaries.items() if not line.endswith(".")]

    assert lacking == []
    assert not_a_sentence == []


def test_field_docstrings_are_the_descriptions_and_change_no_alias() -> None:
    field = seatsio_typed.Event.model_fields["chart_key"]

    assert field.description == "The chart the event uses."
    assert field.alias == "chartKey"
    event = seatsio_typed.Event.model_validate({"id": 1, "key": "e", "chartKey": "c"})
    assert event.chart_key == "c"
    assert seatsio_typed.Page[seatsio_typed.Chart].model_fields["items"].description
