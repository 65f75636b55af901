"""The asynchronous client: settings, connection pool, and the resources hanging off it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._async.charts import AsyncChartsClient
from seatsio_typed._async.event_log import AsyncEventLogClient
from seatsio_typed._async.events import AsyncEventsClient
from seatsio_typed._async.hold_tokens import AsyncHoldTokensClient
from seatsio_typed._async.seasons import AsyncSeasonsClient
from seatsio_typed._async.ticket_buyers import AsyncTicketBuyersClient
from seatsio_typed._async.usage_reports import AsyncUsageReports
from seatsio_typed._async.workspaces import AsyncWorkspacesClient
from seatsio_typed._config import NOT_GIVEN, ClientConfig, NotGiven, SecretKey
from seatsio_typed._http import AsyncHttpxClient, Timeout, as_timeout
from seatsio_typed._retry import DEFAULT_MAX_RETRIES
from seatsio_typed._timing import async_sleep, wall_clock
from seatsio_typed.region import Region

__all__ = ["DEFAULT_TIMEOUT_SECONDS", "AsyncClient"]

DEFAULT_TIMEOUT_SECONDS = 10.0


class AsyncClient:
    """Asynchronous client of the Seats.io REST API.

    Construct it like the official client, `AsyncClient(Region.EU(), secret_key="...")`, and
    use it as an async context manager (or call `aclose()`) so its connections are released.

    Keyword-only settings:
    - `timeout`: seconds (or an `httpx.Timeout`) per attempt; default 10 s.
    - `http_client`: your own `httpx.AsyncClient` (proxies, transports, event hooks for raw
      responses). Our auth, headers, timeout and retries still apply; we never close it.
    - `extra_headers`: sent with every request.
    - `sleep`, `clock`: how to wait between retries and what "now" is (seconds since the
      epoch, for `Retry-After` dates). Meant for tests, which inject fakes and never sleep.
    """

    charts: AsyncChartsClient
    """Charts: create, retrieve, update, list, versions, copies, archive, tags, categories."""
    events: AsyncEventsClient
    """Events: create, retrieve, book, release, hold, change object status, object infos."""
    hold_tokens: AsyncHoldTokensClient
    """Hold tokens: create, retrieve, change the expiry."""
    workspaces: AsyncWorkspacesClient
    """Workspaces (company admin key): create, list, update, secret keys, (de)activate."""
    usage_reports: AsyncUsageReports
    """Usage reports (company admin key): used objects per month, event and object."""
    event_log: AsyncEventLogClient
    """The event log: changes to charts and events of the last 14 days."""
    ticket_buyers: AsyncTicketBuyersClient
    """Ticket buyer ids (company admin key): add, remove, list all."""
    seasons: AsyncSeasonsClient
    """Seasons: create top-level and partial seasons, add events, retrieve, update."""

    def __init__(
        self,
        region: Region,
        secret_key: str,
        workspace_key: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        *,
        timeout: float | Timeout = DEFAULT_TIMEOUT_SECONDS,
        http_client: AsyncHttpxClient | None = None,
        extra_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        config = ClientConfig(
            base_url=region.url,
            secret_key=SecretKey(secret_key),
            workspace_key=workspace_key,
            max_retries=max_retries,
            timeout=as_timeout(timeout),
            extra_headers=extra_headers or {},
        )
        self._attach(
            AsyncRequester(
                config,
                http_client if http_client is not None else AsyncHttpxClient(),
                owns_http_client=http_client is None,
                sleep=sleep if sleep is not None else async_sleep,
                clock=clock if clock is not None else wall_clock,
            )
        )

    def _attach(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.charts = AsyncChartsClient(requester)
        self.events = AsyncEventsClient(requester)
        self.hold_tokens = AsyncHoldTokensClient(requester)
        self.workspaces = AsyncWorkspacesClient(requester)
        self.usage_reports = AsyncUsageReports(requester)
        self.event_log = AsyncEventLogClient(requester)
        self.ticket_buyers = AsyncTicketBuyersClient(requester)
        self.seasons = AsyncSeasonsClient(requester)

    def with_options(
        self,
        *,
        timeout: float | Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        workspace_key: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> AsyncClient:
        """A copy with some settings changed that shares this client's connection pool.

        Closing the copy leaves the pool open; closing this client closes it for both.
        """
        config = self._requester.config
        changed = ClientConfig(
            base_url=config.base_url,
            secret_key=config.secret_key,
            workspace_key=(
                config.workspace_key if isinstance(workspace_key, NotGiven) else workspace_key
            ),
            max_retries=config.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            timeout=config.timeout if isinstance(timeout, NotGiven) else as_timeout(timeout),
            extra_headers=(
                config.extra_headers if isinstance(extra_headers, NotGiven) else extra_headers
            ),
        )
        copy = object.__new__(AsyncClient)
        copy._attach(self._requester.derive(changed))
        return copy

    @property
    def base_url(self) -> str:
        """The base URL requests go to."""
        return self._requester.config.base_url

    @property
    def workspace_key(self) -> str | None:
        """The public workspace key sent as `X-Workspace-Key`, if any."""
        return self._requester.config.workspace_key

    @property
    def max_retries(self) -> int:
        """How often a retryable failure is retried."""
        return self._requester.config.max_retries

    @property
    def timeout(self) -> Timeout:
        """The timeout of each attempt."""
        return self._requester.config.timeout

    async def aclose(self) -> None:
        """Release the connection pool if this client created it."""
        await self._requester.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"workspace_key={self.workspace_key!r}, max_retries={self.max_retries!r})"
        )
