"""Streams a file through the screening in chunks, on this machine's cores or on a Dask cluster.

The main process reads rows, cuts them into chunks of whole people (a person's adjacent rows stay together),
and hands each chunk to a worker; at most a few chunks per worker are in flight, and results are written in
input order as they come back, so memory stays flat however long the file is. A run on a Dask cluster cuts and
writes exactly the same chunks, so its output is byte for byte the local run's.
"""

from __future__ import annotations

import multiprocessing
import os
import secrets
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tqdm import tqdm

import rules
from app.bulk.layout import ColumnMap, ColumnMapError
from app.bulk.reader import Problem, Row, Table, is_workbook, open_table
from app.bulk.rows import RowParser
from app.bulk.screening import (
    FORMATS,
    Chunk,
    ChunkResult,
    PackedRow,
    Settings,
    packed,
    screen_chunk,
    settle_for_bulk,
)
from app.bulk.summary import Tally
from app.bulk.writer import Outputs

CHUNK_ROWS = 2_000
# A person with more adjacent rows than this is cut into pieces screened apart (no real record is this long).
PERSON_ROWS_LIMIT = 10_000
IN_FLIGHT_PER_WORKER = 3


@dataclass(frozen=True)
class Options:
    as_of: date
    column_map: ColumnMap
    output: str = "csv"
    limit: int | None = None
    only_jurisdiction: str | None = None
    workers: int | None = None  # None: every core; 0: in this process, no pool
    dask: str | None = None  # a scheduler address, tcp://host:8786
    chunk_rows: int = CHUNK_ROWS
    sheet: str | None = None
    progress: bool | None = None  # None: on a terminal, unless CI=true
    # The pool's processes load the compiled copies of the hot modules, where built (``app.bulk.compiled``).
    compiled_workers: bool = False


def chunks_of(
    table: Table, person_column: int | None, settings: Settings, size: int, limit: int | None, pack: bool = False
) -> Iterator[Chunk]:
    """Cuts the rows into chunks of about ``size`` rows, only ever between two people; ``pack`` for chunks that
    go to another process (``app.bulk.screening.packed``)."""
    items: list[Row | PackedRow | Problem] = []
    last_key: str | None = None
    run = 0  # rows of the current person
    number = 0
    for read, item in enumerate(table.rows):
        if limit is not None and read >= limit:
            break
        key = item[1][person_column].strip() if isinstance(item, tuple) and person_column is not None else None
        if key is not None:
            same = key == last_key
            run = run + 1 if same else 1
            if (not same and len(items) >= size) or run > PERSON_ROWS_LIMIT:
                yield Chunk(number, items, settings)
                number += 1
                items = []
                run = 1
            last_key = key
        items.append(packed(item) if pack else item)
    if items:
        yield Chunk(number, items, settings)


def _quiet() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1") or not sys.stderr.isatty()


def _line_count(path: Path) -> int | None:
    """Rows in a CSV, counted as lines (fast: ~0.1 s for 100 MB), for the progress bar's time left."""
    if is_workbook(path.name):
        return None
    lines = 0
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            lines += block.count(b"\n")
    return max(lines - 1, 0)


def pool_context(compiled_workers: bool) -> multiprocessing.context.BaseContext:
    """How the pool's processes start. forkserver: from a clean process that has imported the rules once, never
    from a copy of a parent that may be running threads (the progress bar's, a Dask client's); with
    ``compiled_workers``, one that loads the compiled copies first (``app.bulk.worker``)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["app.bulk.worker" if compiled_workers else "app.bulk.screening"])
    return context


def _local(chunks: Iterator[Chunk], workers: int, compiled_workers: bool) -> Iterator[ChunkResult]:
    if workers == 0:
        yield from map(screen_chunk, chunks)
        return
    context = pool_context(compiled_workers)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=settle_for_bulk) as pool:
        yield from _bounded(chunks, pool.submit, workers)


def _bounded(chunks: Iterator[Chunk], submit: Callable[..., Any], workers: int) -> Iterator[ChunkResult]:
    """Keeps at most ``IN_FLIGHT_PER_WORKER`` chunks per worker submitted, and yields results in input order."""
    pending: deque[Any] = deque()
    for chunk in chunks:
        pending.append(submit(screen_chunk, chunk))
        if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _on_dask(chunks: Iterator[Chunk], address: str) -> Iterator[ChunkResult]:
    from distributed import Client

    with Client(address, set_as_default=False) as client:  # type: ignore[no-untyped-call]
        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))

        def submit(function: Callable[..., Any], chunk: Chunk) -> Any:
            return client.submit(function, chunk, pure=False)

        yield from _bounded(chunks, submit, workers)


def run(source: Path, folder: Path, options: Options) -> Tally:
    """Screens every row of ``source`` and writes the output files into ``folder``; returns the counts."""
    if options.output not in FORMATS:
        raise ValueError(f"output must be one of {FORMATS}")
    table = open_table(source, options.sheet)
    try:
        return _run(table, source, folder, options)
    finally:
        table.close()


def _run(table: Table, source: Path, folder: Path, options: Options) -> Tally:
    rules.jurisdictions()  # every rule module loads here, once, or the run stops before any work
    parser = RowParser(options.column_map, table.header, options.as_of)  # checks the header before any work
    settings = Settings(
        options.column_map,
        tuple(table.header),
        options.as_of,
        options.output,
        options.only_jurisdiction.upper() if options.only_jurisdiction else None,
        secrets.token_hex(8),
    )
    workers = options.workers if options.workers is not None else (os.cpu_count() or 1)
    pack = bool(options.dask) or workers > 0
    chunks = chunks_of(table, parser.person_column, settings, options.chunk_rows, options.limit, pack)
    results = _on_dask(chunks, options.dask) if options.dask else _local(chunks, workers, options.compiled_workers)
    outputs = Outputs(folder, options.output)
    tally = Tally()
    total = _line_count(source)
    if total is not None and options.limit is not None:
        total = min(total, options.limit)
    quiet = _quiet() if options.progress is None else not options.progress
    with tqdm(total=total, unit=" rows", unit_scale=True, disable=quiet, smoothing=0.1) as bar:
        for result in results:
            outputs.add(result)
            tally.add(result.tally)
            bar.update(result.tally.rows)
    outputs.finish(tally, options.as_of, source.name)
    return tally


@dataclass
class InMemory:
    """A small run's output held in memory (the clinic's upload page): nothing is written anywhere."""

    charges: bytes
    persons: bytes
    errors: list[Problem]
    tally: Tally


def run_in_memory(table: Table, column_map: ColumnMap, as_of: date, output: str = "jsonl",
                  only_jurisdiction: str | None = None) -> InMemory:  # fmt: skip
    """Screens a table in this process, with the same chunks and code as ``run``; output CSV or JSON Lines."""
    try:
        parser = RowParser(column_map, table.header, as_of)
    except ColumnMapError:
        table.close()
        raise
    settings = Settings(column_map, tuple(table.header), as_of, output, only_jurisdiction, secrets.token_hex(8))
    charges: list[bytes] = []
    persons: list[bytes] = []
    errors: list[Problem] = []
    tally = Tally()
    for chunk in chunks_of(table, parser.person_column, settings, CHUNK_ROWS, None):
        result = screen_chunk(chunk)
        charges.append(result.charges)  # type: ignore[arg-type]
        persons.append(result.persons)  # type: ignore[arg-type]
        errors += result.errors
        tally.add(result.tally)
    return InMemory(b"".join(charges), b"".join(persons), errors, tally)
