#!/usr/bin/env bash
# Creates .venv (Python 3.11+) and installs the project with the given extras, e.g. "dev".
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
spec="."
[ -n "$extras" ] && spec=".[$extras]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
.venv/bin/python -m app.i18n compile >/dev/null
# Compiled copies of the modules bulk screening spends its time in (needs a C compiler; about two minutes the
# first time, a moment after). Without them `screener bulk` runs the same code as plain Python, more slowly.
# SCREENER_COMPILED=0 skips them (scripts/serve.sh does: the web service does not use them).
if [ "${SCREENER_COMPILED:-1}" != "0" ]; then
  .venv/bin/python -m app.bulk.compiled build || true
fi
