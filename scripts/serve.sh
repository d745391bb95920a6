#!/usr/bin/env bash
# Installs everything and serves the screener at http://127.0.0.1:8000 (SQLite by default).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/uvicorn app.main:app --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}" --proxy-headers
