"""mkdocs hooks: the strict docs build fails on a missing docstring or an undocumented name.

Loaded by `mkdocs.yml` (`hooks:`). Before the build, every public name of `seatsio_typed` and
`seatsio_typed.testing` (their `__all__`) is looked up with griffe, the same loader mkdocstrings
uses, and a warning is logged for:

- a public name that no `::: ...` directive of `docs/reference/` documents;
- a public class, function or method without a docstring;
- a public attribute of a public class (a model field, a constant) without a docstring.

`mkdocs build --strict` turns each warning into a failure, so the API reference can neither
leave a name out nor show an undocumented member.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import griffe
from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.plugins.seatsio_typed.docstrings")

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_MODULES = ("seatsio_typed", "seatsio_typed.testing")
_DIRECTIVE = re.compile(r"^:::\s+(\S+)", re.MULTILINE)
# Members pydantic or the data model define for every class; not ours to document.
_SKIPPED_MEMBERS = {"model_config", "model_fields", "model_computed_fields"}
# Re-exported from a dependency: mkdocstrings cannot render them, the page names them in text.
EXTERNAL = {"seatsio_typed.JsonValue": "pydantic.JsonValue"}


def public_names() -> Iterator[str]:
    """The dotted path of every name the public modules export."""
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            if not name.startswith("__"):
                yield f"{module_name}.{name}"


def documented_paths(reference_dir: Path) -> set[str]:
    """The objects the reference pages render with `::: path`."""
    return {
        match
        for page in reference_dir.glob("*.md")
        for match in _DIRECTIVE.findall(page.read_text(encoding="utf-8"))
    }


def _members_of(cls: griffe.Class) -> Iterator[griffe.Object]:
    for name, member in cls.members.items():
        if name.startswith("_") or name in _SKIPPED_MEMBERS or member.is_alias:
            continue
        if isinstance(member, griffe.Object):
            yield member


def missing_docstrings(package: griffe.Module, path: str) -> list[str]:
    """What lacks a docstring: the object at `path` and, for a class, its public members."""
    target = _resolve(package, path)
    if target is None:
        return [f"{path}: griffe cannot resolve it"]
    problems: list[str] = []
    if isinstance(target, griffe.Class | griffe.Function) and not _has_docstring(target):
        problems.append(f"{path}: no docstring")
    if isinstance(target, griffe.Class):
        for member in _members_of(target):
            if isinstance(member, griffe.Function | griffe.Attribute) and not _has_docstring(
                member
            ):
                kind = "method" if isinstance(member, griffe.Function) else "attribute"
                problems.append(f"{path}.{member.name}: {kind} without a docstring")
    return problems


def _has_docstring(obj: griffe.Object) -> bool:
    return obj.docstring is not None and bool(obj.docstring.value.strip())


def _resolve(package: griffe.Module, path: str) -> griffe.Object | None:
    relative = path.removeprefix(package.path + ".")
    try:
        obj = package[relative]
    except (KeyError, griffe.AliasResolutionError):
        return None
    if isinstance(obj, griffe.Alias):
        try:
            return obj.final_target
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return None
    return obj if isinstance(obj, griffe.Object) else None


def problems(reference_dir: Path) -> list[str]:
    """Every problem of the API reference, or none."""
    loader = griffe.GriffeLoader(search_paths=[str(ROOT)])
    package = loader.load("seatsio_typed")
    loader.resolve_aliases(implicit=True, external=False)
    assert isinstance(package, griffe.Module)
    documented = documented_paths(reference_dir)
    found: list[str] = []
    pages = "\n".join(page.read_text(encoding="utf-8") for page in reference_dir.glob("*.md"))
    for path in public_names():
        if path in EXTERNAL:
            if f"`{path.rsplit('.', 1)[1]}`" not in pages:
                found.append(f"{path}: the reference does not mention it ({EXTERNAL[path]})")
            continue
        if path not in documented:
            found.append(f"{path}: not rendered by any `::: {path}` in docs/reference/")
        found += missing_docstrings(package, path)
    return found


def on_pre_build(config: MkDocsConfig) -> None:
    """Log a warning per problem; `mkdocs build --strict` then fails."""
    for problem in problems(Path(config.docs_dir) / "reference"):
        log.warning("API reference: %s", problem)
