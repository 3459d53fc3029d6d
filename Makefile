# The two commands a newcomer needs: `make run` and `make test`. CI runs `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= extractor.db
PORT ?= 8001
STAMP := $(VENV)/.installed

.PHONY: run test install browser tesseract build serve lint bench scale-bench site-bench metadata clean

run: build serve  ## install, build the bundled corpus and serve it on http://127.0.0.1:$(PORT)

test: $(STAMP) browser tesseract  ## run the whole test suite
	$(BIN)/python -m pytest -q

# Debian's chromium and its driver for tests/test_browser.py: installed when missing and we are
# root (CI); otherwise that test skips and says why. Never `playwright install`: no downloads
# outside the package registries.
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	  else echo "chromium not installed and not root: tests/test_browser.py will be skipped" >&2; fi; \
	fi

# Debian's Tesseract and its English data for OCR of scanned pages (extractor/ocr.py): installed
# when missing and we are root; otherwise scans stay needs_ocr and the OCR tests skip, saying why.
tesseract:
	@if ! tesseract --list-langs 2>/dev/null | grep -qx eng; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-eng; \
	  else echo "tesseract not installed and not root: scanned pages stay needs_ocr, OCR tests skip" >&2; fi; \
	fi

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,ocr]"
	touch $(STAMP)

build: $(STAMP) tesseract  ## build the bundled corpus into $(DB)
	$(BIN)/extractor build corpus --db $(DB)

serve: $(STAMP)
	$(BIN)/extractor serve --db $(DB) --port $(PORT)

lint: $(STAMP)  ## ruff and mypy (installs the dev extra); not part of `make test`
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/ruff check extractor tests bench
	$(BIN)/mypy extractor

bench: $(STAMP)  ## throughput and memory on a fixed workload, as ratios against raw extraction
	$(BIN)/extractor bench

scale-bench: $(STAMP)  ## one database grown 500 -> 1,000 -> 2,000 small documents: per-document cost, size, memory
	$(BIN)/python bench/scale_bench.py

site-bench: $(STAMP)  ## Datasette page times on 1M sections (builds /tmp/site.db, then a 1M-row copy)
	test -f /tmp/site.db || $(BIN)/extractor build corpus --db /tmp/site.db --silent
	$(BIN)/python bench/site_bench.py --corpus-db /tmp/site.db

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
