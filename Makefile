# 信访智能受理助手 — `make run` to start everything, `make test` for the whole suite, `make help` for more.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PY := .venv/bin/python
CLI := $(PY) -m bot
VENV_STAMP := .venv/.requirements.stamp
NODE_STAMP := node_modules/.package-lock.stamp
USERDICT := build/jieba/userdict.txt
LEXICON := $(wildcard data/lexicon/terms.txt)
GAZETTEER_SRC := $(wildcard bot/gazetteer/*.py)
PYTEST_FAST := $(wildcard tests/unit tests/actions)
PYTEST_INTEGRATION := tests/integration
WIDGET_JS := build/widget/widget.js
WIDGET_SRC := $(wildcard bot/web/widget/*.js bot/web/widget/*.css)

.PHONY: help lock install env lexicon widget train run test test-fast test-integration test-dates lint format shell clean bench cluster cluster-stop soak

help: ## show this help
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(VENV_STAMP): requirements.lock
	@scripts/install_venv.sh
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "npm not found: install Node.js (with npm) for the gazetteer data, then run make again." >&2; exit 1; }
	npm ci --no-audit --no-fund
	@touch $@

lock: ## recompile requirements.lock (all transitive pins with hashes) from requirements.txt
	$(PY) -m uv pip compile requirements.txt --generate-hashes --python-version 3.10 \
		--python-platform x86_64-manylinux_2_17 --no-header --quiet -o requirements.lock

install: $(VENV_STAMP) $(NODE_STAMP) $(WIDGET_JS) ## create .venv (Python 3.10), install Python and npm packages, build the widget

$(WIDGET_JS): $(WIDGET_SRC) $(NODE_STAMP)
	@mkdir -p $(dir $@)
	node_modules/.bin/esbuild bot/web/widget/index.js --bundle --minify --format=iife --target=es2019 \
		--loader:.css=text --log-level=warning --outfile=$@

widget: $(WIDGET_JS) ## build the website chat widget (build/widget/widget.js, socket.io-client bundled)

env: $(VENV_STAMP) ## create .env from .env.example with fresh secrets (keeps an existing one)
	@$(CLI) init-env

$(USERDICT): $(LEXICON) $(GAZETTEER_SRC) $(NODE_STAMP) $(VENV_STAMP)
	@mkdir -p $(dir $@)
	$(PY) -m bot.gazetteer userdict $@

lexicon: $(USERDICT) ## build the jieba user dictionary from the gazetteer and data/lexicon

train: install lexicon ## train the model if domain, data, config or the dictionary changed
	@$(CLI) train

run: env train ## set up, train if needed, create the database and start all servers
	@$(CLI) run

shell: env train ## chat with the bot in this terminal (rasa shell + action server)
	@$(CLI) shell

lint: $(VENV_STAMP) ## ruff check and format check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(VENV_STAMP) ## fix lint and format the code
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

test-fast: lexicon ## the pure and action tests only, without the few that train a model (the inner loop)
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow" $(PYTEST_FAST)

test-integration: lexicon ## PostgreSQL, subprocesses and servers on loopback ports (no trained model needed)
	$(PY) -m pytest -q -p no:cacheprovider $(PYTEST_INTEGRATION)

test-dates: lexicon ## the tests that read relative times, run as if today were a few other days
	@for day in 2027-01-03 2027-03-01 2028-02-29 2026-12-31; do \
		echo "TEST_TODAY=$$day"; TEST_TODAY=$$day $(PY) -m pytest -q -p no:cacheprovider -m dates $(PYTEST_FAST) || exit 1; \
	done

test: lint lexicon $(WIDGET_JS) ## the whole suite: lint, unit and integration tests, data validation, training, story tests, e2e, browser
	$(PY) -m pytest $(PYTEST_FAST)
	$(PY) -m pytest $(PYTEST_INTEGRATION)
	$(MAKE) --no-print-directory test-dates
	$(CLI) rasa data validate
	$(CLI) train
	$(CLI) rasa test core --stories tests/test_stories.yml --fail-on-prediction-errors \
		--model models --endpoints endpoints.yml --out results/core
	$(PY) -m pytest tests/e2e
	$(PY) -m pytest tests/browser

bench: lexicon ## measure category, places and intents (minutes; not in make test), write docs/benchmarks.md
	$(PY) -m bench

cluster: env train ## production shape here: PostgreSQL, Redis, 2 Rasa + 2 action servers, web app, HAProxy on :5005/:8000
	@scripts/cluster.sh

cluster-stop: ## stop everything make cluster started
	@scripts/cluster_stop.sh

soak: ## faults while 100 citizens file (kill -9 Rasa, restart actions, PostgreSQL, Redis) on a cluster (~6 min)
	$(PY) -m bench.cluster.soak --long

clean: ## remove generated files (models, build, results, caches); keeps .venv, node_modules, .env, var/
	rm -rf models build results .rasa .pytest_cache .ruff_cache
	find . -path ./.venv -prune -o -path ./node_modules -prune -o -name __pycache__ -type d -print -exec rm -rf {} +
