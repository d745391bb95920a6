"""The column map reads any export: which column holds which fact, how values translate, date formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bulk.layout import ColumnMap, ColumnMapError
from app.bulk.runner import run
from tests.bulk.conftest import options, read_csv, write_csv

EXAMPLES = Path(__file__).resolve().parents[2] / "app" / "bulk" / "examples"


def test_the_example_export_reads_through_the_example_map(tmp_path: Path) -> None:
    column_map = ColumnMap.load(EXAMPLES / "court-export.yaml")
    tally = run(EXAMPLES / "court-export.csv", tmp_path, options(column_map=column_map))
    charges = read_csv(tmp_path / "charges.csv")
    first = charges[0]
    assert (first["person_id"], first["case_id"], first["offense"], first["disposition"]) == (
        "D-1001", "2014NY001234", "ny-pl-230.00", "conviction"
    )  # fmt: skip
    # "Y" in TRAFFICKING_VICTIM became "yes": the trafficking vacatur is open now.
    assert (first["best_remedy"], first["best_status"]) == ("ny-vacatur-trafficking", "eligible")
    # "ACD DISMISSED" with a date written 20190302 became a dismissal.
    assert charges[2]["disposition"] == "dismissal"
    errors = read_csv(tmp_path / "errors.csv")
    assert [(e["line"], e["column"]) for e in errors] == [("7", "DISPOSITION"), ("8", "ARREST_DT")]
    assert tally.rows == 7


def test_a_constant_fills_a_fact_the_export_has_no_column_for(tmp_path: Path) -> None:
    column_map = ColumnMap.from_dict(
        {
            "columns": {"person_id": "ID", "category": "WHAT", "disposition": "OUTCOME"},
            "constant": {"jurisdiction": "CA"},
        }
    )
    source = write_csv(
        tmp_path / "in.csv", ["ID", "WHAT", "OUTCOME"], [["A", "loitering_for_prostitution", "dismissal"]]
    )
    run(source, tmp_path / "out", options(column_map=column_map))
    assert read_csv(tmp_path / "out" / "charges.csv")[0]["jurisdiction"] == "CA"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"columns": {"person_id": "A", "jurisdiction": "B", "disposition": "C", "category": "D", "colour": "E"}},
         "'colour' is not a fact"),
        ({"columns": {"person_id": "A", "jurisdiction": "B", "category": "D"}}, "required fact 'disposition'"),
        ({"columns": {"person_id": "A", "jurisdiction": "B", "disposition": "C"}}, "'category' or 'offense'"),
        ({"columns": {"person_id": "A", "jurisdiction": "B", "disposition": "C", "category": "D"},
          "values": {"disposition": {"GUILTY": "convicted"}}}, "maps to 'convicted'"),
        ({"columns": {"person_id": "A", "jurisdiction": "B", "disposition": "C", "category": "D"},
          "values": {"trafficking_nexus": {"Y": True}}}, "quote the value"),
        ({"columns": {"person_id": "A", "jurisdiction": "B", "disposition": "C", "category": "D"},
          "dates": "%d.%m.%Y"}, "a list of strptime formats"),
    ],
)  # fmt: skip
def test_a_wrong_column_map_is_refused_with_the_reason(data: dict[str, object], words: str) -> None:
    with pytest.raises(ColumnMapError, match=words):
        ColumnMap.from_dict(data)


def test_a_header_without_a_required_column_stops_the_run_before_any_work(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", ["person_id", "jurisdiction", "category"], [["A", "NY", "prostitution"]])
    with pytest.raises(ColumnMapError, match="no column 'disposition'"):
        run(source, tmp_path / "out", options())
    assert not (tmp_path / "out").exists()
