"""The settings one client sends requests with; `with_options` derives a changed copy."""

from __future__ import annotations

import base64
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NoReturn, cast

from seatsio_typed._http import Timeout, check_base_url, check_header
from seatsio_typed.errors import ClientConfigurationError

__all__ = ["NOT_GIVEN", "ClientConfig", "NotGiven", "SecretKey"]


class SecretKey:
    """A secret key that never shows itself in a repr, a str or a log line."""

    __slots__ = ("_authorization",)

    def __init__(self, value: str) -> None:
        # cast: the annotation is not enforced at run time; callers may pass anything.
        given = cast("object", value)
        if not isinstance(given, str) or not given:
            raise ClientConfigurationError("secret_key must be a non-empty string")
        try:
            encoded = f"{value}:".encode()
        except UnicodeEncodeError:
            raise ClientConfigurationError("secret_key holds a lone surrogate") from None
        # Only the header value is kept: nothing else ever needs the key itself.
        token = base64.b64encode(encoded).decode("ascii")
        self._authorization = f"Basic {token}"

    @property
    def authorization(self) -> str:
        """The `Authorization` header value: HTTP Basic with the key as user, empty password."""
        return self._authorization

    def __repr__(self) -> str:
        return "SecretKey('**********')"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("a SecretKey is not picklable")


@dataclass(frozen=True)
class ClientConfig:
    """Base URL, credentials, retry budget, timeout and extra headers of a client."""

    base_url: str
    secret_key: SecretKey = field(repr=False)
    workspace_key: str | None
    max_retries: int
    timeout: Timeout
    extra_headers: Mapping[str, str] = field(default_factory=dict[str, str])

    def __post_init__(self) -> None:
        """Refuse, with ClientConfigurationError, what no request could be sent with."""
        # A copy of the caller's mapping: changing it later must not change (or slip an
        # Authorization into) the requests of a client made with it.
        object.__setattr__(self, "extra_headers", dict(self.extra_headers))
        check_base_url(self.base_url)
        # cast: the annotation is not enforced at run time; callers may pass anything.
        retries = cast("object", self.max_retries)
        if isinstance(retries, bool) or not isinstance(retries, int):
            raise ClientConfigurationError("max_retries must be an int")
        if self.max_retries < 0:
            raise ClientConfigurationError(f"max_retries must be 0 or more, got {self.max_retries}")
        if self.workspace_key is not None:
            if self.workspace_key == "":
                raise ClientConfigurationError("workspace_key must not be empty (None: no key)")
            check_header("X-Workspace-Key", self.workspace_key, setting="workspace_key")
        for name, value in self.extra_headers.items():
            check_header(name, value, setting="extra_headers")
        if any(name.lower() == "authorization" for name in self.extra_headers):
            raise ClientConfigurationError(
                "extra_headers must not set Authorization; pass secret_key instead"
            )


class NotGiven(enum.Enum):
    """Marks an option left unchanged (None is a real value for `workspace_key`)."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven.NOT_GIVEN
