"""Benchmarks of seatsio_typed against the official client and raw httpx (`make bench`)."""
