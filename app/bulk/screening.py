"""Screens one chunk of rows: the work a process of the pool, or a Dask worker, does.

A chunk holds whole people (the runner never splits a person's adjacent rows), so a person's charges in one
jurisdiction are screened together, as one API request would screen them: the conviction count and windows
see every charge, and convictions in the person's other jurisdictions count as ``other_convictions``.
The results leave the worker already written in the output format, so the main process only copies bytes.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import orjson

import rules
from app.bulk.layout import ColumnMap
from app.bulk.reader import Problem, Row
from app.bulk.rows import ChargeRow, RowParser
from app.bulk.summary import NO_REMEDY, Tally
from app.bulk.verdicts import Verdict, plain, verdicts
from rules.facts import OtherConviction, Person
from rules.vocabulary import Category, Disposition, RemedyKind, Status

CHARGE_COLUMNS = (
    "line", "person_id", "case_id", "jurisdiction", "category", "offense", "disposition", "best_remedy",
    "best_kind", "best_status", "best_eligible_on", "open_questions", "citations", "remedies",
)  # fmt: skip
PERSON_COLUMNS = (
    "person_id", "jurisdictions", "charges", "relief_now", "relief_later", "possibly", "no_relief", "earliest_on",
    "best",
)  # fmt: skip
RELIEF_NOW = (Status.ELIGIBLE, Status.AUTOMATIC)
# Members as plain names, and each member's value by member: Python 3.11 reads an Enum class's attribute and a
# member's ``.value`` through Python-level hooks (``rules.logic``), and these are read for every charge.
_ELIGIBLE_LATER, _POSSIBLY, _CONVICTION = Status.ELIGIBLE_LATER, Status.POSSIBLY_ELIGIBLE, Disposition.CONVICTION
_VALUE: dict[Any, str] = {m: m.value for kind in (Status, RemedyKind, Category, Disposition) for m in kind}
FORMATS = ("csv", "jsonl", "parquet")


@dataclass(frozen=True)
class Settings:
    """What every chunk of one run shares (small: it travels with each chunk to a Dask worker)."""

    column_map: ColumnMap
    header: tuple[str, ...]
    as_of: date
    output: str = "csv"
    only_jurisdiction: str | None = None
    # Names the run, so a worker compiles the map once per run however many chunks it gets.
    run_id: str = ""


# A row's cells joined into one text for the trip to a worker process: a list of fifteen strings takes about
# 7 µs a row to unpickle, one string a fraction of that. A row whose cells hold this character travels as a list.
UNIT = "\x1f"


def packed(item: Row | Problem) -> Row | PackedRow | Problem:
    """A row as it travels to a worker (see ``UNIT``)."""
    if isinstance(item, tuple):
        line, cells = item
        joined = UNIT.join(cells)
        if joined.count(UNIT) == len(cells) - 1:
            return line, joined
    return item


# A row whose cells are joined by ``UNIT``.
PackedRow = tuple[int, str]


@dataclass
class Chunk:
    number: int
    items: list[Row | PackedRow | Problem]
    settings: Settings


@dataclass
class ChunkResult:
    """One chunk's output: CSV or JSON Lines bytes, or Parquet columns; errors in input order; the counts."""

    number: int
    charges: bytes | dict[str, list[Any]]
    persons: bytes | dict[str, list[Any]]
    errors: list[Problem]
    tally: Tally = field(default_factory=Tally)


# One parser per process and run: the map is compiled against the header, and its caches of values and
# dates fill, once per run rather than once per chunk.
_parsers: dict[str, RowParser] = {}


def settle_for_bulk() -> None:
    """For a process that does nothing but a bulk run (the command, a worker of its pool): sets the rules, loaded
    for the process's whole life, aside from the cyclic garbage collector, which otherwise walks them again and
    again while millions of short-lived findings come and go (about 3% of a bulk run's instructions). Not for a
    web server's process, whose later garbage this would keep."""
    rules.jurisdictions()
    gc.collect()
    gc.freeze()
    # Collect the young generation after 100,000 new objects rather than 700: a bulk run makes millions that
    # die young, freed as they go by their counts, and each collection walked the chunk's live rows again
    # (3% of a run's machine instructions at the default).
    gc.set_threshold(100_000, 20, 100)


def _parser(settings: Settings) -> RowParser:
    parser = _parsers.get(settings.run_id)
    if parser is None:
        _parsers.clear()
        parser = _parsers[settings.run_id] = RowParser(settings.column_map, list(settings.header), settings.as_of)
    return parser


def best_position(found: tuple[Verdict, ...]) -> int | None:
    """Where the charge's best remedy is among its verdicts: among those open now, the strongest in the API's order
    (vacatur before expungement before sealing; a petition before its automatic twin); else the strongest open
    later; else the strongest possible one; else the first not open."""
    if not found:
        return None
    merits = [verdict.merit for verdict in found]
    return merits.index(min(merits))  # the first of the best


# What is written for an object that recurs unchanged across charges (a shared verdict, a shared result), made
# once and found again by the object's identity: ``entry = table.get(id(thing))``, used only where ``entry[0] is
# thing``. Each entry keeps its object, so the identity cannot pass to another object while the entry lives. At
# most ``SHARED_LIMIT`` entries a table, to bound memory on a long file: past it, results are made and written
# anew (the same text, more slowly). (Plain dicts and inline lookups: a class with get and put cost ~1,000 machine
# instructions a lookup, a twelfth of a charge's output.)
ByIdentity = dict[int, tuple[Any, Any]]
SHARED_LIMIT = 20_000
# Whole remedies columns are long (~1.3 KB), and questions by charge index many: fewer of each are kept (the
# common ones come early in any file).
FIELDS_LIMIT = 2_000
QUESTIONS_LIMIT = 4_000


def _keep(table: ByIdentity, thing: object, written: object) -> None:
    if len(table) < SHARED_LIMIT:
        table[id(thing)] = (thing, written)


@lru_cache(maxsize=4096)
def _parts(path: str) -> tuple[str, int, str]:
    """A request path cut at its list index: ``charges[2].level`` → ("charges", 2, "level");
    ``person.pending_case`` → ("person", -1, "pending_case"). A few hundred distinct paths recur in every file."""
    if path.startswith("person.other_convictions["):
        n = int(path[len("person.other_convictions[") : path.index("]")])
        # A path to the conviction as a whole (``person.other_convictions[0]``) asks what it was for.
        fact = path[path.index("].") + 2 :] if "]." in path else "offense"
        return "person.other_convictions", n, fact
    if path.startswith("person."):
        return "person", -1, path[len("person.") :]
    if path.startswith("charges["):
        return "charges", int(path[len("charges[") : path.index("]")]), path[path.index("].") + 2 :]
    return "", -1, path


def _question(path: str, index: int, lines: list[int], other_lines: list[int]) -> str:
    """An open question as a column of the export: ``trafficking_nexus``, or ``level (line 12)`` for another row."""
    kind, n, fact = _parts(path)
    if kind == "person.other_convictions":
        return f"{'disposition_date' if fact == 'date' else fact} (line {other_lines[n]})"
    if kind == "charges":
        return fact if n == index else f"{fact} (line {lines[n]})"
    return fact


# One remedy's result for one charge: id, kind, status, eligible_on, open questions, citations.
RemedyResult = tuple[str, str, str, date | None, tuple[str, ...], tuple[str, ...]]


@dataclass(slots=True)  # not frozen: one is made per charge, and a frozen one's __init__ costs more
class Screened:
    """One charge's result, in plain values ready to be written."""

    row: ChargeRow
    remedies: list[RemedyResult]
    best: RemedyResult | None


# The result of each shared verdict (no date, no open question: ``app.bulk.verdicts.plain``), made once: most
# verdicts are a remedy's plain not_eligible. And each shared result's CSV texts, made and encoded once.
_shared_results: ByIdentity = {}
# Every shared result (the two kinds ``_result_of`` shares): only these have their texts kept by identity.
_shared: ByIdentity = {}
_shared_json: ByIdentity = {}
_shared_best: ByIdentity = {}
# A charge's remedies column, by its results' identities.
_shared_fields: dict[tuple[int, ...], tuple[tuple[RemedyResult, ...], bytes]] = {}


def _result_of(verdict: Verdict, index: int, lines: list[int], other_lines: list[int]) -> RemedyResult:
    table: ByIdentity = _shared_results  # typed: a direct lookup once compiled (``app.bulk.rows``)
    known = table.get(id(verdict))
    if known is not None and known[0] is verdict:
        return known[1]  # type: ignore[no-any-return]
    remedy, status = verdict.remedy, verdict.status
    if verdict.eligible_on is None and not verdict.open_questions:
        result = (remedy.id, _VALUE[remedy.kind], _VALUE[status], None, (), remedy.citations)
        if verdict is plain(remedy, status):
            _keep(_shared_results, verdict, result)
            _keep(_shared, result, result)
        return result
    own = _own(verdict.open_questions, index, lines, other_lines)
    if verdict.eligible_on is not None or own is None:  # a dated result, or one naming other lines: few share it
        questions = (
            own if own is not None else tuple(_question(q, index, lines, other_lines) for q in verdict.open_questions)
        )
        return (remedy.id, _VALUE[remedy.kind], _VALUE[status], verdict.eligible_on, questions, remedy.citations)
    # A result with open questions about the charge itself and no date is made once for what it says, and shared
    # like the plain ones: thousands of charges miss the same answer for the same remedy.
    said: dict[tuple[str, Status, tuple[str, ...]], tuple[rules.Remedy, RemedyResult]] = _said
    key = (remedy.id, status, own)
    known = said.get(key)
    if known is not None and known[0] is remedy:
        return known[1]
    result = (remedy.id, _VALUE[remedy.kind], _VALUE[status], None, own, remedy.citations)
    if len(said) < SHARED_LIMIT:
        said[key] = (remedy, result)
        _keep(_shared, result, result)
    return result


_said: dict[tuple[str, Status, tuple[str, ...]], tuple[rules.Remedy, RemedyResult]] = {}


# Open questions that name only the charge itself and the person, by the request paths and the charge's index:
# the columns they name do not depend on the lines of the file. ``None`` where a question names another row.
_own_questions: dict[tuple[tuple[str, ...], int], tuple[str, ...] | None] = {}


def _own(paths: tuple[str, ...], index: int, lines: list[int], other_lines: list[int]) -> tuple[str, ...] | None:
    """The open questions as columns where they name only the charge itself and the person, else None."""
    key = (paths, index)
    table: dict[tuple[tuple[str, ...], int], tuple[str, ...] | None] = _own_questions
    found = table.get(key, _UNSEEN)
    if found is _UNSEEN:
        names_another_row = any(
            kind == "person.other_convictions" or (kind == "charges" and n != index)
            for kind, n, _fact in map(_parts, paths)
        )
        found = None if names_another_row else tuple(_question(q, index, lines, other_lines) for q in paths)
        if len(_own_questions) < QUESTIONS_LIMIT:
            _own_questions[key] = found
    return found  # type: ignore[return-value]


_UNSEEN = object()


def _remedy_dict(result: RemedyResult) -> dict[str, Any]:
    return dict(zip(("id", "kind", "status", "eligible_on", "open_questions", "citations"), result, strict=True))


def _remedy_csv_json(result: RemedyResult) -> bytes:
    """One remedy's JSON object, its quotes doubled for a quoted CSV field, as UTF-8. Charges share their results
    (``_result_of``), so each is made and encoded once (a citation's "§" made encoding every line's text cost
    ~12,000 machine instructions a row)."""
    return _written_once(_shared_json, result, _remedy_csv_json_of)


def _written_once(table: ByIdentity, result: RemedyResult, write: Callable[[RemedyResult], bytes]) -> bytes:
    """A result's text from ``table`` where it is a shared result written before; else ``write(result)``, kept for
    the next charge if the result is shared."""
    known = table.get(id(result))
    if known is not None and known[0] is result:
        return known[1]  # type: ignore[no-any-return]
    written = write(result)
    if _is_shared(result):
        _keep(table, result, written)
    return written


def _is_shared(result: RemedyResult) -> bool:
    entry = _shared.get(id(result))
    return entry is not None and entry[0] is result


@lru_cache(maxsize=4096)
def _remedy_csv_json_of(result: RemedyResult) -> bytes:
    """As ``_remedy_csv_json``, by the result's content: for dated results, made anew for each charge, and for
    any made once the tables of shared ones are full (``SHARED_LIMIT``)."""
    return orjson.dumps(_remedy_dict(result)).replace(b'"', b'""')


def _remedies_csv_field(s: Screened) -> bytes:
    """The ``remedies`` column and the line's end: the JSON list (as orjson.dumps writes it, without spaces),
    quoted as csv.writer quotes a field that holds a quote. Done here because csv.writer's character-by-character
    loop over this one long field took 9.5 of the 11.7 µs it spent on a line (20,000 synthetic charges)."""
    if not s.remedies:
        return b"[]\n"  # holds nothing csv.writer would quote
    # Charges share whole columns (the same state, charge, outcome and missing answers): found by the results'
    # identities. Each id in a key is of a result the entry keeps alive, so no other object can have it.
    key = tuple(map(id, s.remedies))
    table: dict[tuple[int, ...], tuple[tuple[RemedyResult, ...], bytes]] = _shared_fields
    known = table.get(key)
    if known is not None:
        return known[1]  # type: ignore[no-any-return]
    field = b'"[' + b",".join([_remedy_csv_json(r) for r in s.remedies]) + b']"\n'
    if len(_shared_fields) < FIELDS_LIMIT and all(map(_is_shared, s.remedies)):
        _shared_fields[key] = (tuple(s.remedies), field)
    return field


def _person_of(rows: list[ChargeRow], others: tuple[OtherConviction, ...]) -> Person:
    if len(rows) == 1:
        return Person(**rows[0].person, other_convictions=others)  # type: ignore[arg-type]
    given: dict[str, object] = {}
    for row in rows:
        for fact, value in row.person.items():
            given.setdefault(fact, value)
    return Person(**given, other_convictions=others)  # type: ignore[arg-type]


def _as_other_conviction(charge: rules.Charge) -> OtherConviction:
    """A conviction in another of the person's jurisdictions, as the API's ``person.other_convictions`` has it."""
    return OtherConviction(
        date=charge.disposition_date,
        level=charge.grade.level if charge.grade is not None else charge.level,
        grade=charge.grade,
        adjudication_withheld=charge.adjudication_withheld,
        sentence_completed_date=charge.sentence_completed_date,
    )


def screen_person(rows: list[ChargeRow], as_of: date) -> list[Screened]:
    """Every charge of one person, in input order; each jurisdiction's charges screened together."""
    code = rows[0].jurisdiction.code
    if all(row.jurisdiction.code == code for row in rows):  # most people: one state, no convictions elsewhere
        facts = rules.Facts(code, as_of, tuple(r.charge for r in rows), _person_of(rows, ()))
        lines = [r.line for r in rows]
        screened = []
        for index, found in enumerate(verdicts(facts, rows[0].jurisdiction, filled=True)):
            remedies = [_result_of(v, index, lines, lines) for v in found]
            best = best_position(found)
            screened.append(Screened(rows[index], remedies, remedies[best] if best is not None else None))
        return screened
    by_code: dict[str, list[int]] = {}
    for n, row in enumerate(rows):
        by_code.setdefault(row.jurisdiction.code, []).append(n)
    out: list[Screened | None] = [None] * len(rows)
    for code, members in by_code.items():
        elsewhere = [
            n for n, r in enumerate(rows) if r.jurisdiction.code != code and r.charge.disposition is _CONVICTION
        ]
        others = tuple(_as_other_conviction(rows[n].charge) for n in elsewhere)
        group = [rows[n] for n in members]
        facts = rules.Facts(code, as_of, tuple(r.charge for r in group), _person_of(group, others))
        lines = [r.line for r in group]
        other_lines = [rows[n].line for n in elsewhere]
        for index, found in enumerate(verdicts(facts, group[0].jurisdiction, filled=True)):
            remedies = [_result_of(v, index, lines, other_lines) for v in found]
            best = best_position(found)
            out[members[index]] = Screened(group[index], remedies, remedies[best] if best is not None else None)
    return [s for s in out if s is not None]


def _groups(parsed: list[ChargeRow | Problem]) -> Iterator[list[ChargeRow]]:
    current: list[ChargeRow] = []
    for item in parsed:
        if isinstance(item, ChargeRow):
            if current and current[0].person_id != item.person_id:
                yield current
                current = []
            current.append(item)
    if current:
        yield current


def screen_chunk(chunk: Chunk) -> ChunkResult:
    settings = chunk.settings
    parser = _parser(settings)
    tally = Tally()
    parsed: list[ChargeRow | Problem] = []
    errors: list[Problem] = []
    for item in chunk.items:
        tally.rows += 1
        if isinstance(item, Problem):
            errors.append(item)
            tally.errors += 1
            continue
        line, cells = item
        found = parser.parse(line, cells.split(UNIT) if type(cells) is str else cells)  # type: ignore[arg-type]
        if isinstance(found, list):
            errors.extend(found)
            tally.errors += 1
        elif settings.only_jurisdiction and found.jurisdiction.code != settings.only_jurisdiction:
            tally.skipped += 1
        else:
            parsed.append(found)
    screened: list[Screened] = []
    persons: list[tuple[Any, ...]] = []
    for group in _groups(parsed):
        try:
            results = screen_person(group, settings.as_of)
        except Exception as failure:  # a fault in the rules for one person must not stop the other rows
            reason = f"could not be screened ({type(failure).__name__} in the rules); please report it"
            errors.extend(Problem(row.line, "", reason) for row in group)
            tally.errors += len(group)
            continue
        screened.extend(results)
        persons.append(_roll_up(results, settings.as_of, tally))
    errors.sort(key=lambda problem: problem.line)  # stable: a row's problems keep their order
    tally.count(screened)
    return ChunkResult(
        chunk.number,
        _charges_out(screened, settings.output),
        _persons_out(persons, settings.output),
        errors,
        tally,
    )


def _roll_up(results: list[Screened], as_of: date, tally: Tally) -> tuple[Any, ...]:
    """The person's line: how many charges have relief now, later, possibly or not at all, the earliest day any
    relief is open, and each charge's best remedy."""
    now = later = possibly = none = 0
    earliest: date | None = None
    best: list[str] = []
    for screened in results:
        row, top = screened.row, screened.best
        if top is None:
            none += 1
            best.append(f"line {row.line}: {NO_REMEDY}")
            continue
        remedy_id, _kind, status, on, _questions, _cites = top
        best.append(f"line {row.line}: {remedy_id} {status}" + (f" {on.isoformat()}" if on else ""))
        opens: date | None = None
        if status in RELIEF_NOW:
            now += 1
            opens = as_of if on is None or on <= as_of else on
        elif status == _ELIGIBLE_LATER:
            later += 1
            opens = on
        elif status == _POSSIBLY:
            possibly += 1
        else:
            none += 1
        if opens is not None and (earliest is None or opens < earliest):
            earliest = opens
    tally.persons += 1
    if now:
        tally.persons_with_relief_now += 1
    codes = list(dict.fromkeys(s.row.jurisdiction.code for s in results))
    return (results[0].row.person_id, codes, len(results), now, later, possibly, none, earliest, best)


def _charge_values(s: Screened) -> tuple[Any, ...]:
    row, best = s.row, s.best
    charge = row.charge
    return (
        row.line, row.person_id, row.case_id, row.jurisdiction.code, _VALUE[charge.category], charge.offense or "",
        _VALUE[charge.disposition],
        best[0] if best else "", best[1] if best else NO_REMEDY, best[2] if best else "", best[3] if best else None,
        best[4] if best else (), best[5] if best else (),
    )  # fmt: skip


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def _charges_out(screened: list[Screened], output: str) -> bytes | dict[str, list[Any]]:
    if output == "parquet":
        columns: dict[str, list[Any]] = {name: [] for name in CHARGE_COLUMNS}
        for s in screened:
            remedies = [_remedy_dict(r) for r in s.remedies]
            for name, value in zip(CHARGE_COLUMNS, (*_charge_values(s), remedies), strict=True):
                columns[name].append(value)
        return columns
    if output == "jsonl":
        return b"".join(
            orjson.dumps(
                dict(zip(CHARGE_COLUMNS, (*_charge_values(s), [_remedy_dict(r) for r in s.remedies]), strict=True))
            )
            + b"\n"
            for s in screened
        )
    lines: list[bytes] = []
    offenses: dict[str, str] = _offense_fields
    last_person, person_field = "", ""
    for s in screened:
        row, charge = s.row, s.row.charge
        if row.person_id != last_person:  # a person's rows are adjacent: the key is quoted once per person
            last_person, person_field = row.person_id, _csv_field(row.person_id)
        offense = charge.offense or ""
        offense_field = offenses.get(offense)
        if offense_field is None:
            offense_field = offenses[offense] = _csv_field(offense)  # the state's offense ids: a few hundred
        lines.append(
            f"{row.line},{person_field},{_csv_field(row.case_id)},{row.jurisdiction.code},"
            f"{_VALUE[charge.category]},{offense_field},{_VALUE[charge.disposition]},".encode()
        )
        lines.append(_best_csv(s.best))
        lines.append(_remedies_csv_field(s))
    return b"".join(lines)


_offense_fields: dict[str, str] = {}

# What makes csv.writer (the default dialect, "\n" line ends) quote a field, and a carriage return, which it
# leaves bare though a reader would take it for a line's end.
_NEEDS_QUOTES = re.compile(r'[",\r\n]')


def _csv_field(text: str) -> str:
    """A field as csv.writer writes it: quoted, its quotes doubled, only where it holds one of ``_NEEDS_QUOTES``.
    Written here rather than through csv.writer, which cost a Python call and a tuple per line
    (``tests/bulk/test_fast_paths.py`` compares the two)."""
    if _NEEDS_QUOTES.search(text) is None:
        return text
    return '"' + text.replace('"', '""') + '"'


_NO_BEST = f",{NO_REMEDY},,,,,".encode()


def _best_csv(best: RemedyResult | None) -> bytes:
    """The best remedy's columns (id, kind, status, date, open questions, citations) and the comma after them, as
    csv.writer writes them, in UTF-8; most charges share theirs with thousands of others."""
    if best is None:
        return _NO_BEST
    return _written_once(_shared_best, best, _best_csv_of)


@lru_cache(maxsize=4096)
def _best_csv_of(best: RemedyResult) -> bytes:
    """As ``_best_csv``, by the result's content (see ``_remedy_csv_json_of``)."""
    remedy_id, kind, status, on, questions, citations = best
    columns = (_csv_field(remedy_id), kind, status, _iso(on), _csv_field("; ".join(questions)),
               _csv_field("; ".join(citations)))  # fmt: skip
    return (",".join(columns) + ",").encode()


def _persons_out(persons: list[tuple[Any, ...]], output: str) -> bytes | dict[str, list[Any]]:
    if output == "parquet":
        columns: dict[str, list[Any]] = {name: [] for name in PERSON_COLUMNS}
        for values in persons:
            for name, value in zip(PERSON_COLUMNS, values, strict=True):
                columns[name].append(value)
        return columns
    if output == "jsonl":
        return b"".join(orjson.dumps(dict(zip(PERSON_COLUMNS, values, strict=True))) + b"\n" for values in persons)
    return "".join([_person_line(values) for values in persons]).encode()


def _person_line(values: tuple[Any, ...]) -> str:
    """A person's CSV line, as csv.writer writes it (``tests/bulk/test_fast_paths.py`` compares them); by hand
    because csv.writer's character-by-character loop over the long ``best`` field cost ~40,000 machine
    instructions a person."""
    person_id, codes, charges, now, later, possibly, none, earliest, best = values
    return (
        f"{_csv_field(person_id)},{_csv_field('; '.join(codes))},{charges},{now},{later},{possibly},{none},"
        f"{_iso(earliest)},{_csv_field('; '.join(best))}\n"
    )
