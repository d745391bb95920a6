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


@contextmanager
def serve(port: int | None = None, **settings: str) -> Iterator[LiveServer]:
    """Start uvicorn with the given SCREENER_* settings and yield its base URL; stop it afterwards."""
    port = port or free_port()
    env = {**os.environ, "SCREENER_LOG_LEVEL": "WARNING", **{f"SCREENER_{k.upper()}": v for k, v in settings.items()}}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = LiveServer(f"http://127.0.0.1:{port}")
    url.pid = process.pid
    try:
        for _ in range(150):
            try:
                if httpx.get(f"{url}/livez", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise RuntimeError("the app did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
