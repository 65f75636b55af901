"""The wire vocabulary every layer of the emulator speaks (the bottom layer; imports nothing else).

- `messages`: `Request`, `Response`, `ApiError` (the documented JSON error body), `AccessError`
  (401/403, empty body), JSON parsing and rendering.
- `body`: typed, schema-style access to a JSON request body (`JsonObject`, `JsonArray`).
- `query`: typed query parameters.
- `pagination`: cursor pages (`PageRequest`, `paginate`).
"""
