"""One row of an export, read through the column map into a rules ``Charge`` and the person's facts.

The checks are the API's (``app/api/screening_io.py``): the offense belongs to the jurisdiction and agrees with
the category, a grade agrees with the level, no date is after ``as_of`` and dates come in order. A row that
fails one goes to the errors file with the column and the reason; it is never guessed at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter
from typing import NamedTuple

import rules
from app.bulk.layout import CHARGE_FACTS, DATE_FACTS, KEYS, PERSON_FACTS, REQUIRED, ColumnMap, ColumnMapError
from app.bulk.reader import Problem
from rules.engine import _fill_from_offense
from rules.law import Jurisdiction
from rules.vocabulary import JURISDICTION_NAMES, Answer, Category, Disposition, DiversionKind, Grade, Level

# Dates already read, by their text: exports repeat the same days many times, and strptime costs ~5 µs a call.
DATE_CACHE_LIMIT = 100_000
# Combinations of tied cells (``TIED_FACTS``) already read: an export repeats a few thousand combinations of
# state, offense, level and outcome, so each is checked once (see ``RowParser.parse``).
TIED_CACHE_LIMIT = 50_000
ENUMS = {
    "category": Category, "level": Level, "grade": Grade, "disposition": Disposition,
    "trafficking_nexus": Answer, "adjudication_withheld": Answer, "diversion_kind": DiversionKind,
    "pending_case": Answer, "under_sentence": Answer, "prior_relief": Answer,
}  # fmt: skip
# An empty cell of an enumerated fact: the fact keeps its default.
EMPTY = object()
# Dates that must not come before another, as the API checks them (later fact, earlier fact).
DATE_ORDER = (
    ("disposition_date", "offense_date"),
    ("sentence_completed_date", "disposition_date"),
    ("sentence_completed_date", "offense_date"),
    ("release_date", "offense_date"),
    ("sentence_completed_date", "release_date"),
    ("declined_date", "offense_date"),
    ("offense_date", "birth_date"),
)


# The facts read together, once per distinct combination: they are checked against each other (the offense
# against the state and the category, the grade against the level).
TIED_FACTS = ("jurisdiction", "category", "offense", "level", "grade", "disposition")


class _Tied(NamedTuple):
    """What a row's tied cells say, once they have passed every check."""

    jurisdiction: Jurisdiction
    category: Category
    disposition: Disposition
    offense: str | None
    level: Level
    grade: Grade | None


_UNSEEN = object()
# The defaults a row's charge takes, as plain names (Python 3.11 reads an Enum class's attribute slowly:
# ``rules.logic``).
_UNSURE, _UNSURE_DIVERSION = Answer.UNSURE, DiversionKind.UNSURE


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs ~0.5 µs more a row
class ChargeRow:
    """A row that reads: its keys, its jurisdiction, the charge, and the person's facts it gives."""

    line: int
    person_id: str
    case_id: str
    jurisdiction: Jurisdiction
    charge: rules.Charge
    person: dict[str, object]


class RowParser:
    """Reads rows of one file: the column map compiled against the file's header, once."""

    def __init__(self, column_map: ColumnMap, header: list[str], as_of: date) -> None:
        self.map = column_map
        self.as_of = as_of
        positions = {name: i for i, name in enumerate(header)}
        self.where: dict[str, int] = {}
        self.column: dict[str, str] = {}
        for fact in (*KEYS, *CHARGE_FACTS, *PERSON_FACTS):
            column = column_map.columns.get(fact)
            if column is not None and column in positions:
                self.where[fact] = positions[column]
                self.column[fact] = column
            elif fact in column_map.constant:
                self.column[fact] = f"constant {fact}"
        missing = [f for f in REQUIRED if f not in self.where and f not in column_map.constant]
        if "category" not in self.where and "category" not in column_map.constant and "offense" not in self.where:
            missing.append("category")
        if missing:
            names = ", ".join(repr(column_map.columns.get(f, f)) for f in missing)
            raise ColumnMapError(f"The header has no column {names}; the header is: {', '.join(header)}")
        # Only the facts this file gives, by a column or a constant: the rest keep their defaults.
        given = set(self.where) | set(column_map.constant)
        self._enums = tuple(fact for fact in ENUMS if fact in given)
        self._dates = tuple(fact for fact in DATE_FACTS if fact in given)
        # Each enumerated fact's members by the cell's text (a few distinct texts per file).
        self._enum_cache: dict[str, dict[str, object]] = {fact: {} for fact in self._enums}
        self._date_cache: dict[str, date | None] = {}
        # Where each enumerated fact and date is read: a cell's position, else the map's constant.
        self._enum_sources = tuple(
            (fact, self.where.get(fact), column_map.constant.get(fact, ""), self._enum_cache[fact])
            for fact in self._enums
        )
        self._date_sources = tuple(
            (fact, self.where.get(fact), column_map.constant.get(fact, "")) for fact in self._dates
        )
        self._offense_ids: dict[str, str] = {}
        # The fast path of ``parse``: the tied cells read in one step as the key of what they say, the other
        # enumerated cells one by one, the date cells, and the date checks that apply to this file's facts.
        self._tied_facts = tuple(f for f in TIED_FACTS if f in self.where)
        self._tied_cells = _getter([self.where[f] for f in self._tied_facts])
        self._tied: dict[tuple[str, ...], _Tied | None] = {}
        self._loose_enums = tuple(source for source in self._enum_sources if source[0] not in TIED_FACTS)
        self._person_at = self.where.get("person_id")
        self._case_at = self.where.get("case_id")
        self._county_at = self.where.get("county")
        self._date_checks = tuple(
            (later, earlier) for later, earlier in DATE_ORDER if later in self._dates and earlier in self._dates
        )

    @property
    def person_column(self) -> int | None:
        return self.where.get("person_id")

    def _raw(self, fact: str, cells: list[str]) -> str:
        at = self.where.get(fact)
        if at is None:
            return self.map.constant.get(fact, "")
        return cells[at]

    def _enum(self, fact: str, raw: str) -> object:
        """The vocabulary member for a raw cell (``EMPTY`` for an empty one), or ``KeyError`` for an unknown value."""
        known = self._enum_cache[fact]
        found = known.get(raw)
        if found is None:
            wire = self.map.api_value(fact, raw)
            if wire is None:
                if not raw.strip():
                    found = EMPTY  # the default applies
                else:
                    raise KeyError(raw)
            else:
                found = ENUMS[fact](wire) if wire else EMPTY
            known[raw] = found
        return found

    def _date(self, raw: str) -> date | None:
        if raw in self._date_cache:
            return self._date_cache[raw]
        text = raw.strip()
        day: date | None = None
        if text:
            try:
                day = date.fromisoformat(text[:10])
            except ValueError:
                for pattern in self.map.dates:
                    try:
                        day = datetime.strptime(text, pattern).date()
                        break
                    except ValueError:
                        continue
                else:
                    raise
        if len(self._date_cache) > DATE_CACHE_LIMIT:
            self._date_cache.clear()
        self._date_cache[raw] = day
        return day

    def parse(self, line: int, cells: list[str]) -> ChargeRow | list[Problem]:
        """The row as a charge and the person's facts, or every problem it has.

        The tied cells (state, category, offense, level, grade, outcome) are checked once per distinct
        combination, the other values and the dates once per distinct text; a row with any problem is read again
        by ``_careful``, which finds and words each one. A row that reads gives exactly what ``_careful`` gives
        (``tests/bulk/test_rows_and_errors.py`` compares them).
        """
        # Tables bound to names typed ``dict``: compiled (``app.bulk.compiled``), their lookups are direct calls.
        combinations: dict[tuple[str, ...], _Tied | None] = self._tied
        tied = combinations.get(self._tied_cells(cells), _UNSEEN)
        if tied is _UNSEEN:
            tied = self._tie(cells)
        if tied is None:
            return self._careful(line, cells)
        at = self._person_at
        person_id = (cells[at] if at is not None else self.map.constant.get("person_id", "")).strip()
        if not person_id:
            return self._careful(line, cells)
        values: dict[str, object] = {}
        known: dict[str, object]
        for fact, at, constant, known in self._loose_enums:
            found = known.get(cells[at] if at is not None else constant)
            if found is None:
                return self._careful(line, cells)
            if found is not EMPTY:
                values[fact] = found
        cache: dict[str, date | None] = self._date_cache
        as_of = self.as_of
        for fact, at, constant in self._date_sources:
            raw = cells[at] if at is not None else constant
            if not raw:
                continue
            day = cache.get(raw, _UNSEEN)
            if day is _UNSEEN:
                try:
                    day = self._date(raw)
                except ValueError:
                    return self._careful(line, cells)
            if day is not None:
                if day > as_of:  # type: ignore[operator]
                    return self._careful(line, cells)
                values[fact] = day
        for later, earlier in self._date_checks:
            second = values.get(later)
            if second is not None:
                first = values.get(earlier)
                if first is not None and second < first:  # type: ignore[operator]
                    return self._careful(line, cells)
        at = self._county_at
        county = (cells[at] if at is not None else self.map.constant.get("county", "")).strip() or None
        jurisdiction, category, disposition, offense, level, grade = tied  # type: ignore[misc]
        charge = rules.Charge(
            category,
            disposition,
            offense,
            level,
            values.get("offense_date"),  # type: ignore[arg-type]
            values.get("disposition_date"),  # type: ignore[arg-type]
            values.get("sentence_completed_date"),  # type: ignore[arg-type]
            values.get("trafficking_nexus", _UNSURE),  # type: ignore[arg-type]
            county,
            grade,
            values.get("release_date"),  # type: ignore[arg-type]
            values.get("declined_date"),  # type: ignore[arg-type]
            values.get("adjudication_withheld", _UNSURE),  # type: ignore[arg-type]
            values.get("diversion_kind", _UNSURE_DIVERSION),  # type: ignore[arg-type]
        )
        person = {fact: values[fact] for fact in PERSON_FACTS if fact in values}
        at = self._case_at
        case = (cells[at] if at is not None else self.map.constant.get("case_id", "")).strip()
        return ChargeRow(line, person_id, case, jurisdiction, charge, person)

    def _tie(self, cells: list[str]) -> _Tied | None:
        """What the row's tied cells say, read carefully once; ``None`` if they have a problem."""
        tied_key = self._tied_cells(cells)
        plain = [""] * len(cells)
        for fact, cell in zip(self._tied_facts, tied_key, strict=True):
            plain[self.where[fact]] = cell
        if self._person_at is not None:
            plain[self._person_at] = "-"
        read = self._careful(0, plain)
        tied = None
        if isinstance(read, ChargeRow):
            charge = read.charge
            tied = _Tied(read.jurisdiction, charge.category, charge.disposition, charge.offense, charge.level,
                         charge.grade)  # fmt: skip
        if len(self._tied) > TIED_CACHE_LIMIT:
            self._tied.clear()
        self._tied[tied_key] = tied
        return tied

    def _careful(self, line: int, cells: list[str]) -> ChargeRow | list[Problem]:
        problems: list[Problem] = []

        def problem(fact: str, reason: str) -> None:
            problems.append(Problem(line, self.column.get(fact, fact), reason))

        person_id = self._raw("person_id", cells).strip()
        if not person_id:
            problem("person_id", "empty: every row needs the person's key")
        code = self._raw("jurisdiction", cells).strip().upper()
        jurisdiction = rules.jurisdiction(code) if code in JURISDICTION_NAMES else None
        if jurisdiction is None:
            problem("jurisdiction", f"{code or 'empty'}: not a U.S. state or DC with rules in this service")
        values: dict[str, object] = {}
        for fact, at, constant, known in self._enum_sources:
            raw = cells[at] if at is not None else constant
            found = known.get(raw)
            if found is None:
                try:
                    found = self._enum(fact, raw)
                except KeyError:
                    problem(
                        fact, f"{raw.strip()!r} is not a known {fact}; add it under values.{fact} in the column map"
                    )
                    continue
            if found is not EMPTY:
                values[fact] = found
        for fact, at, constant in self._date_sources:
            raw = cells[at] if at is not None else constant
            if not raw:
                continue
            try:
                day = self._date(raw)
            except ValueError:
                problem(fact, f"{raw.strip()!r} is not a date (YYYY-MM-DD or a format under dates in the column map)")
                continue
            if day is not None:
                if day > self.as_of:
                    problem(fact, f"{day.isoformat()} is after as_of ({self.as_of.isoformat()})")
                values[fact] = day
        for later, earlier in DATE_ORDER:
            first, second = values.get(earlier), values.get(later)
            if isinstance(first, date) and isinstance(second, date) and second < first:
                problem(later, f"{second.isoformat()} is before {earlier} ({first.isoformat()})")
        offense = self._offense(cells, jurisdiction, values, problem)
        if "disposition" not in values and not any(p.column == self.column.get("disposition") for p in problems):
            problem("disposition", "empty: give the outcome, or 'unknown'")
        if "category" not in values and not any(p.column == self.column.get("category") for p in problems):
            problem("category", "empty, and no offense to tell it")
        grade = values.get("grade")
        level = values.get("level", Level.UNKNOWN)
        if isinstance(grade, Grade) and level not in (Level.UNKNOWN, grade.level):
            problem("grade", f"{grade.value} is not a {level}")
        if problems or jurisdiction is None:
            return problems
        county = self._raw("county", cells).strip() or None
        charge = rules.Charge(
            values["category"],  # type: ignore[arg-type]
            values["disposition"],  # type: ignore[arg-type]
            offense=offense,
            level=level,  # type: ignore[arg-type]
            offense_date=values.get("offense_date"),  # type: ignore[arg-type]
            disposition_date=values.get("disposition_date"),  # type: ignore[arg-type]
            sentence_completed_date=values.get("sentence_completed_date"),  # type: ignore[arg-type]
            trafficking_nexus=values.get("trafficking_nexus", Answer.UNSURE),  # type: ignore[arg-type]
            county=county,
            grade=grade,  # type: ignore[arg-type]
            release_date=values.get("release_date"),  # type: ignore[arg-type]
            declined_date=values.get("declined_date"),  # type: ignore[arg-type]
            adjudication_withheld=values.get("adjudication_withheld", Answer.UNSURE),  # type: ignore[arg-type]
            diversion_kind=values.get("diversion_kind", DiversionKind.UNSURE),  # type: ignore[arg-type]
        )
        # The offense's grade and level where the row gives none, as the engine fills them: once per combination
        # here rather than once per screening, and a conviction counted in another state keeps its level.
        charge = _fill_from_offense(charge, jurisdiction.offenses_by_id)
        person = {fact: values[fact] for fact in PERSON_FACTS if fact in values}
        return ChargeRow(line, person_id, self._raw("case_id", cells).strip(), jurisdiction, charge, person)

    def _offense(
        self,
        cells: list[str],
        jurisdiction: Jurisdiction | None,
        values: dict[str, object],
        problem: Callable[[str, str], None],
    ) -> str | None:
        raw = self._raw("offense", cells)
        if not raw.strip():
            return None
        offense_id = self._offense_ids.get(raw)
        if offense_id is None:
            if len(self._offense_ids) > DATE_CACHE_LIMIT:
                self._offense_ids.clear()
            offense_id = self._offense_ids[raw] = self.map.api_value("offense", raw) or raw.strip()
        if jurisdiction is None:
            return offense_id
        offense = jurisdiction.offenses_by_id.get(offense_id)
        if offense is None:
            problem("offense", f"{offense_id!r} is not an offense of {jurisdiction.code}; see its offense list")
            return None
        category = values.get("category")
        if category is None:
            values["category"] = offense.category
        elif category is not offense.category:
            problem("offense", f"{offense_id} is about {offense.category.value}, not {category}")
        return offense_id


def _getter(positions: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """The cells at ``positions`` as one tuple (``itemgetter`` gives a bare cell for one position)."""
    if not positions:
        return lambda cells: ()
    if len(positions) == 1:
        only = positions[0]
        return lambda cells: (cells[only],)
    return itemgetter(*positions)  # type: ignore[return-value]
