"""Generate the sync client (seatsio_typed/_sync/) from its async source (seatsio_typed/_async/).

Token based, like httpcore's unasync: Python's tokenizer finds the names, so a rename never
touches a longer identifier that merely contains it.

- `async def` / `async for` / `async with` lose `async`; `await x` becomes `x`;
  `Awaitable[T]` becomes `T`.
- `AsyncFoo` becomes `Foo` (`AsyncClient`, `AsyncIterator`, `AsyncRetrying`, ...), and the
  names in `RENAMES` are swapped (`__aenter__` -> `__enter__`, `aclose` -> `close`,
  `async_sleep` -> `sync_sleep`, `_async` -> `_sync`, ...).
- Docstrings and comments get the same renames plus `PHRASES`, so they read right.

The output is import-sorted and formatted with ruff, so it is ruff-clean as generated.

    python scripts/unasync.py          # rewrite seatsio_typed/_sync/
    python scripts/unasync.py --check  # exit 1 with a diff when _sync/ is not current
"""

from __future__ import annotations

import argparse
import difflib
import io
import re
import shutil
import subprocess
import sys
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE_DIR = REPO / "seatsio_typed" / "_async"
TARGET_DIR = REPO / "seatsio_typed" / "_sync"

RENAMES = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aiter": "iter",
    "anext": "next",
    "async_sleep": "sync_sleep",
    "send_async": "send",
    "default_async_http_client": "default_http_client",
    "async_send_attempt": "send_attempt",
    "StopAsyncIteration": "StopIteration",
    "_async": "_sync",
}
ASYNC_PREFIXED = re.compile(r"^(_*)Async([A-Z]\w*)$")
# Prose in docstrings and comments, applied after the renames.
PHRASES = (
    (re.compile(r"\bAsynchronous\b"), "Synchronous"),
    (re.compile(r"\basynchronous\b"), "synchronous"),
    (re.compile(r"\ban async (?=[aeiouAEIOU])"), "an "),
    (re.compile(r"\ban async\b"), "a"),
    (re.compile(r"\basync (?=for\b|with\b|def\b|context manager\b|iterator\b)"), ""),
    (re.compile(r"\bawait "), ""),
)
WORD = re.compile(r"\b\w+\b")
# Python 3.12+ splits f-strings into tokens; their literal parts are prose too.
PROSE_TOKENS = {tokenize.STRING, tokenize.COMMENT, getattr(tokenize, "FSTRING_MIDDLE", -1)}


def rename(name: str) -> str:
    """The sync name of an async identifier (unchanged when it has none)."""
    if name in RENAMES:
        return RENAMES[name]
    match = ASYNC_PREFIXED.match(name)
    return f"{match.group(1)}{match.group(2)}" if match else name


def rewrite_prose(text: str) -> str:
    """Renames and phrase swaps inside a docstring or comment."""
    text = WORD.sub(lambda match: rename(match.group(0)), text)
    for pattern, replacement in PHRASES:
        text = pattern.sub(replacement, text)
    return text


@dataclass(frozen=True)
class Edit:
    """Replace the source between two (row, col) positions."""

    start: tuple[int, int]
    end: tuple[int, int]
    text: str


def edits_for(source: str) -> Iterator[Edit]:
    """The edits that turn the async source into sync source."""
    # Layout tokens carry no text worth changing and would only get between neighbours.
    layout = (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER)
    tokens = [
        token
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type not in layout
    ]
    closing_brackets_to_drop: set[int] = set()
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.type == tokenize.NAME:
            starts_async_statement = (
                token.string == "async"
                and following is not None
                and following.string in ("def", "for", "with")
            )
            if following is not None and (starts_async_statement or token.string == "await"):
                yield Edit(token.start, following.start, "")
            elif token.string == "Awaitable" and following and following.string == "[":
                after_bracket = tokens[index + 2]
                yield Edit(token.start, after_bracket.start, "")
                closing_brackets_to_drop.add(_matching_bracket(tokens, index + 1))
            else:
                new = rename(token.string)
                if new != token.string:
                    yield Edit(token.start, token.end, new)
        elif token.type in PROSE_TOKENS:
            new = rewrite_prose(token.string)
            if new != token.string:
                yield Edit(token.start, token.end, new)
        elif index in closing_brackets_to_drop:
            yield Edit(token.start, token.end, "")


def _matching_bracket(tokens: list[tokenize.TokenInfo], opening: int) -> int:
    depth = 0
    for index in range(opening, len(tokens)):
        if tokens[index].string in ("[", "(", "{"):
            depth += 1
        elif tokens[index].string in ("]", ")", "}"):
            depth -= 1
            if depth == 0:
                return index
    raise ValueError(f"unbalanced bracket at {tokens[opening].start}")


def apply_edits(source: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits, last first so earlier positions stay valid."""
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def offset(position: tuple[int, int]) -> int:
        row, col = position
        return offsets[row - 1] + col

    result = source
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        result = result[: offset(edit.start)] + edit.text + result[offset(edit.end) :]
    return result


def ruff(*args: str, source: str, filename: Path) -> str:
    """Run ruff over `source` as if it were `filename`, returning what ruff prints."""
    executable = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if executable is None:
        raise SystemExit("ruff is needed to format the generated code (pip install ruff)")
    completed = subprocess.run(
        [executable, *args, "--stdin-filename", str(filename), "-"],
        input=source,
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    if completed.returncode != 0:
        raise SystemExit(f"ruff {' '.join(args)} failed on {filename}:\n{completed.stderr}")
    return completed.stdout


def generate(source_path: Path) -> str:
    """The complete sync module for one async module."""
    source = source_path.read_text(encoding="utf-8")
    target = TARGET_DIR / source_path.relative_to(SOURCE_DIR)
    code = apply_edits(source, list(edits_for(source)))
    relative = source_path.relative_to(REPO).as_posix()
    header = f"# Generated by scripts/unasync.py from {relative}; do not edit.\n"
    code = header + code
    # Renames can unsort imports and leave `Awaitable` unused; ruff puts that right.
    code = ruff(
        "check",
        "--fix",
        "--exit-zero",
        "--quiet",
        # UP028: `for x in xs: yield x` is the only form an async generator allows; in sync
        # code it becomes `yield from xs` (ruff calls that fix unsafe; over a list it is not).
        "--select=I,F401,UP028",
        "--unsafe-fixes",
        # Without it a _sync/ module that does not exist yet would sort as third-party.
        "--config=lint.isort.known-first-party=['seatsio_typed']",
        source=code,
        filename=target,
    )
    return ruff("format", "--quiet", source=code, filename=target)


def expected_files() -> dict[Path, str]:
    """Every file of _sync/ and the content it must have."""
    return {
        TARGET_DIR / path.relative_to(SOURCE_DIR): generate(path)
        for path in sorted(SOURCE_DIR.rglob("*.py"))
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate seatsio_typed/_sync/ from _async/.")
    parser.add_argument(
        "--check", action="store_true", help="only report (exit 1) if _sync/ is not current"
    )
    args = parser.parse_args(argv)
    expected = expected_files()
    present = set(TARGET_DIR.rglob("*.py")) if TARGET_DIR.exists() else set[Path]()
    stale = sorted(present - set(expected))
    changed = {
        path: content
        for path, content in expected.items()
        if not path.exists() or path.read_text(encoding="utf-8") != content
    }
    if args.check:
        for path, content in changed.items():
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            name = path.relative_to(REPO).as_posix()
            sys.stdout.writelines(
                difflib.unified_diff(
                    current.splitlines(keepends=True),
                    content.splitlines(keepends=True),
                    fromfile=f"{name} (committed)",
                    tofile=f"{name} (generated)",
                )
            )
        for path in stale:
            print(f"{path.relative_to(REPO).as_posix()}: no async source; delete it")
        if changed or stale:
            print("seatsio_typed/_sync/ is out of date: run `python scripts/unasync.py`")
            return 1
        return 0
    for path, content in changed.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        print(f"wrote {path.relative_to(REPO).as_posix()}")
    for path in stale:
        path.unlink()
        print(f"deleted {path.relative_to(REPO).as_posix()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
