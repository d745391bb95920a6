#!/usr/bin/env bash
# Installs everything and runs every check: lint, format, types, translations, and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
# The accessibility engine the browser tests inject (pinned in package-lock.json).
if command -v npm >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --silent
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
# Every message has a Spanish translation (Chinese and Korean: the pages and shared texts),
# and no translation drops or renames a placeholder.
.venv/bin/python -m app.i18n check
.venv/bin/python -m pytest "$@"
