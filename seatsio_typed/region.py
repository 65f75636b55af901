"""Where the API lives: the four Seats.io regions, or any base URL (an emulator, a proxy)."""

from __future__ import annotations

from seatsio_typed._http import check_base_url
from seatsio_typed.errors import ClientConfigurationError

__all__ = ["Region"]


class Region:
    """The base URL of a Seats.io API, e.g. `Region.EU()` or `Region("http://127.0.0.1:9001")`."""

    __slots__ = ("url",)

    def __init__(self, url: str) -> None:
        """Use this base URL.

        Raises:
            ClientConfigurationError: `url` does not start with https:// or http://, is not an
                absolute URL, or carries credentials, a query or a fragment. The message never
                repeats the URL: it may hold a password (`https://user:secret@host`).
        """
        if not url.startswith(("https://", "http://")):
            raise ClientConfigurationError("a region URL must start with https:// or http://")
        check_base_url(url)
        # Paths are appended to the base URL, so a trailing slash would double up.
        self.url: str = url.rstrip("/")
        """The base URL requests go to, without a trailing slash."""

    @classmethod
    def EU(cls) -> Region:  # noqa: N802 (the official client's name)
        """Europe: https://api-eu.seatsio.net.

        Returns:
            The region.
        """
        return cls(cls.url_for_id("eu"))

    @classmethod
    def NA(cls) -> Region:  # noqa: N802
        """North America: https://api-na.seatsio.net.

        Returns:
            The region.
        """
        return cls(cls.url_for_id("na"))

    @classmethod
    def SA(cls) -> Region:  # noqa: N802
        """South America: https://api-sa.seatsio.net.

        Returns:
            The region.
        """
        return cls(cls.url_for_id("sa"))

    @classmethod
    def OC(cls) -> Region:  # noqa: N802
        """Oceania: https://api-oc.seatsio.net.

        Returns:
            The region.
        """
        return cls(cls.url_for_id("oc"))

    @staticmethod
    def url_for_id(region_id: str) -> str:
        """Return the base URL of the region with this id.

        Args:
            region_id: `eu`, `na`, `sa` or `oc`.

        Returns:
            The base URL, e.g. `https://api-eu.seatsio.net`.
        """
        return f"https://api-{region_id}.seatsio.net"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Region) and other.url == self.url

    def __hash__(self) -> int:
        return hash(self.url)

    def __repr__(self) -> str:
        return f"Region({self.url!r})"
