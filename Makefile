# The two commands a newcomer needs: `make run` and `make test`. CI runs `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= extractor.db
PORT ?= 8001
STAMP := $(VENV)/.installed

.PHONY: run test install build serve lint bench metadata clean

run: build serve  ## install, build the bundled corpus and serve it on http://127.0.0.1:$(PORT)

test: $(STAMP)  ## run the whole test suite
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

build: $(STAMP)  ## build the bundled corpus into $(DB)
	$(BIN)/extractor build corpus --db $(DB)

serve: $(STAMP)
	$(BIN)/extractor serve --db $(DB) --port $(PORT)

lint: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/ruff check extractor tests
	$(BIN)/mypy extractor

bench: $(STAMP)  ## throughput and memory on a fixed workload, as ratios against raw extraction
	$(BIN)/extractor bench

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
