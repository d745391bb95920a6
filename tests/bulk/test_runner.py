"""A run end to end: the three output formats agree, XLSX reads like CSV, --limit and --only-jurisdiction, a
person's charges screened together, and the process pool and a Dask cluster write exactly what one process does."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from openpyxl import Workbook

from app.bulk.runner import run
from bench.bulk import generate
from tests.bulk.conftest import options, read_csv, write_csv


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("bulk") / "synthetic.csv"
    generate(source, 1200, seed=7)
    return source


def test_csv_json_lines_and_parquet_hold_the_same_results(synthetic: Path, tmp_path: Path) -> None:
    for output in ("csv", "jsonl", "parquet"):
        run(synthetic, tmp_path / output, options(output=output))
    as_csv = read_csv(tmp_path / "csv" / "charges.csv")
    as_jsonl = [json.loads(line) for line in (tmp_path / "jsonl" / "charges.jsonl").read_text().splitlines()]
    as_parquet = pq.read_table(tmp_path / "parquet" / "charges.parquet").to_pylist()
    assert len(as_csv) == len(as_jsonl) == len(as_parquet) == 1200
    for a, b, c in zip(as_csv, as_jsonl, as_parquet, strict=True):
        assert int(a["line"]) == b["line"] == c["line"]
        assert a["best_remedy"] == b["best_remedy"] == c["best_remedy"]
        assert a["best_status"] == b["best_status"] == c["best_status"]
        assert a["best_eligible_on"] == (b["best_eligible_on"] or "") == (c["best_eligible_on"] or "").__str__()
        assert json.loads(a["remedies"]) == b["remedies"]
        assert [r["id"] for r in c["remedies"]] == [r["id"] for r in b["remedies"]]
    persons = pq.read_table(tmp_path / "parquet" / "persons.parquet").to_pylist()
    assert [p["person_id"] for p in persons] == [p["person_id"] for p in read_csv(tmp_path / "csv" / "persons.csv")]
    summary = pq.read_table(tmp_path / "parquet" / "summary.parquet").to_pylist()
    assert sum(row["charges"] for row in summary) == 1200


def test_a_workbook_reads_like_the_same_rows_in_csv(tmp_path: Path) -> None:
    header = ["person_id", "jurisdiction", "category", "disposition", "disposition_date", "trafficking_nexus"]
    rows = [["A1", "NY", "prostitution", "conviction", "2014-06-10", "yes"],
            ["B2", "CA", "loitering_for_prostitution", "dismissal", "2019-02-01", ""]]  # fmt: skip
    write_csv(tmp_path / "in.csv", header, rows)
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    from datetime import datetime

    for r in rows:  # a spreadsheet holds real dates, not text
        sheet.append([*r[:4], datetime.fromisoformat(r[4]), r[5] or None])
    book.save(tmp_path / "in.xlsx")
    run(tmp_path / "in.csv", tmp_path / "from-csv", options())
    run(tmp_path / "in.xlsx", tmp_path / "from-xlsx", options())
    assert (tmp_path / "from-csv" / "charges.csv").read_bytes() == (tmp_path / "from-xlsx" / "charges.csv").read_bytes()


def test_limit_reads_only_the_first_rows_and_only_jurisdiction_skips_and_counts_the_rest(
    synthetic: Path, tmp_path: Path
) -> None:
    tally = run(synthetic, tmp_path / "limited", options(limit=100))
    assert tally.rows == 100
    assert len(read_csv(tmp_path / "limited" / "charges.csv")) == 100
    tally = run(synthetic, tmp_path / "ny", options(only_jurisdiction="NY"))
    charges = read_csv(tmp_path / "ny" / "charges.csv")
    assert charges
    assert {c["jurisdiction"] for c in charges} == {"NY"}
    assert tally.skipped == 1200 - len(charges) > 0
    summary = json.loads((tmp_path / "ny" / "summary.json").read_text())
    assert summary["rows"]["skipped"] == tally.skipped


def test_a_persons_answers_on_one_row_count_for_all_their_charges_and_questions_name_columns(tmp_path: Path) -> None:
    header = ["person_id", "jurisdiction", "category", "disposition", "disposition_date", "pending_case"]
    rows = [["A", "NY", "prostitution", "conviction", "2014-06-10", "no"],
            ["A", "NY", "prostitution", "conviction", "2015-06-10", ""],
            ["B", "NY", "prostitution", "conviction", "2015-06-10", ""]]  # fmt: skip
    run(write_csv(tmp_path / "in.csv", header, rows), tmp_path / "out", options())
    charges = read_csv(tmp_path / "out" / "charges.csv")
    questions = [{q for r in json.loads(c["remedies"]) for q in r["open_questions"]} for c in charges]
    assert "pending_case" not in questions[0] | questions[1]
    assert "pending_case" in questions[2]
    assert "trafficking_nexus" in questions[0]  # this charge's own column, not a request path
    persons = read_csv(tmp_path / "out" / "persons.csv")
    assert [(p["person_id"], p["charges"]) for p in persons] == [("A", "2"), ("B", "1")]


def test_the_process_pool_writes_exactly_what_one_process_writes(synthetic: Path, tmp_path: Path) -> None:
    run(synthetic, tmp_path / "one", options(workers=0, chunk_rows=100))
    run(synthetic, tmp_path / "pool", options(workers=2, chunk_rows=100))
    for name in ("charges.csv", "persons.csv", "errors.csv", "summary.csv", "summary.json"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "pool" / name).read_bytes(), name


def test_a_dask_cluster_writes_exactly_what_the_local_run_writes(synthetic: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    run(synthetic, tmp_path / "local", options(workers=0, chunk_rows=200))
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        tally = run(synthetic, tmp_path / "dask", options(dask=cluster.scheduler_address, chunk_rows=200))
    assert tally.rows == 1200
    for name in ("charges.csv", "persons.csv", "errors.csv", "summary.csv", "summary.json"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
