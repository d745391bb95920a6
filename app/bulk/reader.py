"""Streams the rows of a CSV or XLSX export, one at a time, so memory stays flat whatever the file's size.

Every row comes out with its line number (the header is line 1; a spreadsheet's row number): as cells, or as a
problem when the row cannot be read at all (bytes that are not UTF-8, a broken quote, the wrong number of cells).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

# A cell bigger than this is not a court record: the row goes to the errors file rather than to memory.
CELL_LIMIT = 64 * 1024
csv.field_size_limit(CELL_LIMIT)


class UnreadableFileError(ValueError):
    """The file as a whole cannot be read (not CSV or XLSX, no header): nothing can be screened."""


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    column: str
    reason: str


Row = tuple[int, list[str]]


@dataclass
class Table:
    """The header and a one-pass iterator of rows (``Row``) and rows that could not be read (``Problem``)."""

    header: list[str]
    rows: Iterator[Row | Problem]
    close: Callable[[], object] = lambda: None


def is_workbook(name: str) -> bool:
    return name.lower().endswith((".xlsx", ".xlsm"))


def open_table(path: Path, sheet: str | None = None) -> Table:
    if is_workbook(path.name):
        return _xlsx(path, sheet)
    return _csv(path)


def table_of_bytes(name: str, data: bytes, sheet: str | None = None) -> Table:
    """An uploaded file, read from memory: nothing is written to disk."""
    if is_workbook(name):
        return _xlsx(io.BytesIO(data), sheet)
    return csv_table(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", errors="surrogateescape", newline=""))


def _csv(path: Path) -> Table:
    # surrogateescape keeps bytes that are not UTF-8 as lone surrogates, so one bad row is reported, not the file.
    handle = path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")
    return csv_table(handle)


def csv_table(handle: IO[str]) -> Table:
    reader = csv.reader(handle)
    try:
        header = next(reader)
    except StopIteration:
        handle.close()
        raise UnreadableFileError("The file is empty: a header row is needed.") from None
    except csv.Error as failure:
        handle.close()
        raise UnreadableFileError(f"The header row cannot be read: {failure}") from failure
    header = [cell.strip() for cell in header]
    return Table(header, _csv_rows(reader, handle, header), handle.close)


def _csv_rows(reader: Any, handle: IO[str], header: list[str]) -> Iterator[Row | Problem]:
    width = len(header)
    with handle:
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as failure:
                yield Problem(start, "", f"cannot be read as CSV: {failure}")
                continue
            if not cells:
                continue  # a blank line is not a row
            if len(cells) != width:
                if len(cells) > width and not any(cells[width:]):
                    cells = cells[:width]  # trailing empty cells some exports add
                else:
                    yield Problem(start, "", f"has {len(cells)} cells; the header has {width}")
                    continue
            bad = _not_utf8(cells, header)
            if bad is not None:
                yield Problem(start, bad, "holds bytes that are not UTF-8 text")
                continue
            yield start, cells


def _not_utf8(cells: list[str], header: list[str]) -> str | None:
    if "".join(cells).isascii():  # most rows: one check in C rather than one per cell
        return None
    for name, cell in zip(header, cells, strict=True):
        if not cell.isascii():
            try:
                cell.encode("utf-8")
            except UnicodeEncodeError:
                return name
    return None


def _xlsx(path: Path | IO[bytes], sheet: str | None) -> Table:
    from openpyxl import load_workbook  # imported only for spreadsheets: it takes a while to load

    try:
        # read_only streams the sheet's XML rather than building every cell in memory.
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as failure:  # openpyxl raises many kinds for a file that is not a workbook
        raise UnreadableFileError(f"Not a readable XLSX workbook: {failure}") from failure
    if sheet is not None and sheet not in book.sheetnames:
        book.close()
        raise UnreadableFileError(f"No sheet named {sheet!r}; the sheets are {', '.join(book.sheetnames)}")
    worksheet = book[sheet] if sheet is not None else book.worksheets[0]
    rows = worksheet.iter_rows(values_only=True)
    first = next(rows, None)
    if first is None:
        book.close()
        raise UnreadableFileError("The sheet is empty: a header row is needed.")
    header = [_cell_text(cell).strip() for cell in first]
    while header and not header[-1]:
        header.pop()
    return Table(header, _xlsx_rows(rows, header, book), book.close)


def _xlsx_rows(rows: Iterator[tuple[object, ...]], header: list[str], book: Any) -> Iterator[Row | Problem]:
    width = len(header)
    try:
        for line, values in enumerate(rows, start=2):
            cells = [_cell_text(value) for value in values[:width]]
            if not any(cells):
                continue
            if any(_cell_text(value) for value in values[width:]):
                yield Problem(line, "", f"has cells beyond the header's {width} columns")
                continue
            cells += [""] * (width - len(cells))
            yield line, cells
    finally:
        book.close()


def _cell_text(value: object) -> str:
    """A spreadsheet cell as the text a CSV export would hold: dates as ISO, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
