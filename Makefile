# `make demo` and `make test` work on a fresh machine: they make .venv and install into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench eval install clean

# The extraction stage is compiled (setup.py): a change to its sources compiles it again.
$(STAMP): pyproject.toml setup.py $(wildcard src/thbwatch/extract/*.py)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/thbwatch --db sqlite:///demo-out/thbwatch.db demo --out demo-out

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/thbwatch bench --records 1000000

# Extraction quality: labelled cases and the demo truth, per type (the tests assert targets).
eval: $(STAMP)
	$(BIN)/python bench/eval_extract.py

clean:
	rm -rf $(VENV) demo-out build .mypy_cache *.egg-info src/*.egg-info
	find src -name '*.so' -delete  # the compiled modules (setup.py)
