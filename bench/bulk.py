"""Measure bulk screening: a synthetic export of 1,000,000 charges across all 51 jurisdictions, screened with
one worker and with two.

``python -m bench.bulk`` (``--rows N`` for a smaller file, ``--generate-only FILE`` to write one and stop).
Reports charges per second per core, the peak memory of every process of the run (main and workers, RSS
summed, sampled every 250 ms), the CPU time they used and the speed-up from one worker to two; writes ``bench/results/bulk.json``.

The people are invented: random ids, random dates. The spread aims at what a court export holds (mostly
misdemeanour prostitution and loitering charges, half convictions, dates over three decades, answers often
missing), and it is drawn fresh for every row, so no cache sees the same charge twice on purpose.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "bulk.json"
AS_OF = date(2026, 12, 1)
TARGETS = {"charges_per_second_per_core_min": 20_000, "peak_mb_max": 300, "speed_up_1_to_2_min": 1.8}
SAMPLE_EVERY = 0.25  # seconds between memory and CPU samples (sampling every process costs CPU itself)
COLUMNS = (
    "person_id", "case_id", "jurisdiction", "category", "offense", "level", "disposition", "offense_date",
    "disposition_date", "sentence_completed_date", "release_date", "trafficking_nexus", "pending_case",
    "under_sentence", "birth_date",
)  # fmt: skip
# Rough weights by population, so big states have more rows; every jurisdiction appears.
WEIGHTS = {
    "CA": 39, "TX": 30, "FL": 22, "NY": 20, "PA": 13, "IL": 13, "OH": 12, "GA": 11, "NC": 11, "MI": 10,
    "NJ": 9, "VA": 9, "WA": 8, "AZ": 7, "TN": 7, "MA": 7, "IN": 7, "MD": 6, "MO": 6, "WI": 6, "CO": 6,
    "MN": 6, "SC": 5, "AL": 5, "LA": 5, "KY": 5, "OR": 4, "OK": 4, "CT": 4, "UT": 3, "IA": 3, "NV": 3,
    "AR": 3, "MS": 3, "KS": 3, "NM": 2, "NE": 2, "ID": 2, "WV": 2, "HI": 1, "NH": 1, "ME": 1, "RI": 1,
    "MT": 1, "DE": 1, "SD": 1, "ND": 1, "AK": 1, "DC": 1, "VT": 1, "WY": 1,
}  # fmt: skip
CATEGORIES = {"prostitution": 40, "solicitation": 20, "loitering_for_prostitution": 15, "quality_of_life": 12,
              "promoting": 5, "unlicensed_massage": 3, "lewdness": 3, "other": 2}  # fmt: skip
DISPOSITIONS = {"conviction": 50, "dismissal": 25, "diversion_completed": 10, "no_charges": 5, "pending": 4,
                "acquittal": 3, "unknown": 3}  # fmt: skip
ANSWERS = {"": 55, "no": 30, "yes": 15}


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def generate(path: Path, rows: int, seed: int = 2026) -> None:
    """Writes ``rows`` charges in the default layout, a person's charges on adjacent rows."""
    import rules

    rng = random.Random(seed)  # noqa: S311 (synthetic data, not secrets)
    offenses: dict[tuple[str, str], list[Any]] = {}
    for code, jurisdiction in rules.jurisdictions().items():
        for listed in jurisdiction.offenses:
            offenses.setdefault((code, listed.category.value), []).append(listed)
    codes, code_weights = list(WEIGHTS), list(WEIGHTS.values())
    start = date(1995, 1, 1).toordinal()
    span = AS_OF.toordinal() - start
    written = 0
    person = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(COLUMNS)
        while written < rows:
            person += 1
            person_id = f"P{person:07d}"
            home = rng.choices(codes, weights=code_weights)[0]
            charges = min(1 + int(rng.expovariate(0.6)), 12, rows - written)
            first = start + rng.randrange(span)
            birth = date.fromordinal(first - rng.randrange(18 * 365, 50 * 365)) if rng.random() < 0.8 else None
            pending, under = _pick(rng, ANSWERS), _pick(rng, ANSWERS)
            case = 0
            for n in range(charges):
                if n == 0 or rng.random() < 0.6:
                    case += 1
                    offense_day = date.fromordinal(min(first + rng.randrange(0, 3000) * (n > 0), AS_OF.toordinal()))
                code = home if rng.random() < 0.92 else rng.choices(codes, weights=code_weights)[0]
                category = _pick(rng, CATEGORIES)
                known = offenses.get((code, category), [])
                offense = rng.choice(known) if known and rng.random() < 0.5 else None
                level = "" if offense else rng.choices(["misdemeanor", "felony", "violation", ""], [70, 8, 10, 12])[0]
                if category == "promoting" and level:
                    level = "felony"
                disposition = _pick(rng, DISPOSITIONS)
                ended = disposition not in ("pending", "unknown") and rng.random() < 0.9
                disposed = min(offense_day + timedelta(days=rng.randrange(0, 400)), AS_OF) if ended else None
                completed = released = None
                if disposition == "conviction" and disposed and rng.random() < 0.7:
                    completed = min(disposed + timedelta(days=rng.randrange(0, 1100)), AS_OF)
                    if rng.random() < 0.2:
                        released = min(disposed + timedelta(days=rng.randrange(0, 90)), completed)
                        released = max(released, offense_day)
                out.writerow(
                    (person_id, f"{code}-{person:07d}-{case}", code, category, offense.id if offense else "", level,
                     disposition, offense_day.isoformat(), disposed.isoformat() if disposed else "",
                     completed.isoformat() if completed else "", released.isoformat() if released else "",
                     _pick(rng, ANSWERS), pending, under, birth.isoformat() if birth else "")
                )  # fmt: skip
                written += 1


class PeakMemory:
    """Samples the summed RSS of a process and all its descendants until stopped, and the CPU time each used
    (user + system, its last reading: a process ending between two samples loses at most 0.25 s)."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak = 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                for process in [self.root, *self.root.children(recursive=True)]:
                    try:
                        total += process.memory_info().rss
                        times = process.cpu_times()
                        self.cpu[process.pid] = times.user + times.system
                    except psutil.NoSuchProcess:
                        continue
            except psutil.NoSuchProcess:
                return
            self.peak = max(self.peak, total)
            self._stop.wait(SAMPLE_EVERY)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def measure(source: Path, workers: int, extra: list[str] | None = None) -> dict[str, Any]:
    """Runs ``screener bulk`` as its own process (as a user would) and measures it from outside."""
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "app.bulk.command", "bulk", str(source), folder, "--as-of", AS_OF.isoformat(),
                   "--workers", str(workers), "--no-progress", *(extra or [])]  # fmt: skip
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)  # noqa: S603
        with PeakMemory(process.pid) as memory:
            out, _ = process.communicate()
        seconds = time.perf_counter() - started
        if process.returncode:
            raise SystemExit(f"screener bulk failed ({process.returncode})")
        summary = json.loads((Path(folder) / "summary.json").read_text())
    rows = summary["rows"]["read"]
    cpu = sum(memory.cpu.values())
    return {
        "workers": workers,
        "rows": rows,
        "screened": summary["rows"]["screened"],
        "errors": summary["rows"]["errors"],
        "seconds": round(seconds, 2),
        "charges_per_second": round(rows / seconds),
        "charges_per_second_per_core": round(rows / seconds / max(workers, 1)),
        # The same work per second of CPU actually used, by every process of the run (reading and writing
        # included): what a core gives when it is not shared, as the benchmark machine's often are.
        "cpu_seconds": round(cpu, 1),
        "charges_per_cpu_second": round(rows / cpu) if cpu else None,
        "load_average": os.getloadavg()[0],
        "peak_mb": round(memory.peak / 2**20, 1),
        "output": out.strip(),
    }


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--rows", type=int, default=1_000_000)
    arguments.add_argument("--generate-only", type=Path, default=None, metavar="FILE")
    args = arguments.parse_args()
    if args.generate_only:
        generate(args.generate_only, args.rows)
        return 0
    from app.bulk import compiled

    ready = compiled.status()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "synthetic.csv"
        started = time.perf_counter()
        generate(source, args.rows)
        print(f"generated {args.rows:,} charges in {time.perf_counter() - started:.1f} s "
              f"({source.stat().st_size / 2**20:.0f} MB)")  # fmt: skip
        one = measure(source, 1)
        two = measure(source, 2)
    results = {
        "date": date.today().isoformat(),
        "cpus": os.cpu_count(),
        # Modules the command loaded compiled (``python -m app.bulk.compiled build``), of those it can.
        "compiled_modules": f"{sum(ready.values())} of {len(ready)}",
        "rows": args.rows,
        "targets": TARGETS,
        "one_worker": one,
        "two_workers": two,
        "speed_up_1_to_2": round(one["seconds"] / two["seconds"], 2),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    for run in (one, two):
        print(f"{run['workers']} worker(s): {run['seconds']:7.1f} s  {run['charges_per_second']:8,} charges/s  "
              f"{run['charges_per_second_per_core']:8,} per core (target >= 20,000)  "
              f"{run['charges_per_cpu_second']:8,} per CPU-second  "
              f"peak {run['peak_mb']:6.1f} MB (target < 300)  load {run['load_average']:.1f}")  # fmt: skip
    print(f"speed-up 1 -> 2 workers: {results['speed_up_1_to_2']:.2f}x   written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
