"""The emulator is the SDK's independent counterpart: it imports nothing of the SDK.

A mistake shared by the SDK and the emulator (a wrong field name, a wrong model) would pass every
test that runs one against the other; so no module of `seatsio_typed.testing` may import from
`seatsio_typed` outside `seatsio_typed.testing` (DESIGN.md, principle 6).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import seatsio_typed.testing

PACKAGE_DIR = Path(seatsio_typed.testing.__file__).parent
MODULES = sorted(PACKAGE_DIR.rglob("*.py"))


def _package_of(path: Path) -> list[str]:
    """The dotted package a module file belongs to, as parts (`seatsio_typed.testing._charts`)."""
    relative = path.parent.relative_to(PACKAGE_DIR) if path.is_relative_to(PACKAGE_DIR) else None
    inside = [] if relative is None else list(relative.parts)
    return ["seatsio_typed", "testing", *inside]


def _sdk_imports(path: Path, source: str | None = None) -> list[str]:
    """Modules of the SDK (outside the emulator) that `path` (or `source`, read as that file)
    imports, at any depth; relative imports are resolved against the module's package."""
    found: list[str] = []
    text = path.read_text(encoding="utf-8") if source is None else source
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            package = _package_of(path)
            base = package[: len(package) - (node.level - 1)]
            if node.module:
                names = [".".join([*base, node.module])]
            else:
                names = [".".join([*base, alias.name]) for alias in node.names]
        else:
            continue
        found += [
            name
            for name in names
            if (name == "seatsio_typed" or name.startswith("seatsio_typed."))
            and not name.startswith("seatsio_typed.testing")
        ]
    return found


def test_the_emulator_has_modules() -> None:
    assert len(MODULES) > 30


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE_DIR)))
def test_no_emulator_module_imports_the_sdk(path: Path) -> None:
    assert _sdk_imports(path) == []


def test_the_check_sees_an_sdk_import(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text("def f():\n    from seatsio_typed.models import Chart\n    return Chart\n")
    assert _sdk_imports(planted) == ["seatsio_typed.models"]


def test_the_check_sees_a_relative_import_that_leaves_the_emulator() -> None:
    module = PACKAGE_DIR / "_charts" / "planted.py"  # only named, never written
    source = "from ...models import Chart\nfrom .. import _wire\nfrom ... import errors\n"
    assert _sdk_imports(module, source) == ["seatsio_typed.models", "seatsio_typed.errors"]
