"""The vcrpy set-up every cassette shares: where files go, hooks, matchers, serializer, saving.

Used by the pytest-recording fixtures (conftest.py) and by the currency check, which records
the same flows with the same configuration into memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vcr import VCR
from vcr.persisters.filesystem import CassetteNotFoundError
from vcr.serialize import serialize

from tests.cassette import _yaml
from tests.cassette._matching import MATCH_ON, MATCHERS
from tests.cassette._scrub import Scrubber
from tests.reference import REPO_ROOT

CASSETTE_DIR = REPO_ROOT / "cassettes"
NOT_WRITTEN: set[str] = set()
"""Cassettes whose test failed while recording: left as they were (see `FilePersister`)."""


def cassette_path(module: str, test_name: str) -> Path:
    """`cassettes/<last part of the module name>/<test name>.yaml`."""
    return CASSETTE_DIR / module.rsplit(".", 1)[-1] / f"{test_name}.yaml"


def cassette_options(scrubber: Scrubber, *, recording: bool = False) -> dict[str, Any]:
    """The `use_cassette` options: matching, scrubbing hooks, one play per recorded answer.

    `drop_unused_requests` only while recording: in replay vcrpy would otherwise rewrite the
    cassette with only the requests a failing test got to send.
    """
    return {
        "match_on": MATCH_ON,
        "serializer": "yaml",
        "filter_headers": [
            ("authorization", scrubber.authorization),
            "user-agent",
            "host",
            "cookie",
        ],
        "before_record_request": scrubber.request,
        "before_record_response": scrubber.response,
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
        "drop_unused_requests": recording,
    }


def configure(vcr: VCR, persister: object | None = None) -> None:
    """Register the matchers, the serializer and where cassettes are saved."""
    for name, matcher in MATCHERS.items():
        vcr.register_matcher(name, matcher)
    vcr.register_serializer("yaml", _yaml)
    vcr.register_persister(persister if persister is not None else FilePersister)


class FilePersister:
    """Cassettes on disk, written with `\\n` line ends, and only when their test passed."""

    @staticmethod
    def load_cassette(cassette_path: str, serializer: Any) -> Any:
        """vcrpy's persister API: the cassette's requests and responses (and metadata)."""
        from vcr.serialize import deserialize

        try:
            text = Path(cassette_path).read_text(encoding="utf-8")
        except OSError:
            raise CassetteNotFoundError(cassette_path) from None
        return deserialize(text, serializer)

    @staticmethod
    def save_cassette(cassette_path: str, cassette_dict: dict[str, Any], serializer: Any) -> None:
        """vcrpy's persister API: write the cassette (unless its test failed)."""
        if cassette_path in NOT_WRITTEN:
            return
        path = Path(cassette_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(serialize(cassette_dict, serializer), encoding="utf-8", newline="\n")


class MemoryPersister:
    """Cassettes in memory (the currency check): nothing is loaded, what is saved is kept."""

    def __init__(self) -> None:
        self.saved: dict[str, str] = {}

    def load_cassette(self, cassette_path: str, serializer: Any) -> Any:
        """Nothing recorded yet."""
        raise CassetteNotFoundError(cassette_path)

    def save_cassette(
        self, cassette_path: str, cassette_dict: dict[str, Any], serializer: Any
    ) -> None:
        """Keep the serialized text."""
        self.saved[cassette_path] = serialize(cassette_dict, serializer)
