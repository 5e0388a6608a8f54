# Signon: `make run` serves the demo on http://127.0.0.1:5000, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FLASK := $(BIN)/flask --app app
HOST ?= 127.0.0.1
# pytest-xdist workers: one more than the cores, since browser tests and PostgreSQL keep a worker
# waiting on another process (2 cores: 237 s with 2 workers, 216 s with 3). PYTEST_WORKERS=0 runs
# the suite in one process.
PYTEST_WORKERS ?= $(shell echo $$(( $$(nproc) + 1 )))
PORT ?= 5000

.PHONY: install run test lint format clean

install: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q --upgrade pip
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $(STAMP)

run: export SIGNON_ENV ?= development
run: export SIGNON_BASE_URL ?= http://$(HOST):$(PORT)
run: install
	$(FLASK) db upgrade
	$(FLASK) demo load
	$(FLASK) serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
