"""The shortcuts a bulk run takes give what the plain way gives: a row read through the cache of combinations
and dates is the row read carefully, a field quoted by hand is the field csv.writer writes, and a row packed for
its trip to a worker is the same row when it arrives."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date
from pathlib import Path

import pytest

from app.bulk.layout import ColumnMap
from app.bulk.reader import open_table
from app.bulk.rows import ChargeRow, RowParser
from app.bulk.runner import run
from app.bulk.screening import UNIT, _csv_field, _person_line, packed
from bench.bulk import generate
from tests.bulk.conftest import AS_OF, options, read_csv, write_csv


def _spoiled(cells: list[str], rng: random.Random) -> list[str]:
    """A row with one of the faults exports have: an unknown value, a date that is not one or is out of order,
    another state's offense, a level the grade contradicts, an empty key."""
    cells = list(cells)
    fault = rng.randrange(9)
    if fault == 0:
        cells[6] = "guilty"
    elif fault == 1:
        cells[7] = "2014-13-40"
    elif fault == 2:
        cells[2] = "ZZ"
    elif fault == 3:
        cells[4] = "nj-2c-34-1-b-1"
    elif fault == 4:
        cells[0] = "  "
    elif fault == 5:
        cells[8] = "1990-01-01"  # before most offense dates
    elif fault == 6:
        cells[3], cells[4] = "", ""
    elif fault == 7:
        cells[11] = "maybe"
    else:
        cells[7] = "2030-01-01"  # after as_of
    return cells


def test_a_row_read_through_the_caches_is_the_row_read_carefully(tmp_path: Path) -> None:
    source = tmp_path / "synthetic.csv"
    generate(source, 3000, seed=11)
    table = open_table(source)
    rng = random.Random(3)
    rows = [(line, _spoiled(cells, rng) if rng.random() < 0.2 else cells) for line, cells in table.rows]  # type: ignore[misc]
    fast = RowParser(ColumnMap.default(), table.header, AS_OF)
    careful = RowParser(ColumnMap.default(), table.header, AS_OF)
    read = problems = 0
    for _ in range(2):  # the second pass meets every combination and date again, from the caches
        for line, cells in rows:
            quick, slow = fast.parse(line, cells), careful._careful(line, cells)
            assert quick == slow, line
            if isinstance(quick, ChargeRow):
                read += 1
            else:
                problems += 1
    assert read > 4000
    assert problems > 800


@pytest.mark.parametrize(
    "text",
    ["", "plain", "a,b", 'say "yes"', "two\nlines", "carriage\rreturn", " spaced ", "§ 440.10(1)(i)", "汉字, 한글"],
)
def test_a_field_is_quoted_as_csv_writer_quotes_it_and_reads_back(text: str) -> None:
    line = f"x,{_csv_field(text)}\n"
    assert next(csv.reader(io.StringIO(line, newline=""))) == ["x", text]
    if "\r" not in text:  # csv.writer leaves a carriage return bare when lines end in "\n"; it is quoted here
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow(["x", text])
        assert out.getvalue() == line


@pytest.mark.parametrize("person_id", ["P1", "P,2", 'P"3"', "汉字"])
def test_a_person_line_is_the_line_csv_writer_writes(person_id: str) -> None:
    best = [
        "line 2: ny-vacatur-440-10 possibly_eligible",
        "line 3: none",
        "line 4: ny-clean-slate automatic 2027-05-01",
    ]
    for values in (
        (person_id, ["NY", "NJ"], 3, 1, 0, 1, 1, date(2027, 5, 1), best),
        (person_id, ["TX"], 1, 0, 0, 0, 1, None, ["line 9: none"]),
    ):
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow(
            (values[0], "; ".join(values[1]), *values[2:7], values[7].isoformat() if values[7] else "",
             "; ".join(values[8]))
        )  # fmt: skip
        assert _person_line(values) == out.getvalue()


def test_a_row_packed_for_a_worker_arrives_as_it_left() -> None:
    cells = ["P1", "C1", "NY", "prostitution", ""]
    line, joined = packed((5, cells))  # type: ignore[misc]
    assert (line, joined.split(UNIT)) == (5, cells)
    # A cell holding the separator itself travels unpacked.
    awkward = ["P1", f"C{UNIT}1", "NY"]
    assert packed((6, awkward)) == (6, awkward)


def test_a_run_on_worker_processes_writes_what_one_process_writes_even_with_awkward_cells(tmp_path: Path) -> None:
    header = ["person_id", "case_id", "jurisdiction", "category", "disposition", "offense_date"]
    rows = [
        ["P1", "C,1", "NY", "prostitution", "dismissal", "2015-01-02"],
        ["P1", f"C{UNIT}2", "NY", "prostitution", "conviction", "2016-01-02"],
        ["P2", 'C"3"', "CA", "solicitation", "conviction", "2019-04-05"],
        ["P3", "C4", "WA", "loitering_for_prostitution", "guilty", "2019-04-05"],
    ]
    source = write_csv(tmp_path / "in.csv", header, rows)
    run(source, tmp_path / "one", options())
    run(source, tmp_path / "pool", options(workers=2, chunk_rows=1))
    for name in ("charges.csv", "persons.csv", "errors.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "pool" / name).read_bytes()
    assert [c["case_id"] for c in read_csv(tmp_path / "pool" / "charges.csv")] == ["C,1", f"C{UNIT}2", 'C"3"']


def test_a_conviction_in_another_state_named_by_its_offense_counts_with_that_offense_level(tmp_path: Path) -> None:
    """The Massachusetts conviction is named by its offense (ch. 272, § 26, a misdemeanor) and no level: New York's
    clean slate sealing (CPL 160.57) counts it as the misdemeanor it is, as if the level had been given, rather
    than asking for its level."""
    header = ["person_id", "case_id", "jurisdiction", "category", "offense", "level", "disposition", "offense_date",
              "disposition_date", "sentence_completed_date", "pending_case"]  # fmt: skip
    found = []
    for level in ("", "misdemeanor"):
        rows = [
            ["P1", "MA-1", "MA", "prostitution", "ma-gl-272-26", level, "conviction", "2025-01-20", "2025-09-17",
             "2026-11-01", "no"],
            ["P1", "NY-2", "NY", "prostitution", "", "misdemeanor", "conviction", "2026-10-01", "2026-11-20",
             "2026-11-20", "no"],
        ]  # fmt: skip
        run(write_csv(tmp_path / f"in{level}.csv", header, rows), tmp_path / f"out{level}", options())
        new_york = read_csv(tmp_path / f"out{level}" / "charges.csv")[1]
        found.append(next(r for r in json.loads(new_york["remedies"]) if r["id"] == "ny-clean-slate"))
    assert found[0] == found[1]
    assert not any(q.startswith("level") for q in found[0]["open_questions"])
