from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

# The shared test app serves thousands of requests from one address; the limits have their own tests.
os.environ.setdefault("SCREENER_RATE_LIMIT_ANONYMOUS", "1000000/minute")
os.environ.setdefault(
    "SCREENER_API_KEYS_FILE", os.path.join(tempfile.gettempdir(), f"screener-test-keys-{os.getpid()}.json")
)

import pytest
from fastapi.testclient import TestClient

from app.main import app


@pytest.fixture(scope="session")
def client() -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


QUALIFYING = {"eligible", "eligible_later", "automatic"}


def _state_test_files_run(session: pytest.Session) -> bool:
    """True when every jurisdiction's test file ran in full (no -k, -m or file selection)."""
    import rules

    options = session.config.option
    if getattr(options, "keyword", "") or getattr(options, "markexpr", "") or getattr(options, "lf", False):
        return False
    ran = {item.path.name for item in session.items}
    return all(f"test_{code.lower()}.py" in ran for code in rules.jurisdictions())


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Each remedy must have a test where it qualifies and one where it does not."""
    if exitstatus != 0 or not _state_test_files_run(session):
        return
    import rules
    from tests.rules.screening import STATUSES_SEEN

    missing = []
    for jurisdiction in rules.jurisdictions().values():
        for remedy in jurisdiction.remedies:
            seen = {s.value for s in STATUSES_SEEN.get(remedy.id, set())}
            if not seen & QUALIFYING:
                missing.append(f"{remedy.id}: no test where it qualifies")
            if "not_eligible" not in seen:
                missing.append(f"{remedy.id}: no test where it does not qualify")
    if missing:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.line("")
            reporter.write_line("Remedies without both a qualifying and a non-qualifying test:", red=True)
            for line in missing:
                reporter.write_line(f"  {line}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
