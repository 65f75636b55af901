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


def _sdk_imports(path: Path) -> list[str]:
    """Modules of the SDK (outside the emulator) that `path` imports, at any depth."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
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
