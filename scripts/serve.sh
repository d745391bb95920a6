#!/usr/bin/env bash
# Installs everything and serves the screener at http://127.0.0.1:8000 (SQLite by default).
set -euo pipefail
cd "$(dirname "$0")/.."
# The web service screens as plain Python: no compiled copies for bulk runs (app/bulk/compiled.py) are built.
SCREENER_COMPILED=0 bash scripts/setup.sh
# X-Forwarded-For / X-Forwarded-Proto are believed only from the proxies in SCREENER_FORWARDED_ALLOW_IPS
# (comma-separated addresses or networks); unset or empty, none, and the connection's peer is the client.
exec .venv/bin/uvicorn app.main:app --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}" \
  --forwarded-allow-ips "${SCREENER_FORWARDED_ALLOW_IPS:-}"
