"""A Redis for the tests of shared limits: the one at 127.0.0.1:6379 when it answers (``.ci/run`` starts
Debian's ``redis-server`` there), else a throwaway ``redis-server`` on a free loopback port; the tests that need
one are skipped only where neither is possible."""

from __future__ import annotations

import secrets
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest
import redis

from tests.live_server import free_port

DEFAULT = "redis://127.0.0.1:6379/0"


def answers(url: str) -> bool:
    try:
        with redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5) as client:
            return bool(client.ping())
    except redis.RedisError:
        return False


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    if answers(DEFAULT):
        yield DEFAULT
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("no Redis answers at 127.0.0.1:6379 and redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        for _ in range(50):
            if answers(url):
                break
            time.sleep(0.1)
        else:
            pytest.skip("redis-server did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    """A prefix of this test's own, its keys deleted afterwards, so runs never share counts."""
    prefix = f"screener-test-{secrets.token_hex(6)}"
    yield prefix
    with redis.Redis.from_url(redis_url) as client:
        for key in client.scan_iter(f"*{prefix}*"):
            client.delete(key)
