# Two commands for a fresh machine (see README):
#   make run   - set up .venv and start the app with the bundled default model
#   make test  - set up .venv and run the test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint bench app clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m pip install --quiet -e ".[heic]"
	$(VENV)/bin/fruitclassifier gui

test: $(STAMP)
	$(PY) -m ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider --durations=15

# The edit-test loop: every test not marked slow (docs/architecture.md, "The test tiers").
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -m "not slow" -x --durations=10

lint: $(STAMP)
	$(PY) -m ruff check .

bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,build]"
	$(PY) benchmarks/run.py

app: $(STAMP)
	$(PY) -m pip install --quiet -e ".[build,heic]"
	$(VENV)/bin/pyinstaller --noconfirm build_app.spec

clean:
	rm -rf $(VENV) build dist
