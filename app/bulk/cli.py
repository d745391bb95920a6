"""``screener bulk IN OUT``: screen a court-records or case-management export, one row per charge.

    screener bulk charges.csv results/ --map my-export.yaml --format parquet --as-of 2026-12-01

Reads CSV or XLSX; writes ``charges``, ``persons`` and ``summary`` files (CSV, JSON Lines or Parquet),
``errors.csv``, ``summary.json`` and ``summary.html`` into OUT. See ``app/bulk/examples/`` for a column map.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from app.bulk import compiled
from app.bulk.layout import ColumnMap, ColumnMapError
from app.bulk.reader import UnreadableFileError
from app.bulk.runner import CHUNK_ROWS, Options, run
from app.bulk.screening import FORMATS, settle_for_bulk
from rules.vocabulary import JURISDICTION_NAMES


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _jurisdiction(text: str) -> str:
    if text.upper() not in JURISDICTION_NAMES:
        raise argparse.ArgumentTypeError(f"{text!r} is not a U.S. state or DC (two letters, e.g. NY)")
    return text.upper()


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of zero or more")
    return value


def parser() -> argparse.ArgumentParser:
    command = argparse.ArgumentParser(prog="screener", description="Record-relief screener tools.")
    tools = command.add_subparsers(dest="tool", required=True)
    bulk = tools.add_parser("bulk", help="screen a CSV or XLSX export, one row per charge", description=__doc__,
                            formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    bulk.add_argument("source", type=Path, metavar="IN", help="the export: .csv or .xlsx")
    bulk.add_argument("folder", type=Path, metavar="OUT", help="the folder to write the results into")
    bulk.add_argument("--map", type=Path, help="the column map (YAML); default: a header naming each API field")
    bulk.add_argument("--format", choices=FORMATS, default="csv", help="charges, persons and summary files (csv)")
    bulk.add_argument("--as-of", type=_day, default=None, help="screen as of this day (default: today)")
    bulk.add_argument("--limit", type=_positive, default=None, help="read only the first N rows")
    bulk.add_argument("--only-jurisdiction", type=_jurisdiction, default=None, help="screen only rows of this state")
    bulk.add_argument("--workers", type=_positive, default=None, help="processes (default: every core; 0: none)")
    bulk.add_argument("--dask", default=None, metavar="ADDRESS", help="a Dask scheduler, tcp://host:8786")
    bulk.add_argument("--sheet", default=None, help="the XLSX sheet (default: the first)")
    bulk.add_argument("--chunk-rows", type=_positive, default=CHUNK_ROWS, help=argparse.SUPPRESS)
    bulk.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                      help="show a progress bar (default: on a terminal, unless CI=true)")  # fmt: skip
    return command


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not args.source.is_file():
        print(f"screener bulk: {args.source}: no such file", file=sys.stderr)
        return 2
    try:
        column_map = ColumnMap.load(args.map) if args.map else ColumnMap.default()
        options = Options(
            as_of=args.as_of or date.today(),
            column_map=column_map,
            output=args.format,
            limit=args.limit,
            only_jurisdiction=args.only_jurisdiction,
            workers=args.workers,
            dask=args.dask,
            chunk_rows=max(args.chunk_rows, 1),
            sheet=args.sheet,
            progress=args.progress,
            # A process of its own (the console script): its workers load the compiled copies, where built.
            compiled_workers=argv is None and compiled.wanted(),
        )
        started = time.perf_counter()
        if argv is None:  # a process of its own (the console script), not a call from other code
            settle_for_bulk()
        tally = run(args.source, args.folder, options)
    except (ColumnMapError, UnreadableFileError) as failure:
        print(f"screener bulk: {failure}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    print(
        f"{tally.rows:,} rows read in {seconds:.1f} s: {tally.charges:,} charges screened, {tally.errors:,} rows in "
        f"errors.csv, {tally.skipped:,} skipped; {tally.persons:,} people, {tally.persons_with_relief_now:,} with "
        f"relief open now. Results in {args.folder}/"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
