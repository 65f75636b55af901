"""Unchecked twins of our response models: the same nesting and wire names, every leaf `Any`.

What pydantic spends on building the models themselves, without checking a single value: the
parse measures show it beside ours, so the time ours spends splits into "the models" (this)
and "the checks" (ours minus this). A twin keeps the nested models (an object info's `labels`,
`ids`, `floor` ...) as models, since our results are made of them; only leaf types go.
"""

from __future__ import annotations

import types
from typing import Any, Union, cast, get_args, get_origin

from pydantic import BaseModel, ConfigDict, TypeAdapter, create_model
from pydantic.alias_generators import to_camel


class _Unchecked(BaseModel):
    # Wire names as ours (camelCase); pydantic's defaults otherwise: unknown keys ignored.
    # The pydantic mypy plugin cannot see through an alias generator; the twins are built at
    # run time (create_model), where nothing is type-checked anyway.
    model_config = ConfigDict(alias_generator=to_camel)  # type: ignore[pydantic-alias]


Twins = dict[type[BaseModel], type[BaseModel]]


def unchecked_twin(model: type[BaseModel], twins: Twins | None = None) -> type[BaseModel]:
    """A model with `model`'s fields, its nested models' twins, and `Any` for everything else."""
    twins = {} if twins is None else twins
    if model not in twins:
        fields: dict[str, Any] = {}
        for name, field in model.model_fields.items():
            default = ... if field.is_required() else None
            fields[name] = (_twin_annotation(field.annotation, twins), default)
        twins[model] = create_model(f"Unchecked{model.__name__}", __base__=_Unchecked, **fields)
    return twins[model]


def _twin_annotation(annotation: object, twins: Twins) -> object:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return unchecked_twin(annotation, twins)
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (Union, types.UnionType):
        members = [_twin_annotation(arg, twins) for arg in args if arg is not type(None)]
        if type(None) in args:
            members.append(type(None))
        return Union[tuple(members)]  # noqa: UP007  # built at run time from a tuple
    if origin is list and args:
        return list[_twin_annotation(args[0], twins)]  # type: ignore[misc]
    if origin is dict and len(args) == 2:
        return dict[Any, _twin_annotation(args[1], twins)]  # type: ignore[misc]
    return Any


def unchecked_adapter(annotation: object) -> TypeAdapter[object]:
    """A TypeAdapter for `annotation` with every model replaced by its unchecked twin."""
    # cast: a run-time annotation (a dict of lists of models ...), whatever its static type.
    return TypeAdapter(cast("type[object]", _twin_annotation(annotation, {})))
