# `make run` and `make test` are the two commands of the README; both install what is missing first.
PY := .venv/bin/python
export QTWEBENGINE_CHROMIUM_FLAGS ?= --no-sandbox --disable-gpu

.PHONY: setup run server test lint bench clean

setup:
	@bash scripts/bootstrap.sh

run: setup
	$(PY) main.py $(ARGS)

server: setup
	$(PY) -m server --demo 3000 $(ARGS)

lint: setup
	.venv/bin/ruff check .
	.venv/bin/lint-imports
	.venv/bin/mypy

# Two workers, one per core; a module's tests stay on one worker, so its server starts once.
TEST_WORKERS ?= 2
test: lint
	QT_QPA_PLATFORM=offscreen .venv/bin/pytest -n $(TEST_WORKERS) --dist loadscope $(PYTEST_ARGS)

bench: setup
	@for script in benchmarks/*.py; do echo "== $$script"; $(PY) $$script --quick || exit 1; done

clean:
	rm -rf .venv .pytest_cache build *.egg-info
