"""The README's Python code is code that runs: every block stands in a type-checked example file.

Each paragraph of a ```python block (lines between blank lines) must appear, line for line and
in order, in one of examples/*.py. Those files are checked by mypy --strict and pyright strict,
and tests/integration runs them against the local Seats.io, so the README cannot show code that
does not type-check or does not work.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import seatsio_typed as seatsio
from scripts import api_table

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _paragraphs(code: str) -> list[list[str]]:
    """Runs of non-blank lines, each line stripped of its indentation."""
    paragraphs: list[list[str]] = [[]]
    for line in code.splitlines():
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return [paragraph for paragraph in paragraphs if paragraph]


def _example_lines() -> dict[str, list[str]]:
    return {
        path.name: [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        for path in EXAMPLES
    }


def _contains(haystack: list[str], needle: list[str]) -> bool:
    width = len(needle)
    return any(haystack[i : i + width] == needle for i in range(len(haystack) - width + 1))


README_PARAGRAPHS = [
    paragraph
    for block in _PYTHON_BLOCK.findall(README.read_text(encoding="utf-8"))
    for paragraph in _paragraphs(block)
]


def test_the_readme_has_python_examples() -> None:
    assert len(README_PARAGRAPHS) >= 20


@pytest.mark.parametrize("paragraph", README_PARAGRAPHS, ids=[p[0][:60] for p in README_PARAGRAPHS])
def test_readme_code_stands_in_an_example_file(paragraph: list[str]) -> None:
    examples = _example_lines()
    homes = [name for name, lines in examples.items() if _contains(lines, paragraph)]
    assert homes, "README code not found in examples/*.py:\n" + "\n".join(paragraph)


def test_the_coverage_table_is_the_one_generated_from_the_clients() -> None:
    # On failure: `python scripts/api_table.py --write` and review the diff.
    assert api_table.readme_table(README.read_text(encoding="utf-8")) == api_table.table()


def test_the_coverage_table_lists_every_resource_of_both_clients() -> None:
    sync = api_table.client_resources(seatsio.Client)
    assert sync == api_table.client_resources(seatsio.AsyncClient)
    assert {"charts.reports", "events.channels", "events.reports", "seasons"} <= set(sync)
    assert "book_best_available" in sync["events"]


def test_links_are_absolute_so_a_package_index_renders_them() -> None:
    relative = re.findall(r"\]\((?!https?://|#)([^)]+)\)", README.read_text(encoding="utf-8"))
    assert relative == []
