"""Cassette tests: the SDK replayed against recorded exchanges, and the machinery behind them."""
