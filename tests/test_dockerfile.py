"""The container image's command starts the app (no container engine runs here, so the command is run directly)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.live_server import ROOT, free_port, wait_until_answers

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def test_the_image_copies_everything_the_app_reads():
    for needed in ("rules", "app", "templates", "static", "alembic.ini", "migrations", "pyproject.toml"):
        assert re.search(rf"^COPY {re.escape(needed)}\b", DOCKERFILE, re.M), needed
    assert "python -m app.i18n compile" in DOCKERFILE
    assert re.search(r"^USER (?!root)", DOCKERFILE, re.M)


def test_the_image_command_starts_the_app_and_answers_its_health_check():
    command = json.loads(re.search(r"^CMD (\[.*\])$", DOCKERFILE, re.M).group(1))  # type: ignore[union-attr]
    assert command[:2] == ["uvicorn", "app.main:app"]
    port = free_port()
    # The image listens on every interface of its container; here the same command listens on loopback only.
    on_loopback = {command[command.index("--host") + 1]: "127.0.0.1", command[command.index("--port") + 1]: str(port)}
    args = [on_loopback.get(a, a) for a in command]
    process = subprocess.Popen(  # the image's own command, on loopback
        [sys.executable, "-m", *args], cwd=Path(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        health = wait_until_answers(f"http://127.0.0.1:{port}", "/healthz")
        assert health.status_code == 200
        assert health.json()["status"] == "ok"
    finally:
        process.terminate()
        process.wait(timeout=10)
