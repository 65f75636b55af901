"""The emulator's layers: imports point one way, and no module imports itself round a circle.

`seatsio_typed.testing` is cut into folders, one per layer (see its `__init__` docstring). A
module may import from its own layer and from the layers below it, never from a layer above;
and the modules' import graph, type-checking-only and function-level imports included, has no
circle. A newcomer can then read the package from the bottom up.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import seatsio_typed.testing

PACKAGE = "seatsio_typed.testing"
PACKAGE_DIR = Path(seatsio_typed.testing.__file__).parent

LAYERS = ("_wire", "_charts", "_state", "_engine", "_reports", "_http", "_routes")
"""Bottom to top; everything else (the façade: `_emulator`, `_cli`, the plugin, the builder, the
package itself) sits on top."""
FACADE = len(LAYERS)


def module_name(path: Path) -> str:
    """The dotted name of a module file of the emulator."""
    parts = list(path.relative_to(PACKAGE_DIR).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([PACKAGE, *parts])


MODULES = {module_name(path): path for path in sorted(PACKAGE_DIR.rglob("*.py"))}


def layer_of(module: str) -> int:
    """The layer a module of the emulator belongs to (`FACADE` for the top)."""
    first = module.removeprefix(PACKAGE).lstrip(".").split(".")[0]
    return LAYERS.index(first) if first in LAYERS else FACADE


def _resolve(name: str) -> str | None:
    """The emulator module an imported dotted name stands for (a module, or its package)."""
    while name.startswith(PACKAGE):
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str, source: str) -> Iterator[str]:
    """Emulator modules that `source` (the text of `module`) imports, anywhere in the file."""
    is_package = MODULES.get(module, Path()).name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, base]) if base else ".".join(parts)
            # `from pkg import sub` imports the submodule when there is one.
            candidates = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for candidate in candidates:
            resolved = _resolve(candidate)
            if resolved is not None and resolved != module:
                yield resolved
                break


def _graph() -> dict[str, set[str]]:
    return {
        module: set(imports_of(module, path.read_text(encoding="utf-8")))
        for module, path in MODULES.items()
    }


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    """`a -> b` for every import of a higher layer by a lower one."""
    return sorted(
        f"{module} -> {imported}"
        for module, imported_modules in graph.items()
        for imported in imported_modules
        if layer_of(imported) > layer_of(module)
    )


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph.get(node, ())):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_module_is_in_a_layer_folder_or_the_facade() -> None:
    top_level = sorted(
        name for name in MODULES if name.count(".") == 2 and layer_of(name) == FACADE
    )
    assert top_level == [
        "seatsio_typed.testing.__main__",
        "seatsio_typed.testing._cli",
        "seatsio_typed.testing._emulator",
        "seatsio_typed.testing.builder",
        "seatsio_typed.testing.pytest_plugin",
    ]


def test_no_layer_imports_a_layer_above_it() -> None:
    assert upward_imports(_graph()) == []


def test_no_import_circle() -> None:
    assert circles(_graph()) == []


def test_the_checks_see_an_upward_import_and_a_circle() -> None:
    planted = {
        f"{PACKAGE}._wire.messages": {f"{PACKAGE}._http.router"},
        f"{PACKAGE}._http.router": {f"{PACKAGE}._wire.messages"},
    }
    assert upward_imports(planted) == [f"{PACKAGE}._wire.messages -> {PACKAGE}._http.router"]
    assert circles(planted) == [[f"{PACKAGE}._http.router", f"{PACKAGE}._wire.messages"]]


@pytest.mark.parametrize(
    "source",
    [
        "from seatsio_typed.testing._http.router import Route\n",
        "if TYPE_CHECKING:\n    from seatsio_typed.testing._http import router\n",
        "def f():\n    import seatsio_typed.testing._http.router\n",
        "from .._http.router import Route\n",
    ],
)
def test_the_import_reader_sees_every_form(source: str) -> None:
    assert list(imports_of(f"{PACKAGE}._wire.body", source)) == [f"{PACKAGE}._http.router"]
