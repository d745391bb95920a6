"""A row that cannot be read goes to errors.csv with its line, column and reason, in input order; the run goes
on, and every row is either screened or in the errors file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.bulk.runner import run
from tests.bulk.conftest import options, read_csv, write_csv

HEADER = ["person_id", "case_id", "jurisdiction", "category", "offense", "level", "grade", "disposition",
          "offense_date", "disposition_date", "sentence_completed_date", "trafficking_nexus", "pending_case"]  # fmt: skip


def row(**cells: str) -> list[str]:
    base = {"person_id": "P1", "case_id": "C1", "jurisdiction": "NY", "category": "prostitution",
            "disposition": "conviction", "offense_date": "2014-05-01", "disposition_date": "2014-06-10"}  # fmt: skip
    values = base | cells
    return [values.get(name, "") for name in HEADER]


def test_each_bad_row_is_reported_with_line_column_and_reason_and_the_good_rows_are_screened(tmp_path: Path) -> None:
    rows = [
        row(),  # line 2: good
        row(person_id="P2", disposition="guilty"),  # 3: not a disposition
        row(person_id="P3", disposition_date="2014-13-40"),  # 4: not a date
        row(person_id="P4", jurisdiction="ZZ"),  # 5: not a jurisdiction
        row(person_id="P5", offense="nj-2c-34-1-b-1"),  # 6: another state's offense
        row(person_id="P6", category="solicitation", offense="ny-pl-230.00"),  # 7: offense about prostitution
        row(person_id="P7", level="felony", grade="misdemeanor_class_b"),  # 8: grade is not a felony
        row(person_id="P8", disposition_date="2027-01-01"),  # 9: after as_of
        row(person_id="P9", offense_date="2015-01-01", disposition_date="2014-01-01"),  # 10: before the offense
        row(person_id=""),  # 11: no person
        row(person_id="P10", category="", offense=""),  # 12: no category and no offense
        row(person_id="P11", category="", offense="ny-pl-230.04"),  # 13: good: the offense tells the category
    ]
    source = write_csv(tmp_path / "in.csv", HEADER, rows)
    tally = run(source, tmp_path / "out", options())
    errors = read_csv(tmp_path / "out" / "errors.csv")
    assert [(e["line"], e["column"]) for e in errors] == [
        ("3", "disposition"), ("4", "disposition_date"), ("5", "jurisdiction"), ("6", "offense"), ("7", "offense"),
        ("8", "grade"), ("9", "disposition_date"), ("10", "disposition_date"), ("11", "person_id"),
        ("12", "category"),
    ]  # fmt: skip
    reasons = {e["line"]: e["reason"] for e in errors}
    assert "'guilty' is not a known disposition" in reasons["3"]
    assert "not a date" in reasons["4"]
    assert "not an offense of NY" in reasons["6"]
    assert "is about prostitution, not solicitation" in reasons["7"]
    assert "after as_of (2026-12-01)" in reasons["9"]
    assert "before offense_date" in reasons["10"]
    charges = read_csv(tmp_path / "out" / "charges.csv")
    assert [c["line"] for c in charges] == ["2", "13"]
    assert charges[1]["category"] == "solicitation"
    assert (tally.rows, tally.charges, tally.errors) == (12, 2, 10)
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["rows"] == {"read": 12, "screened": 2, "errors": 10, "skipped": 0}


def test_rows_that_cannot_be_read_at_all_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    good = ",".join(row()).encode()
    source.write_bytes(
        b"\n".join([
            ",".join(HEADER).encode(),
            good,
            good.replace(b"P1", b"P\xff\xfe"),  # line 3: not UTF-8
            b"P3,C3,NY",  # line 4: too few cells
            good.replace(b"P1", b"P4"),
            b"",  # a blank line is not a row
            good.replace(b"P1", b"P5"),
        ]) + b"\n"
    )  # fmt: skip
    tally = run(source, tmp_path / "out", options())
    errors = read_csv(tmp_path / "out" / "errors.csv")
    assert [(e["line"], e["column"]) for e in errors] == [("3", "person_id"), ("4", "")]
    assert "not UTF-8" in errors[0]["reason"]
    assert "has 3 cells; the header has 13" in errors[1]["reason"]
    assert [c["person_id"] for c in read_csv(tmp_path / "out" / "charges.csv")] == ["P1", "P4", "P5"]
    assert tally.rows == tally.charges + tally.errors == 5


def test_every_row_is_in_the_output_or_the_errors_in_a_larger_mixed_file(tmp_path: Path) -> None:
    rows = []
    for n in range(600):
        bad = n % 7 == 3
        rows.append(row(person_id=f"P{n // 3}", case_id=f"C{n}", disposition="nonsense" if bad else "dismissal"))
    source = write_csv(tmp_path / "in.csv", HEADER, rows)
    tally = run(source, tmp_path / "out", options(chunk_rows=50))
    charges = read_csv(tmp_path / "out" / "charges.csv")
    errors = read_csv(tmp_path / "out" / "errors.csv")
    lines = sorted([int(c["line"]) for c in charges] + [int(e["line"]) for e in errors])
    assert lines == list(range(2, 602))
    assert [int(e["line"]) for e in errors] == sorted(int(e["line"]) for e in errors)
    assert len(errors) == sum(1 for n in range(600) if n % 7 == 3) == tally.errors


def test_a_fault_in_the_rules_for_one_person_sends_their_rows_to_errors_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.bulk import screening

    real = screening.screen_person

    def faulty(rows, as_of):  # type: ignore[no-untyped-def]
        if rows[0].person_id == "P2":
            raise ZeroDivisionError
        return real(rows, as_of)

    monkeypatch.setattr(screening, "screen_person", faulty)
    rows = [row(person_id="P1"), row(person_id="P2"), row(person_id="P2", disposition="guilty"), row(person_id="P3")]
    tally = run(write_csv(tmp_path / "in.csv", HEADER, rows), tmp_path / "out", options())
    errors = read_csv(tmp_path / "out" / "errors.csv")
    assert [(e["line"], e["reason"]) for e in errors] == [
        ("3", "could not be screened (ZeroDivisionError in the rules); please report it"),
        ("4", "'guilty' is not a known disposition; add it under values.disposition in the column map"),
    ]
    assert [c["person_id"] for c in read_csv(tmp_path / "out" / "charges.csv")] == ["P1", "P3"]
    assert (tally.rows, tally.charges, tally.errors) == (4, 2, 2)
