"""The output files of a run, written as the chunks come back, in input order.

``charges.<ext>`` one line per screened charge, ``persons.<ext>`` one per person, ``summary.<ext>`` the counts
by jurisdiction, remedy kind and status (``<ext>`` is ``csv``, ``jsonl`` or ``parquet``); ``errors.csv`` every
row that could not be screened, with its line, column and reason; ``summary.json`` and ``summary.html``.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import IO, Any

from app.bulk.reader import Problem
from app.bulk.screening import CHARGE_COLUMNS, PERSON_COLUMNS, ChunkResult
from app.bulk.summary import Tally, html_page

ERROR_COLUMNS = ("line", "column", "reason")
SUMMARY_COLUMNS = ("jurisdiction", "remedy_kind", "status", "charges")
# Parquet row groups of about this many rows: chunks are small, and tiny row groups make slow files.
PARQUET_ROWS = 50_000


def _schemas() -> tuple[Any, Any, Any]:
    import pyarrow as pa  # loaded only for Parquet output

    texts = pa.list_(pa.string())
    remedy = pa.struct(
        [("id", pa.string()), ("kind", pa.string()), ("status", pa.string()), ("eligible_on", pa.date32()),
         ("open_questions", texts), ("citations", texts)]
    )  # fmt: skip
    charges = pa.schema(
        [("line", pa.int64()), *[(name, pa.string()) for name in CHARGE_COLUMNS[1:10]],
         ("best_eligible_on", pa.date32()), ("open_questions", texts), ("citations", texts),
         ("remedies", pa.list_(remedy))]
    )  # fmt: skip
    persons = pa.schema(
        [("person_id", pa.string()), ("jurisdictions", texts),
         *[(name, pa.int64()) for name in PERSON_COLUMNS[2:7]], ("earliest_on", pa.date32()), ("best", texts)]
    )  # fmt: skip
    summary = pa.schema([("jurisdiction", pa.string()), ("remedy_kind", pa.string()), ("status", pa.string()),
                         ("charges", pa.int64())])  # fmt: skip
    return charges, persons, summary


class _ParquetFile:
    def __init__(self, path: Path, schema: Any) -> None:
        import pyarrow.parquet as pq

        self.schema = schema
        self.writer = pq.ParquetWriter(path, schema)
        self.pending: dict[str, list[Any]] = {name: [] for name in schema.names}
        self.count = 0

    def add(self, columns: dict[str, list[Any]]) -> None:
        for name, values in columns.items():
            self.pending[name].extend(values)
        self.count += len(next(iter(columns.values()), []))
        if self.count >= PARQUET_ROWS:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.count:
            self.writer.write_table(pa.Table.from_pydict(self.pending, schema=self.schema))
            self.pending = {name: [] for name in self.schema.names}
            self.count = 0

    def close(self) -> None:
        self.flush()
        self.writer.close()


class Outputs:
    """Opens the output files in ``folder`` and appends each chunk's results to them."""

    def __init__(self, folder: Path, output: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.output = output
        self.paths = {
            "charges": folder / f"charges.{output}",
            "persons": folder / f"persons.{output}",
            "errors": folder / "errors.csv",
            "summary": folder / f"summary.{output}",
            "summary_json": folder / "summary.json",
            "summary_html": folder / "summary.html",
        }
        self._errors_file = self.paths["errors"].open("w", encoding="utf-8", newline="")
        self._errors = csv.writer(self._errors_file, lineterminator="\n")
        self._errors.writerow(ERROR_COLUMNS)
        self._parquet: dict[str, _ParquetFile] = {}
        self._files: dict[str, IO[bytes]] = {}
        if output == "parquet":
            charges, persons, _summary = _schemas()
            self._parquet = {
                "charges": _ParquetFile(self.paths["charges"], charges),
                "persons": _ParquetFile(self.paths["persons"], persons),
            }
        else:
            for name, columns in (("charges", CHARGE_COLUMNS), ("persons", PERSON_COLUMNS)):
                handle = self.paths[name].open("wb")
                if output == "csv":
                    handle.write((",".join(columns) + "\n").encode())
                self._files[name] = handle

    def add(self, result: ChunkResult) -> None:
        for name, part in (("charges", result.charges), ("persons", result.persons)):
            if isinstance(part, bytes):
                self._files[name].write(part)
            else:
                self._parquet[name].add(part)
        self.add_errors(result.errors)

    def add_errors(self, errors: list[Problem]) -> None:
        for problem in errors:
            self._errors.writerow((problem.line, problem.column, _printable(problem.reason)))

    def finish(self, tally: Tally, as_of: date, source: str) -> None:
        for handle in self._files.values():
            handle.close()
        for parquet in self._parquet.values():
            parquet.close()
        self._errors_file.close()
        table = tally.table()
        if self.output == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            summary_schema = _schemas()[2]
            columns = {name: [row[name] for row in table] for name in SUMMARY_COLUMNS}
            pq.write_table(pa.Table.from_pydict(columns, schema=summary_schema), self.paths["summary"])
        elif self.output == "jsonl":
            self.paths["summary"].write_text("".join(json.dumps(row) + "\n" for row in table), encoding="utf-8")
        else:
            text = io.StringIO()
            writer = csv.DictWriter(text, SUMMARY_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(table)
            self.paths["summary"].write_text(text.getvalue(), encoding="utf-8")
        self.paths["summary_json"].write_text(
            json.dumps(tally.as_dict(as_of, source), indent=2) + "\n", encoding="utf-8"
        )
        self.paths["summary_html"].write_text(html_page(tally, as_of, source), encoding="utf-8")


def _printable(text: str) -> str:
    """A reason may quote a cell that held bytes that are not UTF-8: write those as escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
