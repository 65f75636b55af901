"""Generators for keys, secrets, hold tokens, request ids and numeric ids.

In deterministic mode every stream is a `random.Random` seeded from the emulator's seed and the
stream's name, so one stream's draws never shift another's and a replayed script gets the same
values. Otherwise values come from the operating system's randomness. Numeric ids are increasing
integers per kind (`"workspace"`, `"chart"`, ...), starting at 1.
"""

from __future__ import annotations

import random
import secrets
import string
import uuid
from collections import defaultdict

_TOKEN_ALPHABET = string.ascii_letters + string.digits


class KeyGenerator:
    """Hands out unique random strings, seeded in deterministic mode."""

    def __init__(self, *, deterministic: bool = False, seed: int = 0) -> None:
        self._deterministic = deterministic
        self._seed = seed
        self._streams: dict[str, random.Random] = {}

    def _stream(self, name: str) -> random.Random:
        stream = self._streams.get(name)
        if stream is None:
            if self._deterministic:
                stream = random.Random(f"seatsio-emulator:{self._seed}:{name}")
            else:
                stream = random.SystemRandom()
            self._streams[name] = stream
        return stream

    def uuid(self, stream: str) -> str:
        """A random version-4 UUID string from the named stream."""
        return str(uuid.UUID(int=self._stream(stream).getrandbits(128), version=4))

    def token(self, stream: str, length: int = 10) -> str:
        """A random alphanumeric string (the shape of a Seats.io hold token)."""
        source = self._stream(stream)
        return "".join(source.choice(_TOKEN_ALPHABET) for _ in range(length))

    def public_key(self) -> str:
        """A workspace public key."""
        return self.uuid("public-key")

    def secret_key(self) -> str:
        """A company admin key or workspace secret key."""
        return self.uuid("secret-key")

    def chart_key(self) -> str:
        """A new chart's key."""
        return self.uuid("chart-key")

    def hold_token(self) -> str:
        """A new hold token."""
        return self.token("hold-token")

    def request_id(self) -> str:
        """The `requestId` of an error response."""
        return self.uuid("request-id")

    def random(self, stream: str) -> random.Random:
        """A named random stream for other needs (fault probabilities, ...)."""
        return self._stream(stream)

    def reset(self) -> None:
        """Start every stream over (deterministic mode replays the same values)."""
        self._streams.clear()


def system_secret(*, deterministic: bool, seed: int) -> str:
    """A system secret for an emulator that was not given one."""
    if deterministic:
        return KeyGenerator(deterministic=True, seed=seed).uuid("system-secret")
    return secrets.token_urlsafe(24)


class IdCounters:
    """Increasing integer ids, one sequence per kind of record."""

    def __init__(self) -> None:
        self._last: defaultdict[str, int] = defaultdict(int)

    def next(self, kind: str) -> int:
        """The next id of that kind (1, 2, 3, ...)."""
        self._last[kind] += 1
        return self._last[kind]
