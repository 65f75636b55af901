"""The HTTP adapter: from a request on the wire to a handler, and back.

- `router`: the route table and path matching; `auth`: who is calling (`Access`, `Principal`);
  `context`: what a handler receives (`RequestContext`).
- `asgi`, `server`, `transports`: the ways in (ASGI app under uvicorn, the `serve` command,
  in-process httpx transports), typed against `dispatch.Dispatcher` rather than the façade.

Imports `_wire` and `_state`; the routes (`_routes`) and the façade (`_emulator`) sit above it.
"""
