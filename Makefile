# The README's two commands:  `make demo`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
NPM_ASSETS := tests/assets/node_modules/.installed

.PHONY: demo test setup setup-test browser gazetteer clean

$(BIN)/geomap: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@# An editable install compiles nothing: compile now, as a normal install would, so that
	@# the first `geomap extract` does not compile ~750 KB of source (half of a cold start).
	$(BIN)/python -m compileall -q geomap
	touch $(BIN)/geomap

setup: $(BIN)/geomap

gazetteer: setup
	$(BIN)/geomap gazetteer build

# Set up, build the gazetteer, add the bundled example articles and write maps/geomap.html.
demo: gazetteer
	$(BIN)/geomap add --db maps/example.db examples/articles
	@echo "Open maps/geomap.html in a browser."

# Debian's chromium and the npm copies of the map's CDN assets, for the browser tests.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; }
	@test -f $(NPM_ASSETS) || { cd tests/assets && npm ci --no-audit --no-fund --silent && touch node_modules/.installed; }

test: gazetteer browser
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) tests/assets/node_modules
