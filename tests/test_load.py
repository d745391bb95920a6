"""A bounded load test on loopback: many concurrent clients on every API endpoint and the form flow.

Zero errors, and the server's memory does not keep growing: after a warm-up round, a round several
times longer adds no more than a small, fixed allowance.
"""

from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.live_server import serve

CLIENTS = 24
NY_CHARGE = {
    "category": "prostitution",
    "offense": "ny-pl-230.00",
    "disposition": "conviction",
    "disposition_date": "2014-06-10",
    "sentence_completed_date": "2014-06-10",
    "trafficking_nexus": "yes",
}
TOKEN = re.compile(r'name="state" value="([^"]+)"')


def resident_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))  # type: ignore[union-attr]


async def one_visit(client: httpx.AsyncClient, n: int) -> list[int]:
    """One visitor: the reading endpoints, a screening, and the questionnaire from start to results."""
    code = ("NY", "CA", "WA", "TX", "IL")[n % 5]
    statuses = [
        (await client.get("/api/v1/jurisdictions")).status_code,
        (await client.get(f"/api/v1/jurisdictions/{code}")).status_code,
        (await client.get(f"/api/v1/jurisdictions/{code}/questions")).status_code,
        (await client.get("/api/v1/changes", params={"since": "2024-01-01"})).status_code,
        (
            await client.post("/api/v1/screenings", json={"jurisdiction": "NY", "charges": [NY_CHARGE] * (1 + n % 3)})
        ).status_code,
    ]
    page = await client.post("/screen", data={"action": "start", "jurisdiction": "NY", "language": "en"})
    statuses.append(page.status_code)
    for step, fields in (
        ("about", {"category": "prostitution"}),
        ("outcome", {"disposition": "conviction", "disposition_date": "2014-06-10"}),
        ("nexus", {"trafficking_nexus": "unsure"}),
        ("review", {"action": "continue"}),
        ("person", {"pending_case": "no"}),
    ):
        token = TOKEN.search(page.text).group(1)  # type: ignore[union-attr]
        page = await client.post("/screen", data={"state": token, "step": step, "action": "next", **fields})
        statuses.append(page.status_code)
    assert "Your results" in page.text
    return statuses


async def round_of(url: str, visits: int) -> list[int]:
    limits = httpx.Limits(max_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        queue = iter(range(visits))
        results: list[int] = []

        async def worker() -> None:
            for n in queue:
                results.extend(await one_visit(client, n))

        await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(CLIENTS))), timeout=240)
    return results


def run_round(url: str, visits: int) -> list[int]:
    """In a thread of its own: the browser tests' driver may hold an event loop in the main thread."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, round_of(url, visits)).result()


def test_concurrent_clients_get_no_errors_and_memory_stays_flat():
    with serve(rate_limit_anonymous="1000000/minute") as url:
        warm = run_round(url, 60)
        before = resident_kib(url.pid)
        loaded = run_round(url, 240)
        after = resident_kib(url.pid)
    statuses = warm + loaded
    assert len(statuses) == 300 * 11
    assert set(statuses) == {200}
    assert after - before < 24 * 1024, f"resident memory grew by {(after - before) // 1024} MB"
