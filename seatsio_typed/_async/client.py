"""The asynchronous client: settings, connection pool, and the resources hanging off it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TypeVar, overload

from pydantic import JsonValue

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
from seatsio_typed._endpoint import JSON_OR_NOTHING, HttpMethod, json_response
from seatsio_typed._http import AsyncHttpxClient, PathValue, QueryValue, Timeout, as_timeout
from seatsio_typed._pool import default_async_http_client
from seatsio_typed._retry import DEFAULT_MAX_RETRIES
from seatsio_typed._timing import async_sleep, wall_clock
from seatsio_typed.models import RequestModel
from seatsio_typed.region import Region

__all__ = ["DEFAULT_TIMEOUT_SECONDS", "AsyncClient"]

DEFAULT_TIMEOUT_SECONDS = 10.0
ResultT = TypeVar("ResultT")


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
                http_client if http_client is not None else default_async_http_client(),
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

        Args:
            timeout: Seconds (or a `Timeout`) per attempt.
            max_retries: How often a retryable failure is retried.
            workspace_key: The workspace key to send; None sends none.
            extra_headers: Headers sent with every request (they replace the current ones).

        Returns:
            The copy.

        Raises:
            ClientConfigurationError: a setting is unusable.
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

    @overload
    async def request(
        self,
        method: HttpMethod,
        path: str,
        *,
        path_params: Mapping[str, PathValue] | None = None,
        query: Mapping[str, QueryValue] | None = None,
        json: RequestModel | JsonValue = None,
        result_type: type[ResultT],
    ) -> ResultT: ...

    @overload
    async def request(
        self,
        method: HttpMethod,
        path: str,
        *,
        path_params: Mapping[str, PathValue] | None = None,
        query: Mapping[str, QueryValue] | None = None,
        json: RequestModel | JsonValue = None,
        result_type: None = None,
    ) -> JsonValue: ...

    async def request(
        self,
        method: HttpMethod,
        path: str,
        *,
        path_params: Mapping[str, PathValue] | None = None,
        query: Mapping[str, QueryValue] | None = None,
        json: RequestModel | JsonValue = None,
        result_type: type[ResultT] | None = None,
    ) -> ResultT | JsonValue:
        """Call an API operation this SDK has no method for yet (the escape hatch).

        The call goes through everything a resource method uses: the secret key, workspace key
        and extra headers, the timeout, the retry policy (a POST or DELETE is never replayed
        after it may have reached the server), logging and the mapping of errors to
        exceptions. Example::

            version = await client.request(
                "GET", "/charts/{key}/version/published", path_params={"key": chart_key}
            )

        Args:
            method: `GET`, `POST` or `DELETE`.
            path: The path after the region's base URL, as a template: `{name}` parts are filled
                from `path_params`; the rest is sent as written, so it must already be
                percent-encoded ASCII (no query string: use `query`).
            path_params: Values of the `{name}` parts; each is percent-encoded as one whole
                segment (`/`, `?`, spaces and non-ASCII arrive as part of the value).
            query: Query parameters; a list repeats the name, booleans are `true`/`false`, None
                leaves the parameter out.
            json: The JSON body: a request model (sent by alias, None fields left out) or a
                JSON value; None sends no body.
            result_type: A type to validate the response body into (a model, `list[Chart]`,
                `dict[str, EventObjectInfo]`...). Left out: the decoded JSON, or None for an
                empty body.

        Returns:
            The body validated as `result_type`, or the decoded JSON (None when empty).

        Raises:
            RequestValidationError: `path`, `path_params`, `query` or `json` cannot be sent
                (nothing was sent).
            ClientClosedError: the client is closed.
            SeatsioException: the API answered with an error (its subclass says which) or the
                request failed (`SeatsioConnectionError`, `UnexpectedResponseError`).
        """
        parser = JSON_OR_NOTHING if result_type is None else json_response(result_type)
        return await self._requester.request_raw(
            method, path, parser, path_params=path_params, query=query, json=json
        )

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
        """The timeout of each attempt, as a copy.

        Changing the copy does not change the client: `with_options(timeout=...)` derives a
        client with other limits.
        """
        return Timeout(self._requester.config.timeout)

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
