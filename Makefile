# Two entry points for a fresh machine: `make run` and `make test` (each installs what it needs).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)

export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 180
export GX_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1

.PHONY: install run test lock docs suites clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*
	touch $@

run: install
	$(BIN)/etl run data/samples --out data/published

test: install
	$(BIN)/python -m pytest

# Re-resolve every dependency from pyproject.toml into requirements.lock (needs the package index).
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --disable-pip-version-check ".[test]"
	.lock-venv/bin/python -m pip freeze --all --exclude-editable | grep -v -E '^(pip==|newsfacts[ =])' > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV)

# Regenerate the README's data dictionary from schemas/.
docs: install
	$(BIN)/python -m etl.docs

# Regenerate the Great Expectations project gx/ (suites, validation definitions, checkpoint) from schemas/.
suites: install
	$(BIN)/python -m etl.validate.suites
