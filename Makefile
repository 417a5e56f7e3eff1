# Two commands set everything up on a fresh machine:
#   make demo   - create .venv, install coversheet, check the bundled examples, render one
#   make test   - create .venv, install coversheet with its test tools, run the tests
#   make test-fast - the same without the tests that drive real programs (LibreOffice, Chromium, ...)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test test-fast pdfua bench schema data docs examples clean score-boards

# An editable install: `make test-fast` and `.venv/bin/pytest tests/x` test the code as it is
# edited, with no reinstall after an edit (only when pyproject.toml changes: dependencies,
# entry points). The wheel a user installs is built and run in a venv of its own by
# tests/test_packaging.py (data files included).
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

demo: $(BIN)/.installed
	$(BIN)/coversheet --version
	$(BIN)/coversheet check examples/complete.yaml
	@echo "--- the five real ICS Board cover sheets of 2 December 2020, with their real defects:"
	$(BIN)/coversheet check examples/ || test $$? -eq 1
	$(BIN)/coversheet render examples/complete.yaml -o out/complete.docx --force
	$(BIN)/coversheet check out/complete.docx
	$(BIN)/coversheet new out/cover-sheet-form.docx --docx --force
	@echo "--- other boards' own cover sheets (board profiles), each with a complete paper and one with real defects:"
	$(BIN)/coversheet profile show examples-profiles/nhs-icb
	$(BIN)/coversheet check examples-profiles/nhs-icb || test $$? -eq 1
	$(BIN)/coversheet check examples-profiles/council-scrutiny || test $$? -eq 1
	$(BIN)/coversheet render examples-profiles/nhs-icb/item-07-winter-plan.yaml -o out/nhs-icb-winter-plan.docx --force
	$(BIN)/coversheet check out/nhs-icb-winter-plan.docx --config examples-profiles/nhs-icb/coversheet.toml
	@echo "--- the board pack of an ICB meeting (needs LibreOffice: make test's CI installs it):"
	@if command -v soffice >/dev/null; then \
	  rm -rf out/meeting && mkdir -p out/meeting && \
	  cp examples-profiles/nhs-icb/coversheet.toml examples-profiles/nhs-icb/*.docx out/meeting/ && \
	  $(BIN)/coversheet pack out/meeting -o out/nhs-icb-pack.pdf --allow-failing --force; \
	else echo "LibreOffice is not installed: the pack is not built (apt-get install libreoffice-writer-nogui)"; fi

# axe-core (the accessibility engine the web tests run in Chromium) from npm, installed once
# into .node/; without npm those tests skip and say so.
AXE_VERSION := 4.14.1
AXE := .node/node_modules/axe-core/axe.min.js
$(AXE):
	@if command -v npm >/dev/null; then \
	  npm install --prefix .node --no-save --no-audit --no-fund --loglevel=error axe-core@$(AXE_VERSION); \
	else echo "npm is not installed: the accessibility tests of coversheet serve will skip (apt-get install npm)"; fi

test: $(BIN)/.installed $(AXE)
	$(BIN)/lint-imports --no-cache
	@# Helpers are imported as helpers.x, never from a conftest: the importlib mode collects them too.
	$(BIN)/pytest -q --collect-only --import-mode=importlib -p no:cacheprovider >/dev/null
	$(BIN)/pytest -q

# Every pack the pack tests build (the shared meeting's and the 30-item meeting's public,
# private and supplementary packs), checked for PDF/UA-1: the `pdfua` package's rules and the
# structure checks of tests/helpers/pdfua_checks.py (which says what neither can check).
pdfua: $(BIN)/.installed
	$(BIN)/pytest -q tests/pack/test_pdfua.py

# While working: the tests that run in this process, on every core (pytest-xdist). Left out:
# those marked slow (LibreOffice, Chromium, the validators, building the wheel), processes
# (a new coversheet or server process per case) and corpus (the blind boards' scores), which
# `make test` runs. Each property test draws a quarter of its examples here
# (tests/helpers/examples.py); `make test` draws them all. Compiled modules and pytest's
# rewritten tests are cached between runs even where the environment turns caching off
# (PYTHONDONTWRITEBYTECODE): each worker would otherwise compile every module on every run.
test-fast: $(BIN)/.installed
	PYTHONDONTWRITEBYTECODE= COVERSHEET_TEST_EXAMPLES=fast $(BIN)/pytest -q -m "not slow and not processes and not corpus" -n auto

schema: $(BIN)/.installed
	$(BIN)/coversheet schema -o schemas/coversheet.schema.json --force
	$(BIN)/coversheet schema --toml -o schemas/coversheet-toml.schema.json --force
	$(BIN)/coversheet schema --profile-file -o schemas/coversheet-profile.schema.json --force

# The Word papers of examples-profiles/ and the shipped profiles' draft schemas.
examples: $(BIN)/.installed
	$(BIN)/python tools/build_profile_examples.py

# The rules page, written from the rule registry; a test fails when it is stale.
docs: $(BIN)/.installed
	$(BIN)/python tools/build_rules_doc.py

# Data written from the libraries that own it; the tests fail when it is stale.
data: $(BIN)/.installed
	$(BIN)/python tools/build_bank_holidays.py

# The reader on real boards' forms it was not written against (tests/fixtures/blind/): the share
# of each board's truth met under `profile init`'s profile and under the secretary's coversheet.toml.
score-boards: $(BIN)/.installed
	$(BIN)/python tools/score_boards.py

clean:
	rm -rf $(VENV) out build *.egg-info .pytest_cache test-artifacts .node

bench: $(BIN)/.installed
	cd benchmarks && ../$(BIN)/python run.py
	$(BIN)/python benchmarks/pack_bench.py
	$(BIN)/python benchmarks/serve_bench.py
