# petrel: two commands.  `make demo` sets up .venv and codes the sample corpus;  `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= petrel-demo.duckdb

.PHONY: demo test test-slow lint bench accuracy clean

$(BIN)/petrel: requirements.txt requirements-model.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(BIN)/petrel

demo: $(BIN)/petrel
	rm -f $(DB)
	$(BIN)/petrel ingest examples/voa --db $(DB)
	$(BIN)/petrel summary --db $(DB)

test: $(BIN)/petrel
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

test-slow: $(BIN)/petrel
	$(BIN)/python -m pytest -m slow

accuracy: $(BIN)/petrel
	$(BIN)/python scripts/accuracy_report.py

bench: $(BIN)/petrel
	$(BIN)/python -m bench.throughput
	$(BIN)/python -m bench.dedup

clean:
	rm -rf $(VENV) $(DB) *.egg-info .pytest_cache .ruff_cache
