"""The cassettes' YAML serializer: vcrpy's layout, made readable and byte-stable.

vcrpy writes the data it is given; this serializer only chooses how. JSON bodies are written
indented (replay serves that text, which parses to the same value), every text with line breaks
as a literal block, no line folding, keys sorted, one final newline. So a re-recording of an
unchanged flow rewrites identical bytes and a review reads like a diff of JSON. Writing always
uses the pure-Python emitter, so the bytes do not depend on whether libyaml is installed.
"""

from __future__ import annotations

import json
from typing import Any

import yaml


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:  # pyright: ignore[reportUnknownMemberType]
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")  # pyright: ignore[reportUnknownMemberType]
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)  # pyright: ignore[reportUnknownMemberType]


_Dumper.add_representer(str, _text)


def _pretty(body: Any) -> Any:
    """An indented copy of a JSON object or array body (bytes or text); anything else as is."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if not isinstance(text, str) or not text.lstrip().startswith(("{", "[")):
        return body
    try:
        parsed = json.loads(text)
    except ValueError:
        return body
    return json.dumps(parsed, indent=2, ensure_ascii=False) + "\n"


def serialize(cassette_dict: dict[str, Any]) -> str:
    """The cassette as YAML text (vcrpy's `serializer.serialize`)."""
    for interaction in cassette_dict.get("interactions", []):
        request, response = interaction["request"], interaction["response"]
        request["body"] = _pretty(request.get("body"))
        response["body"]["string"] = _pretty(response["body"].get("string"))
    text: str = yaml.dump(
        cassette_dict, Dumper=_Dumper, width=float("inf"), allow_unicode=True, sort_keys=True
    )
    return text


def load(text: str) -> Any:
    """YAML text read safely, with libyaml when it is there (much faster, same result)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def deserialize(cassette_string: str) -> Any:
    """The cassette data back from YAML (vcrpy's `serializer.deserialize`)."""
    return load(cassette_string)
