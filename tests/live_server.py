"""The app served by uvicorn on 127.0.0.1, for tests that need a real server (browser, fuzzer)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer(str):
    """The base URL, knowing the server's process id (for memory readings)."""

    pid: int


def wait_until_answers(url: str, path: str = "/livez", tries: int = 150) -> httpx.Response:
    """Poll a freshly started server until it answers; fail if it never does."""
    for _ in range(tries):
        try:
            return httpx.get(f"{url}{path}", timeout=1)
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answered at {url}{path}")


@contextmanager
def serve(
    port: int | None = None, workers: int = 1, environ: dict[str, str] | None = None, **settings: str
) -> Iterator[LiveServer]:
    """Start uvicorn with the given SCREENER_* settings (over ``environ``, by default this process's environment)
    and yield its base URL; stop it afterwards. Proxy headers are trusted as scripts/serve.sh trusts them: only from
    SCREENER_FORWARDED_ALLOW_IPS (none by default)."""
    port = port or free_port()
    base = dict(os.environ if environ is None else environ)
    env = {**base, "SCREENER_LOG_LEVEL": "WARNING", **{f"SCREENER_{k.upper()}": v for k, v in settings.items()}}
    command = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--workers", str(workers), "--no-access-log"]
    command += ["--forwarded-allow-ips", env.get("SCREENER_FORWARDED_ALLOW_IPS", "")]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = LiveServer(f"http://127.0.0.1:{port}")
    url.pid = process.pid
    try:
        wait_until_answers(url)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
