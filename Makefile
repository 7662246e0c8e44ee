# Frontline Desk: `make run` to use it, `make test` to check it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
# Extra Debian packages for screenshots on a machine without a display.
SCREENSHOT_DEBS := xvfb xauth fonts-noto-cjk libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0

.PHONY: run test test-scale lint screenshots translations lock migration clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt setuptools
	$(BIN)/pip install --quiet --no-build-isolation -c constraints.txt -e '.[postgres,test,dev]'
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(VENV)/.installed $(QM)
	$(BIN)/frontline init
	$(BIN)/frontline demo --if-empty
	$(BIN)/frontline-desk

test: $(VENV)/.installed $(QM)
	$(BIN)/lint-imports
	$(BIN)/pytest

# The UI-stall test against 200,000 customers and 5,000 articles (minutes to build its data
# the first time; cached under ~/.cache/frontline-test-scale or $$FRONTLINE_SCALE_CACHE).
test-scale: $(VENV)/.installed $(QM)
	$(BIN)/pytest -m scale -s

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/mypy

screenshots: $(VENV)/.installed $(QM)
	@command -v Xvfb >/dev/null && fc-list :lang=zh | grep -q . && ldconfig -p | grep -q libxcb-icccm || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SCREENSHOT_DEBS))
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python -m desktop.screenshots docs/screenshots

# Developers: refresh the .ts files after changing user-visible strings, then translate them.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate desktop/*.py -ts $(TS) -no-obsolete

# Developers: write a migration for the models' changes, e.g. make migration m="add grants".
migration: $(VENV)/.installed
	$(BIN)/python -m frontline.schema "$(m)"

lock: $(BIN)/python
	$(BIN)/pip install --quiet --upgrade setuptools
	$(BIN)/pip install --quiet --no-build-isolation -e '.[postgres,test,dev]'
	{ echo '# Every version `make` installs, pinned. Refresh: make lock'; \
	  $(BIN)/pip freeze --all --exclude-editable | grep -v '^pip=='; } > constraints.txt

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .ruff_cache .mypy_cache
