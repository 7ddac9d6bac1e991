# Samspel63: `make run` sets everything up and serves the site; `make test` checks it.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
PORT ?= 8000

.PHONY: run test install migrate demo messages lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

messages: install
	$(MANAGE) compilemessages --ignore=.venv -v 0

migrate: messages
	$(MANAGE) migrate --noinput -v 0

demo: migrate
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_admin

run: demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# pytest: two workers, one per core; a module stays on one worker so its shared fixtures are built once.
# The concurrency races run apart: a transactional test leaves its database flushed behind it.
test: messages
	$(BIN)/ruff check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest -n 2 --dist loadfile --create-db
	$(BIN)/pytest -m concurrency --create-db

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles test-artifacts

# Browser journeys and WCAG audits: Debian's Chromium driven by Playwright, axe-core from npm.
# They need PostgreSQL (the site runs in a thread of the test process against a committed database).
E2E_DATABASE_URL ?= $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/samspel63)
.PHONY: e2e
e2e: messages
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)
	npm ci --no-audit --no-fund --loglevel=error
	DATABASE_URL=$(E2E_DATABASE_URL) $(BIN)/pytest tests/e2e -m browser
