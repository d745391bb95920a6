"""The column map: which column of an export holds which fact, and how its values translate.

The facts are the screening API's fields (``/work/shared/API.md``), under the same names, plus the two keys a
bulk file needs: ``person_id`` (whose charges are screened together) and ``case_id`` (carried to the output).
The default layout is a header row with exactly these names; any other export is read with a small YAML map::

    columns:            # fact: the export's column header
      person_id: DEFENDANT ID
      disposition: DISPO
    values:             # fact: {the export's value: the API's value}, matched without case or outer spaces
      disposition: {GUILTY: conviction, NOLLE PROSEQUI: dismissal}
    dates: ["%m/%d/%Y"] # strptime formats tried after ISO YYYY-MM-DD
    constant:           # a fact every row shares when the export has no column for it
      jurisdiction: NY

See ``app/bulk/examples/`` for a full example.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Grade, Level

KEYS = ("person_id", "case_id")
CHARGE_FACTS = (
    "jurisdiction", "category", "offense", "level", "grade", "disposition", "offense_date", "disposition_date",
    "sentence_completed_date", "release_date", "declined_date", "trafficking_nexus", "adjudication_withheld",
    "diversion_kind", "county",
)  # fmt: skip
PERSON_FACTS = ("pending_case", "under_sentence", "birth_date", "prior_relief", "prior_relief_date")
FACTS = KEYS + CHARGE_FACTS + PERSON_FACTS

DATE_FACTS = frozenset(
    {"offense_date", "disposition_date", "sentence_completed_date", "release_date", "declined_date", "birth_date",
     "prior_relief_date"}
)  # fmt: skip
# The API's vocabulary for each enumerated fact; a cell holding one of these values needs no translation.
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "category": tuple(c.value for c in Category),
    "level": tuple(v.value for v in Level),
    "grade": tuple(g.value for g in Grade),
    "disposition": tuple(d.value for d in Disposition),
    "trafficking_nexus": tuple(a.value for a in Answer),
    "adjudication_withheld": tuple(a.value for a in Answer),
    "diversion_kind": tuple(k.value for k in DiversionKind),
    "pending_case": tuple(a.value for a in Answer),
    "under_sentence": tuple(a.value for a in Answer),
    "prior_relief": tuple(a.value for a in Answer),
}
REQUIRED = ("person_id", "jurisdiction", "disposition")


class ColumnMapError(ValueError):
    """The column map itself is wrong (not a row of the file): the run cannot start."""


def _normal(value: str) -> str:
    return value.strip().casefold()


@dataclass(frozen=True)
class ColumnMap:
    """Where each fact is (a column header, or a constant) and how raw values become the API's values."""

    columns: Mapping[str, str]
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    dates: tuple[str, ...] = ()
    constant: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def default(cls) -> ColumnMap:
        """The documented default layout: a header row naming each fact as the API does."""
        return cls(columns={name: name for name in FACTS})

    @classmethod
    def load(cls, path: Path) -> ColumnMap:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as failure:
            raise ColumnMapError(f"{path}: cannot read the column map: {failure}") from failure
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: Any, where: str = "column map") -> ColumnMap:
        if not isinstance(data, dict):
            raise ColumnMapError(f"{where}: expected a mapping with 'columns', 'values', 'dates', 'constant'")
        unknown = set(data) - {"columns", "values", "dates", "constant"}
        if unknown:
            raise ColumnMapError(f"{where}: unknown section(s) {sorted(unknown)}")
        columns = _strings(data.get("columns") or {}, f"{where}: columns")
        constant = _strings(data.get("constant") or {}, f"{where}: constant")
        for name in (*columns, *constant):
            if name not in FACTS:
                raise ColumnMapError(f"{where}: {name!r} is not a fact; the facts are {', '.join(FACTS)}")
        values: dict[str, dict[str, str]] = {}
        for name, table in (data.get("values") or {}).items():
            if name not in VOCABULARIES and name != "offense":
                raise ColumnMapError(f"{where}: values.{name}: only enumerated facts and offense translate")
            translated = _strings(table, f"{where}: values.{name}")
            allowed = VOCABULARIES.get(name)
            for raw, wire in translated.items():
                if allowed is not None and wire not in allowed:
                    raise ColumnMapError(f"{where}: values.{name}: {raw!r} maps to {wire!r}, not one of {allowed}")
            values[name] = {_normal(raw): wire for raw, wire in translated.items()}
        dates = data.get("dates") or []
        if not isinstance(dates, list) or not all(isinstance(d, str) and "%" in d for d in dates):
            raise ColumnMapError(f"{where}: dates: a list of strptime formats such as '%m/%d/%Y'")
        for name in REQUIRED:
            if name not in columns and name not in constant:
                raise ColumnMapError(f"{where}: no column or constant for the required fact {name!r}")
        if "category" not in columns and "category" not in constant and "offense" not in columns:
            raise ColumnMapError(f"{where}: a column for 'category' or 'offense' is needed")
        return cls(columns=columns, values=values, dates=tuple(dates), constant=constant)

    def api_value(self, fact: str, raw: str) -> str | None:
        """The API value for a raw cell, or ``None`` when neither the map nor the vocabulary knows it."""
        key = _normal(raw)
        table = self.values.get(fact)
        if table is not None and key in table:
            return table[key]
        allowed = VOCABULARIES.get(fact)
        if allowed is None:
            return raw.strip()
        return key if key in allowed else None


def _strings(table: Any, where: str) -> dict[str, str]:
    if not isinstance(table, dict):
        raise ColumnMapError(f"{where}: expected a mapping")
    out: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(key, bool) or isinstance(value, bool) or value is None:
            # YAML reads an unquoted yes/no as a boolean: say how to write it.
            raise ColumnMapError(f"{where}: {key!r}: quote the value ('yes', 'no')")
        out[str(key)] = str(value)
    return out
