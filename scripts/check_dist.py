"""Build a wheel and an sdist from a clean copy of the repository and install them in a fresh venv.

    python scripts/check_dist.py [--keep DIR]

What it checks, for each distribution: it installs (`pip --no-deps --no-index`, so no network) in
a new virtual environment; the installed package carries `LICENSE` (PEP 639, in the dist-info's
`licenses/`) and `py.typed`; the metadata names the MIT license, the Python versions and the
`emulator` extra, and exposes no development extra; both pytest plugins are registered; and the
package imports and runs (a client books a seat in the emulator). The runtime dependencies come
from the current environment (appended to the fresh venv's path), so the check runs offline in
seconds. The sdist must also carry LICENSE, and the wheel is built from the sdist, so a file the
sdist forgets breaks the wheel. Exit status 0 when everything holds; the problems otherwise.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SMOKE = """
import importlib.metadata as m, pathlib, sys
import httpx
import seatsio_typed as seatsio
from seatsio_typed.testing import ChartBuilder, Emulator

assert pathlib.Path(seatsio.__file__).is_relative_to(sys.prefix), seatsio.__file__
distribution = m.distribution("seatsio-typed")
meta = distribution.metadata
files = {str(f) for f in distribution.files or []}
assert any(f.endswith(".dist-info/licenses/LICENSE") for f in files), sorted(files)[:5]
assert "seatsio_typed/py.typed" in files
assert meta["License-Expression"] == "MIT", meta["License-Expression"]
classifiers = meta.get_all("Classifier") or []
for version in ("3.10", "3.11", "3.12", "3.13"):
    assert f"Programming Language :: Python :: {version}" in classifiers, version
assert "Typing :: Typed" in classifiers and "Framework :: Pytest" in classifiers
assert meta.get_all("Provides-Extra") == ["emulator"], meta.get_all("Provides-Extra")
plugins = sorted(e.value for e in m.entry_points(group="pytest11") if e.name.startswith("seatsio"))
assert plugins == ["seatsio_typed.pytest_clients", "seatsio_typed.testing.pytest_plugin"], plugins
emulator = Emulator(deterministic=True)
company = emulator.create_test_company()
drawing = ChartBuilder("x").row("A", seats=2).build()
chart = emulator.upload_chart(drawing, secret_key=company.admin_key)
http = httpx.Client(transport=emulator.transport())
with seatsio.Client(seatsio.Region.EU(), company.admin_key, http_client=http) as client:
    event = client.events.create(chart)
    client.events.book(event.key, ["A-1"])
    assert client.events.retrieve_object_info(event.key, "A-1").status == "booked"
print("ok", distribution.version)
"""


def _run(*command: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def clean_copy(destination: Path) -> Path:
    """The files a fresh clone would hold (tracked, plus new files git does not ignore)."""
    listed = _run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return destination


def build(source: Path, outdir: Path) -> tuple[Path, Path]:
    """An sdist, and a wheel built from that sdist (without network: no build isolation)."""
    _run(sys.executable, "-m", "build", "--no-isolation", "--outdir", outdir, source)
    (sdist,) = outdir.glob("*.tar.gz")
    (wheel,) = outdir.glob("*.whl")
    return sdist, wheel


def sdist_problems(sdist: Path) -> list[str]:
    """What the sdist lacks."""
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    wanted = {"LICENSE", "README.md", "CHANGELOG.md", "pyproject.toml", "seatsio_typed/py.typed"}
    return [f"the sdist lacks {name}" for name in sorted(wanted - names)]


def install_and_check(distribution: Path, where: Path) -> list[str]:
    """Install `distribution` alone in a fresh venv and run the smoke check there."""
    venv.EnvBuilder(with_pip=False).create(where)
    python = where / "bin" / "python"
    purelib = Path(
        _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
    )
    # pip of this environment installs into the fresh one (no pip bootstrap: fast and offline).
    _run(
        sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
        "--no-compile", "--no-build-isolation", "--target", purelib, distribution,
    )  # fmt: skip
    # The runtime dependencies: the current environment's, appended after the venv's own.
    (purelib / "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    done = subprocess.run(
        [python, "-I", "-c", _SMOKE], capture_output=True, text=True, check=False, cwd=where
    )
    if done.returncode != 0:
        return [f"{distribution.name}: {done.stderr.strip().splitlines()[-1:]}"]
    return []


def check(work: Path) -> list[str]:
    """Every problem found, or none."""
    sdist, wheel = build(clean_copy(work / "clone"), work / "dist")
    problems = sdist_problems(sdist)
    for distribution in (wheel, sdist):
        problems += install_and_check(distribution, work / f"venv-{distribution.suffix[1:]}")
    return problems


def main() -> int:
    """Run the check in a temporary directory (or `--keep DIR`); print what is wrong."""
    parser = argparse.ArgumentParser(description="Build and install-check the distributions.")
    parser.add_argument("--keep", type=Path, help="work here and keep the files")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = options.keep or Path(temporary)
        problems = check(work)
    for problem in problems:
        print(problem, file=sys.stderr)
    print("distributions OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
