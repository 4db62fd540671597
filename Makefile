# Bayan: set up, render the seed briefing, run the tests.
# Works on a fresh Debian 12 machine with Python 3.11, as root (or with sudo for apt-get).

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.bayan-installed
APT_PACKAGES := chromium fonts-noto-core fonts-hosny-amiri poppler-utils
PYTEST_ARGS ?=

.PHONY: help setup os-deps briefing test lab lint schema bench clean

help:
	@echo "make briefing  set everything up and render the seed briefing into reports/seed/"
	@echo "make test      set everything up and run the whole test suite"
	@echo "make lab       set everything up and start JupyterLab"
	@echo "make lint      ruff and the notebook-output check"
	@echo "make bench     run the benchmarks (prints figures)"

# OS packages: headless Chromium prints the PDF, Noto/Amiri fonts shape Arabic in HTML and
# PDF, poppler-utils checks PDF text. Installed only when something is missing.
os-deps:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
	  dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	done; \
	$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  echo "installing OS packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (bayan)" >/dev/null
	touch $(STAMP)

setup: os-deps $(STAMP)

briefing: setup
	$(VENV)/bin/briefing render seed
	@echo "briefing written to reports/seed/ (briefing.html, briefing.pdf)"

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

lab: setup
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

lint: setup
	$(VENV)/bin/ruff check analysis tests benchmarks
	$(VENV)/bin/nbstripout --verify notebooks/*/*.ipynb

schema: setup
	$(VENV)/bin/briefing schema

bench: setup
	$(PY) benchmarks/extract.py
	$(PY) benchmarks/render.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
