"""The wheel and the sdist, built from a clean copy of the repository, install and carry LICENSE.

Runs scripts/check_dist.py (about 10 s: two builds, two fresh venvs, offline).
"""

from __future__ import annotations

import importlib.util
import io
import tarfile
from pathlib import Path

import pytest

from scripts import check_dist

needs_build_tools = pytest.mark.skipif(
    importlib.util.find_spec("build") is None or importlib.util.find_spec("hatchling") is None,
    reason="needs the build and hatchling packages (the dependency group `test`)",
)


@needs_build_tools
def test_both_distributions_install_in_a_fresh_venv_and_carry_the_license(tmp_path: Path) -> None:
    assert check_dist.check(tmp_path) == []


def test_an_sdist_without_the_license_is_reported(tmp_path: Path) -> None:
    sdist = tmp_path / "seatsio_typed-0.0.0.tar.gz"
    with tarfile.open(sdist, "w:gz") as archive:
        for name in ("README.md", "CHANGELOG.md", "pyproject.toml", "seatsio_typed/py.typed"):
            archive.addfile(tarfile.TarInfo(f"seatsio_typed-0.0.0/{name}"), io.BytesIO(b""))
    assert check_dist.sdist_problems(sdist) == ["the sdist lacks LICENSE"]
