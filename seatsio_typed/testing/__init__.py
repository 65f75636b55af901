"""A local Seats.io for tests: in-process or as an HTTP server."""
