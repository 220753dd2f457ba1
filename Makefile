# Two commands for a fresh machine (see README):
#   make run   - set up .venv and start the app with the bundled default model
#   make test  - set up .venv and run the test suite
#   make translations - after changing the window's strings: refresh resources/translations/*.ts and the .qm
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint bench app clean translations

# The compiled translations (gitignored): the install builds them; run and test rebuild any older than its .ts.
RELEASE_QM := $(PY) packaging/translations.py release --stale

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# After changing strings in the code: the .ts files take the new strings (translations kept), the .qm follow.
translations: $(STAMP)
	$(PY) packaging/translations.py update
	$(PY) packaging/translations.py release

run: $(STAMP)
	$(PY) -m pip install --quiet -e ".[heic]"
	$(RELEASE_QM)
	$(VENV)/bin/fruitclassifier gui

test: $(STAMP)
	$(RELEASE_QM)
	$(PY) -m ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider --durations=15

# The edit-test loop: every test not marked slow (docs/architecture.md, "The test tiers").
test-fast: $(STAMP)
	$(RELEASE_QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -m "not slow" -x --durations=10

lint: $(STAMP)
	$(PY) -m ruff check .

bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,build]"
	$(PY) benchmarks/run.py

app: $(STAMP)
	$(PY) -m pip install --quiet -e ".[build,heic]"
	$(PY) packaging/translations.py release
	$(VENV)/bin/pyinstaller --noconfirm build_app.spec

clean:
	rm -rf $(VENV) build dist
