"""Worked examples as data: per jurisdiction, cases a lawyer can read and extend.

Each file ``rules/examples/xx.yaml`` beside this module lists cases: the facts (in the screening
API's field names), the day they are judged on, the law each case tests, and the expected status
(and ``eligible_on`` and open questions, where given) of each named remedy for one charge. The
test suite screens every case and compares.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from rules.facts import Charge, Facts, OtherConviction, Person
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Grade, Level, Status

FOLDER = Path(__file__).resolve().parent

CHARGE_ENUMS: Mapping[str, Any] = {
    "category": Category, "disposition": Disposition, "level": Level, "grade": Grade,
    "trafficking_nexus": Answer, "adjudication_withheld": Answer, "diversion_kind": DiversionKind,
}  # fmt: skip
CHARGE_DATES = ("offense_date", "disposition_date", "release_date", "sentence_completed_date", "declined_date")
CHARGE_TEXT = ("offense", "county")
PERSON_ENUMS: Mapping[str, Any] = {"pending_case": Answer, "under_sentence": Answer, "prior_relief": Answer}
PERSON_DATES = ("birth_date", "prior_relief_date")


class ExampleError(ValueError):
    """A case that cannot be read as the format describes."""


@dataclass(frozen=True, slots=True)
class Expected:
    status: Status
    eligible_on: date | None = None
    open_questions: tuple[str, ...] | None = None
    # Set where eligible_on is named in the file (an expected "no date" is ``eligible_on: null``).
    dated: bool = False


@dataclass(frozen=True, slots=True)
class Example:
    jurisdiction: str
    name: str
    law: str
    facts: Facts
    charge: int
    expect: Mapping[str, Expected]
    pending_fix: str = ""
    line: int = 0
    not_reached: tuple[str, ...] = field(default=())


def _answer_text(value: Any) -> Any:
    """YAML reads a bare yes/no as a boolean; the API's words are "yes" and "no"."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return value


def _enum(where: str, kind: Any, value: Any) -> Any:
    try:
        return kind(_answer_text(value))
    except ValueError:
        raise ExampleError(f"{where}: {value!r} is not one of {[m.value for m in kind]}") from None


def _day(where: str, value: Any) -> date | None:
    if value is None:
        return None
    if not isinstance(value, date):
        raise ExampleError(f"{where}: {value!r} is not a date (YYYY-MM-DD)")
    return value


def _fields(where: str, raw: Any, enums: Mapping[str, Any], dates: tuple[str, ...], text: tuple[str, ...]
            ) -> dict[str, Any]:  # fmt: skip
    if not isinstance(raw, dict):
        raise ExampleError(f"{where}: expected a mapping")
    out: dict[str, Any] = {}
    for name, value in raw.items():
        if name in enums:
            out[name] = _enum(f"{where}.{name}", enums[name], value)
        elif name in dates:
            out[name] = _day(f"{where}.{name}", value)
        elif name in text:
            out[name] = None if value is None else str(value)
        else:
            raise ExampleError(f"{where}: unknown field {name!r}")
    return out


def _charge(where: str, raw: Any) -> Charge:
    fields = _fields(where, raw, CHARGE_ENUMS, CHARGE_DATES, CHARGE_TEXT)
    if "category" not in fields or "disposition" not in fields:
        raise ExampleError(f"{where}: a charge needs a category and a disposition")
    return Charge(**fields)


def _person(where: str, raw: Any) -> Person:
    raw = dict(raw or {})
    others = raw.pop("other_convictions", None) or []
    fields = _fields(where, raw, PERSON_ENUMS, PERSON_DATES, ())
    convictions = []
    for n, other in enumerate(others):
        at = f"{where}.other_convictions[{n}]"
        found = _fields(
            at, other, {"level": Level, "grade": Grade, "adjudication_withheld": Answer},
            ("date", "sentence_completed_date"), (),
        )  # fmt: skip
        convictions.append(OtherConviction(**found))
    return Person(**fields, other_convictions=tuple(convictions))


def _expected(where: str, raw: Any) -> Expected:
    if isinstance(raw, str):
        return Expected(_enum(where, Status, raw))
    if not isinstance(raw, dict) or "status" not in raw:
        raise ExampleError(f"{where}: expected a status or a mapping with a status")
    unknown = set(raw) - {"status", "eligible_on", "open_questions"}
    if unknown:
        raise ExampleError(f"{where}: unknown fields {sorted(unknown)}")
    questions = raw.get("open_questions")
    return Expected(
        status=_enum(where, Status, raw["status"]),
        eligible_on=_day(f"{where}.eligible_on", raw.get("eligible_on")),
        open_questions=tuple(str(q) for q in questions) if questions is not None else None,
        dated="eligible_on" in raw,
    )


CASE_FIELDS = {"name", "law", "as_of", "person", "charges", "charge", "expect", "pending_fix", "not_reached"}


def _example(code: str, default_as_of: date, n: int, raw: Any) -> Example:
    where = f"{code.lower()}.yaml case {n + 1}"
    if not isinstance(raw, dict):
        raise ExampleError(f"{where}: expected a mapping")
    unknown = set(raw) - CASE_FIELDS
    if unknown:
        raise ExampleError(f"{where}: unknown fields {sorted(unknown)}")
    for needed in ("name", "law", "charges", "expect"):
        if not raw.get(needed):
            raise ExampleError(f"{where}: missing {needed}")
    charges = tuple(_charge(f"{where} charges[{i}]", c) for i, c in enumerate(raw["charges"]))
    index = int(raw.get("charge", 0))
    if not 0 <= index < len(charges):
        raise ExampleError(f"{where}: charge {index} is not among its charges")
    as_of = _day(f"{where}.as_of", raw.get("as_of")) or default_as_of
    facts = Facts(jurisdiction=code, as_of=as_of, charges=charges, person=_person(f"{where} person", raw.get("person")))
    expect = {str(k): _expected(f"{where} expect.{k}", v) for k, v in dict(raw["expect"]).items()}
    return Example(
        jurisdiction=code,
        name=str(raw["name"]),
        law=str(raw["law"]),
        facts=facts,
        charge=index,
        expect=expect,
        pending_fix=str(raw.get("pending_fix") or ""),
        line=n + 1,
        not_reached=tuple(str(r) for r in raw.get("not_reached") or ()),
    )


@cache
def examples_for(code: str) -> tuple[Example, ...]:
    path = FOLDER / f"{code.lower()}.yaml"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8") as file:
        raw = yaml.safe_load(file) or {}
    if str(raw.get("jurisdiction", "")).upper() != code.upper():
        raise ExampleError(f"{path.name}: jurisdiction must be {code.upper()}")
    as_of = _day(f"{path.name} as_of", raw.get("as_of"))
    if as_of is None:
        raise ExampleError(f"{path.name}: as_of (the day the cases are judged on) is missing")
    return tuple(_example(code.upper(), as_of, n, case) for n, case in enumerate(raw.get("cases") or ()))


def every_example(codes: list[str]) -> Iterator[Example]:
    for code in codes:
        yield from examples_for(code)
