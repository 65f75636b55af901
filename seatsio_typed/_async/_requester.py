"""The one request function every resource calls: build, send with retries, map, parse.

`request` serves the endpoint descriptions; `request_raw` serves the clients' public escape hatch
(any method and path) through the same sending, retry, logging and error mapping.
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable, Mapping
from logging import DEBUG
from time import perf_counter
from typing import TypeVar

from tenacity import AsyncRetrying, RetryCallState

from seatsio_typed._attempt import AttemptTimeout, async_send_attempt, scrubbed_transport_error
from seatsio_typed._config import ClientConfig
from seatsio_typed._endpoint import Endpoint, HttpMethod, ResponseParser
from seatsio_typed._http import (
    AsyncHttpxClient,
    HeaderSet,
    HttpxRequest,
    HttpxResponse,
    PathValue,
    QueryValue,
    RequestError,
    build_request,
    build_url,
    check_path_template,
    connection_error,
    encode_json,
    encode_path,
    encode_query,
    is_private,
    request_headers,
    transport_failure,
)
from seatsio_typed._logging import log_attempt, log_retry, logger
from seatsio_typed._retry import RetryPolicy
from seatsio_typed.errors import ClientClosedError, request_id_of
from seatsio_typed.models import RequestModel

__all__ = ["AsyncRequester"]

ResultT = TypeVar("ResultT")


class AsyncRequester:
    """Sends endpoint calls over one (possibly shared) connection pool with one config."""

    def __init__(
        self,
        config: ClientConfig,
        http_client: AsyncHttpxClient,
        *,
        owns_http_client: bool,
        sleep: Callable[[float], Awaitable[None]],
        clock: Callable[[], float],
        private_http_client: bool | None = None,
    ) -> None:
        """`private_http_client`: whether the SDK made `http_client` and never hands it out
        (default: `owns_http_client`); requests to it skip checks only a user's client needs."""
        self.config = config
        self._http = http_client
        self._owns_http_client = owns_http_client
        private = owns_http_client if private_http_client is None else private_http_client
        self._private_http_client = private and is_private(http_client)
        self._sleep = sleep
        self._clock = clock
        # The config never changes (`with_options` derives another requester): the headers and
        # the retry policy of every call are made once, not per call.
        self._policy = RetryPolicy(config.max_retries)
        self._timeout = AttemptTimeout(config.timeout)
        self._headers = {
            has_body: HeaderSet(
                request_headers(
                    authorization=config.secret_key.authorization,
                    workspace_key=config.workspace_key,
                    has_body=has_body,
                    extra_headers=config.extra_headers,
                )
            )
            for has_body in (False, True)
        }

    def derive(self, config: ClientConfig) -> AsyncRequester:
        """A requester with another config on the same pool; it never closes that pool."""
        return AsyncRequester(
            config,
            self._http,
            owns_http_client=False,
            sleep=self._sleep,
            clock=self._clock,
            private_http_client=self._private_http_client,
        )

    async def aclose(self) -> None:
        """Close the pool if this requester created it; a shared or user-supplied one stays."""
        if self._owns_http_client:
            await self._http.aclose()

    async def request(
        self,
        endpoint: Endpoint[ResultT],
        *,
        path_params: Mapping[str, PathValue] | None = None,
        query: Mapping[str, QueryValue] | None = None,
        body: RequestModel | None = None,
    ) -> ResultT:
        """Call one endpoint and return its typed result, or raise a SeatsioException."""
        path_params = path_params or {}
        query = query or {}
        endpoint.check_call(path_params, query, body)
        if query:
            query_text = encode_query({**dict(endpoint.fixed_query), **query})
        else:
            query_text = endpoint.fixed_query_text  # encoded once per endpoint
        content = None if body is None else body.to_wire_json()
        # `check_call` made sure that an endpoint without placeholders got no path parameters.
        path = endpoint.fixed_path
        if path is None:
            path = encode_path(endpoint.path, path_params)
        return await self._call(endpoint, path, query_text, content)

    async def request_raw(
        self,
        method: HttpMethod,
        path: str,
        response: ResponseParser[ResultT],
        *,
        path_params: Mapping[str, PathValue] | None = None,
        query: Mapping[str, QueryValue] | None = None,
        json: object = None,
    ) -> ResultT:
        """Call any operation: `path` is a template whose `{name}` parts `path_params` fill.

        The literal parts of `path` are sent as written (they must already be percent-encoded
        ASCII); each `path_params` value is percent-encoded as one whole segment. `json` is a
        request model or a JSON value (None: no body).
        """
        check_path_template(path)
        content = None
        if isinstance(json, RequestModel):
            content = json.to_wire_json()
        elif json is not None:
            content = encode_json(json)
        endpoint = Endpoint(name=f"request {method}", method=method, path=path, response=response)
        encoded_path = encode_path(path, path_params or {})
        return await self._call(endpoint, encoded_path, encode_query(query or {}), content)

    async def _call(
        self,
        endpoint: Endpoint[ResultT],
        path: str,
        query_text: str,
        content: bytes | None,
    ) -> ResultT:
        if self._http.is_closed:
            raise ClientClosedError(
                f"cannot call {endpoint.method} {path}: the client's connection pool is closed",
                method=endpoint.method,
            )
        url = build_url(self.config.base_url, path, query_text)
        request = build_request(
            self._http,
            endpoint.method,
            url,
            headers=self._headers[content is not None],
            content=content,
            timeout=self._timeout.limits,
            private_client=self._private_http_client,
        )
        response = await self._send(request, path)
        return endpoint.result(
            status_code=response.status_code,
            reason=response.reason_phrase,
            content=response.content,
            method=endpoint.method,
            url=url,  # made text only for an error
        )

    async def _send(self, request: HttpxRequest, path: str) -> HttpxResponse:
        """Send with the retry policy; return the final response or raise a transport error.

        The first attempt is made directly: almost every call succeeds at once, and tenacity's
        per-call state (about 25 us and a score of cyclic objects) would be paid on each of them.
        Once an attempt failed in a way `RetryPolicy` retries, tenacity drives the retries and
        their waits (exponential backoff, Retry-After) from the policy's strategies. Out of
        retries, the last response is returned (the caller maps it) or the last transport error
        raised as a SeatsioConnectionError.
        """
        method = request.method
        policy = self._policy
        first: HttpxResponse | RequestError
        try:
            first = await self._attempt(request, path, 1)
        except RequestError as error:
            first = error
        # With no retry allowed (max_retries=0), tenacity stops after this first attempt.
        if isinstance(first, RequestError):
            if not policy.retries_failure(method, transport_failure(first)):
                raise _connection_failure(first, request)
        elif not policy.retries_status(method, first.status_code):
            return first
        return await self._retry(request, path, policy, first)

    async def _retry(
        self,
        request: HttpxRequest,
        path: str,
        policy: RetryPolicy,
        first: HttpxResponse | RequestError,
    ) -> HttpxResponse:
        """The retries after a first attempt that failed retryably, driven by tenacity."""
        method = request.method
        strategies = policy.strategies(method, transport_failure, self._clock)

        def before_sleep(state: RetryCallState) -> None:
            log_retry(
                method=method,
                path=path,
                reason=_outcome_name(state),
                wait=state.upcoming_sleep,
                retry=state.attempt_number,
                budget=policy.max_retries,
            )

        retrying = AsyncRetrying(
            stop=strategies.stop,
            retry=strategies.retry,
            wait=strategies.wait,
            sleep=self._sleep,
            before_sleep=before_sleep,
            retry_error_callback=_last_outcome,
        )
        numbers = itertools.count(1)

        async def attempt() -> HttpxResponse:
            number = next(numbers)
            if number > 1:
                return await self._attempt(request, path, number)
            # tenacity's first attempt is the one already made: its outcome, not a resend.
            if isinstance(first, RequestError):
                raise first
            return first

        try:
            # tenacity records each response as the attempt's result: the policy reads it.
            response: HttpxResponse = await retrying(attempt)
        except RequestError as error:
            last = error
        else:
            return response
        # Raised outside the except block, so the original error (which references the request
        # and its Authorization header) is not kept as __context__ either.
        raise _connection_failure(last, request)

    async def _attempt(self, request: HttpxRequest, path: str, attempt: int) -> HttpxResponse:
        """One attempt within the timeout as a deadline (see `seatsio_typed._attempt`)."""
        started = perf_counter()
        try:
            response = await async_send_attempt(self._http, request, self._timeout)
        except RequestError as error:
            log_attempt(
                method=request.method,
                path=path,
                attempt=attempt,
                outcome=type(error).__name__,
                elapsed_seconds=perf_counter() - started,
            )
            raise
        if not logger.isEnabledFor(DEBUG):  # spares building the line's arguments on every call
            return response
        log_attempt(
            method=request.method,
            path=path,
            attempt=attempt,
            outcome=f"HTTP {response.status_code}",
            elapsed_seconds=perf_counter() - started,
            request_id=lambda: request_id_of(
                response.status_code, response.headers, response.content
            ),
        )
        return response


def _connection_failure(error: RequestError, request: HttpxRequest) -> BaseException:
    """The SeatsioConnectionError for a transport error, its cause a clean copy of it (same type
    and message, no request headers, no traceback): raise it outside any except block."""
    failure = connection_error(error, request.method, str(request.url))
    failure.__cause__ = scrubbed_transport_error(error, request)
    return failure


def _last_outcome(state: RetryCallState) -> object:
    """Out of retries: hand back the last response (or raise the last error) unchanged."""
    assert state.outcome is not None
    return state.outcome.result()


def _outcome_name(state: RetryCallState) -> str:
    outcome = state.outcome
    assert outcome is not None  # tenacity sleeps only after an attempt
    error = outcome.exception()
    if error is not None:
        return type(error).__name__
    response: HttpxResponse = outcome.result()
    return f"HTTP {response.status_code}"
