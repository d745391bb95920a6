"""Small exports written on the fly, in the default layout (a header naming each API field)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from app.bulk.layout import ColumnMap
from app.bulk.runner import Options

AS_OF = date(2026, 12, 1)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)
    return path


def options(**changes: object) -> Options:
    values: dict[str, object] = {"as_of": AS_OF, "column_map": ColumnMap.default(), "workers": 0, "progress": False}
    return Options(**(values | changes))  # type: ignore[arg-type]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))
