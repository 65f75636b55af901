"""The documentation site's guard: every public name is in the API reference, with docstrings.

`make docs` (and so `make test`) runs `mkdocs build --strict`, whose hook
(scripts/mkdocs_hooks.py) turns each problem found here into a failing warning. These tests run
the same check directly (fast, no site built) and show that it can fail.
"""

from __future__ import annotations

from pathlib import Path

import griffe
import pytest

from scripts import mkdocs_hooks

REFERENCE = Path(__file__).resolve().parent.parent / "docs" / "reference"


def test_every_public_name_is_rendered_and_documented() -> None:
    assert mkdocs_hooks.problems(REFERENCE) == []


def test_a_name_left_out_of_the_reference_is_reported(tmp_path: Path) -> None:
    for page in REFERENCE.glob("*.md"):
        text = page.read_text(encoding="utf-8").replace("::: seatsio_typed.HoldToken\n", "")
        (tmp_path / page.name).write_text(text, encoding="utf-8")
    assert mkdocs_hooks.problems(tmp_path) == [
        "seatsio_typed.HoldToken: not rendered by any `::: seatsio_typed.HoldToken` in "
        "docs/reference/"
    ]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("class Model:\n    '''A model.'''\n    field: int\n", ["pkg.Model.field: attribute"]),
        ("class Model:\n    field: int\n    '''A field.'''\n", ["pkg.Model: no docstring"]),
        (
            "class Model:\n    '''A model.'''\n    def go(self) -> None:\n        pass\n",
            ["pkg.Model.go: method"],
        ),
        (
            "class Model:\n    '''A model.'''\n    field: int\n    '''A field.'''\n"
            "    _private: int\n",
            [],
        ),
    ],
)
def test_a_missing_docstring_is_reported(code: str, expected: list[str]) -> None:
    with griffe.temporary_visited_package("pkg", {"__init__.py": code}) as package:
        found = mkdocs_hooks.missing_docstrings(package, "pkg.Model")
    assert [problem.split(" without")[0] for problem in found] == expected
