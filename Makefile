# The two commands a new user runs: `make run` (set up + analyse the example) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install browser-deps doctor lint clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# axe-core for the accessibility checks of the reviewer page (tests/browser); skipped without npm.
AXE := tests/browser/node_modules/axe-core/axe.min.js
$(AXE): tests/browser/package.json tests/browser/package-lock.json
	if command -v npm >/dev/null 2>&1; then npm ci --prefix tests/browser --no-audit --no-fund --silent; \
	else echo "warning: npm not found; the accessibility checks will be skipped" >&2; fi

browser-deps: $(AXE)

run: install
	$(BIN)/lakmoes doctor
	$(BIN)/lakmoes analyze examples/brief-aan-inwoner.txt
	$(BIN)/lakmoes redact examples/brief-aan-inwoner.txt

test: install browser-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	$(BIN)/python -m pytest --nbmake notebooks -p no:cacheprovider

doctor: install
	$(BIN)/lakmoes doctor

# Property-based fuzzing with the large hypothesis profile (over 10,000 inputs; CI runs the small one in `make test`).
fuzz: install
	$(BIN)/python -m pytest tests/fuzz --hypothesis-profile=fuzz --hypothesis-show-statistics -p no:cacheprovider -q $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
