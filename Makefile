# Two commands on a fresh clone: `make demo` and `make test`. Both bootstrap .venv from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format typecheck unit record serve bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/quickstart.py

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python scripts/unasync.py --check

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/pyright

# Cassettes replay with no network (loopback stays open for the emulator tests).
unit: $(STAMP)
	$(BIN)/pytest -q --record-mode=none --block-network --allowed-hosts=127.0.0.1,localhost

# Rewrite the generated sync code and format everything.
format: $(STAMP)
	$(BIN)/python scripts/unasync.py
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-record every cassette against the deterministic emulator served on loopback (or, with
# SEATSIO_SECRET_KEY and SEATSIO_REGION set, against Seats.io itself; see cassettes/README.md).
record: $(STAMP)
	$(BIN)/python scripts/record.py

serve: $(STAMP)
	$(BIN)/python -m seatsio_typed.testing serve --host 127.0.0.1 --port 9001

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
