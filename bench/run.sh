#!/usr/bin/env bash
# The benchmark: installs what it needs (the project, and wrk from Debian), then measures the engine,
# the service and the pages. Prints a table and writes bench/results/latest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is needed for the service benchmark: apt-get install wrk" >&2
  fi
fi
exec .venv/bin/python -m bench.run "$@"
