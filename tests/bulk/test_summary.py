"""The one-page summary: charts drawn as SVG with the counts of the run, and the same figures as text."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from app.bulk.runner import run
from app.bulk.summary import jurisdiction_chart, kind_chart, status_chart
from bench.bulk import generate
from tests.bulk.conftest import options

SVG = "{http://www.w3.org/2000/svg}"


def test_the_summary_counts_and_charts_agree_with_the_charges(tmp_path: Path) -> None:
    source = tmp_path / "synthetic.csv"
    generate(source, 800, seed=11)
    tally = run(source, tmp_path / "out", options())
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert sum(summary["by_status"].values()) == summary["rows"]["screened"] == 800
    assert sum(row["charges"] for row in summary["table"]) == 800
    for chart in (status_chart(tally), kind_chart(tally), jurisdiction_chart(tally)):
        svg = ET.fromstring(chart)  # noqa: S314 (our own SVG)
        assert svg.get("role") == "img"
        assert svg.find(f"{SVG}title") is not None
        assert svg.findall(f".//{SVG}rect")
    status = ET.fromstring(status_chart(tally))  # noqa: S314 (our own SVG)
    totals = [int(t.text.replace(",", "")) for t in status.findall(f"{SVG}text") if t.text[0].isdigit()]
    assert sorted(totals) == sorted(n for n in summary["by_status"].values() if n)
    page = (tmp_path / "out" / "summary.html").read_text()
    assert "<script" not in page
    assert f"{summary['rows']['read']:,} rows read" in page
    assert f"{tally.persons:,} people" in page
