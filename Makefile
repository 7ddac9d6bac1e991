# Samspel63: `make run` sets everything up and serves the site; `make test` checks it.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
PORT ?= 8000

.PHONY: run test install migrate demo messages lint clean bench fuzz

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

# The hypothesis tests (marker fuzz) send 1,000 hostile inputs per form and parameter with `make fuzz`
# (about 25 minutes on two cores); `make test` runs the same tests with fewer examples to stay in CI time.
FUZZ_EXAMPLES_CI ?= 40

# pytest: two workers, one per core; a module stays on one worker so its shared fixtures are built once.
# The concurrency races run apart: a transactional test leaves its database flushed behind it.
test: messages
	$(BIN)/ruff check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES_CI) $(BIN)/pytest -n 2 --dist loadfile --create-db -m "not browser and not concurrency"
	$(BIN)/pytest -m concurrency --create-db

# On the local PostgreSQL by default, as production and CI run; FUZZ_DATABASE_URL=sqlite:///db.sqlite3 for
# the first-run default (the test database is then in memory).
FUZZ_DATABASE_URL ?= $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/samspel63)
fuzz: messages
	DATABASE_URL=$(FUZZ_DATABASE_URL) $(BIN)/pytest -n 2 --create-db -m fuzz

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

# The benchmark (docs/performance.md): seeds its own database once, serves it with production
# settings under gunicorn (one worker per core, Redis as the cache) and loads it with wrk.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/samspel_benchsite
bench: messages
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
	DJANGO_SETTINGS_MODULE=cms.settings.bench DATABASE_URL=$(BENCH_DATABASE_URL) \
	SECRET_KEY=benchmark-only-$$(hostname)-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz \
	ALLOWED_HOSTS=localhost,127.0.0.1 REDIS_URL=$${BENCH_REDIS_URL:-redis://127.0.0.1:6379/13} \
	CACHE_KEY_PREFIX=samspel-bench MEDIA_ROOT=$(CURDIR)/test-artifacts/bench/media \
	PRIVATE_MEDIA_ROOT=$(CURDIR)/test-artifacts/bench/private-media \
	$(BIN)/python scripts/bench/run.py
