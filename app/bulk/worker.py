"""What a process of a bulk run's pool imports when it starts, where the run loads compiled modules: the
finder first (``app.bulk.compiled``), then the screening, so the worker's rules are the compiled copies too."""

from __future__ import annotations

from app.bulk import compiled

compiled.install()

import app.bulk.screening  # noqa: E402, F401  (after the finder, on purpose)
