"""Measure the screener: the engine in-process, the service under load, and the pages' weight.

``bash bench/run.sh`` (or ``python -m bench.run``). The load generator is wrk (Debian's package),
run on 127.0.0.1 against uvicorn started here; every figure is printed as a table and written to
``bench/results/latest.json``.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import httpx

from tests.live_server import serve

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "latest.json"
TARGETS = {
    "screening_vs_health_ratio_min": 0.70,
    "twenty_charges_ms_max": 2.0,
    "load_all_modules_s_max": 1.0,
    "page_kb_max": 30.0,
}
THREE_CHARGES = {
    "jurisdiction": "NY",
    "as_of": "2026-11-25",
    "person": {"pending_case": "no", "under_sentence": "no"},
    "charges": [
        {"category": "prostitution", "offense": "ny-pl-230.00", "disposition": "conviction",
         "disposition_date": "2014-06-10", "sentence_completed_date": "2014-06-10", "trafficking_nexus": "yes"},
        {"category": "loitering_for_prostitution", "disposition": "conviction", "disposition_date": "2016-03-01"},
        {"category": "quality_of_life", "level": "violation", "disposition": "dismissal"},
    ],
}  # fmt: skip


def _median_ms(work: Any, runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def engine() -> dict[str, float]:
    load = []
    for _ in range(5):
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                "import time; t = time.perf_counter(); import rules; rules.jurisdictions(); "
                "print(time.perf_counter() - t)",
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        load.append(float(out.stdout))
    import rules
    from rules import Answer, Category, Charge, Disposition, Facts, Level, Person

    categories = [
        Category.PROSTITUTION,
        Category.SOLICITATION,
        Category.LOITERING_FOR_PROSTITUTION,
        Category.QUALITY_OF_LIFE,
        Category.PROMOTING,
    ]

    def charge(i: int) -> Charge:
        return Charge(
            categories[i % 5],
            Disposition.CONVICTION if i % 3 else Disposition.DISMISSAL,
            level=Level.MISDEMEANOR if i % 4 else Level.FELONY,
            disposition_date=date(2008 + i % 15, 6, 10),
            sentence_completed_date=date(2008 + i % 15, 9, 1),
            trafficking_nexus=list(Answer)[i % 3],
        )

    one = Facts("NY", date(2026, 11, 25), (charge(1),), Person())
    twenty = Facts("NY", date(2026, 11, 25), tuple(charge(i) for i in range(20)), Person())
    ny = rules.jurisdictions()["NY"]
    worst = max(
        (_median_ms(lambda j=j: rules.screen_in(Facts(j.code, twenty.as_of, twenty.charges), j), 60), code)
        for code, j in rules.jurisdictions().items()
    )
    return {
        "load_all_modules_s": statistics.median(load),
        "one_charge_ms": _median_ms(lambda: rules.screen_in(one, ny), 3000),
        "twenty_charges_ms": _median_ms(lambda: rules.screen_in(twenty, ny), 500),
        "twenty_charges_worst_state_ms": worst[0],
        "twenty_charges_worst_state": worst[1],  # type: ignore[dict-item]
    }


def papers() -> dict[str, float]:
    """Drafted papers, in memory: one paper (PDF + DOCX in a ZIP) through the API's path, and the clinic's ZIP for
    an intake of 20 eligible charges (screening, drafting and drawing 20 papers)."""
    from datetime import datetime

    import rules
    from app.api.schemas import ScreeningRequest
    from app.api.screening_io import facts_from
    from app.clinic import papers as clinic_papers
    from app.clinic.charges import StoredCharge
    from app.clinic.forms import ClientDetails
    from app.clinic.intakes import ChargeView, IntakeView
    from app.clinic.models import Intake
    from app.papers import bundle, drafting
    from rules import Answer, Category, Disposition
    from rules.papers import PaperDetails

    request = ScreeningRequest.model_validate(THREE_CHARGES)
    details = PaperDetails("Ana Núñez", "Criminal Court of the City of New York", "Kings", "2014KN012345")

    def one_paper() -> bytes:
        facts, jurisdiction = facts_from(request, date(2026, 11, 25))
        screening = rules.screen_in(facts, jurisdiction)
        wanted = drafting.PaperRequest(0, "ny-vacatur-trafficking", details)
        paper = drafting.draft(screening, facts, wanted, "en", date(2026, 11, 25))
        return bundle.packed(paper, bundle.PaperFormat.ZIP)[0]

    charges = [
        ChargeView(
            StoredCharge(
                id=i, intake_id=1, jurisdiction="NY", category=Category.PROSTITUTION,
                disposition=Disposition.CONVICTION, level=rules.Level.MISDEMEANOR, created_at=datetime(2026, 1, 1),
                county="Kings", offense="ny-pl-230.00", disposition_date=date(2005 + i % 15, 6, 10),
                trafficking_nexus=Answer.YES,
            ),
            f"20{i:02d}KN0001",
        )
        for i in range(20)
    ]  # fmt: skip
    intake = IntakeView(Intake(id=1, org_id=1), ClientDetails(client_name="Ana Núñez"), charges)

    def clinic_zip() -> int:
        made = clinic_papers.for_intake(intake, date(2026, 11, 25))
        if made.count != 20:
            raise RuntimeError(f"expected 20 papers: {made.problems}")
        return made.count

    one_paper()  # fonts and templates load once per process
    return {
        "one_paper_zip_ms": _median_ms(one_paper, 30),
        "clinic_zip_of_20_ms": _median_ms(clinic_zip, 5),
        "one_paper_zip_kb": len(one_paper()) / 1024,
    }


def _wrk(url: str, script: Path | None, seconds: int, connections: int) -> dict[str, float]:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if script is not None:
        command[1:1] = ["-s", str(script)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]

    def percentile(label: str) -> float:
        value, unit = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50_ms": percentile("50"),
        "p99_ms": percentile("99"),
        "non_2xx": float(errors.group(1)) if errors else 0.0,
    }


def service(workers: int, seconds: int, connections: int) -> dict[str, Any]:
    # One load generator is one client address: lift the per-address limit so it measures the work.
    with serve(workers=workers, rate_limit_anonymous="1000000000/minute") as base:
        body = json.dumps(THREE_CHARGES)
        check = httpx.post(f"{base}/api/v1/screenings", content=body, headers={"content-type": "application/json"})
        check.raise_for_status()
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
            lua.write(
                'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                f"wrk.body = {json.dumps(body)}\n"
            )
        health = _wrk(f"{base}/livez", None, seconds, connections)
        screening = _wrk(f"{base}/api/v1/screenings", Path(lua.name), seconds, connections)
        os.unlink(lua.name)
    return {
        "workers": workers,
        "connections": connections,
        "seconds": seconds,
        "health": health,
        "screening": screening,
        "ratio": screening["rps"] / health["rps"],
    }


def pages() -> list[dict[str, Any]]:
    from fastapi.testclient import TestClient

    from app.main import app
    from tests.web.flow import NY_2014, Screener

    client = TestClient(app)
    screener = Screener(client).start("NY")
    shown = [("start", client.get("/").content), ("question: what", screener.html.encode())]
    screener.submit(category="prostitution")
    shown.append(("question: outcome", screener.html.encode()))
    screener.submit(disposition="conviction", **{k: v for k, v in NY_2014.items() if k != "offense"})
    if screener.step == "details":
        shown.append(("question: details", screener.html.encode()))
        screener.submit(release_date="2014-06-10")
    shown.append(("question: trafficking", screener.html.encode()))
    screener.submit(trafficking_nexus="yes")
    shown.append(("review", screener.html.encode()))
    screener.submit("continue")
    shown.append(("about you", screener.html.encode()))
    screener.submit(pending_case="no", under_sentence="no")
    shown.append(("results", screener.html.encode()))
    # Every stylesheet and script the pages link to, fetched once.
    linked_by_page = {name: {p.decode() for p in re.findall(rb'(?:href|src)="(/static/[^"]+)"', html)}
                      for name, html in shown}  # fmt: skip
    assets = {path: client.get(path).content for path in set().union(*linked_by_page.values())}
    rows = []
    for name, html in shown:
        linked = linked_by_page[name]
        css_js = sum(len(assets[p]) for p in linked)
        total = len(html) + css_js
        rows.append(
            {
                "page": name,
                "html_bytes": len(html),
                "html_gzip_bytes": len(gzip.compress(html)),
                "css_js_bytes": css_js,
                "css_js_gzip_bytes": sum(len(gzip.compress(assets[p])) for p in linked),
                "total_kb": total / 1024,
                "requests": 1 + len(linked),
            }
        )
    return rows


def main() -> int:
    seconds = int(os.environ.get("BENCH_SECONDS", "8"))
    results: dict[str, Any] = {"date": date.today().isoformat(), "cpus": os.cpu_count(), "targets": TARGETS}
    results["engine"] = engine()
    results["pages"] = pages()
    results["papers"] = papers()
    if subprocess.run(["which", "wrk"], capture_output=True).returncode == 0:  # noqa: S607
        results["service"] = [service(1, seconds, 32), service(2, seconds, 32)]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2))
    print_table(results)
    return 0


def print_table(results: dict[str, Any]) -> None:
    e = results["engine"]
    print("\nEngine (in-process, median)")
    print(f"  load all 51 modules        {e['load_all_modules_s'] * 1000:8.1f} ms   (target < 1000 ms)")
    print(f"  screen 1 charge (NY)       {e['one_charge_ms']:8.3f} ms")
    print(f"  screen 20 charges (NY)     {e['twenty_charges_ms']:8.3f} ms   (target < 2 ms)")
    print(
        f"  20 charges, slowest state  {e['twenty_charges_worst_state_ms']:8.3f} ms   ({e['twenty_charges_worst_state']})"
    )
    p = results["papers"]
    print("\nDrafted papers (in memory, median)")
    print(f"  one paper, PDF + DOCX ZIP  {p['one_paper_zip_ms']:8.1f} ms   ({p['one_paper_zip_kb']:.0f} KB)")
    print(f"  clinic ZIP of 20 papers    {p['clinic_zip_of_20_ms']:8.1f} ms")
    for run in results.get("service", []):
        h, s = run["health"], run["screening"]
        print(f"\nService, {run['workers']} worker(s), wrk -t2 -c{run['connections']} -d{run['seconds']}s on 127.0.0.1")
        print(
            f"  GET /livez                 {h['rps']:8.0f} req/s   p50 {h['p50_ms']:6.2f} ms   p99 {h['p99_ms']:6.2f} ms"
        )
        print(
            f"  POST /api/v1/screenings    {s['rps']:8.0f} req/s   p50 {s['p50_ms']:6.2f} ms   p99 {s['p99_ms']:6.2f} ms"
        )
        print(
            f"  screening / health         {run['ratio']:8.2f}         (target >= 0.70)   non-2xx: {s['non_2xx']:.0f}"
        )
    print("\nPages of the self-screening flow (HTML + the CSS and JS it loads)")
    print(f"  {'page':24} {'HTML':>8} {'HTML gz':>8} {'CSS+JS':>8} {'total':>8} {'requests':>9}")
    for row in results["pages"]:
        print(
            f"  {row['page']:24} {row['html_bytes']:8d} {row['html_gzip_bytes']:8d} {row['css_js_bytes']:8d} "
            f"{row['total_kb']:6.1f}KB {row['requests']:9d}"
        )
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    raise SystemExit(main())
