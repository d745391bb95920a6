"""The container image's command starts the app (no container engine runs here, so the command is run directly)."""

from __future__ import annotations

import json
import os
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


def _image_command() -> str:
    """The image's command: uvicorn through ``sh -c``, so that it reads SCREENER_FORWARDED_ALLOW_IPS."""
    command = json.loads(re.search(r"^CMD (\[.*\])$", DOCKERFILE, re.M).group(1))  # type: ignore[union-attr]
    assert command[:2] == ["sh", "-c"]
    assert command[2].startswith("exec uvicorn app.main:app ")
    return str(command[2])


def test_the_image_command_starts_the_app_and_answers_its_health_check():
    script = _image_command()
    port = free_port()
    # The image listens on every interface of its container; here the same command listens on loopback only.
    script = script.replace("--host 0.0.0.0", "--host 127.0.0.1").replace("--port 8000", f"--port {port}")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    process = subprocess.Popen(  # the image's own command, on loopback
        ["sh", "-c", script], cwd=Path(ROOT), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        health = wait_until_answers(f"http://127.0.0.1:{port}", "/healthz")
        assert health.status_code == 200
        assert health.json()["status"] == "ok"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_image_and_serve_sh_trust_proxy_headers_only_from_the_setting():
    serve_sh = (ROOT / "scripts" / "serve.sh").read_text(encoding="utf-8")
    for launcher in (_image_command(), serve_sh):
        assert "--proxy-headers" not in launcher
        assert re.search(r'--forwarded-allow-ips "\$\{?SCREENER_FORWARDED_ALLOW_IPS(:-)?\}?"', launcher), launcher
    assert re.search(r'^\s*SCREENER_FORWARDED_ALLOW_IPS=""', DOCKERFILE, re.M)
