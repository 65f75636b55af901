# Two commands on a fresh clone: `make demo` and `make test`. Both bootstrap .venv from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The package and its emulator extra only: all `make demo` needs, installed in seconds.
PACKAGE_STAMP := $(VENV)/.installed-package
# + the development tools of the PEP 735 group `dev` (test, lint, type checkers, docs).
STAMP := $(VENV)/.installed

.PHONY: demo test lint format typecheck unit docs record serve bench stress mutate clean

$(PACKAGE_STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# `--group` (PEP 735 dependency groups) needs pip 25.1 or newer.
	$(BIN)/python -m pip install --quiet --upgrade 'pip>=25.1'
	$(BIN)/python -m pip install --quiet -e '.[emulator]'
	@touch $(PACKAGE_STAMP)

$(STAMP): $(PACKAGE_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[emulator]' --group dev
	@touch $(STAMP)

demo: $(PACKAGE_STAMP)
	$(BIN)/python examples/quickstart.py

test: $(STAMP) lint typecheck unit docs

# The documentation site (mkdocs-material + mkdocstrings) into site/; --strict turns every
# warning (a broken reference, a missing docstring) into a failure.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

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

# The reliability properties at full size (issue 10; a few minutes): 200 contenders, 1,000-call
# 429 storms, 10,000 calls on one client, 5,000 soak operations... and their figures.
stress: $(STAMP)
	rm -f .stress-figures.jsonl
	SEATSIO_STRESS=1 SEATSIO_FIGURES=.stress-figures.jsonl $(BIN)/pytest -q -p no:cacheprovider tests/reliability
	$(BIN)/python scripts/stress_report.py .stress-figures.jsonl

# Mutation testing of the SDK core with mutmut (config in pyproject.toml); writes the score.
mutate: $(STAMP)
	rm -rf mutants
	SEATSIO_SHARED_DIR=$${SEATSIO_SHARED_DIR:-$(CURDIR)/../shared} $(BIN)/mutmut run --max-children 2 || true
	$(BIN)/python scripts/mutation_score.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache site dist mutants .hypothesis
